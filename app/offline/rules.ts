/**
 * The offline copy's rules, shared by the service worker (sw.ts) and the page
 * (app/workshop/sw-register.ts), and tested on their own: which requests the service worker
 * answers and how, the caches it keeps, and the message that lets a waiting version take
 * over. Pure: no service worker, cache or network here.
 */

/** The service worker's file, next to index.html; its scope is that folder. */
export const SW_FILE = 'sw.js';

/** The page every navigation of the app gets (the planner's, the projector's). */
export const INDEX = 'index.html';

/** Built chunks fetched on demand live here (a country's population data set). */
export const ASSETS = 'assets/';

/**
 * The cache of what was fetched on demand: network first, a copy kept here. Its name is the
 * one the hand-kept service worker used, so that countries used before this version stay
 * there; no version deletes it.
 */
export const ON_DEMAND_CACHE = 'hwf-on-demand';

/** The prefix of the caches of the hand-kept service worker (hwf-<version>). */
const OLD_PREFIX = 'hwf-';

/** The message that lets a waiting version take over. */
export const SKIP_WAITING = { type: 'skip-waiting' } as const;

/** Whether a message from a page is the reader's "Reload now". */
export function isSkipWaiting(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === SKIP_WAITING.type
  );
}

/** What the service worker does with a request that is not in its precache. */
export type Answer =
  /** A page of the app (the planner's, `?view=projector`, any other): index.html. */
  | 'index'
  /** A built file fetched on demand: network first, a copy kept in ON_DEMAND_CACHE. */
  | 'on-demand'
  /** Anything else: left to the browser (the network and its HTTP cache). */
  | 'network';

/** The part of a request the rules read. */
export interface RequestInfo {
  method: string;
  mode: string;
  url: string;
}

/**
 * How the service worker whose scope is `scope` (an absolute URL ending in "/") answers
 * `request`, the files of its precache aside (those it serves cache first; a navigation is
 * index.html even where its address is a precached file).
 */
export function answerOf(request: RequestInfo, scope: string): Answer {
  if (request.method !== 'GET') return 'network';
  if (request.mode === 'navigate' && request.url.startsWith(scope)) return 'index';
  if (request.url.startsWith(new URL(ASSETS, scope).href)) return 'on-demand';
  return 'network';
}

/**
 * The caches a new version deletes when it takes over: those of the hand-kept service
 * worker (hwf-<version>), never the on-demand one. (Workbox removes its own precache's old
 * entries itself.)
 */
export function staleCaches(names: readonly string[]): string[] {
  return names.filter((name) => name.startsWith(OLD_PREFIX) && name !== ON_DEMAND_CACHE);
}
