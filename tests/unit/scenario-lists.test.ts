/** Substitution rules, policies and shocks: known profession ids, shares, ramps, odds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { POLICY_PARAMETERS } from '../../model/scenario/types.ts';
import { withValueAt, withoutValueAt } from '../../model/scenario/json-path.ts';

const exampleland: unknown = JSON.parse(
  readFileSync(new URL('../../app/data/examples/exampleland.json', import.meta.url), 'utf8'),
);

function set(doc: unknown, path: string, value: unknown): unknown {
  const out = withValueAt(doc, path, value);
  if (out === undefined) throw new Error(`cannot set ${path}`);
  return out;
}

function expectError(doc: unknown, path: string, message: string): void {
  const r = parseScenario(doc);
  const errors = r.ok ? [] : r.errors;
  const here = errors.filter((e) => e.path === path).map((e) => e.message);
  expect(here.join(' | '), `errors were:\n${errors.map(formatIssue).join('\n')}`).toContain(
    message,
  );
}

const S = 'substitution[0]';
const Y = 'policies[0]';
const K = 'shocks[0]';

describe('substitution rules', () => {
  it.each([
    [
      'from is a known profession',
      `${S}.from`,
      'gpp',
      `${S}.from`,
      'unknown profession "gpp"; known: nurse, gp',
    ],
    [
      'to is a known profession',
      `${S}.to`,
      'midwife',
      `${S}.to`,
      'unknown profession "midwife"; known: nurse, gp',
    ],
    [
      'from is an id',
      `${S}.from`,
      3,
      `${S}.from`,
      'must be the id of a profession (nurse, gp) (got 3)',
    ],
    [
      'from and to differ',
      `${S}.to`,
      'gp',
      `${S}.to`,
      'must be another profession than "from" (both are "gp")',
    ],
    [
      'share is a probability',
      `${S}.share`,
      1.5,
      `${S}.share`,
      'probability must be between 0 and 1 (got 1.5)',
    ],
    ['ratio is above 0', `${S}.ratio`, 0, `${S}.ratio`, 'must be a number greater than 0'],
    [
      'startYear is a whole year',
      `${S}.startYear`,
      2027.5,
      `${S}.startYear`,
      'must be a whole year (got 2027.5)',
    ],
    [
      'startYear not after fullYear',
      `${S}.startYear`,
      2033,
      `${S}.fullYear`,
      'must not be before startYear (2033) (got 2032)',
    ],
    [
      'substitution is a list',
      'substitution',
      {},
      'substitution',
      'must be a list of substitution rules',
    ],
  ])('%s', (_name, at, value, path, message) =>
    expectError(set(exampleland, at, value), path, message),
  );

  it('is missing → is required', () => {
    expectError(
      withoutValueAt(exampleland, `${S}.from`),
      `${S}.from`,
      'is missing; it must be the id of a profession (nurse, gp)',
    );
  });
});

describe('policies', () => {
  it.each([
    [
      'profession is known',
      `${Y}.profession`,
      'doctor',
      `${Y}.profession`,
      'unknown profession "doctor"; known: nurse, gp',
    ],
    [
      'parameter is one of the levers',
      `${Y}.parameter`,
      'training.intak',
      `${Y}.parameter`,
      `must be one of ${POLICY_PARAMETERS.map((p) => `"${p}"`).join(', ')} (got "training.intak")`,
    ],
    [
      'kind is relative or absolute',
      `${Y}.kind`,
      'percent',
      `${Y}.kind`,
      'must be one of "relative", "absolute" (got "percent")',
    ],
    ['value is required', `${Y}.value`, undefined, `${Y}.value`, 'is missing'],
    [
      'fullYear not before startYear',
      `${Y}.fullYear`,
      2026,
      `${Y}.fullYear`,
      'must not be before startYear (2027) (got 2026)',
    ],
    [
      'policies is a list',
      'policies',
      'none',
      'policies',
      'must be a list of policies (got "none")',
    ],
  ])('%s', (_name, at, value, path, message) =>
    expectError(set(exampleland, at, value), path, message),
  );
});

describe('shocks', () => {
  it.each([
    [
      'probabilityPerYear within 0..1',
      `${K}.probabilityPerYear`,
      1.5,
      `${K}.probabilityPerYear`,
      'must be a probability between 0 and 1 (got 1.5)',
    ],
    [
      'probabilityPerYear is a plain number',
      `${K}.probabilityPerYear`,
      { dist: 'uniform', min: 0, max: 0.1 },
      `${K}.probabilityPerYear`,
      'must be a probability between 0 and 1',
    ],
    [
      'durationYears at least 1',
      `${K}.durationYears`,
      0,
      `${K}.durationYears`,
      'must be a whole number of years of at least 1 (got 0)',
    ],
    ['durationYears is whole', `${K}.durationYears`, 1.5, `${K}.durationYears`, '(got 1.5)'],
    [
      'demandIncrease is a rate',
      `${K}.demandIncrease`,
      -2,
      `${K}.demandIncrease`,
      'greater than -1',
    ],
    [
      'extraExit is a probability',
      `${K}.extraExit`,
      { dist: 'uniform', min: 0, max: 1.2 },
      `${K}.extraExit.max`,
      'probability must be between 0 and 1 (got 1.2)',
    ],
    [
      'professions are known ids',
      `${K}.professions`,
      ['nurse', 'midwife'],
      `${K}.professions[1]`,
      'unknown profession "midwife"; known: nurse, gp',
    ],
    [
      'professions is a list',
      `${K}.professions`,
      'nurse',
      `${K}.professions`,
      'must be a list of profession ids (got "nurse")',
    ],
    ['name is a text', `${K}.name`, 5, `${K}.name`, 'must be a text in quotes (got 5)'],
  ])('%s', (_name, at, value, path, message) =>
    expectError(set(exampleland, at, value), path, message),
  );

  it('an unnamed shock is called "shock N"', () => {
    const doc = set(
      set(exampleland, 'shocks[1]', {
        probabilityPerYear: 0.01,
        durationYears: 1,
        demandIncrease: 0.1,
        extraExit: 0,
      }),
      'shocks[0].name',
      '',
    );
    const r = parseScenario(doc);
    expect(r.ok && r.scenario.shocks.map((s) => s.name)).toEqual(['shock 1', 'shock 2']);
  });

  it('an empty list of professions is warned about', () => {
    const r = parseScenario(set(exampleland, `${K}.professions`, []));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toEqual([`${K}.professions`]);
  });
});
