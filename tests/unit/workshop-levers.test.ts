import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../app/data/examples/index.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import {
  DEFAULT_LEVER_KINDS,
  LEVER_KINDS,
  applyLever,
  defaultLeverChoices,
  leverDetail,
  leverLabel,
  leverText,
  makeLever,
  makeLevers,
  niceStep,
  nudgeLever,
  readLever,
  shiftDist,
  snapLever,
} from '../../app/workshop/levers.ts';
import type { Lever, LeverKind } from '../../app/workshop/levers.ts';
import { en } from '../helpers/markup.ts';

const exampleland = () => EXAMPLES.find((e) => e.id === 'exampleland')!.document();

function lever(kind: LeverKind, professionId = 'nurse', reference: unknown = exampleland()): Lever {
  const l = makeLever({ professionId, kind }, reference);
  if (!l) throw new Error(`no ${kind} lever`);
  return l;
}

describe('shifting a distribution', () => {
  it('moves a plain number and every location parameter by the same amount', () => {
    expect(shiftDist(0.9, 0.05)).toBe(0.95);
    expect(shiftDist({ dist: 'triangular', min: 1050, mode: 1200, max: 1300 }, 180)).toEqual({
      dist: 'triangular',
      min: 1230,
      mode: 1380,
      max: 1480,
    });
    expect(shiftDist({ dist: 'uniform', min: 0.72, max: 0.84, resample: 'yearly' }, -0.1)).toEqual({
      dist: 'uniform',
      min: 0.62,
      max: 0.74,
      resample: 'yearly',
    });
    expect(shiftDist({ dist: 'normal', mean: 63, sd: 1, min: 60 }, 1.5)).toEqual({
      dist: 'normal',
      mean: 64.5,
      sd: 1,
      min: 61.5,
    });
  });

  it('gives a lognormal the new median and keeps its geometric spread', () => {
    expect(shiftDist({ dist: 'lognormal', median: 300, gsd: 1.4 }, 60)).toEqual({
      dist: 'lognormal',
      median: 360,
      gsd: 1.4,
    });
  });
});

