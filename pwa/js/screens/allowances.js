// Traveller allowance calculator (Art. 45-48): what a traveller may bring without duty, item by
// item and why. Online the server answers; without network the same rules run on the phone
// (allowances-rules.js) and the answer says so. Input is checked here first, field by field.
import { h, append, field, notice, select } from '../dom.js';
import { t, formatAmount, formatNumber, formatQuantity } from '../i18n.js';
import { api, ApiError, NetworkError } from '../api.js';
import { errorNotice } from '../errors.js';
import { KINDS, UNITS_BY_KIND, DRINK_KINDS, MAX_AGE, assess, check } from '../allowances-rules.js';

const DEFAULT_UNIT = { cigarettes: 'pack', cigarillos: 'piece', cigars: 'piece', smoking_tobacco: 'g', spirits: 'l', intermediate: 'l', still_wine: 'l', perfume: 'g', toilet_water: 'ml', medicine: 'piece', other: 'piece' };
// The details a request may carry, with the inputs that hold them.
const DETAILS = ['value_eur', 'abv', 'volume_ml'];

const lowerFirst = (text) => text.charAt(0).toLocaleLowerCase() + text.slice(1);
const articleText = (reference) => t(reference.includes('-') ? 'allowances.articles' : 'allowances.article', { ref: reference.replace('-', '–') });

function itemRow() {
  const kind = select('kind', KINDS.map((k) => [k, t(`kind.${k}`)]), 'cigarettes');
  const unit = h('select', { name: 'unit' });
  const quantity = field(t('allowances.quantity'), h('input', { name: 'quantity', inputmode: 'decimal', autocomplete: 'off' }));
  const value = field(t('allowances.value'), h('input', { name: 'value_eur', inputmode: 'decimal', autocomplete: 'off' }));
  const abv = field(t('allowances.abv'), h('input', { name: 'abv', inputmode: 'decimal', autocomplete: 'off' }));
  const volume = field(t('allowances.volume'), h('input', { name: 'volume_ml', inputmode: 'decimal', autocomplete: 'off' }));
  // Only the units that fit the kind (the server refuses cigarettes in grams).
  const fillUnits = () => {
    const chosen = DEFAULT_UNIT[kind.value];
    unit.replaceChildren(...UNITS_BY_KIND[kind.value].map((u) => h('option', { value: u, selected: u === chosen }, t(`unit.${u}`))));
  };
  const sync = () => {
    value.hidden = kind.value !== 'other';
    abv.hidden = !DRINK_KINDS.includes(kind.value);
    volume.hidden = unit.value !== 'bottle';
  };
  kind.addEventListener('change', () => { fillUnits(); sync(); });
  unit.addEventListener('change', sync);
  fillUnits();
  const legend = h('legend');
  const remove = h('button', { type: 'button', class: 'button button-small' }, t('allowances.remove'));
  const row = h('fieldset', { class: 'item-row' },
    legend,
    field(t('allowances.kind'), kind),
    h('div', { class: 'field-pair' }, quantity, field(t('allowances.unit'), unit)),
    volume, value, abv,
    field(t('allowances.description'), h('input', { name: 'description', autocomplete: 'off', maxlength: '200' })),
    remove);
  row.removeButton = remove;
  sync();
  return row;
}

/** One item as the API takes it: numbers as the exact text typed (a decimal comma allowed). */
function readItem(row) {
  const control = (name) => row.querySelector(`[name="${name}"]`);
  const item = { kind: control('kind').value, quantity: control('quantity').value.trim().replace(',', '.'), unit: control('unit').value };
  for (const name of DETAILS) {
    const input = control(name);
    if (!input.closest('.field').hidden && input.value.trim()) item[name] = input.value.trim().replace(',', '.');
  }
  const description = control('description').value.trim();
  if (description) item.description = description;
  return item;
}

function readAge(input) {
  const text = input.value.trim();
  return /^\d+$/.test(text) ? Number(text) : NaN;
}

/** A message for an error of allowances-rules.js: {code, params}. */
function errorMessage({ code, params }) {
  const values = { ...params };
  if (params.units) values.units = params.units.map((u) => t(`unit.${u}`)).join(', ');
  return t(`allowances.error.${code}`, values);
}

function markField(control, message) {
  const wrapper = control.closest('.field');
  const id = `${control.id}-error`;
  wrapper.querySelector('.field-error')?.remove();
  control.removeAttribute('aria-invalid');
  control.setAttribute('aria-describedby', (control.getAttribute('aria-describedby') || '').replace(id, '').trim());
  if (!message) return;
  wrapper.append(h('p', { class: 'field-error', id, text: message }));
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby')} ${id}`.trim());
}

function amount(quantity, unit, valueEur) {
  const text = formatAmount(Number(quantity), unit);
  if (valueEur === undefined || valueEur === null) return text;
  return `${text} (${formatNumber(Number(valueEur), { style: 'currency', currency: 'EUR' })})`;
}

/** A note's words: the server's message, or ours for a note computed on the phone. */
function noteText(note) {
  if (note.message) return note.message;
  const params = note.params || {};
  const values = { article: articleText(note.article) };
  if (params.group) values.allowance = t(`allowance.${params.group}`);
  if (params.excess !== undefined) values.excess = formatAmount(Number(params.excess), params.unit);
  if (params.counted_as) values.counted_as = lowerFirst(t(`kind.${params.counted_as}`));
  if (params.abv !== undefined) values.abv = formatNumber(Number(params.abv));
  if (params.weight_g !== undefined) values.weight_g = formatNumber(Number(params.weight_g));
  if (params.factor !== undefined) values.factor = params.factor;
  const money = params.value_eur ?? params.dutiable_eur;
  if (money !== undefined) values.value = formatNumber(Number(money), { style: 'currency', currency: 'EUR' });
  if (params.age !== undefined) values.age = params.age;
  return t(`allowanceNote.${note.code}`, values);
}

