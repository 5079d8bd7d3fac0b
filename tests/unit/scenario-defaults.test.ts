/**
 * Defaults, the warning policy (unknown fields are dropped with a warning), several errors
 * reported at once, and dependent checks skipped when what they depend on is broken.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { withValueAt, withoutValueAt } from '../../model/scenario/json-path.ts';

const load = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../app/data/examples/${name}.json`, import.meta.url), 'utf8'),
  );
const minimal = load('minimal');
const exampleland = load('exampleland');

const DELETE = Symbol('delete');

/** A copy of `doc` with values set (or deleted) at JSON paths. */
function edit(doc: unknown, changes: Record<string, unknown>): unknown {
  let out = doc;
  for (const [path, value] of Object.entries(changes)) {
    const next = value === DELETE ? withoutValueAt(out, path) : withValueAt(out, path, value);
    if (next === undefined) throw new Error(`cannot change ${path}`);
    out = next;
  }
  return out;
}

function ok(doc: unknown): { scenario: Scenario; warnings: string[] } {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join('\n'));
  return { scenario: r.scenario, warnings: r.warnings.map(formatIssue) };
}

function errors(doc: unknown): string[] {
  const r = parseScenario(doc);
  return r.ok ? [] : r.errors.map(formatIssue);
}

describe('defaults', () => {
  it('a missing name becomes "Untitled scenario", with a warning', () => {
    const { scenario, warnings } = ok(edit(minimal, { name: DELETE }));
    expect(scenario.name).toBe('Untitled scenario');
    expect(warnings).toEqual(['name: is missing; the scenario is called "Untitled scenario"']);
  });

  it('a missing description becomes ""', () => {
    expect(ok(edit(minimal, { description: DELETE })).scenario.description).toBe('');
  });

  it('a profession without a name is called by its id', () => {
    expect(ok(edit(minimal, { 'professions[0].name': DELETE })).scenario.professions[0].name).toBe(
      'midwife',
    );
  });

  it('substitution, policies, shocks default to [] and trends to {}', () => {
    const { scenario } = ok(edit(minimal, { 'professions[0].demand.trends': DELETE }));
    expect([scenario.substitution, scenario.policies, scenario.shocks]).toEqual([[], [], []]);
    expect(scenario.professions[0].demand.trends).toEqual({});
  });

  it('a missing baseFte is null (the supply FTE of the base year)', () => {
    expect(
      ok(edit(minimal, { 'professions[0].demand.baseFte': DELETE })).scenario.professions[0].demand
        .baseFte,
    ).toBe(null);
  });

  it('analysis defaults to the last projected year and the year after the base year', () => {
    expect(ok(edit(minimal, { analysis: DELETE })).scenario.analysis).toEqual({
      targetYear: 2040,
      intakeFromYear: 2026,
    });
    expect(ok(edit(minimal, { analysis: {} })).scenario.analysis).toEqual({
      targetYear: 2040,
      intakeFromYear: 2026,
    });
  });

  it('intakeFromYear stays the year after the base year when the target is the base year, and parses again', () => {
    const first = ok(edit(minimal, { analysis: { targetYear: 2025 } })).scenario;
    expect(first.analysis).toEqual({ targetYear: 2025, intakeFromYear: 2026 });
    // The filled-in defaults are themselves valid (found by the property test).
    expect(ok(first).scenario).toStrictEqual(first);
  });
});

