// The only module that knows the server: paths, headers, the session token and error bodies.
import { acceptLanguage } from './i18n.js';

const BASE = '/api/v1';
const SESSION_KEY = 'bi.session';
// What anyone may call: a session limited to MFA enrolment calls these anonymously, because the
// server answers its token with 403 mfa_required everywhere but /auth/*.
const PUBLIC = ['/keys', '/verifications', '/decode', '/reports', '/allowances/check', '/notices', '/municipalities', '/manuals/consumer'];
const isPublic = (path) => PUBLIC.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`));

/**
 * The server answered with an error body {code, status, message, error, errors?, request_id?}.
 * `requestId` is the answer's X-Request-Id: the reference a user quotes when reporting it.
 */
export class ApiError extends Error {
  constructor(status, body, retryAfterS, requestId) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.error = body?.error || 'http_error';
    this.errors = body?.errors;
    this.body = body || {}; // a refusal's own figures (a limit's `available`)
    this.retryAfterS = retryAfterS;
    this.requestId = requestId || body?.request_id || undefined;
  }
  /**
   * Worth sending again later (rate limited, server trouble, or a session that must first
   * enrol two-step sign-in), as opposed to a refusal.
   */
  get retryable() {
    return this.status === 429 || this.status >= 500 || this.error === 'mfa_required';
  }
}

/** No answer at all: offline, DNS, connection reset. */
export class NetworkError extends Error {}

export function getSession() {
  try {
    const session = JSON.parse(localStorage.getItem(SESSION_KEY));
    if (session && (!session.expires_at || Date.parse(session.expires_at) > Date.now())) return session;
  } catch { /* a corrupt entry is no session */ }
  return null;
}

export function setSession(session) {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession() {
  localStorage.removeItem(SESSION_KEY);
}

/**
 * A session that may only enrol TOTP (an officer, supervisor or admin who signed in with the
 * password alone): every other call would answer 403 mfa_required.
 */
export function needsEnrolment(session = getSession()) {
  return !!session && (session.scope === 'mfa_enrolment' || session.user?.mfa_required === true);
}

/** A company's user (an operator, not Customs staff): the operators' portal is their home. */
export function isOperatorUser(session = getSession()) {
  const roles = session?.user?.roles || [];
  return roles.includes('operator') && !roles.some((role) => ['officer', 'supervisor', 'admin'].includes(role));
}

/** Where a signed-in user starts: the portal for a company's users, the inspection for staff. */
export const homeHash = (session = getSession()) => (isOperatorUser(session) ? '#/portal' : '#/inspection');

export function hasRole(...roles) {
  const session = getSession();
  return !!session && roles.some((role) => session.user?.roles?.includes(role));
}

/**
 * One API call. `json` or `form` is the body; `idempotencyKey` is sent as Idempotency-Key;
 * `as` is 'json' (default) or 'blob'; `anonymous` sends no token even when signed in.
 * Throws ApiError or NetworkError.
 */
export async function request(method, path, { json, form, idempotencyKey, as = 'json', anonymous = false } = {}) {
  const headers = { 'Accept-Language': acceptLanguage() };
  headers.Accept = as === 'json' ? 'application/json' : '*/*';
  let session = anonymous ? null : getSession();
  if (session && needsEnrolment(session) && isPublic(path)) session = null;
  if (session) headers.Authorization = `Bearer ${session.access_token}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  let response;
  try {
    response = await fetch(BASE + path, { method, headers, body, credentials: 'same-origin' });
  } catch (err) {
    throw new NetworkError(err.message);
  }
  if (!response.ok) {
    let errorBody = null;
    try { errorBody = await response.json(); } catch { /* not JSON */ }
    if (response.status === 401 && session) {
      clearSession();
      window.dispatchEvent(new CustomEvent('session-expired'));
    }
    if (response.status === 403 && errorBody?.error === 'mfa_required' && session) {
      window.dispatchEvent(new CustomEvent('mfa-required'));
    }
    const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    throw new ApiError(response.status, errorBody, retryAfter, response.headers.get('X-Request-Id'));
  }
  if (response.status === 204) return null;
  return as === 'blob' ? response.blob() : response.json();
}

