/**
 * The national view of a regional scenario for words (model/regions/word-view.ts): sums of
 * the regions' inputs, a regional intake policy as the change it makes to the total, one
 * region's own inputs when seen through it; and the words built on it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordView } from '../../model/regions/word-view.ts';
import type { RegionalScenario } from '../../model/regions/types.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { pointValue } from '../../model/numeric/distributions.ts';
import { roundCount } from '../../app/format.ts';
import { intakeBaseline } from '../../app/charts/intake-words.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { populationWords } from '../../app/report/report-text.ts';
import { regionalArb } from '../helpers/regional-scenarios.ts';

const asScenario = (rs: RegionalScenario) => rs as unknown as Scenario;

describe('the word view of a regional scenario', () => {
  it('leaves a national scenario as it is', () => {
    fc.assert(
      fc.property(regionalArb({ mobility: false }), (rs) => {
        const national = wordView(asScenario(rs));
        expect(wordView(national)).toBe(national);
      }),
      { numRuns: 5 },
    );
  });

  it('sums the regions’ stocks and point intakes, and one region holds its own', () => {
    fc.assert(
      fc.property(regionalArb({ mobility: true }), (rs) => {
        const view = wordView(asScenario(rs));
        expect(view.regions).toBeUndefined();
        rs.professions.forEach((p, i) => {
          const v = view.professions[i];
          v.stock.female.forEach((x, a) => {
            const sum = rs.regions.reduce((t, r) => t + p.stock[r.id].female[a], 0);
            expect(x).toBeCloseTo(sum, 9);
          });
          if (p.training) {
            const sum = rs.regions.reduce((t, r) => t + pointValue(p.training!.intake[r.id]), 0);
            expect(pointValue(v.training!.intake)).toBeCloseTo(sum, 9);
          }
          for (const r of rs.regions) {
            const one = wordView(asScenario(rs), r.id).professions[i];
            expect(one.stock).toEqual(p.stock[r.id]);
            if (p.training) expect(one.training!.intake).toEqual(p.training.intake[r.id]);
          }
        });
      }),
      { numRuns: 20 },
    );
  });

  it('counts a regional intake policy in the total and in its region only', () => {
    fc.assert(
      fc.property(
        regionalArb({ mobility: false }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (rs, change) => {
          const p = rs.professions.find((q) => q.training);
          fc.pre(p !== undefined);
          const training = p.training!;
          const [first, second] = rs.regions;
          const year = rs.baseYear + 1;
          const sc = asScenario({
            ...rs,
            policies: [
              {
                profession: p.id,
                parameter: 'training.intake',
                kind: 'relative',
                value: change,
                startYear: year,
                fullYear: year,
                region: first.id,
              },
            ],
          });
          const mine = pointValue(training.intake[first.id]);
          const total = rs.regions.reduce((t, r) => t + pointValue(training.intake[r.id]), 0);
          fc.pre(mine >= 1);
          // A planned intake that shows as today's (rounded as the charts round) is none.
          const planned = (today: number, value: number) =>
            roundCount(value) === roundCount(today) ? undefined : value;
          const nat = intakeBaseline(sc, p.id, year + 1);
          expect(nat?.today).toBeCloseTo(total, 6);
          const natPlanned = planned(total, total + change * mine);
          if (natPlanned === undefined) expect(nat?.planned).toBeUndefined();
          else expect(nat?.planned?.value).toBeCloseTo(natPlanned, 6);
          const inFirst = intakeBaseline(sc, p.id, year + 1, first.id);
          const firstPlanned = planned(mine, mine * (1 + change));
          if (firstPlanned === undefined) expect(inFirst?.planned).toBeUndefined();
          else expect(inFirst?.planned?.value).toBeCloseTo(firstPlanned, 6);
          const inSecond = intakeBaseline(sc, p.id, year + 1, second.id);
          expect(inSecond?.planned).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says how a regional population is given', () => {
    const tables = {
      population: {
        ages: { min: 0, max: 100 },
        years: [2025, 2026],
        regions: { north: { female: [], male: [] }, south: { female: [], male: [] } },
      },
    } as unknown as Scenario;
    expect(populationWords(tables, englishT)).toMatch(
      /for each region: ages 0–100, years 2025–2026/,
    );
    const shares = {
      population: { dataset: 'nowhere', regionShares: { north: 0.45, south: 0.55 } },
    } as unknown as Scenario;
    expect(populationWords(shares, englishT)).toMatch(/north 45 %, south 55 %/);
  });
});
