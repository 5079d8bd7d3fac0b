/**
 * Which saved scenario the draft belongs to, whether it is saved, and what the app's undo
 * gives back: a pure reducer over the draft's history, with no I/O.
 *
 * The editor changes a draft by copying the containers along one path and sharing everything
 * else (editor/draft.ts), so an edited draft shares at least one top-level object or list
 * with the draft before it. A draft that shares nothing came from elsewhere (an example, a
 * new scenario, a file, a link): it is no longer the saved scenario, and "Save" must not
 * write it over that one.
 */
import { isPlainObject, type LibraryEntry } from './records.ts';
import type { SavedLink } from './schema.ts';

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

/** "Nothing": no draft yet, or none saved; any draft differs from it. */
export const NOTHING: unique symbol = Symbol('nothing');

/** What a replaced draft belonged to, kept for the app's undo. */
export interface LineageBefore {
  readonly draft: unknown;
  readonly link: SavedLink | null;
  readonly savedDraft: unknown;
}

export interface LineageState {
  /** The app's draft, or NOTHING before the first one. */
  readonly draft: unknown;
  /** The saved scenario the draft belongs to, and the revision it started from. */
  readonly link: SavedLink | null;
  /** The draft as last saved or opened (the draft is saved while it is this one). */
  readonly savedDraft: unknown;
  /** A draft the library put in (opened, restored, taken), not yet back from the app. */
  readonly expected: unknown;
  /** What the draft belonged to before it was replaced, for the app's undo. */
  readonly before: LineageBefore | null;
}

export const INITIAL_LINEAGE: LineageState = {
  draft: NOTHING,
  link: null,
  savedDraft: NOTHING,
  expected: NOTHING,
  before: null,
};

export type LineageEvent =
  /** The app's draft changed: an edit, an undo, or a replacement from anywhere. */
  | { kind: 'changed'; draft: unknown }
  /** The library puts `draft` in, belonging to `link` (and saved as it is, or not). */
  | { kind: 'opened'; draft: unknown; link: SavedLink | null; saved: boolean }
  /** The draft on screen turned out to be a restored record's scenario: it takes its link. */
  | { kind: 'adopted'; link: SavedLink | null; saved: boolean }
  /** `draft` was saved as `link`. */
  | { kind: 'saved'; draft: unknown; link: SavedLink };

/**
 * How a new draft relates to the lineage: the draft it already has (handed in again when
 * only its validity changed), the one the library put in, the app's undo of a replacement,
 * an edit (or the first draft), or a scenario from elsewhere.
 */
export type Change = 'same' | 'expected' | 'undo' | 'edit' | 'elsewhere';

export function classifyChange(state: LineageState, next: unknown): Change {
  // First: right after an open, the draft still on screen is also the one undo goes back to.
  if (next === state.draft) return 'same';
  if (next === state.expected) return 'expected';
  if (state.before && next === state.before.draft) return 'undo';
  if (state.draft !== NOTHING && !descends(state.draft, next)) return 'elsewhere';
  return 'edit';
}

const beforeOf = ({ draft, link, savedDraft }: LineageState): LineageBefore => ({
  draft,
  link,
  savedDraft,
});

/** The lineage after the app's draft became `draft`. */
function changed(state: LineageState, draft: unknown): LineageState {
  switch (classifyChange(state, draft)) {
    case 'same':
      return state;
    case 'expected':
      return { ...state, draft, expected: NOTHING };
    case 'undo': {
      const { link, savedDraft } = state.before!;
      return { ...state, draft, link, savedDraft, before: null };
    }
    case 'elsewhere':
      return { ...state, draft, link: null, savedDraft: NOTHING, before: beforeOf(state) };
    case 'edit':
      return { ...state, draft };
  }
}

/** The lineage after `event`; `state` itself when the event changes nothing. */
export function reduceLineage(state: LineageState, event: LineageEvent): LineageState {
  switch (event.kind) {
    case 'changed':
      return changed(state, event.draft);
    case 'opened': {
      const { draft, link, saved } = event;
      const savedDraft = saved ? draft : NOTHING;
      return { ...state, link, savedDraft, expected: draft, before: beforeOf(state) };
    }
    case 'adopted': {
      const savedDraft = event.saved ? state.draft : NOTHING;
      return { ...state, link: event.link, savedDraft, before: null };
    }
    case 'saved':
      // A save finishing after the draft was replaced by another scenario says nothing
      // about the scenario now on screen.
      if (state.draft !== event.draft && !descends(event.draft, state.draft)) return state;
      return { ...state, link: event.link, savedDraft: event.draft };
  }
}

/** The id of the saved scenario the draft belongs to, when `entries` still lists it. */
export function currentId(state: LineageState, entries: readonly LibraryEntry[]): string | null {
  const { link } = state;
  return link && entries.some((e) => e.id === link.id) ? link.id : null;
}

/** Whether the draft is exactly the saved scenario it belongs to (listed in `entries`). */
export function isSaved(state: LineageState, entries: readonly LibraryEntry[]): boolean {
  return currentId(state, entries) !== null && state.draft === state.savedDraft;
}
