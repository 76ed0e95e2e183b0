// Open a detention case (Art. 251): items pre-filled from the inspection's findings, the owner,
// the legal basis from a pick list, and photos from the camera. What is typed is kept as a
// draft on the phone (drafts.js) until the case is opened; every error is said beside its field.
import { h, append, field, notice, select } from '../dom.js';
import { t, todayInKosovo, formatDateTime, articleRef } from '../i18n.js';
import { go } from '../router.js';
import { api } from '../api.js';
import { uuid } from '../offline.js';
import { loadInspection } from '../inspection-state.js';
import { productLabel, categoryName, categoryOfSerial } from '../verdict.js';
import { LEGAL_BASES, ITEM_KINDS, UNITS, CATEGORIES, rememberCase, municipalityOptions, fieldErrorsOf, showFieldErrors } from '../case-common.js';
import { requireSession } from '../session.js';
import { errorText, errorNotice } from '../errors.js';
import { saveDraft, loadDraft, deleteDraft } from '../drafts.js';

const FORM = 'case-new';
const OWNER_FIELDS = ['kind', 'name', 'address', 'email', 'agent'];
const ITEM_FIELDS = ['kind', 'description', 'quantity', 'unit', 'value_eur', 'category', 'serials'];
// The session this screen last drew its form for: drawing it again for the same session (a
// change of language) restores the draft silently; a new sign-in says it was restored.
let drawnFor = null;

/** Suspicious and invalid scans grouped into one goods item per product. */
function itemsFromScans(scans) {
  const groups = new Map();
  for (const scan of scans) {
    if (scan.verdict === 'genuine' || !scan.serial) continue;
    const category = scan.category || categoryOfSerial(scan.serial);
    const label = productLabel(scan.product) || categoryName(category);
    const key = `${category}|${label}`;
    if (!groups.has(key)) groups.set(key, { kind: 'goods', description: label, category, unit: 'piece', serials: [] });
    const group = groups.get(key);
    if (!group.serials.includes(scan.serial)) group.serials.push(scan.serial);
  }
  return [...groups.values()].map((item) => ({ ...item, quantity: String(item.serials.length), serials: item.serials.join('\n') }));
}

/** What the form starts with when there is no draft: the inspection's premises and findings. */
function startingValues(inspection) {
  const premises = inspection?.premises;
  const found = itemsFromScans(inspection?.scans || []);
  return {
    detained_on: todayInKosovo(),
    place_description: premises ? [premises.name, premises.address].filter(Boolean).join(', ') : '',
    place_municipality: premises?.municipality || '',
    owner_kind: 'legal',
    items: found.length ? found : [{ kind: 'goods', unit: 'piece' }],
    legal_basis: [],
    premises_id: premises?.id,
    premises_name: premises?.name,
    premises_municipality_name: premises?.municipality_name,
    inspection_id: inspection?.id,
    prefilled: found.length,
  };
}

let rowCount = 0;
function itemRow(item, onRemove) {
  const n = ++rowCount;
  const checkbox = (name) => h('div', { class: 'check' },
    h('input', { type: 'checkbox', name, id: `${name}-${n}`, checked: !!item[name] }),
    h('label', { for: `${name}-${n}`, text: t(`caseNew.${name}`) }));
  const fields = {
    kind: field(t('caseNew.kind'), select('kind', ITEM_KINDS.map((k) => [k, t(`itemKind.${k}`)]), item.kind || 'goods')),
    description: field(t('caseNew.description'), h('input', { name: 'description', value: item.description || '' })),
    quantity: field(t('caseNew.quantity'), h('input', { name: 'quantity', type: 'number', min: '0', step: 'any', inputmode: 'decimal', value: item.quantity ?? '' })),
    unit: field(t('caseNew.unit'), select('unit', UNITS.map((u) => [u, t(`unit.${u}`)]), item.unit || 'piece')),
    value_eur: field(t('caseNew.value'), h('input', { name: 'value_eur', type: 'number', min: '0', step: '0.01', inputmode: 'decimal', value: item.value_eur ?? '' }), t('caseNew.valueHint')),
    category: field(t('caseNew.category'), select('category', [['', '—'], ...CATEGORIES.map((c) => [c, categoryName(c)])], item.category || '')),
    serials: field(t('caseNew.serials'), h('textarea', { name: 'serials', rows: '2', class: 'mono', value: item.serials || '' }), t('caseNew.serialsHint')),
  };
  const legend = h('legend');
  const row = h('fieldset', { class: 'item-row' }, legend,
    fields.kind, fields.description,
    h('div', { class: 'field-pair' }, fields.quantity, fields.unit),
    fields.value_eur, fields.category, fields.serials,
    checkbox('unmarked'), checkbox('perishable'),
    h('button', { type: 'button', class: 'button button-small', onclick: () => { row.remove(); onRemove(); } }, t('caseNew.removeItem')));
  row.fields = fields;
  row.legend = legend;
  return row;
}

