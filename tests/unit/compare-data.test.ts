/**
 * The numbers of the Compare countries view: WHO densities per 1 000 with their possible
 * breaks in series, the countries shown (all or one HEROES cluster), the latest year
 * ranked, the working scenario's projected density (headcount ÷ population × 1 000) and
 * which scenario profession stands for which observed series.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clusterOf,
  countriesByName,
  countryLines,
  datasetCountry,
  defaultCountry,
  defaultProfession,
  dotRows,
  guessSeries,
  latestRanking,
  per1000,
  per1000Series,
  projectedDensity,
  projectedRank,
  projectionYear,
  shownCountries,
  totalPopulation,
  yearNoted,
  yearSpan,
} from '../../app/compare/compare-data.ts';
import type { DotRow } from '../../app/compare/compare-data.ts';
import { HEROES_COUNTRIES, readDensities } from '../../app/data/workforce/catalog.ts';
import type { ObservedDensities } from '../../app/data/workforce/catalog.ts';
import type { DensityPoint } from '../../model/observed/series.ts';
import type { SeriesSummary } from '../../model/result/result.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';

const data = readDensities(
  JSON.parse(
    readFileSync(new URL('../../app/data/workforce/who-densities.json', import.meta.url), 'utf8'),
  ),
);
const ALL = countriesByName();
const names = (cs: readonly { name: string }[]) => cs.map((c) => c.name);

describe('densities per 1 000 inhabitants', () => {
  it('divides the WHO value per 10 000 by ten', () => {
    expect(per1000(45.34)).toBeCloseTo(4.534, 10);
    const germany = per1000Series(data.countries.DE.doctors);
    expect(germany.find((p) => p.year === 2022)?.value).toBeCloseTo(4.534, 10);
    expect(germany.map((p) => p.year)).toEqual([...germany.map((p) => p.year)].sort());
  });

  it('flags a change over 25 % in a year as a possible break in series', () => {
    const belgium = per1000Series(data.countries.BE.doctors);
    const at = (year: number) => belgium.find((p) => p.year === year)!;
    expect(at(2022).value).toBeCloseTo(3.574, 10);
    expect(at(2023).value).toBeCloseTo(6.525, 10);
    expect(at(2023).possibleBreak).toBe(true);
    expect(at(2022).possibleBreak).toBe(false);
    const spain = per1000Series(data.countries.ES.doctors);
    expect(spain.slice(0, 3).map((p) => p.possibleBreak)).toEqual([false, true, false]);
    // Either way: a fall by more than a quarter is a break as well.
    const fall: DensityPoint[] = [
      { year: 2000, per10000: 40 },
      { year: 2001, per10000: 29 },
      { year: 2002, per10000: 30 },
    ];
    expect(per1000Series(fall).map((p) => p.possibleBreak)).toEqual([false, true, false]);
  });

  it('gives every country shown a line, and their span of years', () => {
    const lines = countryLines(data, 'doctors', ALL);
    expect(lines).toHaveLength(19);
    expect(yearSpan(lines)).toEqual([1990, 2023]);
    expect(yearSpan([])).toBeNull();
  });
});

describe('the countries shown', () => {
  it('lists all 19 by name, Belgium first', () => {
    expect(ALL).toHaveLength(19);
    expect(ALL[0].name).toBe('Belgium');
    expect(names(ALL)).toEqual([...names(ALL)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(shownCountries('IT', 'all')).toEqual(ALL);
  });

  it('keeps only the chosen country’s HEROES cluster', () => {
    expect(names(shownCountries('IT', 'cluster'))).toEqual([
      'Greece',
      'Italy',
      'Norway',
      'Portugal',
      'Spain',
      'Sweden',
    ]);
    expect(names(clusterOf('de'))).toEqual([
      'Belgium',
      'Czechia',
      'Estonia',
      'Germany',
      'Malta',
      'Netherlands',
      'Slovakia',
    ]);
    expect(clusterOf('FR')).toEqual([]);
    // Every country is in exactly one cluster, and the clusters hold all 19.
    const sizes = [1, 2, 3].map((k) => HEROES_COUNTRIES.filter((c) => c.cluster === k).length);
    expect(sizes).toEqual([6, 6, 7]);
  });

  it('starts from the scenario’s data set country, else the first by name', () => {
    expect(defaultCountry({ dataset: 'wpp2019-it' })).toBe('IT');
    expect(datasetCountry({ dataset: 'wpp2019-mt', regionShares: { a: 1 } })?.name).toBe('Malta');
    expect(defaultCountry({ dataset: 'wpp2019-xx' })).toBe('BE');
    expect(defaultCountry({ ages: { min: 0, max: 1 }, years: [], female: [], male: [] })).toBe(
      'BE',
    );
    expect(defaultCountry(undefined)).toBe('BE');
  });
});

describe('the latest year ranked', () => {
  const ranking = latestRanking(data, 'doctors', ALL);

  it('sorts each country’s latest value from the highest down', () => {
    expect(ranking.rows).toHaveLength(19);
    expect(ranking.missing).toEqual([]);
    expect(ranking.rows.slice(0, 3).map((r) => [r.iso2, r.year])).toEqual([
      ['GR', 2022],
      ['BE', 2023],
      ['LT', 2023],
    ]);
    const values = ranking.rows.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // Belgium's latest value is itself a possible break, and says so.
    expect(ranking.rows[1].possibleBreak).toBe(true);
  });

  it('labels the year of a country whose latest year is not the common one', () => {
    expect(ranking.commonYear).toBe(2022);
    const noted = ranking.rows.filter((r) => yearNoted(r, ranking.commonYear));
    expect(noted.map((r) => `${r.iso2} ${r.year}`).sort()).toEqual([
      'BE 2023',
      'LT 2023',
      'NO 2023',
      'PL 2023',
      'SE 2021',
    ]);
    const nurses = latestRanking(data, 'nurses', ALL);
    expect(nurses.rows[0]).toMatchObject({ iso2: 'NO', year: 2023 });
    expect(nurses.commonYear).toBe(2022);
  });

  it('ranks the cluster alone when only the cluster is shown', () => {
    const cluster = latestRanking(data, 'doctors', shownCountries('IT', 'cluster'));
    expect(cluster.rows.map((r) => r.iso2)).toEqual(['GR', 'PT', 'NO', 'SE', 'ES', 'IT']);
  });

  it('names a country without any observed value instead of ranking it', () => {
    const thin: ObservedDensities = {
      ...data,
      countries: { ...data.countries, MT: { doctors: [], nurses: [] } },
    };
    const r = latestRanking(thin, 'doctors', ALL);
    expect(r.rows).toHaveLength(18);
    expect(names(r.missing)).toEqual(['Malta']);
  });

  it('holds for any data: every country once, at its last year, highest first', () => {
    const point = fc.record({
      year: fc.integer({ min: 1990, max: 2025 }),
      per10000: fc.double({ min: 0, max: 200, noNaN: true }),
    });
    const series = fc
      .array(point, { maxLength: 6 })
      .map((ps) =>
        [...new Map(ps.map((p) => [p.year, p])).values()].sort((a, b) => a.year - b.year),
      );
    const countries = fc.subarray([...HEROES_COUNTRIES], { minLength: 1 });
    fc.assert(
      fc.property(countries, fc.array(series, { minLength: 19, maxLength: 19 }), (cs, all) => {
        const made: ObservedDensities = {
          ...data,
          countries: Object.fromEntries(
            HEROES_COUNTRIES.map((c, i) => [c.iso2, { doctors: all[i], nurses: [] }]),
          ),
        };
        const r = latestRanking(made, 'doctors', cs);
        expect(r.rows.length + r.missing.length).toBe(cs.length);
        expect(new Set(r.rows.map((x) => x.iso2)).size).toBe(r.rows.length);
        for (let i = 1; i < r.rows.length; i++) {
          expect(r.rows[i - 1].value).toBeGreaterThanOrEqual(r.rows[i].value);
        }
        for (const row of r.rows) {
          const own = all[HEROES_COUNTRIES.findIndex((c) => c.iso2 === row.iso2)];
          const last = own[own.length - 1];
          expect(row.year).toBe(last.year);
          expect(row.value).toBe(last.per10000 / 10);
        }
        if (r.rows.length > 0) expect(r.rows.map((x) => x.year)).toContain(r.commonYear);
        else expect(r.commonYear).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

/** A summary whose every percentile is `base` × the factor of its key. */
function summary(base: number[]): SeriesSummary {
  const scale = (k: number) => base.map((v) => v * k);
  return {
    mean: scale(1),
    p5: scale(0.8),
    p10: scale(0.9),
    p25: scale(0.95),
    p50: scale(1),
    p75: scale(1.05),
    p90: scale(1.1),
    p95: scale(1.2),
  };
}

