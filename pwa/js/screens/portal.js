// The operator's home: the limits that apply to stamp orders now and why, a new order, the
// company's orders with the codes of each approved one (CSV for the printer, PDF sheet), and the
// company's stamps: attach a range to a product (activation) and ship a range to another
// company's premises (a custody event, business step `shipping`). Distributors order no stamps:
// they see why, and ship what they hold.
import { h, append, field, notice, select } from '../dom.js';
import { t, tOr, formatDate, formatDateTime, formatNumber } from '../i18n.js';
import { getSession } from '../api.js';
import { uuid } from '../offline.js';
import { errorNotice } from '../errors.js';
import { requireSession, sessionEnded, signOut } from '../session.js';
import { fieldErrorsOf, showFieldErrors } from '../case-common.js';
import { go } from '../router.js';
import {
  portalApi, listOf, categoryName, periodName, orderStatusName, saveBlob, serialText,
} from '../portal.js';

const MAX_ORDER = 5_000_000; // the largest batch the registry issues (app/stamps/service.py)
const SERIES = /^[A-Z]{2}\d{2}$/;
const WHOLE = /^\d{1,9}$/;

/** The limits per product type, each as a few facts (a five-column table does not fit a phone). */
function limitsList(limits) {
  if (!limits.length) return h('p', { text: t('portal.noLimits') });
  return h('ul', { class: 'plain-list limits' }, limits.map((limit) => h('li', { 'data-category': limit.category },
    h('h3', { text: categoryName(limit.category) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('portal.available') }),
      h('dd', { class: 'available' }, h('strong', { text: formatNumber(limit.available) }), ` ${periodName(limit.period)}`),
      h('dt', { text: t('portal.maximum') }), h('dd', { class: 'maximum', text: formatNumber(limit.maximum) }),
      h('dt', { text: t('portal.ordered') }), h('dd', { class: 'ordered', text: formatNumber(limit.ordered) }),
      limit.art241_order ? [h('dt', { text: t('portal.art241Title') }), h('dd', { text: t('portal.art241') })] : null))));
}

function orderItem(order, status) {
  const batch = order.batch;
  const download = async (format) => {
    status.replaceChildren(notice('info', t('portal.downloading')));
    try {
      saveBlob(await portalApi.batchCodes(batch.id, format), `batch-${batch.id}-${batch.series}.${format}`);
      status.replaceChildren();
    } catch (err) {
      status.replaceChildren(errorNotice(err));
    }
  };
  return h('li', { class: 'card order', 'data-order': order.id },
    h('p', {},
      h('strong', { text: t('portal.orderLine', { quantity: order.quantity, category: categoryName(order.category) }) }),
      ' ', h('span', { class: `status status-${order.status}`, text: orderStatusName(order.status) })),
    order.ordered_on ? h('p', { class: 'small', text: t('portal.orderedOn', { date: formatDate(order.ordered_on) }) }) : null,
    order.reasons ? h('p', { class: 'small', text: t('portal.reasons', { reasons: order.reasons }) }) : null,
    (order.history || []).length > 1 ? h('ol', { class: 'plain-list small history', 'aria-label': t('portal.history') },
      order.history.map((event) => h('li', { text: t('portal.historyLine', { status: orderStatusName(event.status), date: formatDateTime(event.at) }) }))) : null,
    batch ? h('p', { class: 'small', text: t('portal.batchRange', { first: serialText(batch.series, batch.first), last: serialText(batch.series, batch.last) }) }) : null,
    batch ? h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'button button-small', onclick: () => download('csv') }, t('portal.codesCsv')),
      h('button', { type: 'button', class: 'button button-small', onclick: () => download('pdf') }, t('portal.codesPdf'))) : null,
    batch ? movements(batch) : null);
}