/** The form's values as the draft keeps them (strings as typed, so nothing is lost). */
function formValues(form, rows, base) {
  const value = (name) => form.elements[name]?.value ?? '';
  return {
    ...base,
    detained_on: value('detained_on'),
    place_description: value('place_description'),
    place_municipality: value('place_municipality'),
    ...Object.fromEntries(OWNER_FIELDS.map((name) => [`owner_${name}`, value(`owner_${name}`)])),
    items: rows().map((row) => ({
      ...Object.fromEntries(ITEM_FIELDS.map((name) => [name, row.fields[name].control.value])),
      unmarked: row.querySelector('[name=unmarked]').checked,
      perishable: row.querySelector('[name=perishable]').checked,
    })),
    legal_basis: [...form.querySelectorAll('[name=legal_basis]:checked')].map((box) => box.value),
    photos: [...form.elements.photos.files],
  };
}

/** Every mistake the phone can see, as [field wrapper or fieldset, message]. */
function mistakes(form, rows, parts) {
  const found = [];
  const required = (wrapper, message = t('form.required')) => {
    if (!wrapper.control.value.trim()) found.push([wrapper, message]);
  };
  const detainedOn = parts.detained_on.control.value;
  if (!detainedOn) found.push([parts.detained_on, t('form.required')]);
  else if (detainedOn > todayInKosovo()) found.push([parts.detained_on, t('caseNew.dateInFuture')]);
  required(parts.place_description);
  required(parts.owner_name);
  if (parts.owner_email.control.validity.typeMismatch) found.push([parts.owner_email, t('caseNew.emailFormat')]);
  if (!rows.length) found.push([parts.items, t('caseNew.itemsMissing')]);
  for (const row of rows) {
    const { description, quantity, value_eur: value } = row.fields;
    required(description);
    const amount = Number(quantity.control.value);
    if (quantity.control.validity.badInput) found.push([quantity, t('form.number')]);
    else if (!quantity.control.value) found.push([quantity, t('form.required')]);
    else if (!(amount > 0)) found.push([quantity, t('caseNew.quantityPositive')]);
    // An empty value is a mistake, never EUR 0.00.
    if (value.control.validity.badInput) found.push([value, t('form.number')]);
    else if (!value.control.value) found.push([value, t('caseNew.valueRequired')]);
    else if (Number(value.control.value) < 0) found.push([value, t('caseNew.valueNegative')]);
  }
  if (!form.querySelector('[name=legal_basis]:checked')) found.push([parts.legal_basis, t('caseNew.legalBasisMissing')]);
  return found;
}

/** The request body of POST /cases. */
function caseBody(values) {
  const owner = { kind: values.owner_kind, name: values.owner_name.trim() };
  for (const name of ['address', 'email', 'agent']) if (values[`owner_${name}`].trim()) owner[name] = values[`owner_${name}`].trim();
  const body = {
    detained_on: values.detained_on,
    place: { description: values.place_description.trim(), ...(values.place_municipality ? { municipality: values.place_municipality } : {}) },
    owner,
    items: values.items.map((row) => {
      const item = { kind: row.kind, description: row.description.trim(), quantity: row.quantity, unit: row.unit, value_eur: row.value_eur };
      if (row.category) item.category = row.category;
      const serials = row.serials.split(/[\s,]+/).filter(Boolean);
      if (serials.length) item.serials = serials;
      if (row.unmarked) item.unmarked = true;
      if (row.perishable) item.perishable = true;
      return item;
    }),
    legal_basis: values.legal_basis,
  };
  if (values.premises_id) body.premises_id = values.premises_id;
  if (values.inspection_id) body.inspection_id = values.inspection_id;
  return body;
}

