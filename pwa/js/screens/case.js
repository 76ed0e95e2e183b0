// One detention case: status, deadlines as dates and days left, the things detained, documents,
// and the acts of the law; the ones the law forbids now are greyed out with the reason.
import { h, append, field, notice, select, toast } from '../dom.js';
import { t, tOr, lang, LANGUAGES, formatDate, formatDateTime, formatDaysLeft, daysFromToday, formatNumber, formatQuantity, todayInKosovo, articleRef } from '../i18n.js';
import { go } from '../router.js';
import { api, hasRole } from '../api.js';
import { uuid } from '../offline.js';
import { categoryName } from '../verdict.js';
import { NOTIFY_METHODS, NOTICE_DOCUMENTS, DISPOSALS, DOCUMENTS, rememberCase, fieldErrorsOf, showFieldErrors } from '../case-common.js';
import { requireSession, sessionEnded } from '../session.js';
import { errorText, errorNotice } from '../errors.js';

const SUPERVISOR = ['supervisor', 'admin'];
const STAFF = ['officer', 'supervisor', 'admin'];
const notification = (prefix) => [
  { name: `${prefix}method`, type: 'select', options: NOTIFY_METHODS, labels: 'method' },
  { name: `${prefix}sent_on`, type: 'date', required: true, window: true },
  { name: `${prefix}received_on`, type: 'date' },
  { name: `${prefix}recipient`, type: 'text', required: true },
  { name: `${prefix}address`, type: 'text' },
];
const pending = (list) => (list || []).filter((entry) => !entry.received_on && !entry.decided_on);
// Art. 251(11): a decision is about things still under detention, a disposal about things the
// Customs still holds; unticking some leaves them out of the act.
const UNDER_DETENTION = ['detained', 'returned_conditionally'];
const HELD = [...UNDER_DETENTION, 'seized', 'deemed_seized'];
// The reviews not yet decided, each about the seizure, the detention or an extension.
const openReviews = (c) => (c.reviews || []).filter((r) => !r.decided_on).map((r) => ({ ...r, of: r.of || 'seizure' }));
// Art. 291(5): the decisions whose review was decided may be appealed (the seizure's by default).
const appealable = (c) => {
  const others = [...new Set((c.reviews || []).filter((r) => r.decided_on && r.of && r.of !== 'seizure').map((r) => r.of))];
  const seizure = !others.length || c.review || c.allowed_actions?.includes('appeal');
  return [...(seizure ? ['seizure'] : []), ...others];
};
// Art. 251(13), 291(1): the decisions a review may be requested of, those the case has.
const reviewable = (c) => [
  ...(c.deadlines?.seized_on ? ['seizure'] : []),
  'detention',
  ...(c.extensions?.length ? ['extension'] : []),
];

const atTheBoard = (values) => values.level === 'board';

/**
 * The acts of the law on a case: the API path, who may record them, the form, and the
 * allowed_actions names that gate them (one per option for decisions and disposals).
 */
