// Where the phone is, when the user allows it. Consumers send a coarse position only.
const SHARE_KEY = 'bi.shareLocation';

export const shareLocationEnabled = () => localStorage.getItem(SHARE_KEY) === '1';
export const setShareLocation = (on) => localStorage.setItem(SHARE_KEY, on ? '1' : '0');

/** The position as {lat, lon, accuracy_m}; rejects when refused or unavailable. */
export function position({ timeoutMs = 8000 } = {}) {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) { reject(new Error('unavailable')); return; }
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lon: coords.longitude, accuracy_m: Math.round(coords.accuracy) }),
      reject,
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 300000 });
  });
}

/**
 * A position rounded to about a kilometre, or {} when the user has not opted in.
 * Never asks the browser for permission by surprise: only the setting (or the report form) does.
 */
export async function coarsePosition(force = false) {
  if (!force && !shareLocationEnabled()) return {};
  try {
    const { lat, lon, accuracy_m: accuracy } = await position({ timeoutMs: 5000 });
    return { lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100, accuracy_m: Math.max(accuracy, 1000) };
  } catch {
    return {};
  }
}