/** What was recorded over a batch's stamps (shipments, receipts, inspections), read when opened. */
function movements(batch) {
  const list = h('ul', { class: 'plain-list movements' });
  const details = h('details', { class: 'movements' }, h('summary', { text: t('portal.movements') }), list);
  details.addEventListener('toggle', async () => {
    if (!details.open) return;
    list.replaceChildren(h('li', { text: t('portal.loading') }));
    try {
      const events = listOf(await portalApi.custodyEvents(batch), 'events');
      list.replaceChildren(...(events.length ? events.map((event) => h('li', {},
        h('strong', { text: tOr(`step.${event.business_step}`, t('portal.otherStep')) }), ' ',
        t('portal.movementLine', {
          first: event.range.first_serial, last: event.range.last_serial, date: formatDateTime(event.occurred_at),
        }),
        event.to_premises ? ` ${t('portal.movementTo', { premises: event.to_premises.name })}` : ''))
        : [h('li', { text: t('portal.noMovements') })]));
    } catch (err) {
      list.replaceChildren(h('li', {}, errorNotice(err)));
    }
  });
  return details;
}

/** A serial number's field (the number after the series), checked against `bounds` if given. */
function numberProblem(text, bounds) {
  if (!text) return t('form.required');
  const number = Number(text);
  if (!WHOLE.test(text) || number < 1) return t('portal.serialFormat');
  if (bounds && (number < bounds.first || number > bounds.last)) {
    return t('portal.serialOutside', { first: serialText(bounds.series, bounds.first), last: serialText(bounds.series, bounds.last) });
  }
  return null;
}

/**
 * A refusal of a stamps or custody request said beside its field: the shape's errors under
 * their names; a custody refusal by its `reason` (destination, origin, else the range); any
 * other refusal (a range not issued, not the company's, already attached) beside the range.
 */
function locate(err, fields, byReason = {}) {
  const shape = fieldErrorsOf(err).filter(() => err.errors?.json)
    .map(([path, message]) => [fields[path] || fields.first, message]);
  if (shape.length) return shape;
  if (!err?.status || err.status >= 500 || err.status === 401 || err.status === 429) return [];
  return [[fields[byReason[err.errors?.reason]] || fields.first, err.message]];
}

function premisesLabel(place) {
  const where = [place.operator_name, place.municipality_name].filter(Boolean).join(', ');
  return where ? t('portal.premisesOption', { name: place.name, where }) : place.name;
}

