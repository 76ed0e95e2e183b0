// Service worker: keeps the app shell, the decoder and the published signing keys so the app
// opens and checks signatures with no network after the first visit.
// The server replaces the placeholder with a hash of the app's files (app/web.py), so every
// deploy that changes a file is a new worker with a cache of its own; it waits until the page
// asks it to take over ("A new version is ready: Reload"), and the old cache goes on activate.
const VERSION = '__PWA_VERSION__';
const SHELL_CACHE = `bi-shell-${VERSION}`;
const DECODER_CACHE = 'bi-decoder-zxing-wasm-3.1.4';
const KEYS_CACHE = 'bi-keys';
const KEYS_URL = '/api/v1/keys';

// What every visitor gets on the first visit (consumer screens).
const SHELL = [
  '/', '/index.html', '/manifest.webmanifest', '/css/app.css',
  '/icons/icon.svg', '/icons/icon-192.png',
  '/js/app.js', '/js/api.js', '/js/i18n.js', '/js/strings-rest.js', '/js/dom.js', '/js/router.js', '/js/offline.js',
  '/js/verify.js', '/js/verdict.js', '/js/geo.js', '/js/scanner.js', '/js/decode-worker.js',
  '/js/errors.js', '/js/session.js', '/js/updates.js', '/js/allowances-rules.js',
  '/js/screens/scan.js', '/js/screens/result.js', '/js/screens/checks.js', '/js/screens/report.js',
  '/js/screens/login.js', '/js/screens/board.js', '/js/screens/allowances.js', '/js/screens/settings.js',
];
// Officer screens: cached when someone signs in (the app posts 'cache-officer'), so consumers
// never download them.
const OFFICER = [
  '/js/feedback.js', '/js/inspection-state.js', '/js/case-common.js', '/js/drafts.js',
  '/js/screens/inspection.js', '/js/screens/stamp.js', '/js/screens/cases.js',
  '/js/screens/case-new.js', '/js/screens/case.js', '/js/screens/enrol.js',
  '/js/screens/forgot-password.js', '/js/screens/reset-password.js',
  '/js/portal.js', '/js/screens/portal.js', '/js/screens/register.js',
  '/js/screens/portal-report.js', '/js/screens/portal-users.js', '/js/screens/support.js',
  '/js/screens/manual.js', '/js/charts.js',
  '/js/screens/targets.js', '/js/screens/dashboard.js', '/js/map.js', '/js/topo.js',
  '/css/officers-day.css',
];
// The map and the charts of the officer's and supervisor's screens (docs/inspections.md):
// cached with the officer screens, in a cache named after their versions.
const VENDOR_CACHE = 'bi-vendor-leaflet-1.9.4-uplot-1.6.32-world-atlas-2.0.2';
const VENDOR = [
  '/node_modules/leaflet/dist/leaflet-src.esm.js', '/node_modules/leaflet/dist/leaflet.css',
  '/node_modules/uplot/dist/uPlot.iife.min.js', '/node_modules/uplot/dist/uPlot.min.css',
  '/node_modules/world-atlas/countries-50m.json',
];
const DECODER = [
  '/node_modules/zxing-wasm/dist/es/reader/index.js',
  '/node_modules/zxing-wasm/dist/es/share.js',
  '/node_modules/zxing-wasm/dist/reader/zxing_reader.wasm',
];

// Revalidated with the server (not taken from the browser's HTTP cache unchecked), so a new
// version's cache never holds an old file.
const fresh = (urls) => urls.map((url) => new Request(url, { cache: 'no-cache' }));

/** Did an earlier version keep the officer screens (someone signed in on this phone)? */
async function officerScreensKept() {
  for (const name of await caches.keys()) {
    if (name.startsWith('bi-shell-') && name !== SHELL_CACHE
      && await (await caches.open(name)).match('/js/screens/inspection.js')) return true;
  }
  return false;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL_CACHE);
    await shell.addAll(fresh(SHELL));
    if (await officerScreensKept()) {
      await shell.addAll(fresh(OFFICER)).catch(() => {});
      caches.open(VENDOR_CACHE).then((cache) => cache.addAll(VENDOR)).catch(() => {});
    }
    // The decoder is large and only needed without BarcodeDetector: never let it block install.
    caches.open(DECODER_CACHE).then((cache) => cache.addAll(DECODER)).catch(() => {});
    caches.open(KEYS_CACHE).then((cache) => cache.add(KEYS_URL)).catch(() => {});
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'cache-officer') {
    event.waitUntil(Promise.all([
      caches.open(SHELL_CACHE).then((cache) => cache.addAll(fresh(OFFICER))),
      caches.open(VENDOR_CACHE).then((cache) => cache.addAll(VENDOR)).catch(() => {}),
    ]));
  } else if (event.data === 'skip-waiting') {
    // The user chose "Reload": take over now; the page reloads on controllerchange.
    self.skipWaiting();
  } else if (event.data === 'version') {
    event.ports[0]?.postMessage(VERSION);
  }
});

self.addEventListener('activate', (event) => {
  const keep = [SHELL_CACHE, DECODER_CACHE, KEYS_CACHE, VENDOR_CACHE];
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (!keep.includes(name)) await caches.delete(name);
    await self.clients.claim();
  })());
});

async function networkFirst(request, cacheName, fallbackUrl) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(cacheName)).put(fallbackUrl || request, response.clone());
    return response;
  } catch (err) {
    const cached = await caches.match(fallbackUrl || request);
    if (cached) return cached;
    throw err;
  }
}

/** This version's copy; what it does not hold yet is fetched once and kept in it. */
async function fromCache(request, cacheName, key = request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(key, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname === KEYS_URL) {
    event.respondWith(networkFirst(request, KEYS_CACHE, KEYS_URL));
  } else if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/notices') || url.pathname === '/sw.js') {
    // Everything else from the API must be live; the app knows how to wait for the network.
  } else if (request.mode === 'navigate') {
    // "/", "/v/<serial>/<kid>/<sig>" and any deep link open the same shell.
    event.respondWith(fromCache(request, SHELL_CACHE, '/index.html'));
  } else if (url.pathname.startsWith('/node_modules/zxing-wasm/')) {
    event.respondWith(fromCache(request, DECODER_CACHE));
  } else if (url.pathname.startsWith('/node_modules/')) {
    event.respondWith(fromCache(request, VENDOR_CACHE));
  } else {
    event.respondWith(fromCache(request, SHELL_CACHE));
  }
});