describe('warnings', () => {
  it('unknown fields anywhere are warned about and dropped', () => {
    const { scenario, warnings } = ok(
      edit(exampleland, {
        comment: 'hello',
        'professions[0].exits.attrtion': 0.1,
        'professions[1].training.entrants.sex': 'f',
        'substitution[0].note': 1,
      }),
    );
    expect(warnings).toEqual([
      'unknown field "comment" is ignored',
      'professions[0].exits: unknown field "attrtion" is ignored',
      'professions[1].training.entrants: unknown field "sex" is ignored',
      'substitution[0]: unknown field "note" is ignored',
    ]);
    expect(scenario).not.toHaveProperty('comment');
    expect(scenario.professions[0].exits).not.toHaveProperty('attrtion');
  });

  it('ratio with the utilisation method is ignored, with a warning', () => {
    const { scenario, warnings } = ok(
      edit(minimal, { 'professions[0].demand.ratio': { targetPer1000: 1, targetYear: 2030 } }),
    );
    expect(warnings).toEqual([
      'professions[0].demand.ratio: is ignored because the method is "utilisation"',
    ]);
    expect(scenario.professions[0].demand).not.toHaveProperty('ratio');
  });

  it('trends with the ratio method are ignored, with a warning', () => {
    const { scenario, warnings } = ok(
      edit(exampleland, { 'professions[1].demand.trends': { technology: 0.01 } }),
    );
    expect(warnings).toEqual([
      'professions[1].demand.trends: trends are ignored with the "ratio" method',
    ]);
    expect(scenario.professions[1].demand.trends).toEqual({});
  });

  it('warnings are kept next to errors', () => {
    const r = parseScenario(edit(minimal, { name: DELETE, baseYear: 1 }));
    expect(r.ok).toBe(false);
    expect(r.warnings.map((w) => w.path)).toEqual(['name']);
  });
});

describe('several errors at once', () => {
  it('reports every broken rule, each at its path', () => {
    const doc = edit(exampleland, {
      'simulation.runs': 0,
      'professions[0].exits.attrition': 1.4,
      'professions[0].stock.female[3]': -3,
      'professions[1].training.pipeline': [1, 2],
      'population.male[2][5]': -1,
      'substitution[0].from': 'dentist',
      'policies[1].parameter': 'salary',
      'shocks[0].durationYears': 0,
      'analysis.targetYear': 2050,
    });
    const r = parseScenario(doc);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual([
      'simulation.runs',
      'population.male[2][5]',
      'professions[0].stock.female[3]',
      'professions[0].exits.attrition',
      'professions[1].training.pipeline',
      'substitution[0].from',
      'policies[1].parameter',
      'shocks[0].durationYears',
      'analysis.targetYear',
    ]);
    expect(r.ok ? [] : r.errors.every((e) => e.message.length > 10)).toBe(true);
  });

  it('at most 10 bad values of one list are listed one by one', () => {
    const list = errors(edit(minimal, { 'professions[0].stock.female': new Array(46).fill(-1) }));
    expect(list).toHaveLength(11);
    expect(list[10]).toBe(
      'professions[0].stock.female: 36 more values are not valid (only the first 10 are listed)',
    );
  });
});

describe('dependent checks are skipped when what they depend on is broken', () => {
  it('broken ages: no errors about the lengths of stocks', () => {
    expect(errors(edit(minimal, { 'ages.max': 'old' }))).toEqual([
      'ages.max: must be a whole age between 0 and 120 (got "old")',
    ]);
  });

  it('broken base year: no errors about population coverage or analysis years', () => {
    expect(errors(edit(exampleland, { baseYear: '2025' }))).toEqual([
      'baseYear: must be a whole year between 1900 and 2200 (got "2025")',
    ]);
  });

  it('broken horizon: no errors about population coverage or analysis years', () => {
    expect(errors(edit(exampleland, { horizonYears: 100 }))).toEqual([
      'horizonYears: must be a whole number of years between 1 and 60 (got 100)',
    ]);
  });

  it('broken duration: no error about the pipeline length', () => {
    expect(errors(edit(exampleland, { 'professions[0].training.durationYears': 0 }))).toEqual([
      'professions[0].training.durationYears: must be a whole number of years between 1 and 20 (got 0)',
    ]);
  });

  it('broken population: no errors about utilisation lengths or the ratio method', () => {
    expect(errors(edit(exampleland, { 'population.ages': { min: 0 } }))).toEqual([
      'population.ages.max: is missing; it must be a whole age between 0 and 120',
    ]);
  });

  it('professions that are not a list: no errors about unknown ids in rules', () => {
    expect(errors(edit(exampleland, { professions: 'nurses' }))).toEqual([
      'professions: must be a list of 1 to 30 professions (got "nurses")',
    ]);
  });
});
