// The officer's current inspection, kept on the phone so an app restart loses nothing.
const KEY = 'bi.inspection';

export function loadInspection() {
  try { return JSON.parse(localStorage.getItem(KEY)); } catch { return null; }
}

export function saveInspection(inspection) {
  if (inspection) localStorage.setItem(KEY, JSON.stringify(inspection));
  else localStorage.removeItem(KEY);
}

/**
 * A scan of something that is not a stamp's code ("hello world", a shop's barcode): shown in the
 * list as not recognised, never counted as an invalid stamp.
 */
export const notAStamp = (scan) => !scan.serial || (scan.reasons || []).some((reason) => reason.code === 'malformed_code');

/**
 * The stamps checked: each stamp counted once, by its latest verdict (scanning a stamp again
 * does not make two findings), plus stamps still waiting for the network.
 */
export function tally(scans) {
  const latest = new Map();
  for (const scan of scans) if (!notAStamp(scan)) latest.set(scan.serial, scan);
  const counts = { genuine: 0, suspicious: 0, invalid: 0, pending: 0 };
  for (const scan of latest.values()) counts[scan.verdict || 'pending'] += 1;
  return counts;
}
