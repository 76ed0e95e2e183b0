// The officer's current inspection, kept on the phone so an app restart loses nothing.
const KEY = 'bi.inspection';

export function loadInspection() {
  try { return JSON.parse(localStorage.getItem(KEY)); } catch { return null; }
}

export function saveInspection(inspection) {
  if (inspection) localStorage.setItem(KEY, JSON.stringify(inspection));
  else localStorage.removeItem(KEY);
}

/** Counts of server verdicts, plus scans still waiting for the network. */
export function tally(scans) {
  const counts = { genuine: 0, suspicious: 0, invalid: 0, pending: 0 };
  for (const scan of scans) counts[scan.verdict || 'pending'] += 1;
  return counts;
}