const ACTIONS = [
  { name: 'extend', path: 'extensions', roles: SUPERVISOR, fields: [
    { name: 'days', type: 'number', min: 1, max: 60, required: true },
    { name: 'reason', type: 'textarea', required: true },
    { name: 'decided_on', type: 'date', window: true },
    ...notification('notification.')] },
  { name: 'decide', path: 'decisions', roles: SUPERVISOR,
    gate: { field: 'outcome', actions: { return: 'decide_return', return_conditionally: 'decide_return_conditionally', seize: 'decide_seize' } },
    fields: [
      { name: 'outcome', type: 'select', options: ['seize', 'return', 'return_conditionally'], labels: 'outcome' },
      { name: 'reasons', type: 'textarea', required: true },
      { name: 'conditions', type: 'textarea' },
      { name: 'decided_on', type: 'date', window: true },
      { name: 'item_ids', type: 'items', statuses: UNDER_DETENTION }] },
  { name: 'record_notification', path: 'notifications', roles: STAFF, fields: [
    { name: 'document', type: 'select', options: NOTICE_DOCUMENTS, labels: 'document' },
    ...notification('')] },
  { name: 'record_receipt', path: (values) => `notifications/${values.notification_id}/receipt`, roles: STAFF, fields: [
    { name: 'notification_id', type: 'pick', from: (c) => pending(c.notifications).map((n) => [String(n.id), `${t(`document.${n.document}`)} · ${formatDate(n.sent_on)}`]), required: true, path: true },
    { name: 'received_on', type: 'date', required: true, window: true }] },
  { name: 'request_review', path: 'reviews', roles: STAFF,
    gate: { field: 'of', actions: { seizure: 'request_review', detention: 'request_detention_review', extension: 'request_extension_review' } },
    fields: [
      { name: 'of', type: 'select', options: reviewable, labels: 'reviewOf' },
      { name: 'requested_on', type: 'date', required: true, window: true }] },
  { name: 'decide_review', path: (values, c) => `reviews/${openReviews(c).find((r) => r.of === values.of)?.id ?? c.review?.id}/decision`, roles: SUPERVISOR,
    gate: { field: 'of', actions: { seizure: 'decide_review', detention: 'decide_detention_review', extension: 'decide_extension_review' } },
    fields: [
    { name: 'of', type: 'select', options: (c) => (openReviews(c).length ? openReviews(c).map((r) => r.of) : ['seizure']), labels: 'reviewOf', path: true },
    { name: 'outcome', type: 'select', options: ['upheld', 'annulled', 'amended'], labels: 'reviewOutcome' },
    { name: 'reasons', type: 'textarea' },
    { name: 'decided_on', type: 'date', required: true, window: true },
    { name: 'received_on', type: 'date' }] },
  { name: 'appeal', path: 'appeals', roles: SUPERVISOR,
    gate: { field: 'of', actions: { seizure: 'appeal', detention: 'appeal_detention_review', extension: 'appeal_extension_review' } },
    fields: [
    { name: 'of', type: 'select', options: appealable, labels: 'reviewOf' },
    { name: 'level', type: 'select', options: ['board', 'court'], labels: 'forum' },
    { name: 'lodged_on', type: 'date', required: true, window: true },
    // Art. 291(7): the Board hears an appeal openly or closed, and in a closed hearing the
    // Customs answers in writing within 30 days of being notified; the court has neither.
    { name: 'hearing', type: 'select', options: ['', 'closed', 'open'], labels: 'hearing', hint: 'hearing.hint', when: atTheBoard },
    { name: 'notified_on', type: 'date', after: 'lodged_on', when: atTheBoard }] },
  { name: 'decide_appeal', path: (values) => `appeals/${values.appeal_id}/decision`, roles: SUPERVISOR, fields: [
    { name: 'appeal_id', type: 'pick', from: (c) => pending(c.appeals).map((a) => [String(a.id), `${t(`forum.${a.level}`)} · ${formatDate(a.lodged_on)}`]), required: true, path: true },
    { name: 'outcome', type: 'select', options: ['upheld', 'annulled', 'amended'], labels: 'reviewOutcome' },
    { name: 'decided_on', type: 'date', required: true, window: true },
    { name: 'received_on', type: 'date' }] },
  { name: 'dispose', path: 'dispositions', roles: SUPERVISOR,
    gate: { field: 'kind', actions: Object.fromEntries(DISPOSALS.map((kind) => [kind, `dispose_${kind}`])) },
    fields: [
      { name: 'kind', type: 'select', options: DISPOSALS, labels: 'disposal' },
      { name: 'decided_on', type: 'date', window: true },
      { name: 'amount_eur', type: 'number', min: 0, step: '0.01' },
      { name: 'item_ids', type: 'items', statuses: HELD }] },
];

/**
 * Whether the law allows an act now (for gated acts: the given option), and if not, why.
 * Without allowed_actions in the answer everything is offered and the server has the last word.
 */
function permission(caseObj, action, option) {
  const allowed = caseObj.allowed_actions;
  if (!Array.isArray(allowed)) return { ok: true, name: action.name };
  const names = action.gate ? (option ? [action.gate.actions[option]] : Object.values(action.gate.actions)) : [action.name];
  const name = names.find((n) => allowed.includes(n));
  if (name) return { ok: true, name };
  const refusal = names.map((n) => caseObj.refused_actions?.[n]?.message).find(Boolean);
  return { ok: false, why: refusal || t('case.notAllowedNow') };
}

/** Limit the legal-date fields to the window the law leaves for this act (action_windows). */
function applyWindow(form, caseObj, action, actionName) {
  const window = caseObj.action_windows?.[actionName];
  for (const spec of action.fields.filter((f) => f.window)) {
    const input = form.elements[spec.name];
    input.max = window?.latest || todayInKosovo();
    if (window?.earliest) input.min = window.earliest;
    if (!input.value || input.value > input.max) input.value = input.max;
  }
}

