// Updates of the app itself: the service worker's cache is named after a hash of the app's files
// (the server puts it in sw.js), so a deploy installs a new worker, which waits until the user
// chooses to reload; then every file comes from the new version at once.
import { h } from './dom.js';
import { t } from './i18n.js';

let reloading = false;

function offerReload(registration) {
  if (document.getElementById('update-banner')) return;
  // data-i18n: the shell's strings follow a change of language (app.js translateShell).
  const reload = h('button', { type: 'button', class: 'button button-small', 'data-i18n': 'update.reload' }, t('update.reload'));
  reload.addEventListener('click', () => {
    reloading = true;
    reload.disabled = true;
    registration.waiting?.postMessage('skip-waiting');
  });
  const banner = h('div', { id: 'update-banner', class: 'update-banner', role: 'status' },
    h('span', { 'data-i18n': 'update.ready', text: t('update.ready') }), reload);
  document.querySelector('.app-header').after(banner);
}

/** Register the service worker; say so when a new version is installed and waiting. */
export async function watchForUpdates() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  let registration;
  try {
    registration = await navigator.serviceWorker.register('/sw.js');
  } catch {
    return;
  }
  // The first worker controls a page with no controller: nothing to replace, nothing to say.
  const waiting = () => {
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration);
  };
  const track = (worker) => worker?.addEventListener('statechange', () => { if (worker.state === 'installed') waiting(); });
  // The browser may have found the new version while this page was loading.
  waiting();
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // A phone keeps the app open for days: look for a new version when it comes back to it.
  const check = () => { if (navigator.onLine) registration.update().catch(() => {}); };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') check(); });
  window.addEventListener('online', check);
}

/** The version of the app in use (the service worker's), or null before it controls the page. */
export function appVersion() {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => resolve(data);
    worker.postMessage('version', [channel.port2]);
    setTimeout(() => resolve(null), 2000);
  });
}
