// Offline support: reading printed codes, checking their Ed25519 signature with the published
// keys, and the IndexedDB queue of scans and reports that wait for the network.
import { api, sendQueued, NetworkError } from './api.js';

const KEYS_STORAGE = 'bi.keys';
const DB_NAME = 'banderola';
const DB_VERSION = 1;
const RETRY_INTERVAL_MS = 30000;

/** A random UUID (crypto.randomUUID needs a secure context; fall back to getRandomValues). */
export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SIGNED_CODE = /([A-Za-z]{2}\d{2}-\d{9})\/([A-Za-z0-9]{1,8})\/([A-Za-z0-9_-]{86})\/?$/;
const TYPED_SERIAL = /^([A-Za-z]{2})(\d{2})[-\s]?(\d{1,9})$/;

/**
 * Read a QR text or a serial typed by hand (docs/CODES.md).
 * Returns {serial, kid, signature} for a signed code, {serial} for a bare serial, or null.
 */
export function parseCode(text) {
  const trimmed = (text || '').trim();
  const signed = trimmed.match(SIGNED_CODE);
  if (signed) return { serial: signed[1].toUpperCase(), kid: signed[2], signature: signed[3] };
  const typed = trimmed.match(TYPED_SERIAL);
  if (typed) return { serial: `${typed[1].toUpperCase()}${typed[2]}-${typed[3].padStart(9, '0')}` };
  return null;
}

function base64urlBytes(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function cachedKeys() {
  try {
    return JSON.parse(localStorage.getItem(KEYS_STORAGE)) || null;
  } catch {
    return null;
  }
}

/**
 * Fetch the published keys and keep them for offline checks; keeps the old ones on failure.
 * Resolves to {updated, keys} (keys: what is stored now, or null) and never rejects.
 */
export async function refreshKeys() {
  try {
    const { keys } = await api.keys();
    localStorage.setItem(KEYS_STORAGE, JSON.stringify({ keys, fetched_at: new Date().toISOString() }));
    return { updated: true, keys: cachedKeys() };
  } catch (error) {
    return { updated: false, keys: cachedKeys(), error };
  }
}

/**
 * Check a signed code against the cached keys.
 * Returns {status: 'authentic'|'invalid'|'unchecked', reason}; reason is a verification
 * reason code (signature_invalid, unknown_key, malformed_code) or a local one
 * (serial_only, no_keys, no_crypto).
 */
export async function checkSignature(parsed) {
  if (!parsed) return { status: 'invalid', reason: 'malformed_code' };
  if (!parsed.signature) return { status: 'unchecked', reason: 'serial_only' };
  const keys = cachedKeys()?.keys;
  if (!keys?.length) return { status: 'unchecked', reason: 'no_keys' };
  const key = keys.find((k) => k.kid === parsed.kid);
  if (!key) return { status: 'invalid', reason: 'unknown_key' };
  try {
    const publicKey = await crypto.subtle.importKey(
      'raw', base64urlBytes(key.public_key), { name: 'Ed25519' }, false, ['verify']);
    const message = new TextEncoder().encode(`BI1|${parsed.serial}|${parsed.kid}`);
    const valid = await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, base64urlBytes(parsed.signature), message);
    return valid ? { status: 'authentic', reason: null } : { status: 'invalid', reason: 'signature_invalid' };
  } catch {
    return { status: 'unchecked', reason: 'no_crypto' };
  }
}

// ---- IndexedDB: 'queue' holds what waits to be sent, 'results' what came back for it.

let dbPromise;
function db() {
  dbPromise ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('queue', { keyPath: 'id' });
      open.result.createObjectStore('results', { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  return dbPromise;
}

async function tx(store, mode, action) {
  const database = await db();
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(store, mode);
    const requestObject = action(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(requestObject?.result);
    transaction.onerror = () => reject(transaction.error);
  });
}

/**
 * Queue a write for later. item: {kind: 'verification'|'inspection-scan'|'report', ...};
 * gets an id and an Idempotency-Key that every resend reuses. Returns the stored item.
 */
export async function enqueue(item) {
  const stored = { ...item, id: uuid(), idempotencyKey: item.idempotencyKey || uuid(), queued_at: new Date().toISOString() };
  await tx('queue', 'readwrite', (store) => store.put(stored));
  window.dispatchEvent(new CustomEvent('queue-changed'));
  return stored;
}

export const queuedItems = () => tx('queue', 'readonly', (store) => store.getAll());
export const storedResult = (id) => tx('results', 'readonly', (store) => store.get(id));

async function settle(item, outcome) {
  await tx('results', 'readwrite', (store) => store.put({ id: item.id, kind: item.kind, ...outcome, sent_at: new Date().toISOString() }));
  await tx('queue', 'readwrite', (store) => store.delete(item.id));
  window.dispatchEvent(new CustomEvent('queue-sent', { detail: { id: item.id, kind: item.kind, item, ...outcome } }));
  window.dispatchEvent(new CustomEvent('queue-changed'));
}

let flushing = null;

/**
 * Send every queued item, oldest first; stops at the first network failure or refusal to be
 * retried later. Resolves to {sent, left, stopped} (stopped: the error that stopped it) and
 * announces it with a `queue-flushed` event.
 */
export function flushQueue() {
  if (flushing) return flushing;
  const run = async () => {
    const items = (await queuedItems()).sort((a, b) => a.queued_at.localeCompare(b.queued_at));
    let sent = 0;
    let stopped = null;
    for (const item of items) {
      try {
        await settle(item, { result: await sendQueued(item) });
      } catch (err) {
        if (err instanceof NetworkError || err.retryable) {
          stopped = err;
          break;
        }
        await settle(item, { error: { status: err.status, error: err.error, message: err.message } });
      }
      sent += 1;
    }
    const outcome = { sent, left: items.length - sent, stopped };
    window.dispatchEvent(new CustomEvent('queue-flushed', { detail: outcome }));
    return outcome;
  };
  // One tab sends at a time; the Idempotency-Key protects against the rest.
  const locked = navigator.locks ? () => navigator.locks.request('bi-flush', run) : run;
  flushing = locked().finally(() => { flushing = null; });
  return flushing;
}

/** Send on start, whenever the network returns, and every 30 s while something waits. */
export function startSync() {
  window.addEventListener('online', () => { refreshKeys(); flushQueue(); });
  setInterval(async () => {
    if (navigator.onLine && (await queuedItems()).length) flushQueue();
  }, RETRY_INTERVAL_MS);
  if (navigator.onLine) flushQueue();
}

/** Ask the service worker to keep the officer screens too (after sign-in), for offline inspections. */
export function cacheOfficerScreens() {
  navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage('cache-officer')).catch(() => {});
}
