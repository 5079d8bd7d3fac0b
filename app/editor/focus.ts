/**
 * Focusing the field of a path: the field itself, or the nearest ancestor that has one (a
 * table, a section), opening the collapsed sections around it. A closed section renders its
 * body only once opened (section.tsx), so a field inside one is not on the page yet: the
 * sections that hold the path (their `data-paths`) are opened and the search is made again
 * after they have rendered, a few frames at most.
 */
import { fieldId, pathAndAncestors } from './field-id.ts';

/** How many times the search is made again while sections open and render. */
const RETRIES = 12;

/**
 * Sent on the document (detail: the path) before a field is looked for, so that a part that
 * shows one of several entries (a profession's region picker) can switch to the one that
 * holds the path first.
 */
export const FOCUS_PATH_EVENT = 'hwf-focus-path';

/** Focuses the field for `path` (or its nearest ancestor); false when none is on the page. */
export function focusField(path: string): boolean {
  if (typeof document === 'undefined') return false;
  document.dispatchEvent(new CustomEvent(FOCUS_PATH_EVENT, { detail: path }));
  const found = focusNow(path);
  if (found !== 'exact') {
    openSectionsHolding(path);
    retry(path, RETRIES);
  }
  return found !== 'none';
}

function retry(path: string, left: number) {
  const later =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame
      : (f: () => void) => setTimeout(f, 16);
  later(() => {
    const found = focusNow(path);
    if (found === 'exact' || left <= 1) return;
    openSectionsHolding(path);
    retry(path, left - 1);
  });
}

/** Opens the closed sections whose paths hold `path`. */
function openSectionsHolding(path: string) {
  const ancestors = new Set(pathAndAncestors(path));
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-paths]')) {
    if (!d.open && (d.dataset.paths ?? '').split(' ').some((p) => ancestors.has(p))) {
      d.open = true;
    }
  }
}

/** Focuses the nearest element for `path` on the page; which one it found. */
function focusNow(path: string): 'exact' | 'ancestor' | 'none' {
  for (const p of pathAndAncestors(path)) {
    const el = document.getElementById(fieldId(p));
    if (!(el instanceof HTMLElement)) continue;
    for (let d = el.parentElement; d !== null; d = d.parentElement) {
      if (
        d instanceof HTMLDetailsElement &&
        !d.open &&
        !(el.parentElement === d && el.tagName === 'SUMMARY' && p === path)
      ) {
        d.open = true;
      }
    }
    if (document.activeElement !== el) el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    return p === path ? 'exact' : 'ancestor';
  }
  return 'none';
}
