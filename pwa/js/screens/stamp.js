// One stamp for officers: what it is, its custody chain and its scan history.
import { h, append, field } from '../dom.js';
import { t, tOr, formatDateTime, formatDate } from '../i18n.js';
import { go } from '../router.js';
import { api } from '../api.js';
import { parseCode } from '../offline.js';
import { productCard, verdictBadge } from '../verdict.js';
import { requireSession, sessionEnded } from '../session.js';
import { errorNotice } from '../errors.js';

const first = (object, ...names) => names.map((name) => object?.[name]).find((value) => value !== undefined && value !== null);
const placeName = (value) => (value && typeof value === 'object' ? value.name || value.description || value.id : value);

function actorName(actor) {
  if (!actor) return null;
  return actor.customs ? t('who.customs') : actor.name || null;
}

function custodyList(events) {
  if (!events?.length) return h('p', { text: t('stamp.noEvents') });
  return h('ol', { class: 'timeline' }, events.map((event) => {
    const step = first(event, 'business_step', 'step');
    const from = placeName(first(event, 'from_premises'));
    const to = placeName(first(event, 'to_premises')) || placeName(event.to_operator);
    const at = placeName(event.premises);
    return h('li', {},
      h('strong', { text: tOr(`step.${step}`, step) }),
      h('span', { class: 'small', text: formatDateTime(first(event, 'occurred_at', 'at')) }),
      from || to ? h('span', { text: [from, to].filter(Boolean).join(' → ') }) : null,
      at ? h('span', { text: String(at) }) : null,
      actorName(event.actor) ? h('span', { class: 'small', text: actorName(event.actor) }) : null,
      event.late ? h('span', { class: 'small', text: t('stamp.late') }) : null);
  }));
}

/**
 * One scan as a short entry rather than a table row: four columns do not fit a phone (the
 * "who" was cut off). When, verdict; where and who; then the reasons.
 */
function scanRow(scan) {
  const where = scan.municipality || t('product.placeUnknown');
  return h('li', { class: 'scan-entry' },
    h('div', { class: 'scan-entry-head' },
      scan.verdict ? verdictBadge(scan.verdict) : null,
      h('span', { text: formatDateTime(first(scan, 'scanned_at', 'at')) })),
    h('div', { class: 'small' }, h('span', { class: 'visually-hidden', text: `${t('stamp.where')}: ` }), where,
      ' · ', h('span', { class: 'visually-hidden', text: `${t('stamp.who')}: ` }), scan.by_officer ? t('who.officer') : t('who.anonymous')),
    scan.reasons?.length ? h('div', { class: 'small', text: scan.reasons.map((code) => tOr(`reason.${code}`, code)).join(' ') }) : null);
}

/** The latest scans the stamp's answer carries; older ones a page at a time on request. */
function scanHistory(serial, scans, total) {
  if (!scans?.length) return h('p', { text: t('stamp.noScans') });
  const body = h('ol', { class: 'scan-history' }, scans.map(scanRow));
  const caption = h('p', { class: 'small scans-shown' });
  let shown = scans.length;
  let oldest = scans[scans.length - 1].id;
  const more = h('button', { type: 'button', class: 'button', text: t('stamp.moreScans') });
  const status = h('div', { role: 'status' });
  const refresh = (hasMore) => {
    caption.textContent = t('stamp.scansShown', { shown, total });
    caption.hidden = !(total > shown);
    more.hidden = !hasMore;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    status.replaceChildren();
    try {
      const page = await api.stampScans(serial, oldest);
      append(body, ...page.scans.map(scanRow));
      shown += page.scans.length;
      if (page.scans.length) oldest = page.scans[page.scans.length - 1].id;
      refresh(page.more);
    } catch (err) {
      status.replaceChildren(errorNotice(err));
    } finally {
      more.disabled = false;
    }
  });
  refresh(total > shown);
  return h('div', {}, body, caption, more, status);
}

/** Where the stamp stands: revoked wins, else the custodian's status. */
function standing(stamp) {
  if (stamp.revocation) return `${t('stampStatus.revoked')} (${tOr(`revocation.${stamp.revocation.reason}`, stamp.revocation.reason)})`;
  const custodian = stamp.custodian;
  if (!custodian?.status) return null;
  const holder = placeName(custodian.premises) || placeName(custodian.operator);
  return [tOr(`stampStatus.${custodian.status}`, custodian.status), holder].filter(Boolean).join(' · ');
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
    append(root, h('h1', { text: t('stamp.title') }), form);
    return;
  }
  append(root, h('h1', { text: t('stamp.titleOf', { serial }) }));
  let stamp;
  try {
    stamp = await api.stamp(serial);
  } catch (err) {
    if (!sessionEnded(root, err)) append(root, errorNotice(err));
    return;
  }
  const batch = stamp.batch;
  append(root,
    standing(stamp) ? h('p', {}, t('stamp.status'), ': ', h('strong', { text: standing(stamp) })) : null,
    productCard(stamp),
    batch ? h('p', { class: 'small', text: t('stamp.batch', { first: batch.first_serial || batch.first, last: batch.last_serial || batch.last, date: formatDate(batch.issued_at || stamp.issued_on) }) }) : null,
    h('section', { class: 'card' }, h('h2', { text: t('stamp.custody') }), custodyList(first(stamp, 'custody', 'custody_chain', 'events'))),
    h('section', { class: 'card' }, h('h2', { text: t('stamp.scans') }), scanHistory(serial, first(stamp, 'scans', 'scan_history'), stamp.scans_total)));
}
