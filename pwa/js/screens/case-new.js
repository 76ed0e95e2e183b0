// Open a detention case (Art. 251): items pre-filled from the inspection's findings, the owner,
// the legal basis from a pick list, and photos from the camera.
import { h, append, field, notice, select } from '../dom.js';
import { t, todayInKosovo } from '../i18n.js';
import { go } from '../router.js';
import { api } from '../api.js';
import { uuid } from '../offline.js';
import { loadInspection } from '../inspection-state.js';
import { productLabel, categoryName, categoryOfSerial } from '../verdict.js';
import { LEGAL_BASES, ITEM_KINDS, UNITS, CATEGORIES, rememberCase } from '../case-common.js';
import { requireSession } from '../session.js';
import { errorText, errorNotice } from '../errors.js';

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
  return [...groups.values()].map((item) => ({ ...item, quantity: item.serials.length }));
}

let rowCount = 0;
function itemRow(item = { kind: 'goods', unit: 'piece' }) {
  const n = ++rowCount;
  const row = h('fieldset', { class: 'item-row' },
    h('legend', { text: t('caseNew.item', { n }) }),
    field(t('caseNew.kind'), select('kind', ITEM_KINDS.map((k) => [k, t(`itemKind.${k}`)]), item.kind)),
    field(t('caseNew.description'), h('input', { name: 'description', value: item.description || '', required: true })),
    h('div', { class: 'field-pair' },
      field(t('caseNew.quantity'), h('input', { name: 'quantity', type: 'number', min: '0', step: 'any', value: item.quantity ?? '', required: true })),
      field(t('caseNew.unit'), select('unit', UNITS.map((u) => [u, t(`unit.${u}`)]), item.unit))),
    field(t('caseNew.value'), h('input', { name: 'value_eur', type: 'number', min: '0', step: '0.01', value: item.value_eur ?? '', required: true })),
    field(t('caseNew.category'), select('category', [['', '—'], ...CATEGORIES.map((c) => [c, categoryName(c)])], item.category || '')),
    field(t('caseNew.serials'), h('textarea', { name: 'serials', rows: '2', class: 'mono', value: (item.serials || []).join('\n') }), t('caseNew.serialsHint')),
    h('div', { class: 'check' }, h('input', { type: 'checkbox', name: 'unmarked', id: `unmarked-${n}` }), h('label', { for: `unmarked-${n}`, text: t('caseNew.unmarked') })),
    h('div', { class: 'check' }, h('input', { type: 'checkbox', name: 'perishable', id: `perishable-${n}` }), h('label', { for: `perishable-${n}`, text: t('caseNew.perishable') })),
    h('button', { type: 'button', class: 'button button-small', onclick: () => row.remove() }, t('caseNew.removeItem')));
  return row;
}

function readItem(row) {
  const value = (name) => row.querySelector(`[name="${name}"]`);
  const item = {
    kind: value('kind').value,
    description: value('description').value.trim(),
    quantity: Number(value('quantity').value),
    unit: value('unit').value,
    value_eur: Number(value('value_eur').value),
  };
  if (value('category').value) item.category = value('category').value;
  const serials = value('serials').value.split(/[\s,]+/).filter(Boolean);
  if (serials.length) item.serials = serials;
  if (value('unmarked').checked) item.unmarked = true;
  if (value('perishable').checked) item.perishable = true;
  return item;
}