/** Attach a range of an approved order's batch to a product (POST /activations). */
function activationForm(root, batches, products, ownPremises, onDone) {
  // The numbers as typed in the fields below (no leading zeros, no grouping).
  const batchLabel = (batch) => t('portal.batchOption', {
    series: batch.series, first: String(batch.first), last: String(batch.last), category: categoryName(batch.category),
  });
  const fields = {
    batch: field(t('portal.batch'), select('batch', batches.map((batch) => [String(batch.id), batchLabel(batch)]))),
    first: field(t('portal.firstSerial'), h('input', { name: 'first', inputmode: 'numeric', autocomplete: 'off' })),
    last: field(t('portal.lastSerial'), h('input', { name: 'last', inputmode: 'numeric', autocomplete: 'off' }), ' '),
    product_id: field(t('portal.product'), select('product_id', [])),
    premises_id: field(t('portal.premisesAffixed'), select('premises_id', [['', t('portal.noPremises')], ...ownPremises.map((place) => [String(place.id), place.name])])),
  };
  const batchOf = () => batches.find((batch) => String(batch.id) === fields.batch.control.value);
  const noProducts = h('p', { class: 'small', 'aria-live': 'polite' });
  const fillFor = () => {
    const batch = batchOf();
    const fitting = products.filter((product) => product.category === batch.category);
    fields.product_id.control.replaceChildren(...fitting.map((product) =>
      h('option', { value: String(product.id) }, t('portal.productOption', { brand: product.brand, name: product.name, gtin: product.gtin }))));
    noProducts.textContent = fitting.length ? '' : t('portal.noProducts');
    noProducts.hidden = !!fitting.length;
    fields.last.querySelector('.hint').textContent = t('portal.serialHint', { first: String(batch.first), last: String(batch.last) });
  };
  fields.batch.control.addEventListener('change', fillFor);
  fillFor();
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('portal.activateSubmit'));
  const form = h('form', { class: 'form', novalidate: true, id: 'activation-form' },
    fields.batch, fields.first, fields.last, fields.product_id, noProducts, fields.premises_id, status, submit);
  let idempotencyKey = uuid();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const batch = batchOf();
    const first = fields.first.control.value.trim();
    const last = fields.last.control.value.trim();
    const problems = [];
    const firstProblem = numberProblem(first, batch);
    const lastProblem = numberProblem(last, batch);
    if (firstProblem) problems.push([fields.first, firstProblem]);
    if (lastProblem) problems.push([fields.last, lastProblem]);
    if (!firstProblem && !lastProblem && Number(last) < Number(first)) problems.push([fields.last, t('portal.rangeReversed')]);
    if (!fields.product_id.control.value) problems.push([fields.product_id, t('portal.noProducts')]);
    showFieldErrors(Object.values(fields), problems);
    if (problems.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: problems.length })));
      return;
    }
    const body = { series: batch.series, first: Number(first), last: Number(last), product_id: Number(fields.product_id.control.value) };
    if (fields.premises_id.control.value) body.premises_id = Number(fields.premises_id.control.value);
    submit.disabled = true;
    status.replaceChildren(notice('info', t('portal.sending')));
    try {
      await portalApi.activate(body, idempotencyKey);
      idempotencyKey = uuid();
      const product = fields.product_id.control.selectedOptions[0].textContent;
      form.reset();
      fillFor();
      status.replaceChildren(notice('ok', t('portal.activated', {
        count: body.last - body.first + 1, first: serialText(body.series, body.first), last: serialText(body.series, body.last), product,
      })));
      onDone(body);
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const located = locate(err, fields, { product_required: 'product_id' });
      showFieldErrors(Object.values(fields), located);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : undefined));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** Ship a range to another company's premises (POST /custody/events, `shipping`). */
function shipmentForm(root, ownPremises, otherPremises) {
  const fields = {
    series: field(t('portal.series'), h('input', { name: 'series', autocomplete: 'off', maxlength: '4', autocapitalize: 'characters' }), t('portal.seriesHint')),
    first: field(t('portal.firstSerial'), h('input', { name: 'first', inputmode: 'numeric', autocomplete: 'off' })),
    last: field(t('portal.lastSerial'), h('input', { name: 'last', inputmode: 'numeric', autocomplete: 'off' })),
    from_premises_id: field(t('portal.fromPremises'), select('from_premises_id', [['', t('portal.noPremises')], ...ownPremises.map((place) => [String(place.id), place.name])])),
    to_premises_id: field(t('portal.toPremises'), select('to_premises_id', [['', t('register.choose')], ...otherPremises.map((place) => [String(place.id), premisesLabel(place)])])),
    note: field(t('portal.note'), h('input', { name: 'note', autocomplete: 'off', maxlength: '500' })),
  };
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('portal.shipSubmit'));
  const form = h('form', { class: 'form', novalidate: true, id: 'shipment-form' }, ...Object.values(fields), status, submit);
  form.prefill = ({ series, first, last }) => {
    fields.series.control.value = series;
    fields.first.control.value = String(first);
    fields.last.control.value = String(last);
  };
  let idempotencyKey = uuid();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => fields[name].control.value.trim();
    const { series, problems } = rangeOf(fields);
    if (!value('to_premises_id')) problems.push([fields.to_premises_id, t('form.required')]);
    showFieldErrors(Object.values(fields), problems);
    if (problems.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: problems.length })));
      return;
    }
    const body = {
      series, first: Number(value('first')), last: Number(value('last')),
      business_step: 'shipping', occurred_at: new Date().toISOString(),
      to_premises_id: Number(value('to_premises_id')),
    };
    if (value('from_premises_id')) body.from_premises_id = Number(value('from_premises_id'));
    if (value('note')) body.note = value('note');
    submit.disabled = true;
    status.replaceChildren(notice('info', t('portal.sending')));
    try {
      await portalApi.custodyEvent(body, idempotencyKey);
      idempotencyKey = uuid();
      const destination = fields.to_premises_id.control.selectedOptions[0].textContent;
      form.reset();
      status.replaceChildren(notice('ok', t('portal.shipped', {
        count: body.last - body.first + 1, first: serialText(series, body.first), last: serialText(series, body.last), premises: destination,
      })));
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const located = locate(err, fields, {
        destination_required: 'to_premises_id', same_premises: 'to_premises_id',
        not_at_premises: 'from_premises_id', not_your_premises: 'from_premises_id', bad_series: 'series',
      });
      showFieldErrors(Object.values(fields), located);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : undefined));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** Record the receipt of a shipment addressed to the company (POST /custody/events, `receiving`). */
