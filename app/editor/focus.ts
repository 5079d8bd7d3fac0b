/**
 * Focusing the field of a path: the field itself, or the nearest ancestor that has one (a
 * table, a section), opening the collapsed sections around it.
 */
import { fieldId, pathAndAncestors } from './field-id.ts';

/** Focuses the field for `path` (or its nearest ancestor); false when none is on the page. */
export function focusField(path: string): boolean {
  if (typeof document === 'undefined') return false;
  for (const p of pathAndAncestors(path)) {
    const el = document.getElementById(fieldId(p));
    if (!(el instanceof HTMLElement)) continue;
    for (let d = el.parentElement; d !== null; d = d.parentElement) {
      if (
        d instanceof HTMLDetailsElement &&
        !d.open &&
        !(el.parentElement === d && el.tagName === 'SUMMARY')
      ) {
        d.open = true;
      }
    }
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    return true;
  }
  return false;
}