function resultView(answer, request, computedHere) {
  const items = answer.items.map((item) => {
    const asked = request.items[item.index];
    const title = t('allowances.itemTitle', { n: item.index + 1, kind: t(`kind.${item.kind}`) });
    // What was entered, in its own unit ("3 cartons (600 cigarettes)"); the answer's pieces of
    // cigarettes are cigarettes.
    const entered = asked.quantity ? formatQuantity(asked.quantity, asked.unit, item.kind === 'cigarettes' ? 'cigarettes' : undefined) : '';
    const unit = item.kind === 'cigarettes' && item.unit === 'piece' ? 'cigarettes' : item.unit;
    const dutiable = Number(item.dutiable_quantity) > 0;
    return h('li', { class: `card allowance-item allowance-${item.status}` },
      h('h3', { text: [title, entered, asked.description].filter(Boolean).join(' — ') }),
      h('p', {}, h('strong', { class: dutiable ? 'dutiable' : '', text: t(`allowances.status.${item.status}`) })),
      h('dl', { class: 'facts' },
        h('dt', { text: t('allowances.relieved') }), h('dd', { text: amount(item.relieved_quantity, unit, item.relieved_value_eur) }),
        h('dt', { text: t('allowances.dutiable') }), h('dd', { class: dutiable ? 'dutiable' : '', text: amount(item.dutiable_quantity, unit, item.dutiable_value_eur) })),
      item.notes?.length ? h('ul', { class: 'notes' }, item.notes.map((note) => h('li', { 'data-note': note.code, text: noteText(note) }))) : null);
  });
  return h('section', { class: 'allowance-results', 'aria-labelledby': 'allowance-result-heading' },
    h('h2', { id: 'allowance-result-heading', text: t('allowances.resultCaption') }),
    computedHere ? notice('info', t(computedHere)) : null,
    h('p', { class: 'lead', text: t(answer.all_relieved ? 'allowances.allRelieved' : 'allowances.someDutiable') }),
    h('ol', { class: 'plain-list' }, items),
    answer.notes?.length ? h('section', { class: 'card' },
      h('h3', { text: t('allowances.notesHeading') }),
      h('ul', { class: 'notes' }, answer.notes.map((note) => h('li', { 'data-note': note.code, text: noteText(note) })))) : null);
}

export async function render(root) {
  const items = h('div', { class: 'items' });
  const result = h('div', { 'aria-live': 'polite' });
  const age = h('input', { name: 'age', type: 'number', min: '0', max: String(MAX_AGE), inputmode: 'numeric', required: true, value: '18' });
  const renumber = () => {
    const rows = [...items.querySelectorAll('.item-row')];
    rows.forEach((row, index) => {
      row.querySelector('legend').textContent = t('allowances.item', { n: index + 1 });
      row.removeButton.hidden = rows.length === 1;
    });
  };
  const addRow = () => {
    const row = itemRow();
    row.removeButton.addEventListener('click', () => { row.remove(); renumber(); });
    items.append(row);
    renumber();
    return row;
  };
  addRow();
  const form = h('form', { class: 'form', novalidate: true },
    field(t('allowances.age'), age, t('allowances.ageHint')),
    items,
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'button', onclick: () => addRow().querySelector('select').focus() }, t('allowances.add')),
      h('button', { type: 'submit', class: 'button button-primary' }, t('allowances.check'))));

  /** Mark every refused field; true when the request may be sent. */
  function checked(request, rows) {
    for (const control of form.querySelectorAll('[aria-invalid]')) markField(control, null);
    const errors = check(request.age, request.items);
    if (!Object.keys(errors).length) return true;
    if (errors.age) markField(age, errorMessage(errors.age));
    let first = errors.age ? age : null;
    if (errors.items && !('code' in errors.items)) {
      for (const [index, fields] of Object.entries(errors.items)) {
        const [[name, error]] = Object.entries(fields);
        const control = rows[index].querySelector(`[name="${name}"]`);
        markField(control, errorMessage(error));
        first ??= control;
      }
    }
    const summary = errors.items && 'code' in errors.items ? errorMessage(errors.items) : t('allowances.checkFields');
    result.replaceChildren(notice('error', summary));
    first?.focus();
    return false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const rows = [...items.querySelectorAll('.item-row')];
    const request = { age: readAge(age), items: rows.map(readItem) };
    if (!checked(request, rows)) return;
    let answer = null;
    let computedHere = null;
    if (navigator.onLine) {
      try {
        answer = await api.allowances(request);
      } catch (err) {
        const unreachable = err instanceof NetworkError || (err instanceof ApiError && err.retryable);
        if (!unreachable) {
          result.replaceChildren(errorNotice(err));
          return;
        }
        computedHere = 'allowances.serverUnavailable';
      }
    } else {
      computedHere = 'allowances.computedOffline';
    }
    answer ??= assess(request.age, request.items);
    result.replaceChildren(resultView(answer, request, computedHere));
    // Below a long form the answer would be out of sight: take the reader to it.
    const heading = result.querySelector('h2');
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  });
  append(root, h('h1', { text: t('allowances.title') }), h('p', { class: 'lead', text: t('allowances.intro') }), form, result);
}