function receiptForm(root, ownPremises, onDone) {
  const fields = {
    series: field(t('portal.series'), h('input', { name: 'series', autocomplete: 'off', maxlength: '4', autocapitalize: 'characters' }), t('portal.seriesHint')),
    first: field(t('portal.firstSerial'), h('input', { name: 'first', inputmode: 'numeric', autocomplete: 'off' })),
    last: field(t('portal.lastSerial'), h('input', { name: 'last', inputmode: 'numeric', autocomplete: 'off' })),
    premises_id: field(t('portal.receivedAt'), select('premises_id', [['', t('portal.noPremises')], ...ownPremises.map((place) => [String(place.id), place.name])])),
  };
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('portal.receiveSubmit'));
  const form = h('form', { class: 'form', novalidate: true, id: 'receipt-form' }, ...Object.values(fields), status, submit);
  let idempotencyKey = uuid();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const range = rangeOf(fields);
    showFieldErrors(Object.values(fields), range.problems);
    if (range.problems.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: range.problems.length })));
      return;
    }
    const body = { series: range.series, first: range.first, last: range.last, business_step: 'receiving', occurred_at: new Date().toISOString() };
    if (fields.premises_id.control.value) body.premises_id = Number(fields.premises_id.control.value);
    submit.disabled = true;
    status.replaceChildren(notice('info', t('portal.sending')));
    try {
      await portalApi.custodyEvent(body, idempotencyKey);
      idempotencyKey = uuid();
      form.reset();
      status.replaceChildren(notice('ok', t('portal.received', {
        count: body.last - body.first + 1, first: serialText(body.series, body.first), last: serialText(body.series, body.last),
      })));
      onDone(body);
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const located = locate(err, fields, { bad_series: 'series' });
      showFieldErrors(Object.values(fields), located);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : undefined));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** The series and serial numbers of a range form, checked: {series, first, last, problems}. */
function rangeOf(fields) {
  const value = (name) => fields[name].control.value.trim();
  const series = value('series').toUpperCase();
  const problems = [];
  if (!series) problems.push([fields.series, t('form.required')]);
  else if (!SERIES.test(series)) problems.push([fields.series, t('portal.seriesFormat')]);
  const firstProblem = numberProblem(value('first'));
  const lastProblem = numberProblem(value('last'));
  if (firstProblem) problems.push([fields.first, firstProblem]);
  if (lastProblem) problems.push([fields.last, lastProblem]);
  if (!firstProblem && !lastProblem && Number(value('last')) < Number(value('first'))) problems.push([fields.last, t('portal.rangeReversed')]);
  return { series, first: Number(value('first')), last: Number(value('last')), problems };
}

