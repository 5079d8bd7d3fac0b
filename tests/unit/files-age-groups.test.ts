/** Groups of ages (`Y25-29`, `65+`) spread over single years: the split itself (every group
 *  keeps its total, no age below 0), the labels, and the import of grouped tables. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrangeSpans, splitGroups } from '../../app/files/age-groups.ts';
import type { AgeGroup, SplitMethod } from '../../app/files/age-groups.ts';
import { importPopulation } from '../../app/files/import-population.ts';
import { importStock } from '../../app/files/import-stock.ts';
import { describeSummary } from '../../app/files/import-summary.ts';
import { formatProblem, readAge } from '../../app/files/long-table.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

const messages = (r: { errors: Parameters<typeof formatProblem>[0][] }) =>
  r.errors.map((p) => formatProblem(p, englishT));
const notes = (r: { warnings: Parameters<typeof formatProblem>[0][] }) =>
  r.warnings.map((p) => formatProblem(p, englishT));

/** Contiguous groups from a start age, widths and totals. */
function groupsOf(start: number, parts: readonly { width: number; total: number }[]): AgeGroup[] {
  let from = start;
  return parts.map(({ width, total }) => {
    const g = { from, to: from + width - 1, total };
    from += width;
    return g;
  });
}

/** The sums of `values` over each group's ages. */
function groupSums(groups: readonly AgeGroup[], values: readonly number[]): number[] {
  let k = 0;
  return groups.map((g) => {
    let s = 0;
    for (let a = g.from; a <= g.to; a++) s += values[k++];
    return s;
  });
}

const methodArb = fc.constantFrom<SplitMethod>('smooth', 'even');
const widthArb = fc.integer({ min: 1, max: 12 });

