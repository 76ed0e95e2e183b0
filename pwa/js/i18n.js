// The three languages of the app (Albanian, Serbian in Latin script, English): choosing one,
// translating strings, and formatting dates and numbers the local way.

const LOCALES = { sq: 'sq-XK', sr: 'sr-Latn', en: 'en-GB' };
const HTML_LANG = { sq: 'sq', sr: 'sr-Latn', en: 'en' };
const STORAGE_KEY = 'bi.lang';
const KOSOVO_TZ = 'Europe/Belgrade';

export const LANGUAGES = [['sq', 'Shqip'], ['sr', 'Srpski'], ['en', 'English']];

function browserLanguage() {
  for (const tag of navigator.languages || [navigator.language || '']) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary in LOCALES) return primary;
    // Speakers of the neighbouring standard languages read Serbian Latin best.
    if (['bs', 'hr', 'sh', 'cnr'].includes(primary)) return 'sr';
  }
  return 'sq';
}

let current = (() => {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved in LOCALES ? saved : browserLanguage();
})();

export const lang = () => current;
export const locale = () => LOCALES[current];
export const acceptLanguage = () => (current === 'en' ? 'en' : `${current}, en;q=0.5`);

/** Switch language, remember it, and tell the app to draw itself again. */
export function setLang(code) {
  if (!(code in LOCALES)) return;
  current = code;
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = HTML_LANG[code];
  window.dispatchEvent(new CustomEvent('app-language'));
}
document.documentElement.lang = HTML_LANG[current];

/**
 * Translate a key; {name} placeholders take params. A catalogue entry may be an object of plural
 * forms ({one, few, other}) chosen by params.count.
 */
export function t(key, params = {}) {
  let entry = CATALOGUES[current][key] ?? CATALOGUES.en[key] ?? key;
  if (typeof entry === 'object') {
    const form = new Intl.PluralRules(locale()).select(params.count ?? 0);
    entry = entry[form] ?? entry.other;
  }
  return entry.replace(/\{(\w+)\}/g, (_, name) =>
    (name in params ? (typeof params[name] === 'number' ? formatNumber(params[name]) : params[name]) : `{${name}}`));
}

/** Translate if the catalogue knows the key, else give the fallback (e.g. a server value). */
export const tOr = (key, fallback) => (key in CATALOGUES.en ? t(key) : fallback);

export const formatNumber = (value, options) => new Intl.NumberFormat(locale(), options).format(value);

/** A calendar date 'YYYY-MM-DD' (or an ISO timestamp) as a local date. */
export function formatDate(value) {
  if (!value) return '';
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = plain ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: plain ? 'UTC' : KOSOVO_TZ }).format(date);
}

export function formatDateTime(value) {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value ? String(value) : '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: KOSOVO_TZ }).format(date);
}

/** Today's date in Kosovo as 'YYYY-MM-DD' (legal days follow the Kosovo calendar). */
export function todayInKosovo() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: KOSOVO_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Whole days from today (Kosovo) to a 'YYYY-MM-DD' date; negative when past. */
export function daysFromToday(isoDate) {
  const day = (text) => Date.parse(`${text.slice(0, 10)}T00:00:00Z`) / 86400000;
  return Math.round(day(isoDate) - day(todayInKosovo()));
}

/** "in 12 days", "tomorrow", "3 days ago" in the current language. */
export function formatDaysLeft(isoDate) {
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(daysFromToday(isoDate), 'day');
}

const CATALOGUES = {};
