/**
 * Which saved scenario the draft belongs to. The editor changes a draft by copying the
 * containers along one path and sharing everything else (editor/draft.ts), so an edited
 * draft shares at least one top-level object or list with the draft before it. A draft that
 * shares nothing came from elsewhere (an example, a new scenario, a file, a link): it is no
 * longer the saved scenario, and "Save" must not write it over that one.
 */
import { isPlainObject } from './records.ts';

/** Whether `next` is an edit of `previous` (shares a top-level object or list with it). */
export function descends(previous: unknown, next: unknown): boolean {
  if (previous === next) return true;
  if (!isPlainObject(previous) || !isPlainObject(next)) return false;
  for (const key of Object.keys(next)) {
    const value = next[key];
    if (typeof value === 'object' && value !== null && previous[key] === value) return true;
  }
  return false;
}
