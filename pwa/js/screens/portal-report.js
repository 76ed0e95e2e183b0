// The operator's verification report (#/portal-report): what happened to the company's own
// stamps between two days (GET /operators/me/report, docs/tracking.md): scans per day as a chart
// with the same figures in a table beside it, the verdicts, per municipality and per product, and
// every finding on a serial (a possible copy, premises other than those recorded, many phones)
// with the municipalities where it was scanned. CSV download and print. The chart library
// (uPlot, from npm, served from /node_modules/) is fetched only when this screen draws a chart:
// consumers never download it.
import { h, append, field, fieldError, notice } from '../dom.js';
import { t, tOr, formatDate, formatDateTime, formatNumber, todayInKosovo } from '../i18n.js';
import { errorNotice } from '../errors.js';
import { requireSession, sessionEnded } from '../session.js';
import { go } from '../router.js';
import { portalApi, saveBlob } from '../portal.js';
import { loadUplot } from '../charts.js';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366; // the server's window (app/tracking/rules.py MAX_WINDOW_DAYS)
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const VERDICTS = ['genuine', 'suspicious', 'invalid'];
const DAY_MS = 86_400_000;

const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (number) => new Date(number * DAY_MS).toISOString().slice(0, 10);

/** The default window: the last 30 days up to today (Kosovo). */
export function defaultWindow(today = todayInKosovo()) {
  return { from: isoOf(dayNumber(today) - (DEFAULT_DAYS - 1)), to: today };
}

/** What is wrong with a window, per field: {from?, to?} (empty when it can be asked). */
export function windowProblems(from, to) {
  const problems = {};
  if (!ISO_DAY.test(from || '') || Number.isNaN(dayNumber(from))) problems.from = t('report.dateFormat');
  if (!ISO_DAY.test(to || '') || Number.isNaN(dayNumber(to))) problems.to = t('report.dateFormat');
  if (problems.from || problems.to) return problems;
  if (dayNumber(to) < dayNumber(from)) problems.to = t('report.reversed');
  else if (dayNumber(to) - dayNumber(from) + 1 > MAX_DAYS) problems.to = t('report.tooLong');
  return problems;
}

/** Every day of the window, with the server's rows where it has them and zeros elsewhere. */
export function everyDay(from, to, rows) {
  const byDate = new Map(rows.map((row) => [row.date, row]));
  const days = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day += 1) {
    const date = isoOf(day);
    days.push(byDate.get(date) || { date, scans: 0, genuine: 0, suspicious: 0, invalid: 0 });
  }
  return days;
}

const colour = (name) => getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim() || '#555';

