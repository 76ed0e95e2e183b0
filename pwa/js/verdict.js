// How a verdict looks everywhere: colour, icon AND words, plus the product card.
import { h, icon } from './dom.js';
import { t, tOr, formatDate, formatDateTime, formatNumber } from './i18n.js';

const VERDICT_ICON = { genuine: 'check', suspicious: 'warn', invalid: 'cross', authentic: 'shield', unchecked: 'clock', unrecognised: 'question', failed: 'warn' };

/** Small inline badge for lists: icon + word, coloured. */
export function verdictBadge(verdict) {
  return h('span', { class: `badge badge-${verdict}` }, icon(VERDICT_ICON[verdict] || 'clock'), t(`verdict.${verdict}`));
}

/** The big banner of the result screen; `kind` is a server verdict or a local status. */
export function verdictBanner(kind, headline, explanation) {
  return h('div', { class: `verdict verdict-${kind}` },
    icon(VERDICT_ICON[kind] || 'clock', 'verdict-icon'),
    h('div', {},
      h('h1', { class: 'verdict-word', tabindex: '-1', text: headline }),
      explanation ? h('p', { class: 'verdict-explanation', text: explanation }) : null));
}

/**
 * Reasons that are advice (`advisory: true`, API.md): anonymous evidence that does not change
 * the verdict. The consumer is asked to compare the product and report it; the verdict above
 * stays what the registry says.
 */
export const isAdvice = (reason) => reason?.advisory === true;

/** Server reasons come translated ({code, message}); local ones are translated here. */
export function reasonList(reasons) {
  if (!reasons?.length) return null;
  return h('ul', { class: 'reasons' }, reasons.map((reason) =>
    h('li', { 'data-reason': reason.code }, reason.message || tOr(`reason.${reason.code}`, reason.code))));
}

export const categoryName = (category) => (category ? tOr(`category.${category}`, category) : '');

const SERIES_CATEGORY = { CG: 'cigarettes', CC: 'cigars_cigarillos', TB: 'smoking_tobacco', WN: 'wine', SP: 'spirits' };
/** The category a serial's series stands for (docs/CODES.md), for offline display. */
export const categoryOfSerial = (serial) => SERIES_CATEGORY[(serial || '').slice(0, 2)] || null;

/** "Brand Name" of a product, or ''. */
export function productLabel(product) {
  if (!product) return '';
  const { brand, name } = product;
  return brand && name && !name.startsWith(brand) ? `${brand} ${name}` : name || brand || '';
}

function row(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return [h('dt', { text: label }), h('dd', {}, value)];
}

/**
 * "3 times: Prishtinë (2), Prizren (1)" from the verification's `previous_scans` and
 * `scan_places` ([{municipality, scans}], most first); null when never scanned before. Scans
 * without a place, or beyond the places listed, are counted as "elsewhere or unknown".
 */
export function previousScans(stamp) {
  const count = Number(stamp?.previous_scans);
  if (!Number.isInteger(count) || count <= 0) return null;
  const places = (Array.isArray(stamp.scan_places) ? stamp.scan_places : [])
    .filter((place) => place && typeof place.municipality === 'string' && place.municipality
      && Number.isInteger(place.scans) && place.scans > 0);
  const parts = places.map((place) => `${place.municipality} (${formatNumber(place.scans)})`);
  const rest = count - places.reduce((sum, place) => sum + place.scans, 0);
  if (places.length && rest > 0) parts.push(`${t('product.placeUnknown')} (${formatNumber(rest)})`);
  const times = t('product.previousScansCount', { count });
  return parts.length ? `${times}: ${parts.join(', ')}` : times;
}

/** The product card a consumer compares with the pack in hand. */
export function productCard(stamp) {
  if (!stamp) return null;
  const product = stamp.product;
  let size = null;
  if (product?.volume_ml) {
    size = product.volume_ml >= 1000
      ? `${formatNumber(product.volume_ml / 1000)} l`
      : `${formatNumber(product.volume_ml)} ml`;
  } else if (product?.stick_count) {
    size = t('product.sticks', { count: product.stick_count });
  }
  const firstScan = stamp.first_scan
    ? [formatDateTime(stamp.first_scan.at), stamp.first_scan.municipality].filter(Boolean).join(', ')
    : null;
  // A verification answer always says how often the stamp was scanned before; other answers
  // (an officer's stamp detail) do not, and then the card says nothing about it.
  const knowsHistory = 'previous_scans' in stamp || 'first_scan' in stamp;
  const history = previousScans(stamp) || (knowsHistory ? t('product.firstCheck') : null);
  return h('section', { class: 'card product-card', 'aria-labelledby': 'product-heading' },
    h('h2', { id: 'product-heading', text: t('product.heading') }),
    h('dl', { class: 'facts' },
      row(t('product.serial'), h('span', { class: 'mono', text: stamp.serial })),
      row(t('product.category'), categoryName(stamp.category)),
      row(t('product.product'), productLabel(product) || t('product.notActivated')),
      row(t('product.size'), size),
      row(t('product.abv'), product?.abv ? `${formatNumber(product.abv)} %` : null),
      row(t('product.gtin'), product?.gtin),
      row(t('product.operator'), stamp.operator?.name),
      row(t('product.issued'), formatDate(stamp.issued_on)),
      row(t('product.firstScan'), firstScan),
      row(t('product.previousScans'), history),
      row(t('product.scanCount'), typeof stamp.scan_count === 'number' ? formatNumber(stamp.scan_count) : null)));
}
