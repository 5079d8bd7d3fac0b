/**
 * Plausibility warnings: a retirement age under 50 or over 75, attrition over 20 % a year
 * and headcounts that are not whole people are warnings, never errors — the scenario runs —
 * each at the path of the value that sets it, in a planner's sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointValue } from '../../model/numeric/distributions.ts';
import { formatIssue, parseScenario, type ScenarioIssue } from '../../model/scenario/parse.ts';
import { withValueAt } from '../../model/scenario/json-path.ts';
import { professionWarnings } from '../../model/scenario/plausible.ts';
import type { Dist } from '../../model/scenario/types.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const minimal = exampleJson('minimal');
const A = 'professions[0].exits.attrition';
const R = 'professions[0].exits.retirement.meanAge';
const S = 'professions[0].stock';

function set(doc: unknown, path: string, value: unknown): unknown {
  const out = withValueAt(doc, path, value);
  if (out === undefined) throw new Error(`cannot set ${path}`);
  return out;
}

/** Parses and insists the scenario still runs; its warnings. */
function warningsOf(doc: unknown): ScenarioIssue[] {
  const r = parseScenario(doc);
  expect(r.ok, r.ok ? '' : r.errors.map(formatIssue).join('\n')).toBe(true);
  return r.warnings;
}

/** A distribution of any form with its point value at `point`, within [lo, hi]. */
function distAround(lo: number, hi: number): fc.Arbitrary<Dist> {
  const x = fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof(
    x,
    fc
      .tuple(x, x)
      .map(([a, b]): Dist => ({ dist: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
    fc
      .tuple(x, x, x, fc.constantFrom<'triangular' | 'pert'>('triangular', 'pert'))
      .map(([a, b, c, dist]): Dist => {
        const [min, mode, max] = [a, b, c].sort((p, q) => p - q);
        return { dist, min, mode, max };
      }),
    x.map((mean): Dist => ({ dist: 'normal', mean, sd: (hi - lo) / 10 + 0.01 })),
    x.filter((m) => m > 0).map((median): Dist => ({ dist: 'lognormal', median, gsd: 1.1 })),
  );
}

/** The path of the parameter that sets a Dist's point value. */
function pointPath(path: string, d: Dist): string {
  if (typeof d === 'number' || d.dist === 'uniform') return path;
  if (d.dist === 'normal') return `${path}.mean`;
  if (d.dist === 'lognormal') return `${path}.median`;
  return `${path}.mode`;
}

describe('attrition over 20 % a year', () => {
  it('warns exactly when the point value is above 20 %, at the value that sets it', () => {
    fc.assert(
      fc.property(distAround(0, 1), (d) => {
        const warnings = warningsOf(set(minimal, A, d)).filter((w) => w.path.startsWith(A));
        const high = pointValue(d) > 0.2;
        expect(warnings.map((w) => w.path)).toEqual(high ? [pointPath(A, d)] : []);
        if (high)
          expect(warnings[0].message).toMatch(/^an attrition of .* a year.* is unusually high/);
      }),
    );
  });

  it('says so in a planner’s sentence', () => {
    expect(warningsOf(set(minimal, A, 0.35))).toMatchObject([
      {
        path: A,
        message:
          'an attrition of 35 % a year is unusually high: more than 20 % of the workforce would leave every year; check that it is a yearly share (0.05 = 5 %)',
      },
    ]);
    expect(
      warningsOf(set(minimal, A, { dist: 'pert', min: 0.1, mode: 0.25, max: 0.4 })),
    ).toMatchObject([
      {
        path: `${A}.mode`,
        message:
          'an attrition of 25 % a year (this range’s point value: its most likely value) is unusually high: more than 20 % of the workforce would leave every year; check that it is a yearly share (0.05 = 5 %)',
      },
    ]);
    // 20 % itself, and a pessimistic highest value, are not warned about.
    expect(warningsOf(set(minimal, A, 0.2))).toEqual([]);
    expect(warningsOf(set(minimal, A, { dist: 'pert', min: 0.02, mode: 0.05, max: 0.3 }))).toEqual(
      [],
    );
  });

  it('is no warning on an attrition that is an error', () => {
    const r = parseScenario(set(minimal, A, 1.5));
    expect(r.ok).toBe(false);
    expect(r.warnings).toEqual([]);
  });
});

describe('a retirement age under 50 or over 75', () => {
  it('warns exactly when the point value is outside 50–75', () => {
    fc.assert(
      fc.property(distAround(20, 110), (d) => {
        const warnings = warningsOf(set(minimal, R, d)).filter((w) => w.path.startsWith(R));
        const p = pointValue(d);
        const odd = p < 50 || p > 75;
        expect(warnings.map((w) => w.path)).toEqual(odd ? [pointPath(R, d)] : []);
        if (odd) {
          expect(warnings[0].message).toMatch(
            new RegExp(
              `is unusually ${p < 50 ? 'low' : 'high'}: health workers mostly retire between 50 and 75`,
            ),
          );
        }
      }),
    );
  });

  it('says so in a planner’s sentence', () => {
    expect(warningsOf(set(minimal, R, 6))).toMatchObject([
      {
        path: R,
        message:
          'an average retirement age of 6 is unusually low: health workers mostly retire between 50 and 75; check that it is an age in years',
      },
    ]);
    expect(warningsOf(set(minimal, R, { dist: 'uniform', min: 76, max: 80 }))).toMatchObject([
      {
        path: R,
        message:
          'an average retirement age of 78 (this range’s point value: halfway between its lowest and highest values) is unusually high: health workers mostly retire between 50 and 75; check that it is an age in years',
      },
    ]);
    expect(warningsOf(set(minimal, R, 50))).toEqual([]);
    expect(warningsOf(set(minimal, R, 75))).toEqual([]);
  });
});

describe('headcounts that are not whole people', () => {
  const n = 46; // ages 25–70 of the minimal example

  it('counts the fractional cells and names the first, on the table', () => {
    const cells = fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.double({ min: 0, max: 5000, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(cells, { minLength: n, maxLength: n }),
        fc.array(cells, { minLength: n, maxLength: n }),
        (female, male) => {
          const warnings = warningsOf(set(minimal, S, { female, male })).filter((w) =>
            w.path.startsWith(S),
          );
          const fractional = [...female, ...male].filter((v) => !Number.isInteger(v));
          expect(warnings.length).toBe(fractional.length > 0 ? 1 : 0);
          if (fractional.length === 0) return;
          expect(warnings[0].path).toBe(S);
          const i = female.findIndex((v) => !Number.isInteger(v));
          const first =
            i >= 0
              ? `at women aged ${25 + i}`
              : `at men aged ${25 + male.findIndex((v) => !Number.isInteger(v))}`;
          expect(warnings[0].message).toContain(first);
          expect(warnings[0].message).toMatch(
            fractional.length === 1
              ? /^1 cell of the headcount is not a whole number of people \(/
              : new RegExp(
                  `^${fractional.length} cells of the headcount are not whole people \\(e\\.g\\. `,
                ),
          );
        },
      ),
    );
  });

  it('says so in a planner’s sentence', () => {
    const female = new Array<number>(n).fill(10);
    const male = new Array<number>(n).fill(3);
    female[5] = 12.5;
    male[2] = 0.4;
    expect(warningsOf(set(minimal, S, { female, male }))).toMatchObject([
      {
        path: S,
        message:
          '2 cells of the headcount are not whole people (e.g. 12.5 at women aged 30); an import may have read a share or a rate; check the table',
      },
    ]);
  });
});

describe('the editor’s reading of a profession as written', () => {
  it('gives the parser’s plausibility warnings for valid professions', () => {
    fc.assert(
      fc.property(distAround(0, 1), distAround(20, 110), (attrition, meanAge) => {
        const doc = set(set(minimal, A, attrition), R, meanAge);
        const parsed = warningsOf(doc);
        const profession = (doc as { professions: unknown[] }).professions[0];
        expect(professionWarnings(profession, 'professions[0]', 25)).toEqual(parsed);
      }),
    );
  });

  it('reads half-typed values without failing', () => {
    for (const v of [undefined, null, '6', {}, { dist: 'pert' }, { dist: 'x', mode: 3 }, [1]]) {
      expect(
        professionWarnings({ exits: { attrition: v, retirement: { meanAge: v } } }, 'p', 20),
      ).toEqual([]);
    }
    expect(professionWarnings(undefined, 'p', 20)).toEqual([]);
  });

  it('leaves the built-in examples without warnings', () => {
    expect(warningsOf(exampleJson('exampleland'))).toEqual([]);
    expect(warningsOf(minimal)).toEqual([]);
  });
});
