/** Revisions of saved scenarios: a save over an older revision than the stored one asks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideSave, isNewerElsewhere } from '../../app/library/conflict.ts';
import { descends } from '../../app/library/lineage.ts';
import { setIn } from '../../app/editor/draft.ts';
import { exampleJson } from '../helpers/scenarios.ts';

describe('decideSave', () => {
  it('creates a new record at revision 1', () => {
    expect(decideSave(null, undefined)).toEqual({ kind: 'write', revision: 1 });
  });

  it('writes the next revision over the one the draft started from', () => {
    expect(decideSave(3, 3)).toEqual({ kind: 'write', revision: 4 });
  });

  it('asks when another tab saved since (the stored revision is newer)', () => {
    expect(decideSave(3, 5)).toEqual({ kind: 'conflict', theirs: 5 });
  });

  it('asks when a new record would land on a stored one', () => {
    expect(decideSave(null, 1)).toEqual({ kind: 'conflict', theirs: 1 });
  });

  it('asks when the stored revision is not the base at all (put back, then saved elsewhere)', () => {
    expect(decideSave(7, 2)).toEqual({ kind: 'conflict', theirs: 2 });
  });

  it('writes a record deleted elsewhere again, past the revision it had', () => {
    expect(decideSave(4, undefined)).toEqual({ kind: 'write', revision: 5 });
  });

  it('never writes over a revision other than its base, and always moves forward', () => {
    const revision = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(fc.option(revision), fc.option(revision), (base, stored) => {
        const d = decideSave(base, stored ?? undefined);
        if (d.kind === 'conflict') {
          expect(stored).not.toBeNull();
          expect(stored).not.toBe(base);
          return;
        }
        expect(stored === null || stored === base).toBe(true);
        expect(d.revision).toBeGreaterThan(base ?? 0);
        if (stored !== null) expect(d.revision).toBeGreaterThan(stored);
      }),
    );
  });

  it('"keep mine" is a save over the revision shown in the dialog; a later one asks again', () => {
    const theirs = 5;
    expect(decideSave(theirs, 5)).toEqual({ kind: 'write', revision: 6 });
    expect(decideSave(theirs, 6)).toEqual({ kind: 'conflict', theirs: 6 });
  });
});

describe('isNewerElsewhere', () => {
  it('is true only for a newer revision of the scenario the draft belongs to', () => {
    const link = { id: 'a', revision: 2 };
    expect(isNewerElsewhere(link, 'a', 3)).toBe(true);
    expect(isNewerElsewhere(link, 'a', 2)).toBe(false);
    expect(isNewerElsewhere(link, 'b', 9)).toBe(false);
    expect(isNewerElsewhere(null, 'a', 9)).toBe(false);
  });
});

describe('descends (which saved scenario the draft belongs to)', () => {
  const base = exampleJson('exampleland');

  it('an edit anywhere keeps the draft with its saved scenario', () => {
    for (const path of [
      'name',
      'professions[0].exits.attrition',
      'simulation.runs',
      'population.years[0]',
      'ages.min',
    ]) {
      expect(descends(base, setIn(base, path, 1)), path).toBe(true);
    }
    expect(descends(base, base)).toBe(true);
  });

  it('a scenario from elsewhere (an example, a file, a link) does not', () => {
    expect(descends(base, exampleJson('exampleland'))).toBe(false);
    expect(descends(base, exampleJson('minimal'))).toBe(false);
    expect(descends(base, structuredClone(base))).toBe(false);
    expect(descends(base, 'text')).toBe(false);
    expect(descends(null, base)).toBe(false);
  });
});
