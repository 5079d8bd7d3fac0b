/**
 * A lesson as a link: `#lesson=<id>` opens Learn on that lesson. The link names the lesson
 * only; it carries no progress (progress stays in the browser that made it, progress.ts).
 *
 * The share links (`#s=…`, app/share/) own the address bar: from the first render on, it
 * holds the working scenario's link. So the lesson in the address is read when this module
 * loads, before the app renders, and again on every `hashchange` (a lesson link pasted into
 * the same tab); the share links then put the scenario's link back, as they do for any
 * fragment that is not theirs.
 */
import { useEffect, useEffectEvent } from 'react';
import { pageAddress } from '../share/share-state.ts';

/** The fragment key of a lesson link: `#lesson=…`. */
export const LESSON_KEY = 'lesson';

/** The lesson id in a URL's fragment (`#lesson=…`), or null when it is not a lesson link. */
export function lessonIdOf(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${LESSON_KEY}=`;
  if (!fragment.startsWith(prefix)) return null;
  const raw = fragment.slice(prefix.length);
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    id = raw;
  }
  return id.trim();
}

/** The link of lesson `id` on the page at `href` (its fragment replaced). */
export function lessonLink(id: string, href: string): string {
  return `${pageAddress(href)}#${LESSON_KEY}=${encodeURIComponent(id)}`;
}

/** The lesson the page was opened with, read before anything could rewrite the address. */
const atStart: string | null = typeof location === 'undefined' ? null : lessonIdOf(location.hash);
/** Whether that lesson has been opened (a remount must not open it again). */
let startTaken = false;

/** The lesson id in the address when the page loaded (null: none). */
export function lessonAtStart(): string | null {
  return atStart;
}

/**
 * Calls `open(id)` for the lesson link the page was loaded with (once per page) and for
 * every lesson link put into the address later in this tab.
 */
export function useLessonLink(open: (id: string) => void): void {
  const opened = useEffectEvent((id: string) => open(id));
  useEffect(() => {
    if (atStart !== null && !startTaken) {
      startTaken = true;
      opened(atStart);
      // The link has done its work: a reload should not open the lesson again. (The share
      // links put the scenario's link in its place right after.)
      if (lessonIdOf(location.hash) !== null) {
        history.replaceState(history.state, '', pageAddress(location.href));
      }
    }
    const onHashChange = () => {
      const id = lessonIdOf(location.hash);
      if (id !== null) opened(id);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
