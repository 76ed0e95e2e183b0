// Traveller allowance calculator (Art. 45-48): what a traveller may bring without duty.
import { h, append, field, notice, select } from '../dom.js';
import { t, tOr, formatNumber } from '../i18n.js';
import { api } from '../api.js';
import { errorNotice } from './scan.js';

const KINDS = ['cigarettes', 'cigarillos', 'cigars', 'smoking_tobacco', 'spirits', 'intermediate', 'still_wine', 'perfume', 'toilet_water', 'medicine', 'other'];
const UNITS = ['piece', 'pack', 'carton', 'g', 'kg', 'ml', 'l'];
const DEFAULT_UNIT = { cigarettes: 'pack', cigarillos: 'piece', cigars: 'piece', smoking_tobacco: 'g', spirits: 'l', intermediate: 'l', still_wine: 'l', perfume: 'g', toilet_water: 'ml', medicine: 'piece', other: 'piece' };

let rowCount = 0;
function itemRow() {
  const n = ++rowCount;
  const kind = select('kind', KINDS.map((k) => [k, t(`kind.${k}`)]), 'cigarettes');
  const unit = select('unit', UNITS.map((u) => [u, t(`unit.${u}`)]), 'pack');
  const value = field(t('allowances.value'), h('input', { name: 'value_eur', type: 'number', min: '0', step: '0.01', inputmode: 'decimal' }));
  const abv = field(t('allowances.abv'), h('input', { name: 'abv', type: 'number', min: '0', max: '100', step: '0.1', inputmode: 'decimal' }));
  const sync = () => {
    value.hidden = !['other', 'medicine'].includes(kind.value);
    abv.hidden = !['spirits', 'intermediate', 'still_wine'].includes(kind.value);
  };
  kind.addEventListener('change', () => { unit.value = DEFAULT_UNIT[kind.value]; sync(); });
  const row = h('fieldset', { class: 'item-row' },
    h('legend', { text: t('allowances.item', { n }) }),
    field(t('allowances.kind'), kind),
    h('div', { class: 'field-pair' },
      field(t('allowances.quantity'), h('input', { name: 'quantity', type: 'number', min: '0', step: 'any', inputmode: 'decimal', required: true })),
      field(t('allowances.unit'), unit)),
    value, abv,
    field(t('allowances.description'), h('input', { name: 'description', autocomplete: 'off' })),
    h('button', { type: 'button', class: 'button button-small', onclick: () => row.remove() }, t('allowances.remove')));
  sync();
  return row;
}

function readItem(row) {
  const get = (name) => row.querySelector(`[name="${name}"]`);
  const item = { kind: get('kind').value, quantity: Number(get('quantity').value), unit: get('unit').value };
  if (!get('value_eur').closest('.field').hidden && get('value_eur').value) item.value_eur = Number(get('value_eur').value);
  if (!get('abv').closest('.field').hidden && get('abv').value) item.abv = Number(get('abv').value);
  if (get('description').value.trim()) item.description = get('description').value.trim();
  return item;
}

function resultTable(answer) {
  const amount = (quantity, unit) => (quantity === undefined || quantity === null ? '—' : `${formatNumber(Number(quantity))} ${tOr(`unit.${unit}`, unit || '')}`);
  const euros = (value) => (value === undefined || value === null ? '' : ` (${formatNumber(Number(value), { style: 'currency', currency: 'EUR' })})`);
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { text: t('allowances.resultCaption') }),
    h('thead', {}, h('tr', {}, ['allowances.kind', 'allowances.relieved', 'allowances.dutiable'].map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, answer.items.map((item) => h('tr', {},
      h('th', { scope: 'row', text: t(`kind.${item.kind}`) }),
      h('td', { text: amount(item.relieved_quantity, item.unit) + euros(item.relieved_value_eur) }),
      h('td', { class: Number(item.dutiable_quantity) > 0 || Number(item.dutiable_value_eur) > 0 ? 'dutiable' : '', text: amount(item.dutiable_quantity, item.unit) + euros(item.dutiable_value_eur) }))))));
}

export async function render(root) {
  const items = h('div', { class: 'items' }, itemRow());
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'form', novalidate: true },
    field(t('allowances.age'), h('input', { name: 'age', type: 'number', min: '0', max: '130', inputmode: 'numeric', required: true, value: '18' })),
    items,
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'button', onclick: () => items.append(itemRow()) }, t('allowances.add')),
      h('button', { type: 'submit', class: 'button button-primary' }, t('allowances.check'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const rows = [...items.querySelectorAll('.item-row')].map(readItem);
    const age = Number(form.elements.age.value);
    if (!form.elements.age.value || !rows.length || rows.some((item) => !(item.quantity > 0))) {
      result.replaceChildren(notice('error', t('allowances.missing')));
      return;
    }
    try {
      const answer = await api.allowances({ age, items: rows });
      result.replaceChildren(h('div', {}, resultTable(answer),
        answer.notes?.length ? h('ul', { class: 'notes' }, answer.notes.map((note) => h('li', { text: typeof note === 'string' ? note : note.message || note.code }))) : null));
    } catch (err) {
      result.replaceChildren(errorNotice(err));
    }
  });
  append(root, h('h1', { text: t('allowances.title') }), h('p', { class: 'lead', text: t('allowances.intro') }), form, result);
}