export async function render(root) {
  if (!requireSession(root)) return;
  const inspection = loadInspection();
  const premises = inspection?.premises;
  const status = h('div', { 'aria-live': 'polite' });
  const items = h('div', { class: 'items' });
  const found = itemsFromScans(inspection?.scans || []);
  (found.length ? found : [undefined]).forEach((item) => items.append(itemRow(item)));
  const photos = h('input', { type: 'file', name: 'photos', accept: 'image/*', capture: 'environment', multiple: true });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('caseNew.submit'));
  const today = todayInKosovo();

  const form = h('form', { class: 'form', novalidate: true },
    h('fieldset', {}, h('legend', { text: t('caseNew.detention') }),
      field(t('caseNew.detainedOn'), h('input', { name: 'detained_on', type: 'date', value: today, max: today, required: true }), t('caseNew.detainedOnHint')),
      field(t('caseNew.place'), h('input', { name: 'place_description', required: true, value: premises ? [premises.name, premises.address].filter(Boolean).join(', ') : '' })),
      field(t('caseNew.municipality'), h('input', { name: 'place_municipality', value: premises?.municipality || '' }))),
    h('fieldset', {}, h('legend', { text: t('caseNew.owner') }),
      field(t('caseNew.ownerKind'), select('owner_kind', [['legal', t('owner.legal')], ['natural', t('owner.natural')]], 'legal')),
      field(t('caseNew.ownerName'), h('input', { name: 'owner_name', required: true })),
      field(t('caseNew.ownerAddress'), h('input', { name: 'owner_address', autocomplete: 'off' })),
      field(t('caseNew.ownerEmail'), h('input', { name: 'owner_email', type: 'email', autocomplete: 'off' })),
      field(t('caseNew.ownerAgent'), h('input', { name: 'owner_agent', autocomplete: 'off' }))),
    h('fieldset', {}, h('legend', { text: t('caseNew.items') }),
      found.length ? h('p', { class: 'hint', text: t('caseNew.prefilled', { count: found.length }) }) : null,
      items,
      h('button', { type: 'button', class: 'button button-small', onclick: () => items.append(itemRow()) }, t('caseNew.addItem'))),
    h('fieldset', {}, h('legend', { text: t('caseNew.legalBasis') }),
      LEGAL_BASES.map((basis, index) => h('div', { class: 'check' },
        h('input', { type: 'checkbox', name: 'legal_basis', value: basis, id: `basis-${index}` }),
        h('label', { for: `basis-${index}` }, h('strong', { text: basis }), ' ', t(`basis.${basis}`))))),
    field(t('caseNew.photos'), photos, t('caseNew.photosHint')),
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const legalBasis = data.getAll('legal_basis');
    const rows = [...items.querySelectorAll('.item-row')].map(readItem);
    const missing = !data.get('owner_name')?.trim() || !data.get('place_description')?.trim() || !rows.length
      || rows.some((item) => !item.description || Number.isNaN(item.value_eur)) || !legalBasis.length;
    if (missing) {
      status.replaceChildren(notice('error', t('caseNew.missing')));
      return;
    }
    const owner = { kind: data.get('owner_kind'), name: data.get('owner_name').trim() };
    for (const key of ['address', 'email', 'agent']) if (data.get(`owner_${key}`)?.trim()) owner[key] = data.get(`owner_${key}`).trim();
    const body = {
      detained_on: data.get('detained_on'),
      place: { description: data.get('place_description').trim(), ...(data.get('place_municipality')?.trim() ? { municipality: data.get('place_municipality').trim() } : {}) },
      owner,
      items: rows,
      legal_basis: legalBasis,
    };
    if (premises?.id) body.premises_id = premises.id;
    if (inspection?.id) body.inspection_id = inspection.id;
    submit.disabled = true;
    status.replaceChildren(notice('info', t('caseNew.saving')));
    try {
      const created = await api.createCase(body, form.dataset.key || (form.dataset.key = uuid()));
      rememberCase(created);
      let failedPhotos = 0;
      for (const photo of photos.files) {
        try { await api.casePhoto(created.id, photo, uuid()); } catch { failedPhotos += 1; }
      }
      if (failedPhotos) sessionStorage.setItem('bi.caseNotice', t('caseNew.photosFailed', { count: failedPhotos }));
      go('case', created.id);
    } catch (err) {
      const details = err.errors ? ` ${JSON.stringify(err.errors)}` : '';
      status.replaceChildren(errorNotice(err, errorText(err) + details));
      submit.disabled = false;
    }
  });

  append(root,
    h('h1', { text: t('caseNew.title') }),
    premises ? h('p', { class: 'lead', text: t('caseNew.fromInspection', { name: premises.name }) }) : null,
    status, form);
}