export async function render(root) {
  const session = requireSession(root);
  if (!session) return;
  if (!session.user.roles.includes('operator')) {
    append(root, h('h1', { text: t('portal.title') }), notice('info', t('portal.operatorsOnly')));
    return;
  }
  const operatorId = session.user.operator_id;
  const status = h('div', { 'aria-live': 'polite' });
  const limitsBox = h('div', {}, notice('info', t('portal.loading')));
  const ordersList = h('ul', { class: 'plain-list' });
  const orderStatus = h('div', { 'aria-live': 'polite' });
  const ordersSection = h('section', { class: 'card', 'aria-labelledby': 'orders-heading' },
    h('h2', { id: 'orders-heading', text: t('portal.ordersTitle') }),
    orderStatus, ordersList);
  const stampsBox = h('div', {}, notice('info', t('portal.loading')));
  append(root,
    h('h1', { text: t('portal.title') }),
    h('p', { class: 'lead', text: t('portal.signedInAs', { email: getSession().user.email }) }),
    h('p', { class: 'button-row' },
      h('button', { type: 'button', class: 'button', onclick: () => { signOut(); go('login'); } }, t('login.signOut'))),
    h('nav', { class: 'card portal-links', 'aria-label': t('portal.title') }, h('ul', { class: 'plain-list' },
      h('li', {}, h('a', { href: '#/portal-report', text: t('portal.reportLink') })),
      h('li', {}, h('a', { href: '#/portal-users', text: t('portal.usersLink') })),
      h('li', {}, h('a', { href: '#/support', text: t('portal.supportLink') })),
      h('li', {}, h('a', { href: '#/manual', text: t('portal.manualLink') })))),
    status,
    h('section', { class: 'card', 'aria-labelledby': 'limits-heading' },
      h('h2', { id: 'limits-heading', text: t('portal.limitsTitle') }),
      limitsBox),
    ordersSection,
    h('section', { class: 'card', 'aria-labelledby': 'stamps-heading' },
      h('h2', { id: 'stamps-heading', text: t('portal.stampsTitle') }),
      stampsBox));

  let limits = [];
  let orders = true; // importers and producers; a distributor-only licence is told why not
  try {
    limits = listOf(await portalApi.limits(), 'limits');
    limitsBox.replaceChildren(h('p', { class: 'small', text: t('portal.limitsIntro') }), limitsList(limits));
  } catch (err) {
    if (sessionEnded(root, err)) return;
    orders = err?.status !== 403;
    // Distributors put no goods on the market: they order no stamps (docs/operators.md).
    limitsBox.replaceChildren(orders ? errorNotice(err) : notice('info', t('portal.noOrdering')));
  }
  if (!orders) ordersSection.remove();

  const drawOrders = async () => {
    try {
      const found = listOf(await portalApi.orders(), 'orders');
      ordersList.replaceChildren(...(found.length ? found.map((order) => orderItem(order, orderStatus))
        : [h('li', { text: t('portal.noOrders') })]));
    } catch (err) {
      if (!sessionEnded(root, err)) orderStatus.replaceChildren(errorNotice(err));
    }
  };

  const [ownPremises, allPremises, products, batches] = await Promise.all([
    portalApi.premises(operatorId).then((found) => listOf(found, 'premises')).catch(() => []),
    portalApi.premises().then((found) => listOf(found, 'premises')).catch(() => []),
    portalApi.products().then((found) => listOf(found, 'products')).catch(() => []),
    portalApi.batches().then((found) => listOf(found, 'batches')).catch(() => []),
  ]);
  const otherPremises = allPremises.filter((place) => place.operator_id !== operatorId);
  const ownProducts = products.filter((product) => product.operator_id == null || product.operator_id === operatorId);
  const shipping = shipmentForm(root, ownPremises, otherPremises);
  const usable = batches.filter((batch) => !batch.missing_reported_at);
  stampsBox.replaceChildren(); // the loading notice
  append(stampsBox,
    // Stamps are attached by whoever ordered them: nothing to attach for a distributor.
    orders ? h('h3', { text: t('portal.activateTitle') }) : null,
    orders ? (usable.length
      ? activationForm(root, usable, ownProducts, ownPremises, (range) => shipping.prefill(range))
      : h('p', { class: 'small', text: t('portal.noBatches') })) : null,
    h('h3', { text: t('portal.receiveTitle') }),
    h('p', { class: 'small', text: t('portal.receiveIntro') }),
    receiptForm(root, ownPremises, (range) => shipping.prefill(range)),
    h('h3', { text: t('portal.shipTitle') }),
    h('p', { class: 'small', text: t('portal.shipIntro') }),
    shipping);
  if (!orders) return;
  await drawOrders();
  if (!limits.length) return;

  const fields = {
    category: field(t('portal.category'), select('category', limits.map((limit) => [limit.category, categoryName(limit.category)]))),
    quantity: field(t('portal.quantity'), h('input', { name: 'quantity', inputmode: 'numeric', autocomplete: 'off' }), t('portal.quantityHint')),
    premises_id: field(t('portal.premises'), select('premises_id', [['', t('portal.noPremises')], ...ownPremises.map((place) => [String(place.id), place.name])])),
  };
  const available = h('p', { class: 'small', 'aria-live': 'polite' });
  const showAvailable = () => {
    const limit = limits.find((item) => item.category === fields.category.control.value);
    available.textContent = limit ? t('portal.availableNow', { count: limit.available }) : '';
  };
  fields.category.control.addEventListener('change', showAvailable);
  showAvailable();
  const formStatus = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('portal.orderSubmit'));
  const form = h('form', { class: 'form', novalidate: true, id: 'order-form' },
    fields.category, available, fields.quantity, fields.premises_id, formStatus, submit);
  let idempotencyKey = uuid();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = fields.quantity.control.value.trim();
    const quantity = Number(text);
    const problems = [];
    if (!text) problems.push([fields.quantity, t('form.required')]);
    else if (!/^\d+$/.test(text) || quantity < 1 || quantity > MAX_ORDER) problems.push([fields.quantity, t('portal.quantityFormat', { max: MAX_ORDER })]);
    showFieldErrors(Object.values(fields), problems);
    if (problems.length) {
      formStatus.replaceChildren(notice('error', t('form.checkFields', { count: problems.length })));
      return;
    }
    submit.disabled = true;
    formStatus.replaceChildren(notice('info', t('portal.ordering')));
    const body = { category: fields.category.control.value, quantity };
    if (fields.premises_id.control.value) body.premises_id = Number(fields.premises_id.control.value);
    try {
      await portalApi.order(body, idempotencyKey);
      idempotencyKey = uuid();
      form.reset();
      formStatus.replaceChildren(notice('ok', t('portal.orderSent')));
      limits = listOf(await portalApi.limits(), 'limits');
      limitsBox.replaceChildren(h('p', { class: 'small', text: t('portal.limitsIntro') }), limitsList(limits));
      showAvailable();
      await drawOrders();
    } catch (err) {
      if (sessionEnded(root, err)) return;
      let located;
      if (err.error === 'limit_exceeded') {
        // Said beside the quantity with what is left, so the next try can fit.
        located = [[fields.quantity, t('portal.overLimit', { count: err.body.available ?? 0, limit: formatNumber(err.body.limit ?? 0), period: periodName(err.body.period) })]];
      } else {
        located = fieldErrorsOf(err).map(([path, message]) => [fields[path], message]).filter(([target]) => target);
      }
      showFieldErrors(Object.values(fields), located);
      // A limit's refusal is said in full beside the quantity: the box only points there.
      formStatus.replaceChildren(err.error === 'limit_exceeded'
        ? notice('error', t('form.checkFields', { count: 1 })) : errorNotice(err));
    } finally {
      submit.disabled = false;
    }
  });
  ordersList.before(h('details', { class: 'new-order', open: true },
    h('summary', { text: t('portal.newOrder') }), form));
}
