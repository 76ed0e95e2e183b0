// The operator's home: the limits that apply to stamp orders now and why, a new order, the
// company's orders with the codes of each approved one (CSV for the printer, PDF sheet), and
// the way to the report on the company's stamps.
import { h, append, field, notice, select } from '../dom.js';
import { t, formatNumber, formatDate } from '../i18n.js';
import { getSession } from '../api.js';
import { uuid } from '../offline.js';
import { errorNotice } from '../errors.js';
import { requireSession, sessionEnded, signOut } from '../session.js';
import { fieldErrorsOf, showFieldErrors } from '../case-common.js';
import { go } from '../router.js';
import {
  portalApi, listOf, categoryName, periodName, orderStatusName, saveBlob,
} from '../portal.js';

const MAX_ORDER = 5_000_000; // the largest batch the registry issues (app/stamps/service.py)

function limitsTable(limits) {
  if (!limits.length) return h('p', { text: t('portal.noLimits') });
  return h('div', { class: 'table-scroll' }, h('table', { class: 'table' },
    h('caption', { class: 'visually-hidden', text: t('portal.limitsTitle') }),
    h('thead', {}, h('tr', {},
      ['portal.category', 'portal.period', 'portal.maximum', 'portal.ordered', 'portal.available']
        .map((key) => h('th', { scope: 'col', text: t(key) })))),
    h('tbody', {}, limits.map((limit) => h('tr', {},
      h('th', { scope: 'row', text: categoryName(limit.category) }),
      h('td', { text: periodName(limit.period) }),
      h('td', { class: 'number', text: formatNumber(limit.maximum) }),
      h('td', { class: 'number', text: formatNumber(limit.ordered) }),
      h('td', { class: 'number' }, h('strong', { text: formatNumber(limit.available) }),
        limit.art241_order ? h('span', { class: 'small', text: ` · ${t('portal.art241')}` }) : null))))));
}

function orderItem(order, status) {
  const batch = order.batch;
  const download = async (format) => {
    status.replaceChildren(notice('info', t('portal.downloading')));
    try {
      saveBlob(await portalApi.batchCodes(batch.id, format), `${batch.series}-${batch.first}-${batch.last}.${format}`);
      status.replaceChildren();
    } catch (err) {
      status.replaceChildren(errorNotice(err));
    }
  };
  return h('li', { class: 'card order' },
    h('p', {},
      h('strong', { text: t('portal.orderLine', { quantity: order.quantity, category: categoryName(order.category) }) }),
      ' ', h('span', { class: `status status-${order.status}`, text: orderStatusName(order.status) })),
    order.ordered_on ? h('p', { class: 'small', text: t('portal.orderedOn', { date: formatDate(order.ordered_on) }) }) : null,
    order.reasons ? h('p', { class: 'small', text: t('portal.reasons', { reasons: order.reasons }) }) : null,
    batch ? h('p', { class: 'small', text: t('portal.batchRange', { first: `${batch.series}-${String(batch.first).padStart(9, '0')}`, last: `${batch.series}-${String(batch.last).padStart(9, '0')}` }) }) : null,
    batch ? h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'button button-small', onclick: () => download('csv') }, t('portal.codesCsv')),
      h('button', { type: 'button', class: 'button button-small', onclick: () => download('pdf') }, t('portal.codesPdf'))) : null);
}

export async function render(root) {
  const session = requireSession(root);
  if (!session) return;
  if (!session.user.roles.includes('operator')) {
    append(root, h('h1', { text: t('portal.title') }), notice('info', t('portal.operatorsOnly')));
    return;
  }
  const status = h('div', { 'aria-live': 'polite' });
  const limitsBox = h('div', {}, notice('info', t('portal.loading')));
  const ordersList = h('ul', { class: 'plain-list' });
  const orderStatus = h('div', { 'aria-live': 'polite' });
  append(root,
    h('h1', { text: t('portal.title') }),
    h('p', { class: 'lead', text: t('portal.signedInAs', { email: getSession().user.email }) }),
    h('p', { class: 'button-row' },
      h('a', { class: 'button', href: '#/portal-report', text: t('portal.reportLink') }),
      h('button', { type: 'button', class: 'button', onclick: () => { signOut(); go('login'); } }, t('login.signOut'))),
    status,
    h('section', { class: 'card', 'aria-labelledby': 'limits-heading' },
      h('h2', { id: 'limits-heading', text: t('portal.limitsTitle') }),
      h('p', { class: 'small', text: t('portal.limitsIntro') }),
      limitsBox),
    h('section', { class: 'card', 'aria-labelledby': 'orders-heading' },
      h('h2', { id: 'orders-heading', text: t('portal.ordersTitle') }),
      orderStatus, ordersList));

  let limits = [];
  try {
    limits = listOf(await portalApi.limits(), 'limits');
    limitsBox.replaceChildren(limitsTable(limits));
  } catch (err) {
    if (sessionEnded(root, err)) return;
    // Distributors put no goods on the market: they order no stamps (Art. 245).
    limitsBox.replaceChildren(err?.status === 403 ? notice('info', t('portal.noOrdering')) : errorNotice(err));
  }

  const drawOrders = async () => {
    try {
      const orders = listOf(await portalApi.orders(), 'orders');
      ordersList.replaceChildren(...(orders.length ? orders.map((order) => orderItem(order, orderStatus))
        : [h('li', { text: t('portal.noOrders') })]));
    } catch (err) {
      if (!sessionEnded(root, err)) orderStatus.replaceChildren(errorNotice(err));
    }
  };
  await drawOrders();
  if (!limits.length) return;

  const premises = listOf(await portalApi.ownPremises().catch(() => []), 'premises')
    .filter((place) => place.operator_id === session.user.operator_id);
  const fields = {
    category: field(t('portal.category'), select('category', limits.map((limit) => [limit.category, categoryName(limit.category)]))),
    quantity: field(t('portal.quantity'), h('input', { name: 'quantity', inputmode: 'numeric', autocomplete: 'off' }), t('portal.quantityHint')),
    premises_id: field(t('portal.premises'), select('premises_id', [['', t('portal.noPremises')], ...premises.map((place) => [String(place.id), place.name])])),
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
  const form = h('form', { class: 'form', novalidate: true },
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
      limitsBox.replaceChildren(limitsTable(limits));
      showAvailable();
      await drawOrders();
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const located = fieldErrorsOf(err)
        .map(([path, message]) => [fields[path] || (err.error === 'limit_exceeded' ? fields.quantity : null), message])
        .filter(([target]) => target);
      if (err.error === 'limit_exceeded' && !located.length) located.push([fields.quantity, err.message]);
      showFieldErrors(Object.values(fields), located);
      formStatus.replaceChildren(errorNotice(err));
    } finally {
      submit.disabled = false;
    }
  });
  ordersList.before(h('details', { class: 'new-order', open: true },
    h('summary', { text: t('portal.newOrder') }), form));
}