/** Scans per day by verdict, as stacked bars; drawn on a canvas, so hidden from screen readers. */
async function drawChart(box, days) {
  const uPlot = await loadUplot();
  const x = days.map((day) => dayNumber(day.date) * 86_400);
  const width = Math.max(280, box.clientWidth || 340);
  const bars = uPlot.paths.bars({ size: [0.8, 40], gap: 1 });
  // Stacked: genuine at the bottom, suspicious on it, invalid on top. uPlot draws the series in
  // order, so the tallest (all three) goes first in the colour of the top verdict, and each
  // shorter sum paints over it in the colour of its own top verdict.
  const sums = [];
  let base = days.map(() => 0);
  for (const verdict of VERDICTS) {
    base = base.map((sum, index) => sum + days[index][verdict]);
    sums.push({ verdict, data: base });
  }
  sums.reverse();
  const shortDay = (seconds) => {
    const date = new Date(seconds * 1000);
    return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.`;
  };
  const options = {
    width, height: 220, legend: { show: false }, cursor: { show: false },
    // Half a day on either side, so the first and last days' bars are whole.
    scales: { x: { time: false, range: (u, min, max) => [min - 43_200, max + 43_200] }, y: { range: (u, min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] } },
    axes: [
      { values: (u, splits) => splits.map(shortDay), space: 50, incrs: [1, 2, 7, 14, 28, 56, 91].map((n) => n * 86_400) },
      { values: (u, splits) => splits.map((value) => (Number.isInteger(value) ? formatNumber(value) : '')), size: 44 },
    ],
    series: [{}, ...sums.map(({ verdict }) => ({
      label: t(`verdict.${verdict}`), stroke: colour(verdict), fill: colour(verdict), width: 0, paths: bars, points: { show: false },
    }))],
  };
  const plot = new uPlot(options, [x, ...sums.map(({ data }) => data)], box);
  return plot;
}

function countsTable(caption, head, rows) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, head.map((text, index) => h('th', { scope: 'col', class: index ? 'number' : null, text })))),
    h('tbody', {}, rows.map(([label, ...values]) => h('tr', {},
      h('th', { scope: 'row', text: label }),
      values.map((value) => h('td', { class: 'number', text: formatNumber(value) })))))));
}

const verdictHead = (first) => [first, t('report.scans'), ...VERDICTS.map((verdict) => t(`verdict.${verdict}`))];
const verdictCells = (row) => [row.scans, ...VERDICTS.map((verdict) => row[verdict])];

function productLabel(product) {
  if (!product) return t('report.noProduct');
  return t('portal.productOption', { brand: product.brand, name: product.name, gtin: product.gtin });
}

function placesText(finding) {
  const named = finding.municipalities.map((place) => t('report.placeScans', { name: place.name, count: place.scans }));
  if (finding.unplaced_scans) named.push(t('report.unplacedScans', { count: finding.unplaced_scans }));
  return named.join(', ');
}

function findingItem(finding) {
  return h('li', { class: 'card finding', 'data-reason': finding.reason },
    h('p', {}, h('strong', { class: 'mono', text: finding.serial }), ' · ',
      h('span', { text: tOr(`report.finding.${finding.reason}`, t('report.finding.other')) })),
    h('dl', { class: 'facts' },
      h('dt', { text: t('report.findingScans') }), h('dd', { text: formatNumber(finding.scans) }),
      h('dt', { text: t('report.firstSeen') }), h('dd', { text: formatDateTime(finding.first_scanned_at) }),
      h('dt', { text: t('report.lastSeen') }), h('dd', { text: formatDateTime(finding.last_scanned_at) }),
      h('dt', { text: t('report.where') }), h('dd', { class: 'places', text: placesText(finding) || t('report.nowhere') })));
}

function tally(totals) {
  return h('dl', { class: 'tally report-tally' },
    h('div', { class: 'tally-item tally-pending' }, h('dt', { text: t('report.scans') }), h('dd', { text: formatNumber(totals.scans) })),
    VERDICTS.map((verdict) => h('div', { class: `tally-item tally-${verdict}` },
      h('dt', { text: t(`verdict.${verdict}`) }), h('dd', { text: formatNumber(totals[verdict]) }))));
}

export async function render(root, route) {
  const session = requireSession(root);
  if (!session) return;
  append(root, h('h1', { text: t('report.portalTitle') }));
  if (!session.user.roles.includes('operator')) {
    append(root, notice('info', t('portal.operatorsOnly')));
    return;
  }
  const defaults = defaultWindow();
  const from = route.query.get('from') || defaults.from;
  const to = route.query.get('to') || defaults.to;
  const fields = {
    from: field(t('report.from'), h('input', { type: 'date', name: 'from', value: from, max: todayInKosovo() })),
    to: field(t('report.to'), h('input', { type: 'date', name: 'to', value: to, max: todayInKosovo() }), t('report.windowHint')),
  };
  const form = h('form', { class: 'form report-window', novalidate: true, id: 'report-window' },
    h('div', { class: 'field-pair' }, fields.from, fields.to),
    h('button', { type: 'submit', class: 'button button-primary' }, t('report.show')));
  const status = h('div', { 'aria-live': 'polite' });
  const body = h('div', { class: 'report-body' });
  const csv = h('button', { type: 'button', class: 'button', id: 'report-csv' }, t('report.csv'));
  const print = h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('report.print'));
  append(root,
    h('p', { class: 'lead', text: t('report.portalIntro') }),
    h('p', { class: 'no-print' }, h('a', { href: '#/portal', text: t('report.back') })),
    form,
    h('div', { class: 'button-row no-print' }, csv, print),
    status, body);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = { from: fields.from.control.value, to: fields.to.control.value };
    const problems = windowProblems(values.from, values.to);
    for (const name of ['from', 'to']) fieldError(fields[name], problems[name] || null);
    if (Object.keys(problems).length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: Object.keys(problems).length })));
      return;
    }
    go('portal-report', null, values);
  });

  const problems = windowProblems(from, to);
  for (const name of ['from', 'to']) fieldError(fields[name], problems[name] || null);
  if (Object.keys(problems).length) {
    status.replaceChildren(notice('error', t('form.checkFields', { count: Object.keys(problems).length })));
    return;
  }
  csv.addEventListener('click', async () => {
    status.replaceChildren(notice('info', t('portal.downloading')));
    try {
      saveBlob(await portalApi.report(from, to, 'csv'), `report-${from}-${to}.csv`);
      status.replaceChildren();
    } catch (err) {
      if (!sessionEnded(root, err)) status.replaceChildren(errorNotice(err));
    }
  });

  status.replaceChildren(notice('info', t('portal.loading')));
  let report;
  try {
    report = await portalApi.report(from, to);
  } catch (err) {
    if (sessionEnded(root, err)) return;
    status.replaceChildren(errorNotice(err));
    return;
  }
  status.replaceChildren();
  const days = everyDay(report.from, report.to, report.per_day);
  const chartBox = h('div', { class: 'chart', 'aria-hidden': 'true' });
  const dayRows = days.map((day) => [formatDate(day.date), ...verdictCells(day)]);
  const dayTable = h('details', { class: 'chart-table' },
    h('summary', { text: t('report.asTable') }),
    countsTable(t('report.perDay'), verdictHead(t('report.day')), dayRows));
  append(body,
    h('p', { class: 'small', text: t('report.window', { from: formatDate(report.from), to: formatDate(report.to) }) }),
    h('section', { class: 'card', 'aria-labelledby': 'totals-heading' },
      h('h2', { id: 'totals-heading', text: t('report.verdicts') }), tally(report.totals)),
    h('section', { class: 'card', 'aria-labelledby': 'days-heading' },
      h('h2', { id: 'days-heading', text: t('report.perDay') }),
      h('p', { class: 'small', text: t('report.chartSummary', { count: report.totals.scans, days: days.length }) }),
      h('ul', { class: 'chart-legend', 'aria-hidden': 'true' }, VERDICTS.map((verdict) =>
        h('li', {}, h('span', { class: `swatch tally-${verdict}` }), t(`verdict.${verdict}`)))),
      chartBox, dayTable),
    h('section', { class: 'card', 'aria-labelledby': 'places-heading' },
      h('h2', { id: 'places-heading', text: t('report.perMunicipality') }),
      report.per_municipality.length
        ? countsTable(t('report.perMunicipality'), verdictHead(t('report.municipality')),
          report.per_municipality.map((place) => [place.name, ...verdictCells(place)]))
        : h('p', { text: t('report.noPlaces') }),
      h('p', { class: 'small', text: t('report.unplaced', { count: report.unplaced_scans, min: report.min_place_scans }) })),
    h('section', { class: 'card', 'aria-labelledby': 'products-heading' },
      h('h2', { id: 'products-heading', text: t('report.perProduct') }),
      report.per_product.length
        ? countsTable(t('report.perProduct'), verdictHead(t('portal.product')),
          report.per_product.map((row) => [productLabel(row.product), ...verdictCells(row)]))
        : h('p', { text: t('report.noScans') })),
    h('section', { class: 'card', 'aria-labelledby': 'findings-heading' },
      h('h2', { id: 'findings-heading', text: t('report.findings') }),
      h('p', { class: 'small', text: t('report.findingsIntro') }),
      report.findings.length
        ? h('ul', { class: 'plain-list findings' }, report.findings.map(findingItem))
        : h('p', { text: t('report.noFindings') })));
  // A printout shows the figures of the chart too.
  const openForPrint = () => { dayTable.open = true; };
  window.addEventListener('beforeprint', openForPrint);
  let plot = null;
  try {
    plot = await drawChart(chartBox, days);
    chartBox.dataset.drawn = 'true';
  } catch (err) {
    console.error(err);
    chartBox.replaceChildren(h('p', { class: 'small', text: t('report.noChart') }));
    chartBox.removeAttribute('aria-hidden');
  }
  return () => {
    window.removeEventListener('beforeprint', openForPrint);
    plot?.destroy();
  };
}
