// The operators' portal: calls and words shared by its screens (registration, the operator's
// home). Importers and producers order stamps; distributors receive and ship stamped goods
// (docs/operators.md).
import { request } from './api.js';
import { t, tOr } from './i18n.js';

const id = (value) => encodeURIComponent(value);

export const LICENCE_KINDS = ['importer', 'distributor', 'producer'];
export const PREMISES_KINDS = ['factory', 'warehouse', 'shop', 'bar', 'restaurant', 'kiosk', 'market', 'other'];

export const portalApi = {
  register: (body, idempotencyKey) => request('POST', '/registrations', { json: body, idempotencyKey, anonymous: true }),
  limits: () => request('GET', '/orders/limits'),
  orders: () => request('GET', '/orders'),
  order: (body, idempotencyKey) => request('POST', '/orders', { json: body, idempotencyKey }),
  premises: (operatorId) => request('GET', `/premises?limit=500${operatorId ? `&operator_id=${id(operatorId)}` : ''}`),
  products: () => request('GET', '/products'),
  batches: () => request('GET', '/batches'),
  batchCodes: (batchId, format) =>
    request('GET', `/batches/${id(batchId)}/codes${format === 'pdf' ? '?format=pdf' : ''}`, { as: 'blob' }),
  activate: (body, idempotencyKey) => request('POST', '/activations', { json: body, idempotencyKey }),
  custodyEvent: (body, idempotencyKey) => request('POST', '/custody/events', { json: body, idempotencyKey }),
  report: (from, to, format) => request('GET', `/operators/me/report?from=${id(from)}&to=${id(to)}${format === 'csv' ? '&format=csv' : ''}`,
    format === 'csv' ? { as: 'blob' } : {}),
  users: () => request('GET', '/users?limit=500'),
  addUser: (body, idempotencyKey) => request('POST', '/users', { json: body, idempotencyKey }),
  updateUser: (userId, body, idempotencyKey) => request('PATCH', `/users/${id(userId)}`, { json: body, idempotencyKey }),
  apiKeys: () => request('GET', '/api-keys'),
  // Never with an Idempotency-Key: the answer holds the key, which no store may keep.
  addApiKey: (body) => request('POST', '/api-keys', { json: body }),
  revokeApiKey: (keyId, idempotencyKey) => request('DELETE', `/api-keys/${id(keyId)}`, { idempotencyKey }),
  custodyEvents: ({ series, first, last }) => request('GET', `/custody/events?series=${id(series)}&first=${id(first)}&last=${id(last)}`),
};

/** "CG26-000000001", as the server writes a serial number. */
export const serialText = (series, number) => `${series}-${String(number).padStart(9, '0')}`;

/** A list from an answer that is a list, or holds it under `key`. */
export const listOf = (answer, key) => (Array.isArray(answer) ? answer : answer?.[key] || []);

export const categoryName = (category) => tOr(`category.${category}`, category);
export const periodName = (period) => tOr(`portal.period.${period}`, period);
export const orderStatusName = (status) => tOr(`portal.orderStatus.${status}`, status);

/** Save a downloaded blob under `name` (the browser's own download). */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The words for a licence's kinds, in the current language: "importer, producer". */
export const licenceKindsText = (kinds) => kinds.map((kind) => t(`portal.kind.${kind}`)).join(', ');
