/*
 * HWF Scenario Lab offline: the service worker. It keeps a copy of every built file (the
 * list and the build's version come from sw-precache.js, written by the build) and serves
 * them cache first, so after the first visit the app loads and simulates with no network.
 *
 * A new version installs in the background and then waits: it takes over only when the
 * page asks (the reader chose "Reload now"), never by itself.
 */
self.importScripts('./sw-precache.js');

const { version, files } = self.HWF_PRECACHE;
const CACHE = `hwf-${version}`;
const PREFIX = 'hwf-';
const scope = self.registration.scope;
const INDEX = new URL('index.html', scope).href;
const URLS = files.map((file) => new URL(file, scope).href);

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
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
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
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !request.url.startsWith(scope)) return;
  // Every page of the app (the planner's, the projector's) is index.html. The server's
  // "Vary: Origin" must not stop a module script (sent with an Origin) from matching.
  const key = request.mode === 'navigate' ? INDEX : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreVary: true }))
      .then((hit) => hit || fetch(request)),
  );
});