describe('levers of the example', () => {
  it('offers the default five for each profession, with units', () => {
    const d = exampleland();
    expect(defaultLeverChoices(d, 'nurse').map((c) => c.kind)).toEqual(DEFAULT_LEVER_KINDS);
    const retirement = lever('retirementMeanAge');
    expect(leverLabel(retirement, en.t)).toBe('Average retirement age');
    expect(retirement).toMatchObject({
      unit: 'years',
      min: 58,
      max: 68,
      step: 0.5,
      path: 'professions[0].exits.retirement.meanAge',
    });
    expect(leverText(retirement, 63, en)).toBe('63 years');
    expect(leverText(retirement, 63.5, en)).toBe('63.5 years');
    const intake = lever('intake');
    expect([intake.min, intake.max, intake.step]).toEqual([-50, 100, 5]);
    expect(leverText(intake, 15, en)).toBe('+15 %');
    expect(leverText(intake, -10, en)).toBe('\u221210 %');
    expect(leverDetail(intake, 15, en)).toBe('1,380 students a year');
    expect(leverText(lever('attrition'), 2.5, en)).toBe('2.5 % a year');
    expect(leverText(lever('immigration'), 300, en)).toBe('300 people a year');
  });

  it('reads where each lever stands: percent change from the reference, else the point value', () => {
    const d = exampleland();
    expect(readLever(lever('intake'), d)).toBe(0);
    expect(readLever(lever('retirementMeanAge'), d)).toBe(63);
    expect(readLever(lever('attrition'), d)).toBe(2.5);
    expect(readLever(lever('immigration'), d)).toBe(300);
    expect(readLever(lever('fte', 'gp'), d)).toBe(0);
    expect(readLever(lever('completion', 'gp'), d)).toBe(90);
  });

  it('keeps the reference on the slider grid even when it is between steps', () => {
    const emigration = lever('emigration');
    expect(readLever(emigration, exampleland())).toBe(0.65);
    expect(emigration.min).toBe(0.35);
    expect(snapLever(emigration, 0.65)).toBe(0.65);
    expect(Number(((0.65 - emigration.min) / emigration.step).toFixed(9)) % 1).toBe(0);
  });

  it('sets a lever through the draft and reads the same value back', () => {
    const d = exampleland();
    const intake = lever('intake');
    const next = applyLever(intake, d, 15);
    expect(getAtPath(next, intake.path)).toEqual({
      dist: 'triangular',
      min: 1230,
      mode: 1380,
      max: 1480,
    });
    expect(readLever(intake, next)).toBe(15);
    // The draft given is not changed.
    expect(getAtPath(d, intake.path)).toEqual({
      dist: 'triangular',
      min: 1050,
      mode: 1200,
      max: 1300,
    });
  });

  it('scales FTE per head by age, every age by the same factor', () => {
    const d = exampleland();
    const fte = lever('fte');
    const before = getAtPath(d, fte.path) as { female: number[]; male: number[] };
    const next = applyLever(fte, d, 10);
    const after = getAtPath(next, fte.path) as { female: number[]; male: number[] };
    after.female.forEach((v, i) => expect(v).toBeCloseTo(before.female[i] * 1.1, 9));
    after.male.forEach((v, i) => expect(v).toBeCloseTo(before.male[i] * 1.1, 9));
    expect(readLever(fte, next)).toBeCloseTo(10, 9);
    expect(getAtPath(applyLever(lever('fte', 'gp'), d, -10), 'professions[1].fte')).toBe(0.81);
  });

  it('moves by whole steps with the keys', () => {
    const d = exampleland();
    const retirement = lever('retirementMeanAge');
    const up = nudgeLever(retirement, d, 1);
    expect(readLever(retirement, up)).toBe(63.5);
    expect(readLever(retirement, nudgeLever(retirement, up, -3))).toBe(62);
    // Never past the end of the range.
    expect(readLever(retirement, nudgeLever(retirement, d, 100))).toBe(68);
  });

  it('stops where a share would leave 0..100 %', () => {
    const d = exampleland();
    const attrition = lever('attrition'); // PERT 1.5 – 2.5 – 4.5 %
    expect(attrition.min).toBe(1);
    const low = applyLever(attrition, d, -50);
    expect(getAtPath(low, attrition.path)).toEqual({ dist: 'pert', min: 0, mode: 0.01, max: 0.03 });
    const completion = lever('completion'); // uniform 72–84 %
    expect(completion.max).toBe(94);
    expect(getAtPath(applyLever(completion, d, 100), completion.path)).toEqual({
      dist: 'uniform',
      min: 0.88,
      max: 1,
    });
  });

  it('keeps every scenario valid, whatever the levers are set to (property)', () => {
    const d = exampleland();
    const levers = makeLevers(
      ['nurse', 'gp'].flatMap((professionId) =>
        LEVER_KINDS.map((kind) => ({ professionId, kind })),
      ),
      d,
    );
    // Per profession: the seven supply levers the example has and unmet need; the nurses'
    // demand follows the population, so they have the four demand trends too.
    expect(levers.length).toBe(20);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: levers.length - 1 }),
            fc.double({ min: -200, max: 1000, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (moves) => {
          let draft: unknown = d;
          for (const [i, value] of moves) draft = applyLever(levers[i], draft, value) ?? draft;
          const parsed = parseScenario(draft);
          expect(parsed.ok ? [] : parsed.errors).toEqual([]);
          for (const [i] of moves) {
            const v = readLever(levers[i], draft)!;
            expect(v).toBeGreaterThanOrEqual(levers[i].min - 1e-9);
            expect(v).toBeLessThanOrEqual(levers[i].max + 1e-9);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('has no lever for a missing profession or a percent change of nothing', () => {
    const d = exampleland();
    expect(makeLever({ professionId: 'dentist', kind: 'intake' }, d)).toBeNull();
    const none = structuredClone(d) as { professions: { training: { intake: unknown } }[] };
    none.professions[0].training.intake = 0;
    expect(makeLever({ professionId: 'nurse', kind: 'intake' }, none)).toBeNull();
    expect(applyLever(lever('intake'), { professions: [] }, 10)).toBeUndefined();
  });
});

describe('demand-side levers', () => {
  it('are offered for unmet need and, with the utilisation method, for every demand trend', () => {
    const d = exampleland();
    const unmet = lever('unmet');
    expect(leverLabel(unmet, en.t)).toBe('Unmet need today');
    expect(unmet).toMatchObject({ unit: 'percent', step: 0.5 });
    expect(readLever(unmet, d)).toBe(5);
    expect(leverText(unmet, 5, en)).toBe('5 %');
    expect(readLever(lever('unmet', 'gp'), d)).toBe(5);
    const health = lever('trendEpidemiology');
    expect(leverLabel(health, en.t)).toBe('Demand trend: health needs');
    expect(readLever(health, d)).toBe(0.4);
    expect(leverText(health, 0.6, en)).toBe('0.6 % a year');
    expect([health.min, health.max, health.step]).toEqual([-1.6, 2.4, 0.1]);
    // The GPs' demand follows a ratio, which ignores trends: no trend levers.
    expect(makeLever({ professionId: 'gp', kind: 'trendEpidemiology' }, d)).toBeNull();
  });

  it('start a trend the scenario leaves out from 0 and keep the scenario valid', () => {
    const d = exampleland() as { professions: { demand: Record<string, unknown> }[] };
    delete d.professions[0].demand.trends;
    const technology = lever('trendTechnology', 'nurse', d);
    expect(readLever(technology, d)).toBe(0);
    const next = applyLever(technology, d, 0.5);
    expect(getAtPath(next, 'professions[0].demand.trends')).toEqual({ technology: 0.005 });
    expect(readLever(technology, next)).toBe(0.5);
    const parsed = parseScenario(next);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('change the demand the model projects', () => {
    const d = exampleland();
    const unmet = applyLever(lever('unmet'), d, 10);
    expect(getAtPath(unmet, 'professions[0].demand.unmet')).toEqual({
      dist: 'uniform',
      min: 0.07,
      max: 0.13,
    });
    const trend = applyLever(lever('trendEfficiency'), d, -1);
    expect(getAtPath(trend, 'professions[0].demand.trends.efficiency')).toBe(-0.01);
  });
});

describe('round steps', () => {
  it('are 1, 2 or 5 times a power of ten, at least 1', () => {
    expect([0.3, 1, 2, 3, 7, 15, 40, 120].map(niceStep)).toEqual([1, 1, 2, 2, 5, 10, 20, 100]);
  });
});