/** A population of `totals` people a year (half women, half men, in two ages). */
function population(years: number[], totals: number[]): PopulationInline {
  return {
    ages: { min: 0, max: 1 },
    years,
    female: totals.map((t) => [t / 4, t / 4]),
    male: totals.map((t) => [t / 4, t / 4]),
  };
}

describe('the projected density', () => {
  const years = [2025, 2026, 2027];
  const headcount = summary([20_000, 21_000, 22_000]);

  it('is headcount ÷ population of the year × 1 000, for each percentile', () => {
    const pop = population([2024, 2025, 2026, 2027], [9e6, 1e7, 1e7, 1.1e7]);
    const points = projectedDensity({ headcount }, years, pop);
    expect(points.map((p) => p.year)).toEqual(years);
    expect(points[0]).toMatchObject({ year: 2025, median: 2, headcount: 20_000, population: 1e7 });
    expect(points[0].low).toBeCloseTo(1.8, 10);
    expect(points[0].high).toBeCloseTo(2.2, 10);
    expect(points[1].median).toBeCloseTo(2.1, 10);
    expect(points[2].median).toBeCloseTo((22_000 / 1.1e7) * 1000, 10);
  });

  it('leaves out the years the population does not hold, or holds empty', () => {
    const pop = population([2025, 2027], [1e7, 0]);
    expect(projectedDensity({ headcount }, years, pop).map((p) => p.year)).toEqual([2025]);
  });

  it('sums a population split into regions', () => {
    const split = {
      years: [2025],
      regions: {
        a: { female: [[100, 200]], male: [[300]] },
        b: { female: [[400]], male: [[0, 500]] },
      },
    };
    expect(totalPopulation(split, 2025)).toBe(1500);
    expect(totalPopulation(split, 2030)).toBeUndefined();
  });

  it('shows 2035 in the ranking when projected, else the last projected year', () => {
    const span = (a: number, b: number) =>
      Array.from({ length: b - a + 1 }, (_, i) => ({ year: a + i }));
    expect(projectionYear(span(2025, 2045))).toBe(2035);
    expect(projectionYear(span(2025, 2030))).toBe(2030);
    expect(projectionYear([])).toBeUndefined();
  });

  it('ranks the projection among the other countries’ latest values', () => {
    const rows = latestRanking(data, 'doctors', ALL).rows;
    const italy = rows.find((r) => r.iso2 === 'IT')!;
    // Above everyone: first of 19 (Italy's own observed value does not count against it).
    expect(projectedRank(rows, 'IT', 10)).toEqual({ rank: 1, of: 19 });
    expect(projectedRank(rows, 'IT', 0)).toEqual({ rank: 19, of: 19 });
    expect(projectedRank(rows, 'IT', 4.5).rank).toBe(
      1 + rows.filter((r) => r.iso2 !== 'IT' && r.value > 4.5).length,
    );
    const point = { year: 2035, median: 5, low: 4.5, high: 5.5, headcount: 1, population: 1 };
    const dots = dotRows(rows, { iso2: 'IT', name: 'Italy', point });
    expect(dots).toHaveLength(20);
    const at = dots.findIndex((d) => d.kind === 'projected');
    const value = (d: DotRow) => (d.kind === 'observed' ? d.value : NaN);
    expect(value(dots[at - 1])).toBeGreaterThanOrEqual(5);
    expect(value(dots[at + 1])).toBeLessThan(5);
    expect(dots.filter((d) => d.kind === 'observed' && d.iso2 === 'IT')).toEqual([
      { kind: 'observed', ...italy },
    ]);
    expect(dotRows(rows)).toHaveLength(19);
  });
});

