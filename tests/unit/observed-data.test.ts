/** The shipped WHO densities: equal to the source, read and checked, breaks found, and
 *  carried to a base year as docs/observed-data.md says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HEROES_CLUSTERS,
  HEROES_COUNTRIES,
  ObservedDataError,
  densitiesOf,
  heroesCountry,
  loadObservedDensities,
  readDensities,
} from '../../app/data/workforce/catalog.ts';
import {
  BREAK_THRESHOLD,
  TREND_CAP,
  breakBetween,
  breakYears,
  carryToBaseYear,
  markBreaks,
  observedHeadcounts,
  seriesForProfession,
} from '../../model/observed/series.ts';
import type { DensityPoint, ObservedHeadcount } from '../../model/observed/series.ts';
import { readWhoCsv } from '../../scripts/make-workforce-data.ts';

const root = join(import.meta.dirname, '../..');
const shippedJson = () =>
  JSON.parse(readFileSync(join(root, 'app/data/workforce/who-densities.json'), 'utf8')) as {
    countries: Record<string, Record<string, unknown>>;
  };

describe('the shipped densities', () => {
  it('hold the values of the source for a sample of country-years', async () => {
    const data = await loadObservedDensities();
    const at = (iso2: string, key: 'doctors' | 'nurses', year: number) =>
      densitiesOf(data, iso2, key).find((p) => p.year === year)?.per10000;
    // Read in the WHO GHO (HWF_0001, HWF_0006) as the issue and the source give them.
    expect(at('DE', 'doctors', 2022)).toBe(45.34);
    expect(at('BE', 'doctors', 2022)).toBe(35.74);
    expect(at('BE', 'doctors', 2023)).toBe(65.25);
    expect(at('ES', 'doctors', 1990)).toBe(20.37);
    expect(at('ES', 'doctors', 1991)).toBe(41.35);
    expect(at('DE', 'nurses', 2022)).toBe(122.49);
    expect(at('ES', 'nurses', 1990)).toBe(28.3);
    expect(at('BE', 'nurses', 2023)).toBeUndefined();
  });

  it('are exactly the rows of the kept source files, every country in both series', () => {
    const json = shippedJson();
    for (const [key, code] of [
      ['doctors', 'hwf_0001'],
      ['nurses', 'hwf_0006'],
    ] as const) {
      const csv = readWhoCsv(
        readFileSync(join(root, `scripts/sources/who-gho/${code}.csv`), 'utf8'),
        code,
      );
      expect([...csv.keys()].sort()).toEqual(HEROES_COUNTRIES.map((c) => c.iso3).sort());
      for (const c of HEROES_COUNTRIES) {
        expect(json.countries[c.iso2][key]).toEqual(csv.get(c.iso3));
        expect((json.countries[c.iso2][key] as unknown[]).length).toBeGreaterThan(15);
      }
    }
  });

  it('names the place of damage in a broken file', () => {
    const bad = (mutate: (j: ReturnType<typeof shippedJson>) => void, message: string) => {
      const j = shippedJson();
      mutate(j);
      expect(() => readDensities(j)).toThrow(ObservedDataError);
      expect(() => readDensities(j)).toThrow(message);
    };
    bad((j) => delete j.countries.MT, 'MT is missing');
    bad((j) => (j.countries.IT.nurses = 'none'), 'IT.nurses must be a list');
    bad(
      (j) => ((j.countries.DE.doctors as number[][])[3] = [1990, 30]),
      'DE.doctors[3]: the years must be whole and rising',
    );
    bad((j) => ((j.countries.PL.nurses as number[][])[0][1] = -1), 'PL.nurses[0] (1990)');
    expect(() => readDensities(null)).toThrow('must be a JSON object');
  });

  it('know the 19 countries and their three clusters', () => {
    expect(HEROES_COUNTRIES).toHaveLength(19);
    expect(HEROES_CLUSTERS.flat().sort()).toEqual(HEROES_COUNTRIES.map((c) => c.iso2).sort());
    expect(heroesCountry('it')).toMatchObject({ name: 'Italy', cluster: 1, iso3: 'ita' });
    expect(heroesCountry('pl')?.cluster).toBe(2);
    expect(heroesCountry('de')?.cluster).toBe(3);
    expect(heroesCountry('fr')).toBeUndefined();
  });
});

describe('possible breaks in series', () => {
  it('finds the jumps of the source: Belgium 2023, Spain 1991 and 1996', async () => {
    const data = await loadObservedDensities();
    expect(breakYears(densitiesOf(data, 'BE', 'doctors'))).toContain(2023);
    const spain = breakYears(densitiesOf(data, 'ES', 'doctors'));
    expect(spain).toContain(1991);
    expect(spain).toContain(1996);
    expect(breakYears(densitiesOf(data, 'DE', 'doctors'))).toEqual([]);
  });

  it('marks exactly the changes over 25 % either way (property)', () => {
    const points = fc
      .uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 1, maxLength: 30 })
      .chain((years) =>
        fc.tuple(
          fc.constant(years),
          fc.array(fc.double({ min: 1, max: 200, noNaN: true }), {
            minLength: years.length,
            maxLength: years.length,
          }),
        ),
      )
      .map(([years, values]) => years.map((year, i) => ({ year, per10000: values[i] })));
    fc.assert(
      fc.property(points, (pts: DensityPoint[]) => {
        const marked = markBreaks(pts);
        const sorted = [...pts].sort((a, b) => a.year - b.year);
        marked.forEach((m, i) => {
          expect(m.year).toBe(sorted[i].year);
          const expected =
            i > 0 && Math.abs(sorted[i].per10000 / sorted[i - 1].per10000 - 1) > BREAK_THRESHOLD;
          expect(m.possibleBreak).toBe(expected);
        });
      }),
    );
  });

  it('tells when a break separates two years', () => {
    expect(breakBetween([2023], 2010, 2022)).toBe(false);
    expect(breakBetween([2023], 2010, 2023)).toBe(true);
    expect(breakBetween([2023], 2023, 2024)).toBe(false);
    expect(breakBetween([1996], 2000, 1995)).toBe(true);
  });
});

describe('headcounts and the total carried to the base year', () => {
  const pop = {
    ages: { min: 0, max: 1 },
    years: [2018, 2019, 2020, 2021, 2022],
    female: [
      [500_000, 500_000],
      [500_000, 500_000],
      [500_000, 500_000],
      [500_000, 500_000],
      [500_000, 500_000],
    ],
    male: [
      [500_000, 500_000],
      [500_000, 500_000],
      [500_000, 500_000],
      [500_000, 500_000],
      [500_000, 500_000],
    ],
  };
  const obs = (values: [number, number][]) =>
    observedHeadcounts(
      values.map(([year, per10000]) => ({ year, per10000 })),
      pop,
    );

  it('makes a headcount of density × population / 10 000 for the years with population', () => {
    const h = obs([
      [2015, 30],
      [2020, 40],
    ]);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ year: 2020, headcount: 8_000, population: 2_000_000 });
  });

  it('takes the base year when observed, else carries by the trend, else keeps', () => {
    const steady = obs([
      [2018, 40],
      [2019, 41],
      [2020, 42],
    ]);
    expect(carryToBaseYear(steady, 2020)).toMatchObject({ how: 'observed', headcount: 8_400 });
    const carried = carryToBaseYear(steady, 2022)!;
    expect(carried.how).toBe('trend');
    expect(carried.trendFrom).toBe(2018);
    const g = (42 / 40) ** (1 / 2) - 1;
    expect(carried.annualGrowth).toBeCloseTo(g, 12);
    expect(carried.headcount).toBeCloseTo(8_400 * (1 + g) ** 2, 6);
    // Two points are too few for a trend.
    expect(carryToBaseYear(steady.slice(1), 2022)).toMatchObject({ how: 'kept', headcount: 8_400 });
    // Nothing at or before the base year.
    expect(carryToBaseYear(steady, 2017)).toBeUndefined();
  });

  it('stops the trend at a break and bounds it', () => {
    const broken = obs([
      [2018, 20],
      [2019, 40],
      [2020, 41],
    ]);
    // 2019 is a break: the span is 2019–2020 only, too short for a trend.
    expect(carryToBaseYear(broken, 2022)?.how).toBe('kept');
    const fast: ObservedHeadcount[] = obs([
      [2018, 30],
      [2019, 35],
      [2020, 40],
    ]);
    expect(carryToBaseYear(fast, 2022)?.annualGrowth).toBe(TREND_CAP);
  });

  it('guesses the series of a profession from its id and name', () => {
    expect(seriesForProfession({ id: 'nurse', name: 'Nurses' })).toBe('nurses');
    expect(seriesForProfession({ id: 'mw', name: 'Midwives' })).toBe('nurses');
    expect(seriesForProfession({ id: 'gp', name: 'General practitioners' })).toBe('doctors');
    expect(seriesForProfession({ id: 'doc', name: 'Physicians' })).toBe('doctors');
    expect(seriesForProfession({ id: 'pharm', name: 'Pharmacists' })).toBeUndefined();
  });
});
