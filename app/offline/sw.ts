/// <reference lib="webworker" />
/**
 * HWF Scenario Lab offline: the service worker, built by vite-plugin-pwa (Workbox,
 * injectManifest; see plugin.ts) to sw.js next to index.html, with the list of files to
 * precache written in at `self.__WB_MANIFEST`.
 *
 * - The files every visit needs (index.html, scripts, styles, the WebAssembly core, the
 *   simulation worker) are precached on install and served cache first; every page of the
 *   app (the planner's, the projector's `?view=projector`) is index.html. After the first
 *   visit the app loads and simulates with no network.
 * - Built chunks fetched on demand (a country's population data set, a language's
 *   catalogue) go to the network first, and a copy is kept in a cache that outlives
 *   versions, so a country or a language used once is there offline too, after a reload as
 *   well; what the first visit fetched before this worker controlled it, the page lists
 *   once it does (a "keep" message), and it is kept too.
 * - A new version installs in the background and then waits: it takes over only when the
 *   page asks (the reader chose "Reload now"), never by itself. Taking over, it deletes the
 *   old version's precached files (Workbox) and the hand-kept service worker's caches.
 */
import {
  addRoute,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  precache,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  answerOf,
  INDEX,
  isSkipWaiting,
  keptUrls,
  ON_DEMAND_CACHE,
  staleCaches,
  toKeep,
} from './rules.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

const scope = self.registration.scope;

// Install: the files every visit needs. Activate: their old versions go.
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page of the app is index.html, cache first (before the precache's own route, so
// that a navigation is the page even where its address is a precached file).
registerRoute(
  ({ request }) => answerOf(request, scope) === 'index',
  createHandlerBoundToURL(INDEX),
);

// A precached file, cache first; exactly its address (no index.html for "/" and no
// ".html" added, no query parameter ignored: those requests go on to the network).
addRoute({ directoryIndex: '', cleanURLs: false, ignoreURLParametersMatching: [] });

// Built files fetched on demand: network first; a successful answer is kept, and served
// when the network is away. The server's "Vary: Origin" must not stop a module script
// (sent with an Origin) from matching its copy.
registerRoute(
  ({ request }) => answerOf(request, scope) === 'on-demand',
  new NetworkFirst({
    cacheName: ON_DEMAND_CACHE,
    matchOptions: { ignoreVary: true },
    plugins: [
      {
        cacheWillUpdate: ({ response }) => Promise.resolve(response.ok ? response : null),
        // Neither network nor copy: the page sees a failed fetch, as with no service worker.
        handlerDidError: () => Promise.resolve(Response.error()),
      },
    ],
  }),
);

// Anything else (another method, another folder, another site) is left to the browser.

self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
  // What a page fetched before this worker controlled it: kept like any file on demand.
  const urls = keptUrls(event.data);
  if (urls) event.waitUntil(keep(urls));
});

/** Puts the built files at `urls` that are not kept yet into the on-demand cache. */
async function keep(urls: string[]): Promise<void> {
  const cache = await caches.open(ON_DEMAND_CACHE);
  const wanted = toKeep(urls, scope, (url) => getCacheKeyForURL(url) !== undefined);
  await Promise.all(
    wanted.map(async (url) => {
      try {
        if (await cache.match(url, { ignoreVary: true })) return;
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline or refused: it will be kept the next time it is fetched.
      }
    }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});
