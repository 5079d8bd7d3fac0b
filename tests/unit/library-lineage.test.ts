/**
 * The draft's lineage as a pure reducer: which saved scenario the draft belongs to, whether
 * it is saved, and what the app's undo gives back — by example, then over random histories
 * of edits, replacements, undos, opens and saves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyChange,
  currentId,
  INITIAL_LINEAGE,
  isSaved,
  NOTHING,
  reduceLineage,
  type LineageEvent,
  type LineageState,
} from '../../app/library/lineage.ts';
import type { LibraryEntry } from '../../app/library/records.ts';
import { setIn } from '../../app/editor/draft.ts';

let made = 0;
/** A scenario from elsewhere: shares nothing with any other. */
const fresh = (): Record<string, unknown> => ({
  schema: 'hwf-scenario/1',
  name: `Scenario ${++made}`,
  professions: [{ id: 'nurses' }],
  population: { ages: [20] },
});
/** An edit in the editor: shares every container off the changed path. */
const edit = (draft: unknown, name: string) => setIn(draft, 'name', name);

const entry = (id: string): LibraryEntry => ({ id, name: id, modified: 1, damaged: null });
const run = (events: LineageEvent[], from = INITIAL_LINEAGE) => events.reduce(reduceLineage, from);

describe('the draft lineage, by example', () => {
  const listed = [entry('a')];

  it('a first draft belongs to nothing', () => {
    const s = run([{ kind: 'changed', draft: fresh() }]);
    expect(s.link).toBeNull();
    expect(currentId(s, listed)).toBeNull();
    expect(isSaved(s, listed)).toBe(false);
  });

  it('a saved draft is saved; an edit keeps its scenario and is not saved', () => {
    const draft = fresh();
    const link = { id: 'a', revision: 1 };
    const saved = run([
      { kind: 'changed', draft },
      { kind: 'saved', draft, link },
    ]);
    expect(isSaved(saved, listed)).toBe(true);
    const edited = reduceLineage(saved, { kind: 'changed', draft: edit(draft, 'B') });
    expect(edited.link).toBe(link);
    expect(isSaved(edited, listed)).toBe(false);
    // Not saved any more once the list no longer has it (deleted here or elsewhere).
    expect(isSaved(saved, [])).toBe(false);
  });

  it('a scenario from elsewhere belongs to nothing, and undo gives the saved one back', () => {
    const draft = fresh();
    const link = { id: 'a', revision: 2 };
    const saved = run([
      { kind: 'changed', draft },
      { kind: 'saved', draft, link },
    ]);
    const other = reduceLineage(saved, { kind: 'changed', draft: fresh() });
    expect(other.link).toBeNull();
    expect(isSaved(other, listed)).toBe(false);
    const back = reduceLineage(other, { kind: 'changed', draft });
    expect(classifyChange(other, draft)).toBe('undo');
    expect(back.link).toBe(link);
    expect(isSaved(back, listed)).toBe(true);
    expect(back.before).toBeNull();
  });

  it('an opened scenario is expected until the app hands it back, then saved', () => {
    const start = run([{ kind: 'changed', draft: fresh() }]);
    const document = fresh();
    const link = { id: 'a', revision: 3 };
    const opened = reduceLineage(start, { kind: 'opened', draft: document, link, saved: true });
    expect(opened.expected).toBe(document);
    expect(opened.draft).toBe(start.draft);
    expect(classifyChange(opened, document)).toBe('expected');
    const arrived = reduceLineage(opened, { kind: 'changed', draft: document });
    expect(arrived.expected).toBe(NOTHING);
    expect(arrived.link).toBe(link);
    expect(isSaved(arrived, listed)).toBe(true);
    // The app's undo goes back to the draft before the open, which belonged to nothing.
    const undone = reduceLineage(arrived, { kind: 'changed', draft: start.draft });
    expect(undone.link).toBeNull();
  });

  it('a save that finishes after the draft was replaced says nothing about the new draft', () => {
    const draft = fresh();
    const replaced = run([
      { kind: 'changed', draft },
      { kind: 'changed', draft: fresh() },
    ]);
    const link = { id: 'a', revision: 1 };
    expect(reduceLineage(replaced, { kind: 'saved', draft, link })).toBe(replaced);
    // A save of an older edit of the draft on screen does count: it is the same scenario.
    const edited = reduceLineage(replaced, { kind: 'changed', draft: edit(replaced.draft, 'X') });
    const savedOlder = reduceLineage(edited, { kind: 'saved', draft: replaced.draft, link });
    expect(savedOlder.link).toBe(link);
    expect(isSaved(savedOlder, listed)).toBe(false);
  });

  it('a restored record adopts the link’s scenario on screen', () => {
    const s = run([
      { kind: 'changed', draft: fresh() },
      { kind: 'adopted', link: { id: 'a', revision: 1 }, saved: true },
    ]);
    expect(isSaved(s, listed)).toBe(true);
    const unsaved = reduceLineage(s, { kind: 'adopted', link: null, saved: false });
    expect(unsaved.savedDraft).toBe(NOTHING);
    expect(currentId(unsaved, listed)).toBeNull();
  });
});

/** One step of a history, in the app's words. */
type Step =
  | { kind: 'edit'; name: string }
  | { kind: 'elsewhere' }
  | { kind: 'undo' }
  | { kind: 'arrive' }
  | { kind: 'open'; id: string; saved: boolean }
  | { kind: 'save'; id: string; revision: number }
  | { kind: 'save-stale' }
  | { kind: 'adopt'; id: string; saved: boolean };

