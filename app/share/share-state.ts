/**
 * The working scenario's link, as the address bar holds it: computed from the draft
 * (only a valid draft has one), and shared between the URL sync (useShareLink) and the
 * Share button through a small page-wide store.
 */
import { encodeScenarioLink } from './link-codec.ts';

/** Longer links are not put in the address bar: Chromium stops showing URLs at 32 kB. */
export const MAX_URL_CHARS = 32_000;
/** The fragment key of a scenario link: `#s=…`. */
export const LINK_KEY = 's';

export type LinkState =
  /** A link of the scenario. */
  | { kind: 'link'; url: string; value: string }
  /** The scenario is valid but its link would be longer than {@link MAX_URL_CHARS}. */
  | { kind: 'too-big'; length: number }
  /** The draft is not a valid scenario: it has no link of its own. */
  | { kind: 'invalid' };

/** The link text in a URL's fragment (`#s=…`), or null when it has none. */
export function linkValueOf(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${LINK_KEY}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : null;
}

/** The page's address without its fragment. */
export function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** The link of `draft` on the page at `address` (no fragment), if it has one; `valid` is the
 *  draft's parse verdict (the draft state parses it once, for everyone). */
export function linkFor(draft: unknown, valid: boolean, address: string): LinkState {
  if (!valid) return { kind: 'invalid' };
  let value: string;
  try {
    value = encodeScenarioLink(draft);
  } catch {
    return { kind: 'invalid' };
  }
  const url = `${address}#${LINK_KEY}=${value}`;
  return url.length > MAX_URL_CHARS
    ? { kind: 'too-big', length: url.length }
    : { kind: 'link', url, value };
}

/** What the Share button reads: the latest link state the URL sync computed. */
export interface ShareStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => LinkState | null;
  set: (state: LinkState) => void;
}

export function createShareStore(): ShareStore {
  let state: LinkState | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => state,
    set(next) {
      state = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** The page's store. */
export const shareStore: ShareStore = createShareStore();
