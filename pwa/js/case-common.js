// Shared by the case screens: the vocabulary of cases, the list of recently opened ones, the
// municipalities to choose from, and errors said beside the fields they are about.
import { h, fieldError } from './dom.js';
import { lang } from './i18n.js';
import { api } from './api.js';

const RECENT_KEY = 'bi.recentCases';

export const LEGAL_BASES = ['Art. 251(1)', 'Art. 242', 'Art. 300(1)', 'Art. 300(3)', 'Art. 300(4)', 'Art. 300(5)'];
export const ITEM_KINDS = ['goods', 'vehicle', 'container', 'packing'];
export const UNITS = ['piece', 'pack', 'carton', 'bottle', 'g', 'kg', 'ml', 'l'];
export const CATEGORIES = ['cigarettes', 'cigars_cigarillos', 'smoking_tobacco', 'wine', 'spirits'];
export const NOTIFY_METHODS = ['hand', 'post', 'agent', 'electronic'];
export const DOCUMENTS = ['seizure-record', 'receipt', 'extension-notice', 'seizure-notice', 'review-decision'];
export const NOTICE_DOCUMENTS = ['receipt', 'extension', 'seizure', 'decision', 'review_decision', 'board_decision', 'court_decision'];
export const DISPOSALS = ['return_on_payment', 'official_use', 'sale', 'destruction', 'perishable_sale', 'perishable_destruction'];

export function recentCases() {
  try { return JSON.parse(localStorage.getItem(RECENT_KEY)) || []; } catch { return []; }
}

export function rememberCase(caseObj) {
  const others = recentCases().filter((c) => String(c.id) !== String(caseObj.id));
  localStorage.setItem(RECENT_KEY, JSON.stringify([{ id: caseObj.id, number: caseObj.number, status: caseObj.status }, ...others].slice(0, 20)));
}

/**
 * Kosovo's municipalities as [slug, name in the current language], alphabetical (the server's
 * gazetteer); the last list fetched is kept for use without network. [] when there is none.
 */
export async function municipalityOptions() {
  const key = `bi.municipalities.${lang()}`;
  try {
    const { municipalities } = await api.municipalities();
    const options = municipalities.map((m) => [m.id, m.name]);
    localStorage.setItem(key, JSON.stringify(options));
    return options;
  } catch {
    try { return JSON.parse(localStorage.getItem(key)) || []; } catch { return []; }
  }
}

/**
 * The field errors of a refused request as [path, message] pairs, paths as in the JSON body
 * ("owner.name", "items.0.value_eur"). A validation error of the request's shape carries the
 * server's (translated) message for each field under its location ("json"); a refusal of the
 * rules names its fields and is explained by its message.
 */
export function fieldErrorsOf(err) {
  const errors = err?.errors;
  if (!errors || typeof errors !== 'object') return [];
  const pairs = [];
  const walk = (value, path) => {
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) pairs.push([path, value.join(' ')]);
    else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) walk(inner, path ? `${path}.${name}` : name);
  };
  if (errors.json || errors.query) {
    walk(errors.json || errors.query, '');
    return pairs;
  }
  return Object.keys(errors).map((path) => [path, err.message]);
}

/** An error about a group of fields (a fieldset of check boxes), said under its legend. */
export function groupError(fieldset, message) {
  const id = `${fieldset.id}-error`;
  fieldset.querySelector(`#${id}`)?.remove();
  if (message) {
    fieldset.querySelector('legend').after(h('p', { class: 'field-error', id, text: message }));
    fieldset.setAttribute('aria-describedby', id);
  } else {
    fieldset.removeAttribute('aria-describedby');
  }
}

/**
 * Say each error beside its field (wrappers made by dom.field, or fieldsets), clear the others,
 * and bring the first into view with the keyboard focus on it: the user may be at the bottom of
 * a long form. `errors` is a list of [wrapper or fieldset, message].
 */
export function showFieldErrors(all, errors) {
  const messages = new Map(errors);
  for (const target of all) {
    if (target.tagName === 'FIELDSET') groupError(target, messages.get(target));
    else fieldError(target, messages.get(target));
  }
  const first = all.find((target) => messages.has(target));
  if (!first) return;
  const control = first.control || first.querySelector('input, select, textarea');
  control.focus({ preventScroll: true });
  first.scrollIntoView({ block: 'center' });
}