describe('which scenario profession stands for which series', () => {
  it('guesses from the id and the name', () => {
    const guess = (id: string, name: string) => guessSeries({ id, name });
    expect(guess('gp', 'General practitioners')).toBe('doctors');
    expect(guess('doc', 'Medical doctors')).toBe('doctors');
    expect(guess('phys', 'Physicians')).toBe('doctors');
    expect(guess('x', 'Medical specialists')).toBe('doctors');
    expect(guess('GPs', 'Family medicine')).toBe('doctors');
    expect(guess('nurse', 'Nurses')).toBe('nurses');
    expect(guess('mw', 'Midwives')).toBe('nurses');
    expect(guess('np', 'Nurse practitioners')).toBe('nurses');
    expect(guess('para', 'Paramedics')).toBeNull();
    expect(guess('pharm', 'Pharmacists')).toBeNull();
    expect(guess('dent', 'Dentists')).toBeNull();
  });

  it('picks the first matching profession per series, or none', () => {
    const professions = [
      { id: 'nurse', name: 'Nurses' },
      { id: 'gp', name: 'General practitioners' },
      { id: 'spec', name: 'Specialist physicians' },
    ];
    expect(defaultProfession(professions, 'doctors')).toBe('gp');
    expect(defaultProfession(professions, 'nurses')).toBe('nurse');
    expect(defaultProfession([{ id: 'pharm', name: 'Pharmacists' }], 'doctors')).toBeNull();
  });
});