/** The things an act may name: those in the given states. */
const choosableItems = (spec, caseObj) => (caseObj.items || []).filter((item) => spec.statuses.includes(item.status));

/**
 * Check boxes of the things an act is about, all ticked: the act names every one by default.
 * Hidden when there is no choice (one thing or none).
 */
function itemChoice(spec, caseObj) {
  const items = choosableItems(spec, caseObj);
  const id = `f-${spec.name}-${Math.random().toString(36).slice(2, 9)}`;
  const box = h('fieldset', { class: 'item-choice', id },
    h('legend', { text: labelOf(spec) }),
    items.map((item) => h('div', { class: 'check' },
      h('input', { type: 'checkbox', name: spec.name, value: String(item.id), id: `${id}-${item.id}`, checked: true }),
      h('label', { for: `${id}-${item.id}` }, h('strong', { text: `${tOr(`itemKind.${item.kind}`, item.kind)}: ` }), item.description,
        h('span', { class: 'small', text: ` · ${tOr(`status.${item.status}`, item.status_label || item.status)}` })))));
  box.hidden = items.length < 2;
  return box;
}

/** The ids ticked, or null when all are (the server's default: every one still concerned). */
function checkedItems(form, spec) {
  const boxes = [...form.querySelectorAll(`input[type=checkbox][name="${spec.name}"]`)];
  const ticked = boxes.filter((box) => box.checked).map((box) => Number(box.value));
  return ticked.length === boxes.length ? null : ticked;
}

function control(spec, caseObj, action) {
  const name = spec.name;
  const attrs = { name, required: spec.required || undefined };
  if (spec.type === 'items') return itemChoice(spec, caseObj);
  if (spec.type === 'select') {
    const options = typeof spec.options === 'function' ? spec.options(caseObj) : spec.options;
    const el = select(name, options.map((value) => [value, t(`${spec.labels}.${value || 'unsaid'}`)]), options[0]);
    if (action.gate?.field === name) {
      for (const option of el.options) {
        const { ok, why } = permission(caseObj, action, option.value);
        option.disabled = !ok;
        if (!ok) option.textContent += ` — ${why}`;
      }
      const firstAllowed = [...el.options].find((option) => !option.disabled);
      if (firstAllowed) el.value = firstAllowed.value;
    }
    return el;
  }
  if (spec.type === 'pick') return select(name, spec.from(caseObj), undefined);
  if (spec.type === 'textarea') return h('textarea', { ...attrs, rows: '3' });
  if (spec.type === 'date') return h('input', { ...attrs, type: 'date', max: todayInKosovo() });
  if (spec.type === 'number') return h('input', { ...attrs, type: 'number', min: spec.min, max: spec.max, step: spec.step || '1', inputmode: 'decimal' });
  return h('input', { ...attrs, type: 'text', autocomplete: 'off' });
}

/** Each field's value by its name, as typed or chosen. */
const valuesOf = (form, action) => Object.fromEntries(action.fields.map((spec) => [spec.name, form.elements[spec.name]?.value]));

/** Form values as the nested JSON body ("notification.method" -> {notification: {method}}). */
function bodyOf(form, action) {
  const body = {};
  const values = valuesOf(form, action);
  for (const spec of action.fields) {
    // A field that does not apply to what was chosen is not sent (a court has no hearing).
    if (spec.when && !spec.when(values)) continue;
    if (spec.type === 'items') {
      const ids = checkedItems(form, spec);
      if (ids) body[spec.name] = ids;
      continue;
    }
    const raw = form.elements[spec.name]?.value?.trim();
    if (!raw || spec.path) continue;
    const value = spec.type === 'number' ? Number(raw) : raw;
    const path = spec.name.split('.');
    let target = body;
    for (const part of path.slice(0, -1)) target = target[part] ??= {};
    target[path.at(-1)] = value;
  }
  return body;
}

const labelOf = (spec) => t(`fieldLabel.${spec.name.split('.').pop()}`);

