// The consumer's verification and the list of recent checks: the server's verdict when it can be
// reached, otherwise the signature checked on the phone and the scan queued until the network
// returns, when the check in the list takes the server's verdict.
import { api, NetworkError } from './api.js';
import { parseCode, checkSignature, enqueue, storedResult, uuid } from './offline.js';
import { coarsePosition } from './geo.js';

const CHECKS = 'bi.checks';
const OLD_CURRENT = 'bi.currentResult'; // the single result kept before the list existed
const MAX_CHECKS = 50;

/** Display kinds, worst first: a summary names the worst verdict before any other. */
export const KINDS_BY_SEVERITY = ['invalid', 'suspicious', 'failed', 'unrecognised', 'unchecked', 'authentic', 'genuine'];

function load() {
  try {
    const list = JSON.parse(localStorage.getItem(CHECKS));
    if (Array.isArray(list)) return list;
  } catch { /* a corrupt list is an empty one */ }
  try {
    const old = JSON.parse(localStorage.getItem(OLD_CURRENT));
    if (old?.code) return [{ ...old, id: old.id || uuid() }];
  } catch { /* nothing to carry over */ }
  return [];
}

function save(list) {
  // Checks still waiting for the network are never dropped to make room.
  const kept = list.filter((check, index) => index < MAX_CHECKS || isPending(check));
  localStorage.setItem(CHECKS, JSON.stringify(kept));
  localStorage.removeItem(OLD_CURRENT);
}

const isPending = (check) => check.source === 'local' && !!check.queue_id;

/**
 * Verify a QR text or typed serial; `via` is 'typed', 'camera', 'photo' or 'link'. Resolves to
 * the new check {id, source: 'server'|'local', code, serial, via, answer?, local?, queue_id?, at},
 * first in the list of recent checks. Server refusals (e.g. 429) are thrown as ApiError.
 * `answer` is the server's verification when it came with the frame (POST /decode with verify).
 */
export async function verifyCode(text, via = 'typed', answer = undefined) {
  const code = text.trim();
  const parsed = parseCode(code);
  if (answer) return addCheck({ source: 'server', code, serial: parsed?.serial, via, answer });
  const body = { code, ...(await coarsePosition()) };
  const idempotencyKey = uuid();
  if (navigator.onLine) {
    try {
      return addCheck({ source: 'server', code, serial: parsed?.serial, via, answer: await api.verify(body, idempotencyKey) });
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
    }
  }
  const local = await checkSignature(parsed);
  // A text that is not a stamp code at all is not worth sending later.
  const queued = parsed ? await enqueue({ kind: 'verification', body, idempotencyKey, serial: parsed.serial }) : null;
  return addCheck({ source: 'local', code, serial: parsed?.serial, via, local, queue_id: queued?.id });
}

function addCheck(fields) {
  const check = { id: uuid(), ...fields, at: new Date().toISOString() };
  save([check, ...load()]);
  window.dispatchEvent(new CustomEvent('checks-changed'));
  return check;
}

/** The recent checks, newest first; a queued one takes the server's answer once it was sent. */
export async function recentChecks() {
  const list = load();
  let changed = false;
  for (const [index, check] of list.entries()) {
    if (!isPending(check)) continue;
    const sent = await storedResult(check.queue_id).catch(() => null);
    if (sent) {
      list[index] = settled(check, sent, true);
      changed = true;
    }
  }
  if (changed) save(list);
  return list;
}

/** One check by id, or the newest when no id is given. */
export async function getCheck(id) {
  const list = await recentChecks();
  return id ? list.find((check) => check.id === id) || null : list[0] || null;
}

function settled(check, outcome, unseen) {
  if (outcome.result) return { ...check, source: 'server', answer: outcome.result, was_offline: true, unseen };
  return { ...check, source: 'failed', error: outcome.error, was_offline: true, unseen };
}

/**
 * A queued scan was sent: its check takes the server's answer ({result} or {error}) and is
 * marked unseen until someone looks at it. Returns the check, or null if none waited for it.
 */
export function settleCheck(queueId, outcome) {
  const list = load();
  const index = list.findIndex((check) => check.queue_id === queueId && isPending(check));
  if (index < 0) return null;
  list[index] = settled(list[index], outcome, true);
  save(list);
  // Listeners showing this check mark it seen at once, before any summary of what was sent.
  window.dispatchEvent(new CustomEvent('check-settled', { detail: { check: list[index] } }));
  window.dispatchEvent(new CustomEvent('checks-changed'));
  return load().find((check) => check.id === list[index].id) || null;
}

/** The user has seen these checks' final verdicts. */
export function markSeen(ids) {
  const list = load();
  let changed = false;
  for (const check of list) {
    if (check.unseen && ids.includes(check.id)) {
      delete check.unseen;
      changed = true;
    }
  }
  if (changed) save(list);
}

/** Forget the checks that are finished; those still waiting for the network stay. */
export function clearFinishedChecks() {
  save(load().filter(isPending));
  window.dispatchEvent(new CustomEvent('checks-changed'));
}

/** Was the text typed by hand (a bare serial), rather than a signed code read from a QR? */
const typedSerial = (check) => !parseCode(check.code)?.signature;

/**
 * How a check is shown: a server verdict, or what the phone could tell offline. A text that is
 * not a stamp code, and a typed serial that was never issued, are most likely typing mistakes:
 * they are 'unrecognised' (check what you typed), not a red verdict on a product.
 */
export function checkKind(check) {
  if (check.source === 'failed') return 'failed';
  if (check.source === 'local') {
    if (check.local.reason === 'malformed_code') return 'unrecognised';
    return check.local.status;
  }
  const { verdict, reasons = [] } = check.answer;
  const codes = reasons.map((reason) => reason.code);
  if (verdict === 'invalid' && codes.length === 1
    && (codes[0] === 'malformed_code' || (codes[0] === 'not_issued' && typedSerial(check)))) {
    return 'unrecognised';
  }
  return verdict;
}

/**
 * The sentence under the verdict: it follows from the reasons given. A typed serial proves
 * nothing about authenticity, so a suspicious verdict only calls the stamp authentic when its
 * signed code was checked.
 */
export function explanationKey(check) {
  const kind = checkKind(check);
  if (kind === 'unrecognised') {
    const codes = check.source === 'server' ? check.answer.reasons.map((reason) => reason.code) : [];
    if (codes.includes('not_issued')) return 'unrecognised.notIssued.explain';
    return check.via === 'typed' ? 'unrecognised.typed.explain' : 'unrecognised.scanned.explain';
  }
  if (check.source === 'local') return `local.${kind}.explain`;
  if (kind === 'failed') return 'verdict.failed.explain';
  if (kind === 'suspicious') {
    // Advice (advisory reasons) is shown beside the verdict and does not change its sentence.
    const codes = check.answer.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code);
    if (codes.includes('serial_only')) {
      return codes.length === 1 ? 'verdict.suspicious.serialOnly.explain' : 'verdict.suspicious.typed.explain';
    }
  }
  return `verdict.${kind}.explain`;
}
