// One stamp for officers: what it is, its custody chain and its scan history.
import { h, notice, field } from '../dom.js';
import { t, tOr, formatDateTime, formatDate } from '../i18n.js';
import { go } from '../router.js';
import { api } from '../api.js';
import { parseCode } from '../offline.js';
import { productCard, verdictBadge } from '../verdict.js';
import { requireSession } from './login.js';
import { errorText } from './scan.js';

const first = (object, ...names) => names.map((name) => object?.[name]).find((value) => value !== undefined && value !== null);
const placeName = (value) => (value && typeof value === 'object' ? value.name || value.description || value.id : value);

function custodyList(events) {
  if (!events?.length) return h('p', { text: t('stamp.noEvents') });
  return h('ol', { class: 'timeline' }, events.map((event) => {
    const step = first(event, 'business_step', 'step');
    const from = placeName(first(event, 'from_premises', 'from_premises_name', 'from_premises_id'));
    const to = placeName(first(event, 'to_premises', 'to_premises_name', 'to_premises_id'));
    const at = placeName(first(event, 'premises', 'premises_name', 'premises_id'));
    return h('li', {},
      h('strong', { text: tOr(`step.${step}`, step) }),
      h('span', { class: 'small', text: formatDateTime(first(event, 'occurred_at', 'at')) }),
      from || to ? h('span', { text: [from, to].filter(Boolean).join(' → ') }) : null,
      at ? h('span', { text: String(at) }) : null,
      first(event, 'actor', 'operator_name') ? h('span', { class: 'small', text: placeName(first(event, 'actor', 'operator_name')) }) : null);
  }));
}

function scanTable(scans) {
  if (!scans?.length) return h('p', { text: t('stamp.noScans') });
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, [t('stamp.when'), t('stamp.where'), t('stamp.verdict'), t('stamp.who')].map((label) => h('th', { scope: 'col', text: label })))),
    h('tbody', {}, scans.map((scan) => h('tr', {},
      h('td', { text: formatDateTime(first(scan, 'at', 'scanned_at', 'created_at')) }),
      h('td', { text: [first(scan, 'municipality'), placeName(first(scan, 'premises', 'premises_name'))].filter(Boolean).join(', ') || '—' }),
      h('td', {}, scan.verdict ? verdictBadge(scan.verdict) : '—'),
      h('td', { text: tOr(`who.${first(scan, 'who', 'actor_kind')}`, placeName(first(scan, 'who', 'officer', 'actor')) || '—') }))))));
}

export async function render(root, { args }) {
  if (!requireSession(root)) return;
  const serial = args[0];
  if (!serial) {
    const input = h('input', { name: 'serial', autocomplete: 'off', autocapitalize: 'characters' });
    const form = h('form', { class: 'form' }, field(t('product.serial'), input), h('button', { class: 'button button-primary', type: 'submit' }, t('stamp.open')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      go('stamp', parseCode(input.value)?.serial || input.value.trim());
    });
    root.append(h('h1', { text: t('stamp.title') }), form);
    return;
  }
  root.append(h('h1', { text: t('stamp.titleOf', { serial }) }));
  let stamp;
  try {
    stamp = await api.stamp(serial);
  } catch (err) {
    root.append(notice('error', errorText(err)));
    return;
  }
  const batch = stamp.batch;
  root.append(
    stamp.status ? h('p', {}, t('stamp.status'), ': ', h('strong', { text: tOr(`stampStatus.${stamp.status}`, stamp.status) })) : null,
    productCard(stamp),
    batch ? h('p', { class: 'small', text: t('stamp.batch', { series: batch.series || '', first: batch.first ?? '', last: batch.last ?? '', date: formatDate(batch.issued_on || stamp.issued_on) }) }) : null,
    h('section', { class: 'card' }, h('h2', { text: t('stamp.custody') }), custodyList(first(stamp, 'custody', 'custody_chain', 'events'))),
    h('section', { class: 'card' }, h('h2', { text: t('stamp.scans') }), scanTable(first(stamp, 'scans', 'scan_history'))));
}