function actionPanel(caseObj, action) {
  const { ok, why, name } = permission(caseObj, action);
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t(`action.${action.name}`));
  const wrappers = new Map(action.fields.map((spec) => [spec.name,
    spec.type === 'items' ? control(spec, caseObj, action)
      : field(labelOf(spec), control(spec, caseObj, action), spec.hint && t(spec.hint))]));
  const fieldset = h('fieldset', { disabled: !ok || undefined },
    h('legend', { class: 'visually-hidden', text: t(`action.${action.name}`) }),
    [...wrappers.values()],
    submit);
  const form = h('form', { class: 'form', novalidate: true }, fieldset, status);
  // Fields shown only for some choices, and dates no earlier than the one they follow.
  const follow = () => {
    const values = valuesOf(form, action);
    for (const spec of action.fields) {
      if (spec.when) wrappers.get(spec.name).hidden = !spec.when(values);
      if (spec.after) form.elements[spec.name].min = values[spec.after] || '';
    }
  };
  form.addEventListener('change', follow);
  if (ok) {
    // A gated act's dates are those of the option chosen (the first one allowed).
    applyWindow(form, caseObj, action, action.gate ? action.gate.actions[form.elements[action.gate.field].value] : name);
    if (action.gate) {
      form.elements[action.gate.field].addEventListener('change', (event) =>
        applyWindow(form, caseObj, action, action.gate.actions[event.target.value]));
    }
  }
  follow();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // Each error beside its field, the first one brought into view (the form may be long).
    const missing = action.fields.filter((spec) => spec.type === 'items'
      ? checkedItems(form, spec)?.length === 0
      : spec.required && !form.elements[spec.name]?.value?.trim())
      .map((spec) => [wrappers.get(spec.name), t(spec.type === 'items' ? 'case.chooseItems' : 'form.required')]);
    showFieldErrors([...wrappers.values()], missing);
    if (missing.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: missing.length })));
      return;
    }
    const values = valuesOf(form, action);
    const path = typeof action.path === 'function' ? action.path(values, caseObj) : action.path;
    submit.disabled = true;
    try {
      await api.caseAction(caseObj.id, path, bodyOf(form, action), form.dataset.key || (form.dataset.key = uuid()));
      toast(t('case.actionDone', { action: t(`action.${action.name}`) }));
      go('case', caseObj.id);
    } catch (err) {
      submit.disabled = false;
      if (err.status === 401) {
        // The session ended: what was typed stays in the form until the user signs in again.
        status.replaceChildren(notice('error', h('p', { text: t('login.expired') }),
          h('p', {}, h('a', { class: 'button button-primary', href: `#/login?next=${encodeURIComponent(location.hash)}`, text: t('login.title') }))));
        return;
      }
      // Paths of the body ("notification.sent_on") are the fields' names; a refusal of the
      // rules that names no field is said under the form.
      const located = fieldErrorsOf(err).map(([path, message]) => [wrappers.get(path), message]).filter(([wrapper]) => wrapper);
      showFieldErrors([...wrappers.values()], located);
      status.replaceChildren(errorNotice(err, located.length && err.error === 'validation_failed' && err.errors?.json
        ? t('form.checkFields', { count: located.length }) : errorText(err)));
    }
  });
  return h('details', { class: `action ${ok ? '' : 'action-refused'}`, 'data-action': action.name },
    h('summary', {}, t(`action.${action.name}`),
      ok ? null : [h('span', { class: 'refused-tag', text: ` — ${t('case.notAllowed')}` }), h('span', { class: 'refused-why', text: why })]),
    form);
}

function deadlineList(deadlines) {
  const entries = Object.entries(deadlines || {}).filter(([, value]) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value));
  if (!entries.length) return null;
  return h('dl', { class: 'facts deadlines' }, entries.map(([key, value]) => {
    const days = daysFromToday(value);
    const isDue = /_due_on$|_ends_on$|_to$/.test(key);
    return [h('dt', { text: tOr(`deadline.${key}`, key.replace(/_/g, ' ')) }),
      h('dd', { class: !isDue ? '' : days < 0 ? 'past' : days <= 5 ? 'soon' : '' },
        h('strong', { text: formatDate(value.slice(0, 10)) }), ' · ', formatDaysLeft(value))];
  }));
}

/**
 * The things detained, one entry each (a table of three columns broke its numbers over three
 * lines on a phone): kind and description, then quantity and value, then the serials.
 */