export async function render(root) {
  const session = requireSession(root);
  if (!session) return;
  const user = session.user?.id;
  const [draft, municipalities] = await Promise.all([loadDraft(user, FORM).catch(() => undefined), municipalityOptions()]);
  const values = draft?.values || startingValues(loadInspection());
  const restored = draft && drawnFor !== session.access_token;
  drawnFor = session.access_token;
  const base = Object.fromEntries(['premises_id', 'premises_name', 'premises_municipality_name', 'inspection_id', 'prefilled']
    .map((name) => [name, values[name]]));

  const status = h('div', { 'aria-live': 'polite' });
  const items = h('div', { class: 'items' });
  const rows = () => [...items.querySelectorAll('.item-row')];
  const numberRows = () => rows().forEach((row, index) => { row.legend.textContent = t('caseNew.item', { n: index + 1 }); });
  const addRow = (item) => { items.append(itemRow(item, () => { numberRows(); keep(); })); numberRows(); };
  values.items.forEach(addRow);

  const photos = h('input', { type: 'file', name: 'photos', accept: 'image/*', capture: 'environment', multiple: true });
  if (values.photos?.length && typeof DataTransfer === 'function') {
    const kept = new DataTransfer();
    values.photos.forEach((photo) => kept.items.add(photo));
    photos.files = kept.files;
  }
  const today = todayInKosovo();
  const known = municipalities.some(([slug]) => slug === values.place_municipality);
  const parts = {
    detained_on: field(t('caseNew.detainedOn'), h('input', { name: 'detained_on', type: 'date', value: values.detained_on, max: today }), t('caseNew.detainedOnHint')),
    place_description: field(t('caseNew.place'), h('input', { name: 'place_description', value: values.place_description })),
    // The gazetteer's names, never slugs; the municipality of the premises is pre-chosen.
    place_municipality: field(t('caseNew.municipality'), select('place_municipality', [
      ['', t('caseNew.municipalityNone')], ...municipalities,
      ...(values.place_municipality && !known ? [[values.place_municipality, values.premises_municipality_name || values.place_municipality]] : []),
    ], values.place_municipality)),
    owner_kind: field(t('caseNew.ownerKind'), select('owner_kind', [['legal', t('owner.legal')], ['natural', t('owner.natural')]], values.owner_kind)),
    owner_name: field(t('caseNew.ownerName'), h('input', { name: 'owner_name', value: values.owner_name || '' })),
    owner_address: field(t('caseNew.ownerAddress'), h('input', { name: 'owner_address', autocomplete: 'off', value: values.owner_address || '' })),
    owner_email: field(t('caseNew.ownerEmail'), h('input', { name: 'owner_email', type: 'email', autocomplete: 'off', value: values.owner_email || '' })),
    owner_agent: field(t('caseNew.ownerAgent'), h('input', { name: 'owner_agent', autocomplete: 'off', value: values.owner_agent || '' })),
    items: h('fieldset', { id: 'case-items' }, h('legend', { text: t('caseNew.items') }),
      values.prefilled ? h('p', { class: 'hint', text: t('caseNew.prefilled', { count: values.prefilled }) }) : null,
      items,
      h('button', { type: 'button', class: 'button button-small', onclick: () => { addRow({ kind: 'goods', unit: 'piece' }); keep(); } }, t('caseNew.addItem'))),
    legal_basis: h('fieldset', { id: 'case-legal-basis' }, h('legend', { text: t('caseNew.legalBasis') }),
      LEGAL_BASES.map((basis, index) => h('div', { class: 'check' },
        h('input', { type: 'checkbox', name: 'legal_basis', value: basis, id: `basis-${index}`, checked: values.legal_basis.includes(basis) }),
        h('label', { for: `basis-${index}` }, h('strong', { text: articleRef(basis) }), ' ', t(`basis.${basis}`))))),
  };
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('caseNew.submit'));
  const form = h('form', { class: 'form', novalidate: true },
    h('fieldset', {}, h('legend', { text: t('caseNew.detention') }), parts.detained_on, parts.place_description, parts.place_municipality),
    h('fieldset', {}, h('legend', { text: t('caseNew.owner') }), parts.owner_kind, parts.owner_name, parts.owner_address, parts.owner_email, parts.owner_agent),
    parts.items,
    parts.legal_basis,
    field(t('caseNew.photos'), photos, t('caseNew.photosHint')),
    submit);

  let saving = null;
  const store = () => {
    saving = null;
    return saveDraft(user, FORM, formValues(form, rows, base)).catch(() => {});
  };
  function keep() {
    clearTimeout(saving);
    saving = setTimeout(store, 250);
  }
  form.addEventListener('input', keep);
  form.addEventListener('change', keep);

  const allTargets = () => [...Object.values(parts), ...rows().flatMap((row) => Object.values(row.fields))];
  const discard = h('button', { type: 'button', class: 'button button-small', onclick: async () => {
    await deleteDraft(user, FORM).catch(() => {});
    drawnFor = null;
    go('case', 'new');
  } }, t('caseNew.discardDraft'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const found = mistakes(form, rows(), parts);
    showFieldErrors(allTargets(), found);
    if (found.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: found.length })));
      return;
    }
    clearTimeout(saving);
    const current = formValues(form, rows, base);
    await store();
    submit.disabled = true;
    status.replaceChildren(notice('info', t('caseNew.saving')));
    try {
      const created = await api.createCase(caseBody(current), form.dataset.key || (form.dataset.key = uuid()));
      rememberCase(created);
      let failedPhotos = 0;
      for (const photo of current.photos) {
        try { await api.casePhoto(created.id, photo, uuid()); } catch { failedPhotos += 1; }
      }
      await deleteDraft(user, FORM).catch(() => {});
      drawnFor = null;
      if (failedPhotos) sessionStorage.setItem('bi.caseNotice', t('caseNew.photosFailed', { count: failedPhotos }));
      go('case', created.id);
    } catch (err) {
      submit.disabled = false;
      if (err.status === 401) {
        // The session ended while the form was filled in: the draft waits for the same user.
        status.replaceChildren(notice('error', h('p', { text: t('login.expiredKept') }),
          h('p', {}, h('a', { class: 'button button-primary', href: `#/login?next=${encodeURIComponent('#/case/new')}`, text: t('login.title') }))));
        status.scrollIntoView({ block: 'center' });
        return;
      }
      const targets = { detained_on: parts.detained_on, 'place.description': parts.place_description, 'place.municipality': parts.place_municipality, items: parts.items, legal_basis: parts.legal_basis };
      for (const name of OWNER_FIELDS) targets[`owner.${name}`] = parts[`owner_${name}`];
      rows().forEach((row, index) => { for (const name of ITEM_FIELDS) targets[`items.${index}.${name}`] = row.fields[name]; });
      const located = fieldErrorsOf(err).map(([path, message]) => {
        const [head, index, name] = path.split('.');
        return [targets[path] || targets[`${head}.${index}.${name}`] || targets[head], message];
      }).filter(([target]) => target);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : errorText(err)));
      if (located.length) showFieldErrors(allTargets(), located);
      else status.scrollIntoView({ block: 'center' });
    }
  });

  append(root,
    h('h1', { text: t('caseNew.title') }),
    values.premises_name ? h('p', { class: 'lead', text: t('caseNew.fromInspection', { name: values.premises_name }) }) : null,
    restored ? notice('info', h('p', { text: t('caseNew.draftRestored', { when: formatDateTime(draft.saved_at) }) }), discard) : null,
    status, form);
  // Leaving the screen (another screen, another language) keeps what was typed last; the next
  // screen's read of the draft comes after this write (IndexedDB orders the two transactions).
  return () => {
    if (saving === null) return;
    clearTimeout(saving);
    store();
  };
}