describe('splitGroups', () => {
  it('keeps every whole total exactly, in whole numbers ≥ 0 (zeros included)', () => {
    const totalArb = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 1_000_000_000 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.record({ width: widthArb, total: totalArb }), { minLength: 1, maxLength: 20 }),
        methodArb,
        (start, parts, method) => {
          const groups = groupsOf(start, parts);
          const values = splitGroups(groups, method);
          expect(values).toHaveLength(parts.reduce((a, p) => a + p.width, 0));
          for (const v of values) {
            expect(Number.isInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          expect(groupSums(groups, values)).toEqual(groups.map((g) => g.total));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps every fractional total within 1e-9 of it, no age below 0', () => {
    const totalArb = fc.oneof(
      fc.constant(0),
      fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ width: widthArb, total: totalArb }), { minLength: 1, maxLength: 20 }),
        methodArb,
        (parts, method) => {
          const groups = groupsOf(20, parts);
          const values = splitGroups(groups, method);
          for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
          groupSums(groups, values).forEach((sum, k) => {
            const total = groups[k].total;
            expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * Math.max(total, 1e-300));
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('smooth: the same numbers as SciPy’s PchipInterpolator of the running totals', () => {
    const groups: AgeGroup[] = [
      { from: 20, to: 24, total: 100.5 },
      { from: 25, to: 29, total: 200.25 },
      { from: 30, to: 34, total: 300.5 },
      { from: 35, to: 39, total: 0 },
      { from: 40, to: 44, total: 50.5 },
      { from: 45, to: 54, total: 500.5 },
      { from: 55, to: 55, total: 7.5 },
    ];
    // numpy.diff(PchipInterpolator(limits, running totals)(range(20, 57)))
    const scipy = [
      12.64934663341646, 17.16869326683292, 20.894019950124687, 23.82532668329177,
      25.96261346633416, 30.265733785854877, 36.4215673223332, 41.31370042940577, 44.94213310707255,
      47.3068653553336, 62.01551872191715, 78.36943984023958, 77.41168047928113, 59.14224063904135,
      23.561120319520796, 0, 0, 0, 0, 0, 2.7475196972303593, 7.5150393944607, 11.191279545845532,
      13.77624015138474, 15.269921211078668, 25.715880790034475, 42.89800343572472,
      55.66467335677828, 64.01589055319516, 67.95165502497537, 67.47196677211889,
      62.576825794625165, 53.266232092494874, 39.54018566572836, 21.39868651432471, 7.5,
    ];
    const values = splitGroups(groups, 'smooth');
    expect(values).toHaveLength(scipy.length);
    values.forEach((v, i) => expect(Math.abs(v - scipy[i])).toBeLessThan(1e-9));
  });

  it('smooth: an even spread stays even; one group alone is spread evenly', () => {
    const flat = groupsOf(
      20,
      [5, 5, 5, 10].map((width) => ({ width, total: 7 * width })),
    );
    expect(splitGroups(flat, 'smooth')).toEqual(new Array<number>(25).fill(7));
    expect(splitGroups([{ from: 65, to: 74, total: 25 }], 'smooth')).toEqual([
      3, 3, 3, 3, 3, 2, 2, 2, 2, 2,
    ]);
  });

  it('even: equal shares, the people left over to the younger ages', () => {
    expect(
      splitGroups(
        [
          { from: 20, to: 24, total: 12 },
          { from: 25, to: 27, total: 1.5 },
        ],
        'even',
      ),
    ).toEqual([3, 3, 2, 2, 2, 0.5, 0.5, 0.5]);
  });

  it('smooth: follows a smooth age profile closer than even shares, without steps', () => {
    // People by single year, a bell around 45; the table gives five-year sums.
    const truth = Array.from({ length: 50 }, (_, i) =>
      Math.round(1000 * Math.exp(-((i + 20 - 45) ** 2) / 300)),
    );
    const groups = groupsOf(
      20,
      Array.from({ length: 10 }, (_, k) => ({
        width: 5,
        total: truth.slice(5 * k, 5 * k + 5).reduce((a, b) => a + b, 0),
      })),
    );
    const error = (v: number[]) => Math.max(...v.map((x, i) => Math.abs(x - truth[i])));
    const step = (v: number[]) => Math.max(...v.slice(1).map((x, i) => Math.abs(x - v[i])));
    const smooth = splitGroups(groups, 'smooth');
    const even = splitGroups(groups, 'even');
    // Largest error by age: 14 people against 99; largest step from one age to the next:
    // 66 against 236 (the true profile's is 50).
    expect(error(smooth)).toBe(14);
    expect(error(even)).toBe(99);
    expect(step(truth)).toBe(50);
    expect(step(smooth)).toBe(66);
    expect(step(even)).toBe(236);
  });

  it('refuses groups with a gap or an overlap', () => {
    expect(() =>
      splitGroups(
        [
          { from: 20, to: 24, total: 1 },
          { from: 26, to: 29, total: 1 },
        ],
        'smooth',
      ),
    ).toThrow(RangeError);
    expect(() =>
      splitGroups(
        [
          { from: 20, to: 24, total: 1 },
          { from: 24, to: 29, total: 1 },
        ],
        'even',
      ),
    ).toThrow(RangeError);
  });
});

describe('arrangeSpans', () => {
  it('keeps the narrower rows and names the wider one that overlaps them, once', () => {
    const rows = [
      { from: 15, to: 64, id: 'wide' },
      { from: 15, to: 19, id: 'a' },
      { from: 20, to: 24, id: 'b' },
      { from: 20, to: 24, id: 'b again' },
      { from: 30, to: 34, id: 'c' },
    ];
    const { ordered, findings } = arrangeSpans(rows, true);
    expect(ordered.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(
      findings.map((f) => [f.kind, 'second' in f ? f.second.id : `${f.from}–${f.to}`]),
    ).toEqual([
      ['same', 'b again'],
      ['overlap', 'wide'],
      ['gap', '25–29'],
    ]);
  });

  it('finds no gap in any partition of ages, in any row order', () => {
    fc.assert(
      fc.property(
        fc.array(widthArb, { minLength: 1, maxLength: 15 }).chain((widths) =>
          fc.shuffledSubarray(
            groupsOf(
              0,
              widths.map((width) => ({ width, total: 0 })),
            ),
            {
              minLength: widths.length,
            },
          ),
        ),
        (rows) => {
          const { ordered, findings } = arrangeSpans(rows, true);
          expect(findings).toEqual([]);
          expect(ordered.map((r) => r.from)).toEqual(
            [...rows].map((r) => r.from).sort((a, b) => a - b),
          );
        },
      ),
    );
  });
});

describe('readAge: groups of ages', () => {
  it.each([
    ['Y25-29', { kind: 'group', from: 25, to: 29 }],
    ['25-29', { kind: 'group', from: 25, to: 29 }],
    ['25–29', { kind: 'group', from: 25, to: 29 }],
    ['25 - 29', { kind: 'group', from: 25, to: 29 }],
    ['Y25T29', { kind: 'group', from: 25, to: 29 }],
    ['25 to 29 years', { kind: 'group', from: 25, to: 29 }],
    ['from 25 to 29', { kind: 'group', from: 25, to: 29 }],
    ['Y_LT25', { kind: 'group', from: 0, to: 24 }],
    ['under 5', { kind: 'group', from: 0, to: 4 }],
    ['Y_LT1', { kind: 'single', age: 0 }],
    ['Y30-30', { kind: 'single', age: 30 }],
    ['65+', { kind: 'open', from: 65 }],
    ['Y_GE65', { kind: 'open', from: 65 }],
    ['65 and over', { kind: 'open', from: 65 }],
  ])('%s', (text, age) => {
    expect(readAge(text)).toEqual({ ok: true, value: age });
  });

  it('refuses a group that runs backwards, and under 0', () => {
    const said = (text: string) => {
      const r = readAge(text);
      return r.ok ? r : { ok: false, message: say(englishT, r.message) };
    };
    expect(said('Y29-25')).toEqual({
      ok: false,
      message: '"Y29-25" is not a group of ages: it runs from 29 down to 25',
    });
    expect(said('Y_LT0')).toEqual({
      ok: false,
      message: '"Y_LT0" is not an age: no one is under 0',
    });
  });
});

/** A stock table in groups: the same groups for both sexes. */
function groupedStock(rows: readonly [string, number, number][], sep = ','): string {
  const lines = [['age', 'sex', 'value'].join(sep)];
  for (const [age, f, m] of rows) lines.push([age, 'F', f].join(sep), [age, 'M', m].join(sep));
  return lines.join('\n') + '\n';
}

const GROUPS: [string, number, number][] = [
  ['Y20-24', 500, 100],
  ['Y25-29', 1200, 260],
  ['Y30-34', 1400, 300],
  ['Y35-39', 1300, 310],
  ['Y40-44', 1100, 280],
  ['Y45-49', 1000, 250],
  ['Y50-54', 900, 240],
  ['Y55-59', 800, 200],
  ['Y60-64', 600, 150],
  ['65+', 200, 60],
];
const AGES = { min: 20, max: 74 };

describe('importStock with groups of ages', () => {
  it('spreads each group over its ages and 65+ up to the oldest workforce age, keeping every total', () => {
    for (const split of ['smooth', 'even'] as const) {
      const r = importStock(groupedStock(GROUPS), { ages: AGES, split });
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      const stock = r.stock!;
      expect(stock.female).toHaveLength(55);
      const limits = [20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 75];
      const sums = (v: number[]) =>
        limits.slice(0, -1).map((a, k) => {
          let s = 0;
          for (let x = a; x < limits[k + 1]; x++) s += v[x - 20];
          return s;
        });
      expect(sums(stock.female)).toEqual(GROUPS.map((g) => g[1]));
      expect(sums(stock.male)).toEqual(GROUPS.map((g) => g[2]));
      expect([...stock.female, ...stock.male].every((v) => Number.isInteger(v) && v >= 0)).toBe(
        true,
      );
      expect(r.summary.split).toMatchObject({ method: split, groupRows: 20 });
      expect(r.summary.split!.series.map((s) => [s.sex, s.ages, s.given.length])).toEqual([
        ['female', { min: 20, max: 74 }, 10],
        ['male', { min: 20, max: 74 }, 10],
      ]);
      expect(r.summary.split!.series[0].values).toEqual(stock.female);
      expect(r.summary.split!.series[0].given[9]).toEqual({
        label: '65+',
        from: 65,
        to: 74,
        open: true,
        value: 200,
        row: 20,
      });
      expect(r.summary).toMatchObject({ rowsUsed: 20, ages: { min: 20, max: 74, open: false } });
    }
    const even = importStock(groupedStock(GROUPS), { ages: AGES, split: 'even' }).stock!;
    expect(even.female.slice(0, 10)).toEqual([100, 100, 100, 100, 100, 240, 240, 240, 240, 240]);
    expect(even.female.slice(45)).toEqual(new Array<number>(10).fill(20));
  });

  it('reads a ;-separated file with an en dash, Y_LT25 and Y_GE65', () => {
    const text = 'age;sex;value\nY_LT25;F;50\n25–29;F;60\n30–64;F;350\nY_GE65;F;10\n';
    const r = importStock(text, { ages: AGES, split: 'even' });
    expect(messages(r)).toEqual([
      'row 2, column age: "Y_LT25" (ages 0–24) reaches outside the workforce ages 20–74; leave such rows out, or choose to have the ages outside left out',
    ]);
    const dropped = importStock(text, { ages: AGES, split: 'even', dropOutside: true });
    expect(dropped.errors).toEqual([]);
    expect(dropped.stock!.female.slice(0, 6)).toEqual([2, 2, 2, 2, 2, 12]);
    expect(notes(dropped)).toEqual([
      'row 2, column age: "Y_LT25" reaches outside the workforce ages 20–74: spread over single years, its ages 0–19 (40 people) left out, as chosen',
      'no row for male: every age set to 0',
    ]);
  });

  it('refuses overlapping and gapped groups, naming the rows', () => {
    const text = [
      'age,sex,value',
      'Y20-24,F,10', // 2
      'Y25-29,F,10', // 3
      'Y20-64,F,99', // 4
      'Y35-39,F,10', // 5
      'Y25-29,M,1', // 6
      'Y25-29,M,2', // 7
    ].join('\n');
    expect(messages(importStock(text, { ages: AGES }))).toEqual([
      'row 4, column age: "Y20-64" (ages 20–64) overlaps "Y20-24" (ages 20–24) in row 2, both for female; each age can be in one row only: leave out one of them',
      'row 5, column age: no row for female, ages 30–34, between "Y25-29" (row 3) and "Y35-39" (row 5); groups of ages must follow one another without a gap',
      'row 7, column value: a second value for male, ages 25–29 (the first is in row 6)',
    ]);
  });

  it('says in the preview how many rows give groups and how they are spread', () => {
    const r = importStock(groupedStock(GROUPS), { ages: AGES });
    expect(describeSummary(r.summary, { kind: 'stock', locale: 'en-GB', t: englishT })).toContain(
      '20 rows give groups of ages, spread over single years: smoothly across the groups.',
    );
  });
});

describe('importPopulation with groups of ages', () => {
  it('spreads the groups below the open group, in every year, and keeps the open group', () => {
    const labels = ['Y_LT5', 'Y5-9', 'Y10-14', 'Y15-19', 'Y_GE20'];
    const lines = ['year,age,sex,value'];
    for (const year of [2025, 2026]) {
      labels.forEach((label, k) => {
        lines.push(`${year},${label},F,${1000 + 100 * k + (year - 2025)}`);
        lines.push(`${year},${label},M,${900 + 100 * k}`);
      });
    }
    const r = importPopulation(lines.join('\n'), { projection: { first: 2025, last: 2026 } });
    expect(r.errors).toEqual([]);
    const pop = r.population!;
    expect(pop.ages).toEqual({ min: 0, max: 20 });
    expect(pop.years).toEqual([2025, 2026]);
    for (const [k, rows] of [pop.female[0], pop.female[1], pop.male[0]].entries()) {
      const extra = k === 1 ? 1 : 0;
      const base = k === 2 ? 900 : 1000;
      expect(rows).toHaveLength(21);
      for (let g = 0; g < 4; g++) {
        expect(rows.slice(5 * g, 5 * g + 5).reduce((a, b) => a + b, 0)).toBe(
          base + 100 * g + extra,
        );
      }
      expect(rows[20]).toBe(base + 400 + extra);
    }
    expect(r.summary.split?.groupRows).toBe(16);
    expect(
      r.summary.split?.series.map((s) => [s.sex, s.year, s.openLast, s.values.length]),
    ).toEqual([
      ['female', 2025, true, 21],
      ['male', 2025, true, 21],
    ]);
  });

  it('refuses a group that reaches into the open group', () => {
    const r = importPopulation(
      'year,age,sex,value\n2025,Y0-9,F,1\n2025,Y5-14,F,1\n2025,Y_GE10,F,1\n',
    );
    expect(messages(r)).toEqual([
      'row 3, column age: "Y5-14" (ages 5–14) reaches into the open age group 10 and over; leave it out, or leave the open group out',
    ]);
  });
});

describe('wide tables, whatever the separator', () => {
  it.each([',', ';', '\t'])('ages across, separated by %j', (sep) => {
    const text = ['sex', 'Y20', 'Y21', 'Y22', 'Y23'].join(sep) + '\n' + ['F', 1, 2, 3, 4].join(sep);
    expect(messages(importStock(text, { ages: AGES }))).toEqual([
      'row 1: this is a wide table (ages across: Y20, Y21, Y22, …); the import reads the long layout: one row per number, with a column for the age, one for the sex and one for the value (age,sex,value)',
    ]);
  });

  it.each([',', ';'])('years across, separated by %j', (sep) => {
    const text = ['age', 'sex', '2024', '2025'].join(sep) + '\n' + ['20', 'F', 1, 2].join(sep);
    expect(messages(importPopulation(text))).toEqual([
      'row 1: this is a wide table (years across: 2024, 2025); the import reads the long layout: one row per number, with a column for the age, one for the sex and one for the value, and one for the year (age,sex,year,value)',
    ]);
  });
});
