// Duty-free allowances of goods in travellers' luggage (Law 03/L-109 Art. 45-48), computed on the
// phone when there is no network: the same rules as the server's app/travellers/rules.py, which
// stays the reference (tests/travellers/test_allowances_cases.py runs one table of cases through
// both). Pure: no DOM, no I/O. Exact arithmetic: quantities are fractions of BigInts, money is
// whole cents, answers are exact decimal strings.

// ---- Exact fractions: [numerator, denominator] of BigInts, denominator > 0, in lowest terms.
const gcd = (a, b) => { while (b) [a, b] = [b, a % b]; return a < 0n ? -a : a; };
function frac(n, d = 1n) {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
}
const add = ([a, b], [c, d]) => frac(a * d + c * b, b * d);
const sub = ([a, b], [c, d]) => frac(a * d - c * b, b * d);
const mul = ([a, b], [c, d]) => frac(a * c, b * d);
const div = ([a, b], [c, d]) => frac(a * d, b * c);
const cmp = ([a, b], [c, d]) => (a * d < c * b ? -1 : a * d > c * b ? 1 : 0);
const min = (x, y) => (cmp(x, y) <= 0 ? x : y);
const floorFrac = ([a, b]) => frac(a >= 0n ? a / b : -((-a + b - 1n) / b));
const isZero = ([a]) => a === 0n;
const ZERO = frac(0n);
const ONE = frac(1n);
const int = (value) => frac(BigInt(value));

/** A fraction whose denominator divides a power of ten as its exact decimal text ("0.4", "200"). */
export function decimalText([n, d]) {
  let places = 0;
  let scaled = n;
  let denominator = d;
  while (denominator !== 1n && places < 60) {
    scaled *= 10n;
    places += 1;
    const g = gcd(scaled, denominator);
    scaled /= g;
    denominator /= g;
  }
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, '') : digits;
  return (negative ? '-' : '') + text;
}

/**
 * A number as a JSON number or a string ("0.7", "0,7": a decimal comma is how sq and sr write it)
 * read exactly: {value: fraction, exponent} like Python's Decimal, or null when not a number.
 */
export function parseNumber(input) {
  if (input === null || input === undefined || input === '') return null;
  const text = String(input).trim().replace(',', '.');
  const match = text.match(/^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/);
  if (!match || (!match[2] && !match[3])) return null;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  let value = frac(BigInt(`${sign}${whole || '0'}${fraction}`));
  const scale = frac(10n ** BigInt(Math.abs(exponent)));
  value = exponent >= 0 ? mul(value, scale) : div(value, scale);
  return { value, exponent };
}

// ---- The law's numbers (app/travellers/rules.py holds the same, article by article).
const TOBACCO = 'tobacco';
const ALCOHOL = 'alcohol';
// Art. 46(1)(a)-(c): [limit, unit of the limit, group sharing it, article].
export const LIMITS = {
  cigarettes: [int(200), 'piece', TOBACCO, '46(1)(a)'],
  cigarillos: [int(100), 'piece', TOBACCO, '46(1)(a)'],
  cigars: [int(50), 'piece', TOBACCO, '46(1)(a)'],
  smoking_tobacco: [int(250), 'g', TOBACCO, '46(1)(a)'],
  spirits: [int(1), 'l', ALCOHOL, '46(1)(b)'],
  intermediate: [int(2), 'l', ALCOHOL, '46(1)(b)'],
  still_wine: [int(2), 'l', 'still_wine', '46(1)(b)'],
  perfume: [int(50), 'g', 'perfume', '46(1)(c)'],
  toilet_water: [frac(1n, 4n), 'l', 'toilet_water', '46(1)(c)'],
};
export const AGE_OF_RELIEF = 17; // Art. 46(2)
const AGE_RESTRICTED_GROUPS = [TOBACCO, ALCOHOL, 'still_wine'];
export const OTHER_GOODS_LIMIT_CENTS = 17500; // Art. 47
const CIGARILLO_MAX_WEIGHT_G = int(3); // Art. 46(1)(a)
const SPIRITS_ABOVE_ABV = int(22); // Art. 46(1)(b)
// Not law (the server's choices, docs/allowances.md).
const FAR_ABOVE_FACTOR = 3;
const PACK_PIECES = 20;
const PACKS_PER_CARTON = 10;
export const MAX_ITEMS = 40;
const MAX_OTHER_PIECES = 200;
export const MAX_AGE = 130;
const BOUNDS = { quantity: 1000000, value_eur: 10000000, abv: 100, volume_ml: 100000, piece_weight_g: 1000 };
const PLACES = { quantity: 3, value_eur: 2, abv: 2, volume_ml: 2, piece_weight_g: 3 };
const MAX_PIECES_PER_PACK = 1000;