function multipart(fields) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    if (value instanceof Blob) form.append(name, value, value.name || `${name}.jpg`);
    else form.append(name, String(value));
  }
  return form;
}

const id = (value) => encodeURIComponent(value);

export const api = {
  keys: () => request('GET', '/keys'),
  verify: (body, idempotencyKey) => request('POST', '/verifications', { json: body, idempotencyKey }),
  decode: (image) => request('POST', '/decode', { form: multipart({ image }) }),
  // A camera frame and its code's verification in one round trip (the scan is recorded).
  decodeAndVerify: (image, position, idempotencyKey) =>
    request('POST', '/decode', { form: multipart({ image, verify: 'true', ...position }), idempotencyKey }),
  report: (fields, idempotencyKey) => request('POST', '/reports', { form: multipart(fields), idempotencyKey }),
  allowances: (body) => request('POST', '/allowances/check', { json: body }),
  notices: () => request('GET', '/notices'),
  login: (body) => request('POST', '/auth/login', { json: body }),
  logout: () => request('POST', '/auth/logout'),
  // Never with an Idempotency-Key: answers carrying secrets are not stored (docs/accounts.md).
  mfaEnrol: () => request('POST', '/auth/mfa/enrol'),
  mfaConfirm: (otp) => request('POST', '/auth/mfa/confirm', { json: { otp } }),
  // Signed-out calls: a stale token kept here must not turn them into a 401.
  passwordReset: (email) => request('POST', '/auth/password-reset', { json: { email }, anonymous: true }),
  passwordResetConfirm: (token, password) =>
    request('POST', '/auth/password-reset/confirm', { json: { token, password }, anonymous: true }),
  municipalities: () => request('GET', '/municipalities'),
  premises: (near) => request('GET', near ? `/premises?near=${near.lat},${near.lon}` : '/premises'),
  startInspection: (body, idempotencyKey) => request('POST', '/inspections', { json: body, idempotencyKey }),
  inspectionScan: (inspectionId, body, idempotencyKey) =>
    request('POST', `/inspections/${id(inspectionId)}/scans`, { json: body, idempotencyKey }),
  closeInspection: (inspectionId, idempotencyKey) =>
    request('POST', `/inspections/${id(inspectionId)}/close`, { idempotencyKey }),
  stamp: (serial) => request('GET', `/stamps/${id(serial)}`),
  stampScans: (serial, before) => request('GET', `/stamps/${id(serial)}/scans?before=${id(before)}`),
  cases: () => request('GET', '/cases'),
  dueCases: (within = 7) => request('GET', `/cases/due?within=${id(within)}`),
  targets: (query) => request('GET', `/inspections/targets?${new URLSearchParams(query)}`),
  dashboard: (query) => request('GET', `/dashboard?${new URLSearchParams(query)}`),
  dashboardCsv: (query, table) => request('GET', `/dashboard?${new URLSearchParams({ ...query, format: 'csv', table })}`, { as: 'blob' }),
  createCase: (body, idempotencyKey) => request('POST', '/cases', { json: body, idempotencyKey }),
  getCase: (caseId) => request('GET', `/cases/${id(caseId)}`),
  caseAction: (caseId, subpath, body, idempotencyKey) =>
    request('POST', `/cases/${id(caseId)}/${subpath}`, { json: body, idempotencyKey }),
  casePhoto: (caseId, photo, idempotencyKey) =>
    request('POST', `/cases/${id(caseId)}/photos`, { form: multipart({ photo }), idempotencyKey }),
  caseDocument: (caseId, name, lang) =>
    request('GET', `/cases/${id(caseId)}/documents/${id(name)}.pdf?lang=${lang}`, { as: 'blob' }),
};

/** Send a queued item (see offline.js) exactly as it was stored. */
export function sendQueued(item) {
  if (item.kind === 'report') return api.report(item.fields, item.idempotencyKey);
  if (item.kind === 'inspection-scan') return api.inspectionScan(item.inspectionId, item.body, item.idempotencyKey);
  return api.verify(item.body, item.idempotencyKey);
}
