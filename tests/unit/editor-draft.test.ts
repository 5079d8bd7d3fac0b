/** Changes to the draft: new objects along the changed path, nothing else touched or lost. */
import { describe, expect, it } from 'vitest';
import {
  addListItem,
  duplicateProfession,
  isAtOrBelow,
  issuesFor,
  professionIds,
  removeIn,
  removeListItem,
  renameProfessionId,
  setIn,
  uniqueId,
} from '../../app/editor/draft.ts';
import { agesOf, refitAgeTables, tablesFit } from '../../app/editor/age-range.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';

describe('setIn', () => {
  it('copies the path, shares the rest and leaves the old draft alone', () => {
    const d = exampleJson('exampleland') as { professions: unknown[]; population: unknown };
    const frozen = JSON.stringify(d);
    const next = setIn(d, 'professions[0].exits.attrition', 0.03) as typeof d;
    expect(JSON.stringify(d)).toBe(frozen);
    expect(getAtPath(next, 'professions[0].exits.attrition')).toBe(0.03);
    expect(next.population).toBe(d.population);
    expect(next.professions[1]).toBe(d.professions[1]);
    expect(getAtPath(next, 'professions[0].stock')).toBe(getAtPath(d, 'professions[0].stock'));
    expect(next.professions[0]).not.toBe(d.professions[0]);
  });

  it('creates missing objects and lists', () => {
    expect(setIn({}, 'demand.trends.technology', 0.01)).toEqual({
      demand: { trends: { technology: 0.01 } },
    });
    expect(setIn({ a: {} }, 'a.list[0]', 5)).toEqual({ a: { list: [5] } });
  });

  it('does not write through a value that is neither an object nor a list', () => {
    const d = { fte: 0.9 };
    expect(setIn(d, 'fte.female[0]', 1)).toEqual({ fte: 0.9 });
  });

  it('removes fields and list items', () => {
    expect(setIn({ a: 1, b: 2 }, 'a', undefined)).toEqual({ b: 2 });
    expect(removeIn({ l: [1, 2, 3] }, 'l[1]')).toEqual({ l: [1, 3] });
    const d = { a: 1 };
    expect(removeIn(d, 'missing')).toBe(d);
  });
});

describe('issues next to fields', () => {
  it('match the field and anything below it, not fields that only start alike', () => {
    const a = 'professions[0].exits.attrition';
    expect(isAtOrBelow(a, a)).toBe(true);
    expect(isAtOrBelow(`${a}.max`, a)).toBe(true);
    expect(isAtOrBelow('professions[0].stock.female[3]', 'professions[0].stock')).toBe(true);
    expect(isAtOrBelow('professions[0].exits.attritionX', a)).toBe(false);
    expect(isAtOrBelow('professions[10].name', 'professions[1]')).toBe(false);
    const issues = [
      { path: `${a}.max`, message: 'x' },
      { path: 'professions[0].exits', message: 'y' },
    ];
    expect(issuesFor(issues, a)).toEqual([issues[0]]);
  });
});

describe('professions', () => {
  const d = exampleJson('exampleland');

  it('finds a free id', () => {
    expect(uniqueId('nurse', ['nurse', 'nurse-2'])).toBe('nurse-3');
    expect(uniqueId('gp', [])).toBe('gp');
    expect(uniqueId('  ', [])).toBe('profession');
  });

  it('duplicates a profession after itself with a unique id, and stays valid', () => {
    const next = duplicateProfession(d, 0);
    expect(professionIds(next)).toEqual(['nurse', 'nurse-copy', 'gp']);
    expect(getAtPath(next, 'professions[1].name')).toBe('Nurses (copy)');
    expect(parseScenario(next).ok).toBe(true);
    expect(professionIds(duplicateProfession(next, 0))).toEqual([
      'nurse',
      'nurse-copy-2',
      'nurse-copy',
      'gp',
    ]);
  });

  it('renames references to a renamed id', () => {
    const next = renameProfessionId(d, 1, 'doctor');
    expect(getAtPath(next, 'professions[1].id')).toBe('doctor');
    expect(getAtPath(next, 'substitution[0].from')).toBe('doctor');
    expect(getAtPath(next, 'policies[0].profession')).toBe('nurse');
    expect(parseScenario(next).ok).toBe(true);
    const crisis = setIn(d, 'shocks[0].professions', ['gp']);
    expect(getAtPath(renameProfessionId(crisis, 1, 'doctor'), 'shocks[0].professions')).toEqual([
      'doctor',
    ]);
  });

  it('does not merge references when the new id is taken', () => {
    const next = renameProfessionId(d, 1, 'nurse');
    expect(getAtPath(next, 'professions[1].id')).toBe('nurse');
    expect(getAtPath(next, 'substitution[0].from')).toBe('gp');
    expect(getAtPath(next, 'substitution[0].to')).toBe('nurse');
  });

  it('adds and removes list items', () => {
    const added = addListItem({}, 'policies', { a: 1 });
    expect(added).toEqual({ policies: [{ a: 1 }] });
    expect(removeListItem(addListItem(added, 'policies', { b: 2 }), 'policies', 0)).toEqual({
      policies: [{ b: 2 }],
    });
  });
});

describe('refitting the age tables', () => {
  const d = exampleJson('minimal');

  it('adds rows of 0 people and the nearest FTE, and drops rows it reports', () => {
    const from = agesOf(d)!;
    expect(from).toEqual({ min: 25, max: 70 });
    const to = { min: 23, max: 60 };
    const withFte = setIn(d, 'professions[0].fte', {
      female: new Array(46).fill(0).map((_, i) => i / 50),
      male: new Array(46).fill(1),
    });
    const r = refitAgeTables(withFte, from, to);
    expect(r.addedRows).toBe(2);
    expect(r.droppedRows).toBe(10);
    // Women aged 61–70: 34, 28, 22, 16, 10, 4, 0, 0, 0, 0; men 0.
    expect(r.droppedPeople).toBe(114);
    const female = getAtPath(r.draft, 'professions[0].stock.female') as number[];
    expect(female).toHaveLength(38);
    expect(female.slice(0, 3)).toEqual([0, 0, 40]);
    expect((getAtPath(r.draft, 'professions[0].fte.female') as number[]).slice(0, 3)).toEqual([
      0, 0, 0,
    ]);
    expect(tablesFit(r.draft, to)).toBe(true);
    expect(tablesFit(r.draft, from)).toBe(false);
    expect(parseScenario(setIn(r.draft, 'ages', to)).ok).toBe(true);
  });

  it('reads only valid age ranges', () => {
    expect(agesOf({ ages: { min: 30, max: 20 } })).toBeUndefined();
    expect(agesOf({ ages: { min: '20', max: 70 } })).toBeUndefined();
  });
});
