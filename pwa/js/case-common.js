// Shared by the case screens: the vocabulary of cases and the list of recently opened ones.
const RECENT_KEY = 'bi.recentCases';

export const LEGAL_BASES = ['Art. 251(1)', 'Art. 242', 'Art. 300(1)', 'Art. 300(3)', 'Art. 300(4)', 'Art. 300(5)'];
export const ITEM_KINDS = ['goods', 'vehicle', 'container', 'packing'];
export const UNITS = ['piece', 'pack', 'carton', 'bottle', 'g', 'kg', 'ml', 'l'];
export const CATEGORIES = ['cigarettes', 'cigars_cigarillos', 'smoking_tobacco', 'wine', 'spirits'];
export const NOTIFY_METHODS = ['hand', 'post', 'agent', 'electronic'];
export const DOCUMENTS = ['seizure-record', 'receipt', 'extension-notice', 'seizure-notice'];
export const NOTICE_DOCUMENTS = ['extension', 'seizure', 'decision', 'review_decision', 'board_decision'];
export const DISPOSALS = ['return_on_payment', 'official_use', 'sale', 'destruction', 'perishable_sale', 'perishable_destruction'];

export function recentCases() {
  try { return JSON.parse(localStorage.getItem(RECENT_KEY)) || []; } catch { return []; }
}

export function rememberCase(caseObj) {
  const others = recentCases().filter((c) => String(c.id) !== String(caseObj.id));
  localStorage.setItem(RECENT_KEY, JSON.stringify([{ id: caseObj.id, number: caseObj.number, status: caseObj.status }, ...others].slice(0, 20)));
}
