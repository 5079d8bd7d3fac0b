/**
 * The check against history (model/backtest/, docs/backtest.md).
 *
 * - Synthetic history made by the model itself: one future of a scenario (its own seed) is
 *   taken as "what was observed"; the scenario's projection from the same start, scored
 *   against many such histories pooled, must be unbiased and calibrated (about half of the
 *   points in the 50 % band, nine in ten in the 90 % band), and a deliberately wrong
 *   assumption (attrition three times as high, or half the training places) must score a
 *   worse error and worse coverage.
 * - prepareBacktest: the start is the observed density × the population of the year, the
 *   stock keeps the scenario's age and sex shape, breaks in series exclude the points
 *   beyond them, later policies are left out, and every refusal says why in words.
 * - Real data: Belgium's doctors from 2012, whose 2023 point (35.74 → 65.25 per 10 000) is a
 *   break and not scored.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareBacktest, type PreparedBacktest } from '../../model/backtest/prepare.ts';
import { scorePrepared } from '../../model/backtest/run.ts';
import { scorePoints, type BacktestPoint, type BacktestScore } from '../../model/backtest/score.ts';
import type { DensityPoint } from '../../model/observed/series.ts';
import { populationTotal } from '../../model/observed/series.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { BySex, PopulationInline, Scenario } from '../../model/scenario/types.ts';
import { datasetInfo } from '../../app/data/population/catalog.ts';
import { readDataset, toPopulationInline } from '../../app/data/population/read-dataset.ts';
import { densitiesOf, readDensities } from '../../app/data/workforce/catalog.ts';
import { countryScenarioTemplate } from '../../app/scenario/country-template.ts';
import { REGIONAL_REFUSAL, sentence } from '../../app/history/history-words.ts';
import { oneRegion } from '../helpers/one-region.ts';

const dataset = (iso2: string): PopulationInline => {
  const meta = datasetInfo(`wpp2019-${iso2}`)!;
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../../app/data/population/${meta.file}`, import.meta.url), 'utf8'),
  );
  return toPopulationInline(readDataset(raw, meta));
};

const WHO = readDensities(
  JSON.parse(
    readFileSync(new URL('../../app/data/workforce/who-densities.json', import.meta.url), 'utf8'),
  ),
);

/** The "Start from a country" scenario of a country, with its base year and changes. */
function countryScenario(
  iso2: string,
  pop: PopulationInline,
  baseYear: number,
  change: (doc: Record<string, unknown>) => void = () => undefined,
): Scenario {
  const id = `wpp2019-${iso2}`;
  const doc = countryScenarioTemplate(id, pop, baseYear) as Record<string, unknown>;
  change(doc);
  const parsed = parseScenario(doc, { datasets: { [id]: pop } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const total = (s: BySex) => sum(s.female) + sum(s.male);
const profession = (s: Scenario, id: string) => s.professions.find((p) => p.id === id)!;

function prepared(r: ReturnType<typeof prepareBacktest>): PreparedBacktest {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function refusal(r: ReturnType<typeof prepareBacktest>): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

describe('synthetic history: the model checked against futures of its own', () => {
  const MT = 'wpp2019-mt';
  /** Enough histories that the pooled coverage is within a few points of its expectation:
   *  one future's points move together, so each history counts about once. */
  const HISTORIES = 100;
  const FROM = 2010;
  let pop: PopulationInline;
  let truth: Scenario;

  beforeAll(() => {
    pop = dataset('mt');
    truth = countryScenario('mt', pop, FROM);
  });

  /** One future of `truth` (seed `seed`) as observed densities, 2010–2030. */
  function history(prof: string, seed: number): DensityPoint[] {
    const one = simulate(truth, { runs: 1, seed, population: pop });
    const hc = one.professions.find((p) => p.id === prof)!.headcount;
    // A result of one run: every percentile is that run.
    expect(hc.p5).toEqual(hc.p50);
    expect(hc.p95).toEqual(hc.p50);
    return one.years.map((year, k) => ({
      year,
      per10000: (hc.p50[k] / populationTotal(pop, year)!) * 10_000,
    }));
  }

  /** The projection of `model` scored against HISTORIES futures of `truth`, pooled. */
  function pooled(model: Scenario, prof: string): BacktestScore {
    const points: BacktestPoint[] = [];
    let first: PreparedBacktest | undefined;
    let projection: ReturnType<typeof simulate> | undefined;
    for (let k = 0; k < HISTORIES; k++) {
      const observed = history(prof, 1000 + k);
      const p = prepared(
        prepareBacktest({
          scenario: model,
          professionId: prof,
          from: FROM,
          datasetId: MT,
          population: pop,
          observed,
          runs: 1000,
          seed: 7,
        }),
      );
      // Every history starts from the scenario's own stock, so the past scenario is the
      // same each time: it is run once.
      expect(p.startHeadcount).toBe(total(profession(truth, prof).stock));
      expect(p.to).toBe(FROM + 20);
      expect(p.observed.filter((o) => o.excluded === 'break')).toEqual([]);
      if (first) expect(p.scenario).toEqual(first.scenario);
      first ??= p;
      projection ??= simulate(p.scenario, { population: pop });
      points.push(...scorePrepared(p, projection).points);
    }
    return scorePoints(points);
  }

  const share = (n: number, of: number) => n / of;

  for (const prof of ['nurse', 'doctor']) {
    it(`${prof}s: the right assumptions are unbiased and calibrated`, () => {
      const s = pooled(truth, prof);
      expect(s.scored).toBe(HISTORIES * 20);
      expect(s.byHorizon.map((h) => h.horizon)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      expect(s.byHorizon.every((h) => h.n === HISTORIES)).toBe(true);
      expect(Math.abs(s.bias)).toBeLessThan(0.01);
      expect(s.mape).toBeGreaterThan(0);
      expect(s.mape).toBeLessThan(0.08);
      expect(share(s.inside90, s.scored)).toBeGreaterThan(0.8);
      expect(share(s.inside90, s.scored)).toBeLessThan(0.98);
      expect(share(s.inside50, s.scored)).toBeGreaterThan(0.35);
      expect(share(s.inside50, s.scored)).toBeLessThan(0.65);
      // The error grows with the horizon: the bands widen, and so do the misses.
      expect(s.byHorizon[19].mape).toBeGreaterThan(s.byHorizon[0].mape);
    });
  }

  it('a wrong assumption scores worse: attrition three times as high, or half the places', () => {
    const right = pooled(truth, 'nurse');
    const attrition = countryScenario('mt', pop, FROM, (doc) => {
      const [nurse] = doc.professions as { exits: { attrition: unknown } }[];
      nurse.exits.attrition = { dist: 'pert', min: 0.045, mode: 0.075, max: 0.12 };
    });
    const places = countryScenario('mt', pop, FROM, (doc) => {
      const [nurse] = doc.professions as { training: { intake: number } }[];
      nurse.training.intake = Math.round(nurse.training.intake / 2);
    });
    for (const wrong of [attrition, places]) {
      const s = pooled(wrong, 'nurse');
      // Too few nurses: the median is too low on average, by far more than the right one
      // misses by, and history falls outside the bands.
      expect(s.bias).toBeLessThan(-0.05);
      expect(s.mape).toBeGreaterThan(3 * right.mape);
      expect(s.inside90).toBeLessThan(right.inside90 / 2);
      expect(s.inside50).toBeLessThan(right.inside50 / 2);
    }
  });
});

describe('prepareBacktest', () => {
  const IT = 'wpp2019-it';
  let pop: PopulationInline;
  let scenario: Scenario;
  const nurses = () => densitiesOf(WHO, 'IT', 'nurses');
  const req = (over: Partial<Parameters<typeof prepareBacktest>[0]> = {}) => ({
    scenario,
    professionId: 'nurse',
    from: 2010,
    datasetId: IT,
    population: pop,
    observed: nurses(),
    ...over,
  });

  beforeAll(() => {
    pop = dataset('it');
    scenario = countryScenario('it', pop, 2025);
  });

  it('starts from the observed density × the population of the year, in the scenario’s shape', () => {
    const p = prepared(prepareBacktest(req()));
    const k = pop.years.indexOf(2010);
    const inhabitants = sum(pop.female[k]) + sum(pop.male[k]);
    const density = nurses().find((d) => d.year === 2010)!.per10000;
    expect(density).toBe(54.39);
    expect(p.startHeadcount).toBe(Math.round((density * inhabitants) / 10_000));

    const past = p.scenario;
    expect(past.baseYear).toBe(2010);
    expect(past.baseYear + past.horizonYears).toBe(p.to);
    expect(p.to).toBe(nurses()[nurses().length - 1].year);
    expect(past.population).toEqual({ dataset: IT });
    expect(past.professions.map((q) => q.id)).toEqual(['nurse']);
    expect(past.simulation).toEqual(scenario.simulation);

    const own = profession(scenario, 'nurse').stock;
    const start = past.professions[0].stock;
    expect(total(start)).toBe(p.startHeadcount);
    // The age and sex shape of the scenario's own stock, each age within one person.
    const ratio = p.startHeadcount / total(own);
    for (const sex of ['female', 'male'] as const) {
      expect(start[sex].length).toBe(own[sex].length);
      start[sex].forEach((n, i) => expect(Math.abs(n - own[sex][i] * ratio)).toBeLessThan(1));
    }
    expect(Math.abs(sum(start.female) - sum(own.female) * ratio)).toBeLessThanOrEqual(0.5);
    // What the note says.
    expect(p.notes[0]).toMatch(/^Starts in 2010 from the observed total: 54\.39 per 10 000/);
  });

  it('scores every later observed year, and not the start', () => {
    const p = prepared(prepareBacktest(req()));
    expect(p.observed.map((o) => o.year)).toEqual(
      Array.from({ length: p.to - 2010 + 1 }, (_, i) => 2010 + i),
    );
    expect(p.observed.map((o) => o.horizon)).toEqual(p.observed.map((o) => o.year - 2010));
    expect(p.observed[0].excluded).toBe('start');
    expect(p.observed.slice(1).every((o) => o.excluded === false)).toBe(true);
    expect(p.breaks).toEqual([]);
  });

  it('leaves out the years beyond a break in series, but not those of a break before the start', () => {
    const observed = [
      { year: 2006, per10000: 30 },
      { year: 2007, per10000: 50 }, // a break: +67 %
      { year: 2008, per10000: 51 },
      { year: 2010, per10000: 52 },
      { year: 2011, per10000: 53 },
      { year: 2012, per10000: 70 }, // a break: +32 %
      { year: 2013, per10000: 71 },
      { year: 2014, per10000: 72 },
    ];
    const from2010 = prepared(prepareBacktest(req({ observed, from: 2010 })));
    expect(from2010.breaks).toEqual([2007, 2012]);
    expect(from2010.observed.map((o) => [o.year, o.excluded])).toEqual([
      [2010, 'start'],
      [2011, false],
      [2012, 'break'],
      [2013, 'break'],
      [2014, 'break'],
    ]);
    // Started at the break itself, the later years are on the new definition: scored.
    const from2012 = prepared(prepareBacktest(req({ observed, from: 2012 })));
    expect(from2012.observed.map((o) => [o.year, o.excluded])).toEqual([
      [2012, 'start'],
      [2013, false],
      [2014, false],
    ]);
    // A gap in the observations is not projected over: the projection runs every year,
    // only observed years are scored.
    const from2008 = prepared(prepareBacktest(req({ observed, from: 2008 })));
    expect(from2008.observed.map((o) => o.year)).toEqual([2008, 2010, 2011, 2012, 2013, 2014]);
    expect(from2008.scenario.horizonYears).toBe(6);
  });

  it('drops policies that start after the last observed year, and says so', () => {
    const withPolicies = countryScenario('it', pop, 2025, (doc) => {
      const policy = (startYear: number) => ({
        profession: 'nurse',
        parameter: 'training.intake',
        kind: 'relative',
        value: 0.1,
        startYear,
        fullYear: startYear + 1,
      });
      doc.policies = [policy(2015), policy(2026), policy(2030)];
    });
    const p = prepared(prepareBacktest(req({ scenario: withPolicies })));
    expect(p.scenario.policies.map((q) => q.startYear)).toEqual([2015]);
    expect(p.notes.join(' ')).toMatch(/2 policies start after 2022 and do not act in the past/);
  });

  it('says in words why it cannot check', () => {
    expect(refusal(prepareBacktest(req({ professionId: 'midwife' })))).toBe(
      'the scenario has no profession "midwife" (it has: nurse, doctor)',
    );
    // A year without an observation: the years there are.
    expect(refusal(prepareBacktest(req({ from: 1995 })))).toMatch(
      /^nothing is observed in 1995 with a population to go with it; observed years with population data: 2000–2022$/,
    );
    const gappy = [2010, 2011, 2013, 2014].map((year) => ({ year, per10000: 50 }));
    expect(refusal(prepareBacktest(req({ observed: gappy, from: 2012 })))).toMatch(
      /nothing is observed in 2012 .*2010–2014 \(some years missing: 2010, 2011, 2013, 2014\)/,
    );
    expect(refusal(prepareBacktest(req({ observed: [], from: 2010 })))).toMatch(
      /observed years with population data: none/,
    );
    expect(refusal(prepareBacktest(req({ from: 2022 })))).toBe(
      'nothing is observed after 2022 to check against',
    );
    // A regional scenario: refused, with the words the view shows before any check.
    const regional = refusal(
      prepareBacktest(req({ scenario: oneRegion(scenario) as unknown as Scenario })),
    );
    expect(regional).toMatch(/national scenario; this one has regions/);
    expect(sentence(regional)).toBe(REGIONAL_REFUSAL);
  });
});

describe('real data: Belgium’s doctors from 2012', () => {
  it('leaves out 2023 (35.74 → 65.25 per 10 000) as a break, and scores 2013–2022', () => {
    const pop = dataset('be');
    const scenario = countryScenario('be', pop, 2025);
    const observed = densitiesOf(WHO, 'BE', 'doctors');
    const p = prepared(
      prepareBacktest({
        scenario,
        professionId: 'doctor',
        from: 2012,
        datasetId: 'wpp2019-be',
        population: pop,
        observed,
        runs: 200,
      }),
    );
    expect(p.to).toBe(2023);
    expect(p.breaks).toContain(2023);
    const at = (year: number) => p.observed.find((o) => o.year === year)!;
    expect(at(2022).per10000).toBe(35.74);
    expect(at(2022).excluded).toBe(false);
    expect(at(2023).per10000).toBe(65.25);
    expect(at(2023).excluded).toBe('break');
    expect(at(2012).excluded).toBe('start');

    const result = simulate(p.scenario, { population: pop });
    const score = scorePrepared(p, result);
    expect(score.points.map((q) => q.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2012 + i));
    expect(score.scored).toBe(10);
    // The break's point is shown, not scored: the score is that of 2013–2022 alone.
    const without = scorePoints(score.points.filter((q) => q.year !== 2023));
    expect(score.mape).toBe(without.mape);
    expect(score.bias).toBe(without.bias);
  });
});