export const KINDS = ['cigarettes', 'cigarillos', 'cigars', 'smoking_tobacco', 'spirits', 'intermediate', 'still_wine', 'perfume', 'toilet_water', 'medicine', 'other'];
export const UNITS = ['piece', 'pack', 'carton', 'g', 'kg', 'ml', 'l', 'bottle'];
const PIECE_KINDS = ['cigarettes', 'cigarillos', 'cigars'];
const CIGAR_KINDS = ['cigarillos', 'cigars'];
export const DRINK_KINDS = ['spirits', 'intermediate', 'still_wine'];
const LIQUID_UNITS = ['ml', 'l', 'bottle'];
export const UNITS_BY_KIND = {
  cigarettes: ['piece', 'pack', 'carton'],
  cigarillos: ['piece', 'pack', 'carton'],
  cigars: ['piece', 'pack', 'carton'],
  smoking_tobacco: ['g', 'kg'],
  spirits: LIQUID_UNITS,
  intermediate: LIQUID_UNITS,
  still_wine: LIQUID_UNITS,
  toilet_water: LIQUID_UNITS,
  perfume: ['g', 'kg', ...LIQUID_UNITS],
  medicine: UNITS,
  other: UNITS,
};
const GRAMS_PER_UNIT = { g: ONE, kg: int(1000) };
const LITRES_PER_UNIT = { ml: frac(1n, 1000n), l: ONE };

/** Input no traveller could carry; `errors` has the server's shape, with codes for messages. */
export class AllowanceInputError extends Error {
  constructor(errors) {
    super('allowance input');
    this.errors = errors;
  }
}

class FieldError extends Error {
  constructor(field, code, params = {}) {
    super(code);
    this.field = field;
    this.error = { code, params };
  }
}

const note = (code, article, params = {}) => ({ code, article, params });

/**
 * Everything wrong with a request, in the server's error shape ({age}, {items} or
 * {items: {index: {field}}}), each error {code, params}; empty when it is sound.
 */
export function check(age, items) {
  const errors = {};
  if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) errors.age = { code: 'age_range', params: { max: MAX_AGE } };
  if (!items?.length) {
    errors.items = { code: 'no_items', params: {} };
    return errors;
  }
  if (items.length > MAX_ITEMS) {
    errors.items = { code: 'too_many_items', params: { max: MAX_ITEMS } };
    return errors;
  }
  const itemErrors = {};
  items.forEach((item, index) => {
    try {
      measure(item);
    } catch (invalid) {
      if (!(invalid instanceof FieldError)) throw invalid;
      itemErrors[index] = { [invalid.field]: invalid.error };
    }
  });
  if (Object.keys(itemErrors).length) errors.items = itemErrors;
  else if (items.reduce((sum, item) => sum + otherPieces(item), 0) > MAX_OTHER_PIECES) {
    errors.items = { code: 'too_many_other_pieces', params: { max: MAX_OTHER_PIECES } };
  }
  return errors;
}

/**
 * What is relieved and what is dutiable, item by item, and why: the answer of
 * POST /api/v1/allowances/check without the messages (notes are {code, article, params}).
 * Throws AllowanceInputError when `check` finds anything wrong.
 */