function itemList(items) {
  const hidden = (key) => h('span', { class: 'visually-hidden', text: `${t(key)}: ` });
  return h('ul', { class: 'item-list' }, (items || []).map((item) => h('li', {},
    h('div', {}, h('strong', { text: `${tOr(`itemKind.${item.kind}`, item.kind)}: ` }), item.description,
      item.category ? h('span', { class: 'small', text: ` · ${categoryName(item.category)}` }) : null),
    h('div', {}, hidden('caseNew.quantity'), formatQuantity(item.quantity, item.unit, item.category), ' · ',
      hidden('caseNew.value'), formatNumber(item.value_eur ?? 0, { style: 'currency', currency: 'EUR' })),
    item.serials?.length ? h('div', { class: 'small mono', text: item.serials.join(', ') }) : null,
    // Each thing has its own status (Art. 251(11)): the truck returned, the cigarettes seized.
    item.status ? h('div', {}, h('span', { class: `status status-${item.status}`,
      text: tOr(`status.${item.status}`, item.status_label || item.status) })) : null)));
}

function documentsPanel(caseObj) {
  const language = select('doc_lang', LANGUAGES, lang());
  const status = h('div', { 'aria-live': 'polite' });
  const download = async (name) => {
    status.replaceChildren(notice('info', t('case.downloading')));
    try {
      const blob = await api.caseDocument(caseObj.id, name, language.value);
      const url = URL.createObjectURL(blob);
      const anchor = h('a', { href: url, download: `${caseObj.number || caseObj.id}-${name}-${language.value}.pdf` });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      status.replaceChildren();
    } catch (err) {
      status.replaceChildren(errorNotice(err));
    }
  };
  return h('section', { class: 'card' }, h('h2', { text: t('case.documents') }),
    field(t('case.documentLanguage'), language),
    h('ul', { class: 'plain-list' }, (caseObj.documents || DOCUMENTS).map((name) => h('li', {},
      h('button', { type: 'button', class: 'button button-small', onclick: () => download(name) }, t(`doc.${name}`), ' (PDF)')))),
    status);
}

export async function render(root, { args }) {
  if (!requireSession(root)) return;
  const caseId = args[0];
  let caseObj;
  try {
    caseObj = await api.getCase(caseId);
  } catch (err) {
    if (!sessionEnded(root, err)) append(root, h('h1', { text: t('case.title', { number: caseId }) }), errorNotice(err));
    return;
  }
  rememberCase(caseObj);
  const afterCreate = sessionStorage.getItem('bi.caseNotice');
  sessionStorage.removeItem('bi.caseNotice');
  const owner = caseObj.owner || {};
  const actions = ACTIONS.filter((action) => hasRole(...action.roles));
  append(root,
    h('h1', { text: t('case.title', { number: caseObj.number || caseObj.id }) }),
    afterCreate ? notice('error', afterCreate) : null,
    h('dl', { class: 'facts case-status' },
      h('dt', { text: t('case.status') }),
      h('dd', {}, h('span', { class: `status status-${caseObj.status}`, text: tOr(`status.${caseObj.status}`, caseObj.status_label || caseObj.status) })),
      h('dt', { text: t('caseNew.detainedOn') }), h('dd', { text: formatDate(caseObj.detained_on) })),
    h('section', { class: 'card' }, h('h2', { text: t('case.deadlines') }), deadlineList(caseObj.deadlines) || h('p', { text: '—' })),
    h('section', { class: 'card' }, h('h2', { text: t('caseNew.owner') }),
      h('p', { text: [owner.name, owner.address, owner.email].filter(Boolean).join(' · ') }),
      caseObj.place ? h('p', { class: 'small', text: [caseObj.place.description, caseObj.place.municipality_name || caseObj.place.municipality].filter(Boolean).join(', ') }) : null,
      caseObj.legal_basis?.length ? h('p', { class: 'small', text: `${t('caseNew.legalBasis')}: ${caseObj.legal_basis.map(articleRef).join(', ')}` }) : null),
    h('section', { class: 'card' }, h('h2', { text: t('caseNew.items') }), itemList(caseObj.items)),
    documentsPanel(caseObj),
    caseObj.history?.length ? h('section', { class: 'card' }, h('h2', { text: t('case.history') }),
      h('ol', { class: 'timeline' }, caseObj.history.map((event) => h('li', {},
        h('strong', { text: tOr(`history.${event.action}`, event.action) }),
        // An act has its legal date; a photo only the time it was added.
        h('span', { class: 'small', text: event.legal_date ? formatDate(event.legal_date) : formatDateTime(event.entered_at) }))))) : null,
    actions.length ? h('section', { class: 'card' }, h('h2', { text: t('case.actions') }), actions.map((action) => actionPanel(caseObj, action))) : null);
}
