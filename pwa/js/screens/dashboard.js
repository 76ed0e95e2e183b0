// The supervisor's dashboard for a period: checks per day (a chart and its table), suspicious
// stamps by municipality, cases by status, deadlines of the next 7 days, premises not inspected
// for long, officers' inspections this week; each table downloadable as CSV; printable.
// The chart library (uPlot, from the PWA's own node_modules) loads on this screen only.
import { h, append, field, notice } from '../dom.js';
import { t, tOr, lang, formatNumber, formatDate, formatDateTime, todayInKosovo } from '../i18n.js';
import { go } from '../router.js';
import { api } from '../api.js';
import { requireSession, sessionEnded } from '../session.js';
import { errorNotice } from '../errors.js';
import { stylesheet, OWN_CSS } from '../map.js';
import { loadUplot } from '../charts.js';

const VERDICT_COLOURS = { genuine: '#2e7d32', suspicious: '#b35c00', invalid: '#b00020' };

const shiftDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const shortDay = (iso) => {
  const [, month, day] = iso.split('-').map(Number);
  return lang() === 'en' ? `${day}/${month}` : `${day}.${month}.`;
};

function table(columns, rows) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table' },
    h('thead', {}, h('tr', {}, columns.map(([label, , numeric]) => h('th', { scope: 'col', class: numeric ? 'number' : null, text: label })))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map(([, value, numeric]) =>
      h('td', { class: numeric ? 'number' : null, text: value(row) })))))));
}

function section(title, name, body, query) {
  const download = name ? h('button', { type: 'button', class: 'button no-print', onclick: () => saveCsv(query, name) }, t('dashboard.download')) : null;
  const part = h('section', { class: 'dashboard-section' }, h('h2', { text: title }), body, download);
  // A table wider than the phone scrolls sideways: reachable and named for the keyboard.
  for (const scroller of part.querySelectorAll('.table-scroll')) {
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', title);
  }
  return part;
}

async function saveCsv(query, name) {
  const blob = await api.dashboardCsv(query, name);
  const url = URL.createObjectURL(blob);
  const anchor = h('a', { href: url, download: `${name}-${query.from}-${query.to}.csv` });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function verdictChart(box, days) {
  const UPlot = await loadUplot();
  const xs = days.map((_, index) => index);
  const series = ['genuine', 'suspicious', 'invalid'];
  const width = Math.max(280, box.clientWidth || 320);
  const chart = new UPlot({
    width, height: 220, legend: { show: false }, cursor: { show: false },
    scales: { x: { time: false } },
    axes: [
      { values: (_, splits) => splits.map((i) => (days[i] ? shortDay(days[i].day) : '')) },
      { values: (_, splits) => splits.map((v) => formatNumber(v)), incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6] },
    ],
    series: [{}, ...series.map((name) => ({ label: t(`verdict.${name}`), stroke: VERDICT_COLOURS[name], width: 2 }))],
  }, [xs, ...series.map((name) => days.map((day) => day[name]))], box);
  return () => chart.destroy();
}

export async function render(root, route) {
  if (!requireSession(root)) return null;
  stylesheet(OWN_CSS);
  const today = todayInKosovo();
  const query = { from: route.query.get('from') || shiftDays(today, -29), to: route.query.get('to') || today };
  const from = h('input', { type: 'date', name: 'from', value: query.from, required: true });
  const to = h('input', { type: 'date', name: 'to', value: query.to, required: true });
  const form = h('form', { class: 'form form-inline no-print' }, field(t('dashboard.from'), from), field(t('dashboard.to'), to),
    h('button', { type: 'submit', class: 'button button-primary' }, t('dashboard.show')),
    h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('dashboard.print')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('dashboard', null, { from: from.value, to: to.value });
  });
  const body = h('div', { 'aria-live': 'polite' }, notice('info', '…'));
  append(root, h('h1', { text: t('dashboard.title') }), form, body);
  let answer;
  try {
    answer = await api.dashboard(query);
  } catch (err) {
    if (sessionEnded(root, err)) return null;
    body.replaceChildren(errorNotice(err));
    return null;
  }
  const chartBox = h('div', { class: 'chart', role: 'img', 'aria-label': t('dashboard.chartLabel') });
  const legend = h('p', { class: 'legend', 'aria-hidden': 'true' }, ['genuine', 'suspicious', 'invalid'].map((name) =>
    h('span', { class: `legend-item legend-${name}` }, t(`verdict.${name}`))));
  const count = (value) => formatNumber(value);
  body.replaceChildren();
  append(body,
    answer.as_of ? h('p', { class: 'small', text: t('dashboard.asOf', { time: formatDateTime(answer.as_of) }) }) : null,
    section(t('dashboard.verdicts'), 'verdicts_per_day', [chartBox, legend, table([
      [t('dashboard.col.day'), (row) => formatDate(row.day)],
      [t('verdict.genuine'), (row) => count(row.genuine), true],
      [t('verdict.suspicious'), (row) => count(row.suspicious), true],
      [t('verdict.invalid'), (row) => count(row.invalid), true],
    ], answer.verdicts_per_day.filter((row) => row.genuine + row.suspicious + row.invalid > 0))], query),
    section(t('dashboard.findings'), 'findings_by_municipality', answer.findings_by_municipality.length ? table([
      [t('dashboard.col.municipality'), (row) => row.name],
      [t('verdict.suspicious'), (row) => count(row.suspicious), true],
      [t('dashboard.col.scans'), (row) => count(row.scans), true],
    ], answer.findings_by_municipality) : h('p', { text: t('dashboard.none') }), query),
    section(t('dashboard.cases'), 'cases_by_status', table([
      [t('dashboard.col.status'), (row) => tOr(`status.${row.status}`, row.status)],
      [t('dashboard.col.count'), (row) => count(row.count), true],
    ], answer.cases_by_status), query),
    section(t('dashboard.deadlines'), 'deadlines_due', answer.deadlines_due.length ? table([
      [t('dashboard.col.date'), (row) => formatDate(row.on)],
      [t('dashboard.col.deadline'), (row) => tOr(`deadline.${row.what}`, row.what)],
      [t('dashboard.col.case'), (row) => row.number],
    ], answer.deadlines_due) : h('p', { text: t('dashboard.none') }), query),
    section(t('dashboard.notInspected', { days: answer.not_inspected_days, count: answer.premises_not_inspected_count }), 'premises_not_inspected',
      answer.premises_not_inspected.length ? table([
        [t('dashboard.col.premises'), (row) => row.name],
        [t('dashboard.col.municipality'), (row) => row.municipality_name || ''],
        [t('dashboard.col.lastInspection'), (row) => (row.last_inspected_on ? formatDate(row.last_inspected_on) : t('dashboard.never'))],
      ], answer.premises_not_inspected) : h('p', { text: t('dashboard.none') }), query),
    section(t('dashboard.officers'), 'officers_inspections', answer.officers_inspections.length ? table([
      [t('dashboard.col.officer'), (row) => row.name],
      [t('dashboard.col.inspections'), (row) => count(row.inspections), true],
    ], answer.officers_inspections) : h('p', { text: t('dashboard.none') }), query));
  let destroy = null;
  try {
    destroy = await verdictChart(chartBox, answer.verdicts_per_day);
  } catch (err) {
    console.error(err);
    chartBox.remove();
  }
  return () => destroy?.();
}