export function assess(age, items) {
  const errors = check(age, items);
  if (Object.keys(errors).length) throw new AllowanceInputError(errors);
  const measured = items.map(measure);
  const results = { ...assessLimited(age, items, measured), ...assessOtherGoods(items, measured) };
  items.forEach((item, index) => {
    if (item.kind === 'medicine') {
      results[index] = result(index, item, measured[index], measured[index].quantity, [note('medicine_personal_needs', '46(1)(d)')]);
    }
  });
  const ordered = items.map((_, index) => results[index]);
  return {
    all_relieved: ordered.every((entry) => entry.status === 'relieved'),
    items: ordered,
    notes: generalNotes(ordered, measured),
  };
}

/**
 * Art. 48: the indices of the whole items whose values add up to the most without passing the
 * capacity; exact subset-sum over cents with bit sets, items listed earlier preferred on ties.
 */
export function bestCombination(valuesCents, capacityCents = OTHER_GOODS_LIMIT_CENTS) {
  const window = (1n << BigInt(capacityCents + 1)) - 1n;
  const reachable = [1n]; // bit s set: total s reachable with the first i items
  for (const value of valuesCents) {
    const before = reachable[reachable.length - 1];
    reachable.push(before | ((before << BigInt(value)) & window));
  }
  let target = reachable[reachable.length - 1].toString(2).length - 1;
  const chosen = new Set();
  for (let index = valuesCents.length - 1; index >= 0; index -= 1) {
    if ((reachable[index] >> BigInt(target)) & 1n) continue;
    chosen.add(index);
    target -= valuesCents[index];
  }
  return chosen;
}

function assessLimited(age, items, measured) {
  const used = {}; // share of each group's allowance already relieved
  const results = {};
  items.forEach((item, index) => {
    const measure = measured[index];
    const limit = LIMITS[measure.countedAs];
    if (!limit) return;
    const [quantity, unit, group, article] = limit;
    if (age < AGE_OF_RELIEF && AGE_RESTRICTED_GROUPS.includes(group)) {
      results[index] = result(index, item, measure, ZERO, [...measure.notes, note('under_17', '46(2)', { age })]);
      return;
    }
    const usedBefore = used[group] || ZERO;
    const room = mul(sub(ONE, usedBefore), quantity);
    let relieved = min(measure.quantity, room);
    if (unit === 'piece') relieved = floorFrac(relieved); // a cigarette or a cigar is not split
    used[group] = add(usedBefore, div(relieved, quantity));
    const excess = sub(measure.quantity, relieved);
    const params = { group, excess: decimalText(excess), unit };
    let reason;
    if (isZero(excess)) reason = note('within_limit', article, { group });
    else if (!isZero(usedBefore)) reason = note('allowance_shared', article, params);
    else reason = note('limit_exceeded', article, params);
    results[index] = result(index, item, measure, relieved, [...measure.notes, reason]);
  });
  return results;
}

function assessOtherGoods(items, measured) {
  const owners = []; // for each whole item, the index of its line
  const values = [];
  items.forEach((item, index) => {
    if (item.kind !== 'other') return;
    const lineCents = cents(item.value_eur);
    const pieces = otherPieces(item) || 1;
    const base = Math.floor(lineCents / pieces);
    const remainder = lineCents - base * pieces;
    for (let piece = 0; piece < pieces; piece += 1) {
      owners.push(index);
      values.push(base + (piece < remainder ? 1 : 0));
    }
  });
  const chosen = bestCombination(values);
  const results = {};
  items.forEach((item, index) => {
    if (item.kind !== 'other') return;
    const pieces = owners.flatMap((owner, position) => (owner === index ? [position] : []));
    const taken = pieces.filter((position) => chosen.has(position));
    const relievedCents = taken.reduce((sum, position) => sum + values[position], 0);
    const dutiableCents = cents(item.value_eur) - relievedCents;
    const measure = measured[index];
    let relieved;
    if (otherPieces(item)) relieved = int(taken.length);
    else relieved = taken.length ? measure.quantity : ZERO;
    let reason;
    if (!dutiableCents) reason = note('other_relieved', '47');
    else if (Math.min(...pieces.map((position) => values[position])) > OTHER_GOODS_LIMIT_CENTS) {
      reason = note('other_item_over_limit', '48', { value_eur: eur(values[pieces[0]]) });
    } else reason = note('other_not_in_combination', '48', { dutiable_eur: eur(dutiableCents) });
    results[index] = {
      ...result(index, item, measure, relieved, [reason]),
      relieved_value_eur: eur(relievedCents),
      dutiable_value_eur: eur(dutiableCents),
    };
  });
  return results;
}

