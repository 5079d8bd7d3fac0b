/** The population: inline data or a named data set, covering every projected year. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParseOptions, formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { withValueAt, withoutValueAt } from '../../model/scenario/json-path.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';

const exampleland = JSON.parse(
  readFileSync(new URL('../../app/data/examples/exampleland.json', import.meta.url), 'utf8'),
) as { population: PopulationInline } & Record<string, unknown>;
const inline = exampleland.population;

function set(doc: unknown, path: string, value: unknown): unknown {
  const out = withValueAt(doc, path, value);
  if (out === undefined) throw new Error(`cannot set ${path}`);
  return out;
}

function errorsOf(doc: unknown, options?: ParseOptions) {
  const r = parseScenario(doc, options);
  return r.ok ? [] : r.errors;
}

function expectError(doc: unknown, path: string, message: string, options?: ParseOptions): void {
  const errors = errorsOf(doc, options);
  const here = errors.filter((e) => e.path === path).map((e) => e.message);
  expect(here.join(' | '), `errors were:\n${errors.map(formatIssue).join('\n')}`).toContain(
    message,
  );
}

/** The example's population without its last `n` years. */
function shortened(n: number): PopulationInline {
  return {
    ages: inline.ages,
    years: inline.years.slice(0, -n),
    female: inline.female.slice(0, -n),
    male: inline.male.slice(0, -n),
  };
}

describe('inline population', () => {
  it.each([
    [
      'ages.min not above ages.max',
      'population.ages.min',
      101,
      'population.ages.max',
      'must not be below ages.min (101) (got 100)',
    ],
    [
      'ages.max at most 120',
      'population.ages.max',
      121,
      'population.ages.max',
      'must be a whole age between 0 and 120 (got 121)',
    ],
    [
      'years strictly increasing',
      'population.years[3]',
      2027,
      'population.years[3]',
      'years must be in increasing order, each once (got 2027 after 2027)',
    ],
    [
      'years are whole',
      'population.years[0]',
      2025.5,
      'population.years[0]',
      'must be a whole year (got 2025.5)',
    ],
    [
      'years is a non-empty list',
      'population.years',
      [],
      'population.years',
      'must be a list of years in increasing order',
    ],
    [
      'one row per year',
      'population.female',
      inline.female.slice(1),
      'population.female',
      'must have one row per year (21), got 20',
    ],
    [
      'one value per age in a row',
      'population.male[3]',
      inline.male[3].slice(1),
      'population.male[3]',
      'must have 101 values, one per age 0–100 (got 100)',
    ],
    [
      'no negative population',
      'population.female[3][10]',
      -5,
      'population.female[3][10]',
      'population cannot be negative (got -5)',
    ],
    [
      'values are numbers',
      'population.female[0][0]',
      null,
      'population.female[0][0]',
      'population must be a number (got null)',
    ],
    [
      'population is an object',
      'population',
      'Italy',
      'population',
      'must be an object with ages, years, female and male, or {"dataset": "<id>"}',
    ],
  ])('%s', (_name, at, value, path, message) =>
    expectError(set(exampleland, at, value), path, message),
  );

  it('years must cover every projected year, and the missing ones are named', () => {
    expectError(
      set(exampleland, 'population', shortened(2)),
      'population.years',
      'population years must cover 2025–2045; missing 2044–2045',
    );
    const gappy = structuredClone(inline);
    for (const k of [10, 5]) {
      gappy.years.splice(k, 1);
      gappy.female.splice(k, 1);
      gappy.male.splice(k, 1);
    }
    expectError(set(exampleland, 'population', gappy), 'population.years', 'missing 2030, 2035');
  });

  it('the base year population cannot be zero', () => {
    const zero = structuredClone(inline);
    zero.female[0] = zero.female[0].map(() => 0);
    zero.male[0] = zero.male[0].map(() => 0);
    expectError(
      set(exampleland, 'population', zero),
      'population',
      'the population of the base year 2025 is zero',
    );
  });

  it('without a population, utilisation is ignored with a warning', () => {
    const doc = withoutValueAt(
      withoutValueAt(exampleland, 'population'),
      'professions[1]',
    ) as Record<string, unknown>;
    doc.substitution = [];
    const r = parseScenario(doc);
    expect(r.ok).toBe(true);
    expect(r.warnings.map(formatIssue)).toEqual([
      'professions[0].demand.utilisation: utilisation is ignored without a population',
    ]);
    expect(r.ok && r.scenario.professions[0].demand.utilisation).toBe(undefined);
  });
});

describe('population data sets', () => {
  const datasets = { 'exampleland-2025': inline, 'short-2040': shortened(5) };
  const ref = (id: unknown): unknown => set(exampleland, 'population', { dataset: id });

  it('a known data set is accepted and kept as a reference', () => {
    const r = parseScenario(ref('exampleland-2025'), { datasets });
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok && r.scenario.population).toStrictEqual({ dataset: 'exampleland-2025' });
    expect(r.ok && resolvePopulation(r.scenario.population, datasets)).toBe(inline);
  });

  it('an unknown id lists the known ones', () => {
    expectError(
      ref('xx'),
      'population.dataset',
      'unknown population data set "xx"; known: exampleland-2025, short-2040',
      { datasets },
    );
  });

  it('says so when no data sets are available', () => {
    expectError(
      ref('xx'),
      'population.dataset',
      'unknown population data set "xx"; no data sets are available here',
    );
  });

  it('names of the prototype are not data sets', () => {
    expectError(ref('toString'), 'population.dataset', 'unknown population data set "toString"', {
      datasets,
    });
  });

  it('a data set that ends too early names both years', () => {
    expectError(
      ref('short-2040'),
      'population.dataset',
      'the data set ends in 2040 but the projection runs to 2045',
      { datasets },
    );
  });

  it('a data set that starts too late names both years', () => {
    const late = { ...inline, years: inline.years.map((y) => y + 1) };
    expectError(
      ref('late'),
      'population.dataset',
      'the data set starts in 2026 but the projection starts in 2025',
      { datasets: { late } },
    );
  });

  it('the id must be a text', () => {
    expectError(ref(7), 'population.dataset', 'must be the id of a population data set (got 7)', {
      datasets,
    });
  });

  it('a damaged data set is refused, not passed on', () => {
    const broken = { ...inline, female: inline.female.slice(1) };
    expectError(
      ref('b'),
      'population.dataset',
      'the data set "b" cannot be used: female: must have one row per year (21)',
      { datasets: { b: broken } },
    );
  });

  it('utilisation is checked against the data set ages', () => {
    const small = {
      ...inline,
      ages: { min: 0, max: 99 },
      female: inline.female.map((r) => r.slice(1)),
      male: inline.male.map((r) => r.slice(1)),
    };
    expectError(
      ref('small'),
      'professions[0].demand.utilisation.female',
      'must have 100 values, one per population age 0–99 (got 101)',
      { datasets: { small } },
    );
  });
});
