/**
 * The summary's building blocks: ranks by radix sort, order statistics by histogram, and
 * the split of one summary into parts that several workers compute and the page merges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model/scenario/parse.ts';
import { compile } from '../../model/projection/compile.ts';
import { runChunk } from '../../model/projection/simulate.ts';
import { OrderStatistics } from '../../model/summaries/order-statistics.ts';
import { mergeSummaryParts, planSummaryParts } from '../../model/summaries/parts.ts';
import { percentileSorted, typeSevenPercentiles } from '../../model/summaries/percentiles.ts';
import { argsort, ranks } from '../../model/summaries/ranks.ts';
import { summarizePart, summarizeProfessions } from '../../model/summaries/summarize.ts';
import { PERCENTILES } from '../../model/result/result.ts';
import { exampleJson, scenarioArb } from '../helpers/scenarios.ts';

/** Average ranks straight from the definition: 1 + (number below) + (ties − 1) / 2. */
function ranksByDefinition(values: number[]): number[] {
  return values.map((v) => {
    const below = values.filter((w) => w < v).length;
    const equal = values.filter((w) => w === v).length;
    return below + (equal + 1) / 2;
  });
}

/** Numbers with ties, both zeros, tiny and huge magnitudes. */
const awkward = fc.oneof(
  fc.integer({ min: -4, max: 4 }),
  fc.constantFrom(0, -0, 5e-324, -5e-324, 1e308, -1e308, 0.1, 0.30000000000000004),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('ranks', () => {
  it('are the average ranks of the definition, ties and signed zeros included', () => {
    fc.assert(
      fc.property(fc.array(awkward, { maxLength: 300 }), (values) => {
        expect(Array.from(ranks(Float64Array.from(values)))).toEqual(ranksByDefinition(values));
      }),
      { numRuns: 400 },
    );
  });

  it('hold when most values crowd into one bucket, at several scales', () => {
    // 1e6 outliers put the rest into one bucket, whose own buckets are crowded again by
    // values a thousand times closer, and so on down.
    const values = Array.from({ length: 3000 }, (_, i) =>
      i % 100 === 0 ? 1e6 + i : i % 10 === 0 ? 1000 + (i % 7) : ((i * 7919) % 997) / 1000,
    );
    expect(Array.from(ranks(Float64Array.from(values)))).toEqual(ranksByDefinition(values));
  });

  it('come from an argsort that orders the values, ties in index order', () => {
    fc.assert(
      fc.property(fc.array(awkward, { minLength: 1, maxLength: 3000 }), (values) => {
        const order = Array.from(argsort(Float64Array.from(values)));
        expect([...order].sort((a, b) => a - b)).toEqual([...values.keys()]);
        for (let i = 1; i < order.length; i++) {
          const [a, b] = [values[order[i - 1]], values[order[i]]];
          expect(a < b || (a === b && order[i - 1] < order[i])).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('order statistics by histogram', () => {
  it('equal the values a full sort puts at the wanted ranks', () => {
    const stats = new OrderStatistics();
    fc.assert(
      fc.property(
        fc.array(awkward, { minLength: 1, maxLength: 2000 }),
        fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 50 }),
        (values, wanted, padding) => {
          const n = values.length;
          // The buffer may be longer than the n values summarised.
          const buffer = Float64Array.from([...values, ...Array<number>(padding).fill(-1e300)]);
          const before = buffer.slice();
          const ks = [...new Set(wanted.map((k) => k % n))].sort((a, b) => a - b);
          const out = new Float64Array(ks.length);
          stats.select(buffer, n, ks, out);
          const sorted = Float64Array.from(values).sort();
          ks.forEach((k, j) => expect(out[j] === sorted[k]).toBe(true));
          expect(buffer).toEqual(before); // the values are left as they were
        },
      ),
      { numRuns: 400 },
    );
  });

  it('give the type-7 percentiles of the sorted values, for any number of values', () => {
    fc.assert(
      fc.property(fc.array(awkward, { minLength: 1, maxLength: 1500 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const want = PERCENTILES.map((p) => percentileSorted(sorted, p));
        const got = typeSevenPercentiles(Float64Array.from(values));
        // Equal as numbers (a zero may come out as −0 where the sort put a −0 first).
        got.forEach((x, i) =>
          expect(x === want[i] || (Number.isNaN(x) && Number.isNaN(want[i]))).toBe(true),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('handle skewed values that crowd into one bucket', () => {
    const stats = new OrderStatistics();
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i === 0 ? 1e12 : i % 97));
    const ks = [0, 250, 2500, 4749, 4999];
    const out = new Float64Array(ks.length);
    stats.select(values, values.length, ks, out);
    const sorted = values.slice().sort();
    expect(Array.from(out)).toEqual(ks.map((k) => sorted[k]));
  });
});

describe('a summary in parts', () => {
  it('plans parts that cover every cell, profession and input exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 16 }),
        (professions, years, inputs, count) => {
          const parts = planSummaryParts(professions, years, inputs, count);
          expect(parts.length).toBe(Math.min(count, professions * years));
          const cells = parts.map((part) =>
            part.years.flatMap(({ yearFrom, yearTo }, p) =>
              Array.from({ length: yearTo - yearFrom }, (_, i) => p * years + yearFrom + i),
            ),
          );
          expect(cells.flat().sort((a, b) => a - b)).toEqual([
            ...Array(professions * years).keys(),
          ]);
          const inputsCovered = parts.flatMap((p) =>
            Array.from({ length: p.inputTo - p.inputFrom }, (_, i) => p.inputFrom + i),
          );
          expect(inputsCovered).toEqual([...Array(inputs).keys()]);
          const owned = parts.flatMap((p) => p.professions).sort((a, b) => a - b);
          expect(owned).toEqual([...Array(professions).keys()]);
          // Nearly equal shares: no part has more than one cell or input above another.
          const spread = (sizes: number[]) => Math.max(...sizes) - Math.min(...sizes);
          expect(spread(cells.map((c) => c.length))).toBeLessThanOrEqual(1);
          expect(spread(parts.map((p) => p.inputTo - p.inputFrom))).toBeLessThanOrEqual(1);
          // A profession's intake and ages go with its middle year.
          parts.forEach((part) => {
            for (const p of part.professions) {
              const { yearFrom, yearTo } = part.years[p];
              const middle = Math.floor(years / 2);
              expect(yearFrom <= middle && middle < yearTo).toBe(true);
            }
          });
        },
      ),
    );
  });

  it('give each part whole professions when there are as many professions as parts', () => {
    const parts = planSummaryParts(2, 21, 19, 2);
    expect(parts.map((p) => p.years)).toEqual([
      [
        { yearFrom: 0, yearTo: 21 },
        { yearFrom: 0, yearTo: 0 },
      ],
      [
        { yearFrom: 0, yearTo: 0 },
        { yearFrom: 0, yearTo: 21 },
      ],
    ]);
    expect(parts.map((p) => p.professions)).toEqual([[0], [1]]);
  });

  it('merge to the same bits as the summary in one piece (exampleland, 1 to 6 parts)', () => {
    const parsed = parseScenario(exampleJson('exampleland'));
    if (!parsed.ok) throw new Error('exampleland does not validate');
    const sc = parsed.scenario;
    const m = compile(sc);
    const block = runChunk(m, sc.simulation.seed, 0, 600, { deterministic: false });
    const whole = JSON.stringify(summarizeProfessions(m, block, sc.analysis));
    for (let count = 1; count <= 6; count++) {
      const plan = planSummaryParts(m.professions.length, m.horizon + 1, m.inputs.length, count);
      // Parts may come back in any order.
      const parts = plan.map((part) => summarizePart(m, block, sc.analysis, part)).reverse();
      expect(JSON.stringify(mergeSummaryParts(parts))).toBe(whole);
    }
  });

  it('merge to the same bits as one piece for generated scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 2, max: 5 }), (sc, count) => {
        const m = compile(sc);
        const block = runChunk(m, sc.simulation.seed, 0, 40, { deterministic: false });
        const whole = JSON.stringify(summarizeProfessions(m, block, sc.analysis));
        const plan = planSummaryParts(m.professions.length, m.horizon + 1, m.inputs.length, count);
        const parts = plan.map((part) => summarizePart(m, block, sc.analysis, part));
        expect(JSON.stringify(mergeSummaryParts(parts))).toBe(whole);
      }),
      { numRuns: 40 },
    );
  });
});