const ids = fc.constantFrom('a', 'b');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), name: fc.string({ maxLength: 4 }) }),
  fc.constant({ kind: 'elsewhere' as const }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'arrive' as const }),
  fc.record({ kind: fc.constant('open' as const), id: ids, saved: fc.boolean() }),
  fc.record({
    kind: fc.constant('save' as const),
    id: ids,
    revision: fc.integer({ min: 1, max: 9 }),
  }),
  fc.constant({ kind: 'save-stale' as const }),
  fc.record({ kind: fc.constant('adopt' as const), id: ids, saved: fc.boolean() }),
);

/** The event a step makes in `state`, or null when it cannot happen there. */
function eventOf(state: LineageState, s: Step): LineageEvent | null {
  const { draft } = state;
  switch (s.kind) {
    case 'edit':
      return { kind: 'changed', draft: draft === NOTHING ? fresh() : edit(draft, s.name) };
    case 'elsewhere':
      return { kind: 'changed', draft: fresh() };
    case 'undo':
      // The app's undo goes back to a draft it had.
      return state.before && state.before.draft !== NOTHING
        ? { kind: 'changed', draft: state.before.draft }
        : null;
    case 'arrive':
      return state.expected === NOTHING ? null : { kind: 'changed', draft: state.expected };
    case 'open':
      return { kind: 'opened', draft: fresh(), link: { id: s.id, revision: 1 }, saved: s.saved };
    case 'save':
      return draft === NOTHING
        ? null
        : { kind: 'saved', draft, link: { id: s.id, revision: s.revision } };
    case 'save-stale':
      return { kind: 'saved', draft: fresh(), link: { id: 'a', revision: 1 } };
    case 'adopt':
      return { kind: 'adopted', link: { id: s.id, revision: 1 }, saved: s.saved };
  }
}

/** Freezes the state and what it holds, so a reducer that changed it in place would throw. */
function freeze(state: LineageState): LineageState {
  if (state.before) Object.freeze(state.before);
  if (state.link) Object.freeze(state.link);
  return Object.freeze(state);
}

describe('the draft lineage, over random histories', () => {
  it('keeps its rules at every step, and never changes the state it is given', () => {
    const listed = [entry('a'), entry('b')];
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let state = freeze({ ...INITIAL_LINEAGE });
        for (const s of steps) {
          const event = eventOf(state, s);
          if (!event) continue;
          const prev = state;
          const change = event.kind === 'changed' ? classifyChange(prev, event.draft) : null;
          state = freeze(reduceLineage(prev, event));

          if (event.kind === 'changed') {
            expect(state.draft).toBe(event.draft);
            if (change === 'expected') {
              expect(state.expected).toBe(NOTHING);
              expect([state.link, state.savedDraft]).toEqual([prev.link, prev.savedDraft]);
            } else if (change === 'undo') {
              // Undo gives back exactly what the draft belonged to before the replacement.
              expect(state.link).toBe(prev.before!.link);
              expect(state.savedDraft).toBe(prev.before!.savedDraft);
              expect(state.before).toBeNull();
            } else if (change === 'elsewhere') {
              // A scenario from elsewhere is never written over a saved one.
              expect(state.link).toBeNull();
              expect(currentId(state, listed)).toBeNull();
              expect(state.before).toEqual({
                draft: prev.draft,
                link: prev.link,
                savedDraft: prev.savedDraft,
              });
            } else {
              // An edit stays with the scenario it was opened from.
              expect(state.link).toBe(prev.link);
              expect(state.savedDraft).toBe(prev.savedDraft);
              expect(state.before).toBe(prev.before);
            }
          }
          if (s.kind === 'edit' && prev.draft !== NOTHING) expect(change).toBe('edit');
          if (s.kind === 'elsewhere' && prev.draft !== NOTHING) expect(change).toBe('elsewhere');
          if (event.kind === 'opened') {
            expect(state.expected).toBe(event.draft);
            expect(state.draft).toBe(prev.draft);
            expect(state.before?.draft).toBe(prev.draft);
          }
          if (s.kind === 'save') {
            expect(state.link).toBe((event as { link: unknown }).link);
            expect(isSaved(state, listed)).toBe(true);
          }
          if (s.kind === 'save-stale') expect(state).toBe(prev);

          // Saved means: listed, and exactly the draft last saved or opened.
          if (isSaved(state, listed)) {
            expect(state.draft).toBe(state.savedDraft);
            expect(currentId(state, listed)).toBe(state.link?.id);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the same draft handed in again (its validity changed) changes nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        let state: LineageState = INITIAL_LINEAGE;
        for (const s of steps) {
          const event = eventOf(state, s);
          if (event) state = reduceLineage(state, event);
        }
        expect(reduceLineage(state, { kind: 'changed', draft: state.draft })).toBe(state);
      }),
      { numRuns: 200 },
    );
  });

  it('right after an open, the draft still on screen is not taken for an undo', () => {
    const draft = fresh();
    const link = { id: 'a', revision: 1 };
    const opened = run([
      { kind: 'changed', draft },
      { kind: 'opened', draft: fresh(), link, saved: true },
    ]);
    expect(classifyChange(opened, draft)).toBe('same');
    expect(reduceLineage(opened, { kind: 'changed', draft })).toBe(opened);
  });
});