function generalNotes(results, measured) {
  const notes = [];
  const codes = new Set(results.flatMap((entry) => entry.notes.map((item) => item.code)));
  if (codes.has('allowance_shared')) notes.push(note('assortment_order', '46(1)'));
  if (codes.has('other_not_in_combination') || codes.has('other_item_over_limit')) notes.push(note('other_goods_combination', '47-48'));
  if (farAboveLimits(measured)) notes.push(note('commercial_nature_not_judged', '45(2)(b)', { factor: FAR_ABOVE_FACTOR }));
  notes.push(note('guidance_only', '45-48'));
  return notes;
}

/** Art. 45(2)(b) needs judgment: only say when a group is far above its adult allowance. */
function farAboveLimits(measured) {
  const shares = {};
  for (const measure of measured) {
    const limit = LIMITS[measure.countedAs];
    if (limit) shares[limit[2]] = add(shares[limit[2]] || ZERO, div(measure.quantity, limit[0]));
  }
  return Object.values(shares).some((share) => cmp(share, int(FAR_ABOVE_FACTOR)) > 0);
}

function result(index, item, measure, relieved, notes) {
  const dutiable = sub(measure.quantity, relieved);
  let status = 'dutiable';
  if (isZero(dutiable)) status = 'relieved';
  else if (!isZero(relieved)) status = 'partly_relieved';
  return {
    index,
    kind: item.kind,
    counted_as: measure.countedAs,
    status,
    relieved_quantity: decimalText(relieved),
    dutiable_quantity: decimalText(dutiable),
    unit: measure.unit,
    notes,
  };
}

/** Validate one item and measure it in the unit of its limit; throws FieldError. */
function measure(item) {
  if (!KINDS.includes(item.kind)) throw new FieldError('kind', 'unknown');
  if (!UNITS.includes(item.unit)) throw new FieldError('unit', 'unknown');
  const numbers = checkNumbers(item);
  if (!UNITS_BY_KIND[item.kind].includes(item.unit)) {
    throw new FieldError('unit', 'unit_for_kind', { units: UNITS_BY_KIND[item.kind] });
  }
  checkFieldsApply(item, numbers);
  const { quantity } = numbers;
  if (item.kind === 'other') {
    if (!numbers.value_eur) throw new FieldError('value_eur', 'value_needed');
    if (item.unit === 'piece' && quantity[1] !== 1n) throw new FieldError('quantity', 'whole_pieces');
  }
  if (item.kind === 'medicine' || item.kind === 'other') return { countedAs: item.kind, quantity, unit: item.unit, notes: [] };
  const [countedAs, notes] = classify(item, numbers);
  const [, limitUnit] = LIMITS[countedAs];
  if (limitUnit === 'piece') {
    const pieces = mul(quantity, int(piecesPerUnit(item)));
    if (pieces[1] !== 1n) throw new FieldError('quantity', 'whole_pieces');
    return { countedAs, quantity: pieces, unit: 'piece', notes };
  }
  if (limitUnit === 'g' && item.unit in GRAMS_PER_UNIT) {
    return { countedAs, quantity: mul(quantity, GRAMS_PER_UNIT[item.unit]), unit: 'g', notes };
  }
  const litres = mul(quantity, item.unit === 'bottle' ? div(numbers.volume_ml, int(1000)) : LITRES_PER_UNIT[item.unit]);
  if (limitUnit === 'l') return { countedAs, quantity: litres, unit: 'l', notes };
  // Perfume given by volume (its limit is a weight): 1 ml counted as 1 g.
  return { countedAs, quantity: mul(litres, int(1000)), unit: 'g', notes: [...notes, note('perfume_volume_as_weight', '46(1)(c)')] };
}

