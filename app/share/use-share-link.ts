/**
 * Share links in the address bar. On load, a `#s=…` link opens as an unsaved copy of its
 * scenario (nothing saved is touched); a link that cannot be opened is explained and the
 * scenario on screen stays. From then on the address bar holds the working scenario's
 * link, updated ~300 ms after the last edit with `history.replaceState` (no history entry
 * per keystroke), and only while the draft is valid. A link pasted into the same tab
 * (`hashchange`) opens like one loaded with the page. The link is read once per page, and
 * the library learns the same verdict (read-link.ts): a refused link in a new tab shows the
 * planner's last work, as a tab without a link does.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { say, type Words } from '../shell/words.ts';
import { readLinkOnce } from './read-link.ts';
import {
  MAX_URL_CHARS,
  linkFor,
  linkValueOf,
  pageAddress,
  shareStore,
  type ShareStore,
} from './share-state.ts';

/** How long the address bar waits after an edit before it follows. */
export const URL_DEBOUNCE_MS = 300;
/** What the undo notice calls a scenario opened from a link (its message's key). */
export const FROM_LINK = 'share.opened.fromLink';

export interface ShareLinkOptions {
  draft: unknown;
  /** Whether the draft is a valid scenario (its one parse, in the draft state). */
  valid: boolean;
  /** Opens a scenario that came from a link, as an unsaved copy. */
  openFromLink: (document: unknown, what: string) => void;
  /** Shows a message (a corrupt or foreign link). */
  notify: (message: string) => void;
  /** Where the Share button reads the link (the page's store unless a test gives one). */
  store?: ShareStore;
}

export function useShareLink({
  draft,
  valid,
  openFromLink,
  notify,
  store = shareStore,
}: ShareLinkOptions): void {
  const t = useT();
  // While a link is being read (its data set may be loading), the address bar keeps it.
  const [reading, setReading] = useState(() => linkValueOf(location.hash) !== null);
  // Bumped to put the working scenario's link back at once (the fragment was removed).
  const [rewrite, setRewrite] = useState(0);
  const written = useRef(false);
  // The scenario opened from the address and its link: while it is the draft, the address
  // holds its link already, and a large scenario is not encoded again as the page loads.
  const fromAddress = useRef<{ document: unknown; value: string } | null>(null);

  const opened = useEffectEvent((document: unknown, value: string) => {
    // A link to what is on screen already (the page reloaded with its own link) opens
    // nothing: no copy, no undo notice.
    if (sameDocument(document, draft)) return;
    fromAddress.current = { document, value };
    openFromLink(document, t(FROM_LINK));
  });
  const failed = useEffectEvent((message: Words) => notify(say(t, message)));

  useEffect(() => {
    let live = true;
    let latest = 0;
    const read = (value: string) => {
      const ticket = ++latest;
      setReading(true);
      void readLinkOnce(value).then((result) => {
        // Only the newest link counts, and none after unmount (StrictMode mounts twice).
        if (!live || ticket !== latest) return;
        if (result.ok) opened(result.document, value);
        else failed(result.message);
        setReading(false);
      });
    };
    const initial = linkValueOf(location.hash);
    if (initial !== null) read(initial);
    const onHashChange = () => {
      const value = linkValueOf(location.hash);
      const current = store.getSnapshot();
      if (value === null) setRewrite((n) => n + 1);
      else if (current?.kind !== 'link' || current.value !== value) read(value);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store]);

  useEffect(() => {
    if (reading) return;
    const timer = setTimeout(
      () => {
        const known = fromAddress.current;
        if (
          known &&
          known.document === draft &&
          linkValueOf(location.hash) === known.value &&
          // as this app writes links: nothing to drop or shorten
          /^[\w.~-]+$/.test(known.value) &&
          location.href.length <= MAX_URL_CHARS
        ) {
          store.set({ kind: 'link', url: location.href, value: known.value });
          written.current = true;
          return;
        }
        fromAddress.current = null;
        const state = linkFor(draft, valid, pageAddress(location.href));
        // An invalid draft keeps the last valid link (and the store keeps it too).
        if (state.kind === 'invalid') return;
        const url = state.kind === 'link' ? state.url : pageAddress(location.href);
        if (location.href !== url) history.replaceState(history.state, '', url);
        store.set(state);
        written.current = true;
      },
      // The first link is written at once: the address bar is right from the first load.
      written.current ? URL_DEBOUNCE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [draft, valid, reading, rewrite, store]);
}

/** The same JSON text (the engine's own writer: a large scenario's check costs little). */
function sameDocument(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
