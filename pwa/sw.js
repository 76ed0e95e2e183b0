// Service worker: keeps the app shell, the decoder and the published signing keys so the app
// opens and checks signatures with no network after the first visit.
const VERSION = 'v1';
const SHELL_CACHE = `bi-shell-${VERSION}`;
const DECODER_CACHE = 'bi-decoder-zxing-wasm-3.1.4';
const KEYS_CACHE = 'bi-keys';
const KEYS_URL = '/api/v1/keys';

// What every visitor gets on the first visit (consumer screens).
const SHELL = [
  '/', '/index.html', '/manifest.webmanifest', '/css/app.css',
  '/icons/icon.svg', '/icons/icon-192.png',
  '/js/app.js', '/js/api.js', '/js/i18n.js', '/js/dom.js', '/js/router.js', '/js/offline.js',
  '/js/verify.js', '/js/verdict.js', '/js/geo.js', '/js/scanner.js', '/js/decode-worker.js',
  '/js/errors.js', '/js/session.js',
  '/js/screens/scan.js', '/js/screens/result.js', '/js/screens/report.js', '/js/screens/login.js',
  '/js/screens/board.js', '/js/screens/allowances.js', '/js/screens/settings.js',
];
// Officer screens: cached when someone signs in (the app posts 'cache-officer'), so consumers
// never download them.
const OFFICER = [
  '/js/feedback.js', '/js/inspection-state.js', '/js/case-common.js',
  '/js/screens/inspection.js', '/js/screens/stamp.js', '/js/screens/cases.js',
  '/js/screens/case-new.js', '/js/screens/case.js', '/js/screens/enrol.js',
  '/js/screens/forgot-password.js', '/js/screens/reset-password.js',
];
const DECODER = [
  '/node_modules/zxing-wasm/dist/es/reader/index.js',
  '/node_modules/zxing-wasm/dist/es/share.js',
  '/node_modules/zxing-wasm/dist/reader/zxing_reader.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    await (await caches.open(SHELL_CACHE)).addAll(SHELL);
    // The decoder is large and only needed without BarcodeDetector: never let it block install.
    caches.open(DECODER_CACHE).then((cache) => cache.addAll(DECODER)).catch(() => {});
    caches.open(KEYS_CACHE).then((cache) => cache.add(KEYS_URL)).catch(() => {});
    await self.skipWaiting();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'cache-officer') {
    event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(OFFICER)));
  }
});

self.addEventListener('activate', (event) => {
  const keep = [SHELL_CACHE, DECODER_CACHE, KEYS_CACHE];
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

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && new URL(request.url).pathname.startsWith('/node_modules/')) {
    (await caches.open(DECODER_CACHE)).put(request, response.clone());
  }
  return response;
}

/** Fresh copy when online (and refresh the cache), cached copy otherwise. */
async function staleWhileRevalidate(event, request = event.request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  const refresh = fetch(request).then(async (response) => {
    if (response.ok) await (await caches.open(SHELL_CACHE)).put(request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => {}));
    return cached;
  }
  return refresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname === KEYS_URL) {
    event.respondWith(networkFirst(request, KEYS_CACHE, KEYS_URL));
  } else if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/notices')) {
    // Everything else from the API must be live; the app knows how to wait for the network.
  } else if (request.mode === 'navigate') {
    // "/", "/v/<serial>/<kid>/<sig>" and any deep link open the same shell.
    event.respondWith(staleWhileRevalidate(event, new Request('/index.html')));
  } else if (url.pathname.startsWith('/node_modules/')) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(staleWhileRevalidate(event));
  }
});
