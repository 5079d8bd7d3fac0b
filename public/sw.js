/*
 * HWF Scenario Lab offline: the service worker. It keeps a copy of the files every visit
 * needs (the list and the build's version come from sw-precache.js, written by the build)
 * and serves them cache first, so after the first visit the app loads and simulates with no
 * network. Anything else (a country's population data, loaded on demand) goes to the
 * network first, and a copy is kept (in a separate cache that outlives versions) so that a
 * country used once is there offline too, after a reload as well.
 *
 * A new version installs in the background and then waits: it takes over only when the
 * page asks (the reader chose "Reload now"), never by itself.
 */
self.importScripts('./sw-precache.js');

const { version, files } = self.HWF_PRECACHE;
const CACHE = `hwf-${version}`;
const PREFIX = 'hwf-';
/** Built files fetched on demand (a country's population chunk): network first, kept. */
const RUNTIME = 'hwf-on-demand';
const ASSETS = new URL('assets/', self.registration.scope).href;
const scope = self.registration.scope;
const INDEX = new URL('index.html', scope).href;
const URLS = files.map((file) => new URL(file, scope).href);
const KEPT = new Set(URLS);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(URLS.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith(PREFIX) && k !== CACHE && k !== RUNTIME)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  // Every page of the app (the planner's, the projector's) is index.html.
  const navigate = request.mode === 'navigate' && request.url.startsWith(scope);
  if (!navigate && !KEPT.has(request.url)) {
    if (request.url.startsWith(ASSETS)) event.respondWith(onDemand(request));
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      // The server's "Vary: Origin" must not stop a module script (sent with an Origin)
      // from matching its copy.
      .then((cache) => cache.match(navigate ? INDEX : request, { ignoreVary: true }))
      .then((hit) => hit || fetch(request)),
  );
});

/** Network first; a successful answer is kept, and served when the network is away. */
function onDemand(request) {
  return fetch(request).then(
    (response) => {
      if (response.ok) {
        const copy = response.clone();
        void caches.open(RUNTIME).then((cache) => cache.put(request, copy));
      }
      return response;
    },
    () =>
      caches
        .open(RUNTIME)
        .then((cache) => cache.match(request, { ignoreVary: true }))
        .then((hit) => hit || Response.error()),
  );
}
