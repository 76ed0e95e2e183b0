// The consumer's verification: the server's verdict when it can be reached, otherwise the
// signature checked on the phone and the scan queued until the network returns.
import { api, NetworkError } from './api.js';
import { parseCode, checkSignature, enqueue, storedResult, uuid } from './offline.js';
import { coarsePosition } from './geo.js';

const CURRENT = 'bi.currentResult';

/**
 * Verify a QR text or typed serial. Resolves to a result record
 * {source: 'server'|'local', code, serial, answer?, local?, queue_id?, at} which also becomes the
 * current result shown by the result screen. Server refusals (e.g. 429) are thrown as ApiError.
 */
export async function verifyCode(text) {
  const code = text.trim();
  const parsed = parseCode(code);
  const body = { code, ...(await coarsePosition()) };
  const idempotencyKey = uuid();
  if (navigator.onLine) {
    try {
      return remember({ source: 'server', code, serial: parsed?.serial, answer: await api.verify(body, idempotencyKey) });
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
    }
  }
  const local = await checkSignature(parsed);
  // A code that is not a stamp code at all is not worth sending later.
  const queued = parsed ? await enqueue({ kind: 'verification', body, idempotencyKey, serial: parsed.serial }) : null;
  return remember({ source: 'local', code, serial: parsed?.serial, local, queue_id: queued?.id });
}

function remember(result) {
  const record = { ...result, at: new Date().toISOString() };
  localStorage.setItem(CURRENT, JSON.stringify(record));
  return record;
}

/** The result last shown, upgraded to the server's verdict if its queued scan has been sent. */
export async function currentResult() {
  let record;
  try { record = JSON.parse(localStorage.getItem(CURRENT)); } catch { record = null; }
  if (record?.source === 'local' && record.queue_id) {
    const sent = await storedResult(record.queue_id);
    if (sent?.result) record = remember({ ...record, source: 'server', answer: sent.result, was_offline: true });
  }
  return record;
}

/** Make the server's answer to a queued scan the current result. */
export function upgradeCurrent(queueId, answer) {
  let record;
  try { record = JSON.parse(localStorage.getItem(CURRENT)); } catch { return null; }
  if (record?.queue_id !== queueId) return null;
  return remember({ ...record, source: 'server', answer, was_offline: true });
}
