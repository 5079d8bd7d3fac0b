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

/**
 * The message a page sends once a service worker controls it: the built files it fetched
 * before (a language's catalogue, a country's data set loaded on the first visit, while no
 * service worker was there yet to keep them), for the on-demand cache to keep too.
 */
export interface KeepMessage {
  type: 'keep';
  urls: string[];
}

/** The page's list of what it fetched, as a message to the service worker. */
export function keepMessage(urls: readonly string[]): KeepMessage {
  return { type: 'keep', urls: [...urls] };
}

/** Whether a message from a page is a `keepMessage`; its addresses, else null. */
export function keptUrls(data: unknown): string[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, urls } = data as { type?: unknown; urls?: unknown };
  if (type !== 'keep' || !Array.isArray(urls)) return null;
  return urls.filter((u): u is string => typeof u === 'string');
}

/**
 * The addresses of `urls` the on-demand cache keeps: built files fetched on demand from this
 * scope (see `answerOf`), those not precached (`precached` says), each once, without the
 * part after "#".
 */
export function toKeep(
  urls: readonly string[],
  scope: string,
  precached: (url: string) => boolean,
): string[] {
  const out = new Set<string>();
  for (const raw of urls) {
    let url: string;
    try {
      url = new URL(raw, scope).href.replace(/#.*$/, '');
    } catch {
      continue;
    }
    if (answerOf({ method: 'GET', mode: 'cors', url }, scope) !== 'on-demand') continue;
    if (!precached(url)) out.add(url);
  }
  return [...out];
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