/** The kind whose limit applies: weight (cigars) and strength (drinks) decide, not the name. */
function classify(item, numbers) {
  if (CIGAR_KINDS.includes(item.kind) && numbers.piece_weight_g) {
    const countedAs = cmp(numbers.piece_weight_g.value, CIGARILLO_MAX_WEIGHT_G) <= 0 ? 'cigarillos' : 'cigars';
    if (countedAs !== item.kind) {
      return [countedAs, [note('reclassified_by_weight', '46(1)(a)', { weight_g: numbers.piece_weight_g.text, counted_as: countedAs })]];
    }
  }
  if (DRINK_KINDS.includes(item.kind) && numbers.abv) {
    let countedAs = item.kind;
    if (cmp(numbers.abv.value, SPIRITS_ABOVE_ABV) > 0) countedAs = 'spirits';
    else if (item.kind === 'spirits') countedAs = 'intermediate';
    if (countedAs !== item.kind) {
      return [countedAs, [note('reclassified_by_strength', '46(1)(b)', { abv: numbers.abv.text, counted_as: countedAs })]];
    }
  }
  return [item.kind, []];
}

/** The item's numbers read exactly, in the server's order of checks. */
function checkNumbers(item) {
  const numbers = {};
  for (const [name, upper] of Object.entries(BOUNDS)) {
    const raw = item[name];
    if (raw === undefined || raw === null || raw === '') {
      if (name === 'quantity') throw new FieldError(name, 'required');
      continue;
    }
    const parsed = parseNumber(raw);
    if (!parsed || cmp(parsed.value, ZERO) <= 0) throw new FieldError(name, 'positive');
    if (cmp(parsed.value, int(upper)) > 0) throw new FieldError(name, 'too_large', { max: upper });
    if (parsed.exponent < -PLACES[name]) throw new FieldError(name, 'places', { places: PLACES[name] });
    numbers[name] = { value: parsed.value, text: decimalText(parsed.value) };
  }
  const perPack = item.pieces_per_pack;
  if (perPack !== undefined && perPack !== null && !(Number.isInteger(perPack) && perPack > 0 && perPack <= MAX_PIECES_PER_PACK)) {
    throw new FieldError('pieces_per_pack', 'pieces_per_pack_range', { max: MAX_PIECES_PER_PACK });
  }
  return { ...numbers, quantity: numbers.quantity.value, volume_ml: numbers.volume_ml?.value, value_eur: numbers.value_eur?.value };
}

/** A detail that cannot apply to this item is a mistake worth telling, not ignoring. */
function checkFieldsApply(item, numbers) {
  const given = (name) => item[name] !== undefined && item[name] !== null && item[name] !== '';
  if (given('abv') && !DRINK_KINDS.includes(item.kind)) throw new FieldError('abv', 'not_applicable');
  if (given('piece_weight_g') && !CIGAR_KINDS.includes(item.kind)) throw new FieldError('piece_weight_g', 'not_applicable');
  if (given('pieces_per_pack') && (!PIECE_KINDS.includes(item.kind) || !['pack', 'carton'].includes(item.unit))) {
    throw new FieldError('pieces_per_pack', 'not_applicable');
  }
  if (given('volume_ml') && item.unit !== 'bottle') throw new FieldError('volume_ml', 'not_applicable');
  if (item.unit === 'bottle' && !numbers.volume_ml && item.kind in LIMITS) throw new FieldError('volume_ml', 'volume_needed');
}

function piecesPerUnit(item) {
  const pack = item.pieces_per_pack || PACK_PIECES;
  return { piece: 1, pack, carton: pack * PACKS_PER_CARTON }[item.unit];
}

/** How many whole items an `other` line holds when counted in pieces; 0 otherwise. */
function otherPieces(item) {
  if (item.kind !== 'other' || item.unit !== 'piece') return 0;
  const parsed = parseNumber(item.quantity);
  return parsed ? Number(floorFrac(parsed.value)[0]) : 0;
}

function cents(valueEur) {
  const parsed = parseNumber(valueEur);
  return parsed ? Number(floorFrac(mul(parsed.value, int(100)))[0]) : 0;
}

const eur = (centsValue) => decimalText(frac(BigInt(centsValue), 100n));
