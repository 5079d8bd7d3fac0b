import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntakeChart } from '../../app/charts/intake-chart.tsx';
import { IntakeTable } from '../../app/charts/intake-table.tsx';
import { intakeBaseline, intakeInterval, intakeWords } from '../../app/charts/intake-words.ts';
import type { Policy } from '../../model/scenario/types.ts';
import type { RequiredIntake } from '../../model/result/result.ts';
import { dataCells, en, renderEnglish as render, textOf as text } from '../helpers/markup.ts';

const ctx = { targetYear: 2040, intakeFromYear: 2027, deterministic: false };

function intake(p: [number, number, number, number, number, number, number], mean: number) {
  const [p5, p10, p25, p50, p75, p90, p95] = p;
  return { unreachable: false, unreachableShare: 0, mean, p5, p10, p25, p50, p75, p90, p95 };
}

const reachable: RequiredIntake = intake([430, 600, 1000, 1260, 1400, 1500, 1580], 1240);
const reason =
  'students starting in 2027 finish their 9-year training in 2036, after the target year 2030: intake cannot change supply by then';
const unreachable: RequiredIntake = {
  unreachable: true,
  unreachableShare: 1,
  reason,
  mean: null,
  p5: null,
  p10: null,
  p25: null,
  p50: null,
  p75: null,
  p90: null,
  p95: null,
};

describe('intake in words', () => {
  it('gives the median and the 90 % interval of places a year', () => {
    expect(intakeWords(reachable, ctx, en)).toBe(
      'Training places needed: 1,260 a year (90%: 430–1,580).',
    );
  });

  it('words negative values as no new intake needed, never as a negative count', () => {
    const some = intake([-390, -250, -120, 40, 180, 310, 403], 27);
    expect(intakeWords(some, ctx, en)).toBe(
      'Training places needed: 40 a year (90%: none to 403).',
    );
    const most = intake([-390, -250, -120, -40, 180, 310, 403], 27);
    expect(intakeWords(most, ctx, en)).toBe(
      'Training places needed: none in the median future (90%: none to 403 a year).',
    );
    const all = intake([-900, -800, -700, -600, -500, -400, -300], -600);
    expect(intakeWords(all, ctx, en)).toBe(
      'No new training places needed: even with no new intake from 2027, supply meets the 2040 demand in at least 95% of futures.',
    );
  });

  it('mentions the futures in which no intake can close the gap', () => {
    const some = { ...reachable, unreachableShare: 0.03 };
    expect(intakeWords(some, ctx, en)).toContain('In 3% of futures no intake can close the gap.');
    expect(intakeWords({ ...reachable, unreachableShare: 0.001 }, ctx, en)).toContain(
      'In < 1% of futures',
    );
    expect(intakeWords(reachable, ctx, en)).not.toContain('no intake can close');
  });

  it('states the engine’s reason when no intake can close the gap', () => {
    expect(intakeWords(unreachable, ctx, en)).toBe(`No intake can close the 2040 gap: ${reason}.`);
  });

  it('gives one number in deterministic mode', () => {
    const one = intake([1260, 1260, 1260, 1260, 1260, 1260, 1260], 1260);
    expect(intakeWords(one, { ...ctx, deterministic: true }, en)).toBe(
      'Training places needed: 1,260 a year.',
    );
  });
});

describe('intake beside today’s', () => {
  const withToday = (today: number, planned?: { value: number; year: number }) => ({
    ...ctx,
    baseline: planned ? { today, planned } : { today },
  });

  it('compares the need with today’s and the planned intake', () => {
    const need = intake([1100, 1150, 1180, 1210, 1250, 1300, 1350], 1210);
    expect(intakeWords(need, withToday(1200), en)).toBe(
      "Training places needed: 1,210 a year (90%: 1,100–1,350), +1% on today's 1,200.",
    );
    expect(intakeWords(reachable, withToday(1200, { value: 1300, year: 2029 }), en)).toBe(
      "Training places needed: 1,260 a year (90%: 430–1,580), +5% on today's 1,200 and " +
        '−3% on the 1,300 planned for 2029.',
    );
    expect(intakeWords(need, withToday(1210), en)).toContain("about today's 1,210");
  });

  it('says plainly when fewer places than today would close the gap', () => {
    const gps = intake([-320, -200, -60, 32, 150, 250, 407], 40);
    expect(intakeWords(gps, withToday(300), en)).toBe(
      "Training places needed: 32 a year (90%: none to 407), −89% on today's 300. " +
        "Fewer than today's 300 would close the gap in at least 90% of futures.",
    );
    const most = intake([-390, -250, -120, -40, 180, 310, 403], 27);
    expect(intakeWords(most, withToday(300), en)).toBe(
      'Training places needed: none in the median future (90%: none to 403 a year). ' +
        "Fewer than today's 300 would close the gap in at least 75% of futures.",
    );
    const half = intake([-390, -250, -120, -40, 310, 350, 403], 27);
    expect(intakeWords(half, withToday(300), en)).toContain(
      "Fewer than today's 300 would close the gap in at least half of the futures.",
    );
    const all = intake([-900, -800, -700, -600, -500, -400, -300], -600);
    expect(intakeWords(all, withToday(300), en)).toBe(
      'No new training places needed: even with no new intake from 2027, supply meets the 2040 ' +
        "demand in at least 95% of futures. Today's intake is 300 a year.",
    );
    const one = intake([32, 32, 32, 32, 32, 32, 32], 32);
    expect(intakeWords(one, { ...withToday(300), deterministic: true }, en)).toBe(
      "Training places needed: 32 a year, −89% on today's 300. Fewer than today's 300 would close the gap.",
    );
  });

  it('always names today’s intake when it is known and intake can help', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.boolean(),
        (values, today, deterministic) => {
          const p = [...values].sort((a, b) => a - b) as Parameters<typeof intake>[0];
          const words = intakeWords(intake(p, p[3]), { ...withToday(today), deterministic }, en);
          if (today > 0)
            expect(words).toMatch(new RegExp(`[Tt]oday's (intake is )?${en.count(today)}`));
          else expect(words).toMatch(/no one starts training/);
          // A need below today's is never left without saying so.
          if (today > 0 && p[3] < today) {
            expect(words).toMatch(
              new RegExp(`^No new training places needed|Fewer than today's ${en.count(today)}`),
            );
          }
        },
      ),
    );
  });

  it('reads today’s and the planned intake from the scenario (point values)', () => {
    const professions = [
      { id: 'gp', training: { intake: { dist: 'pert' as const, min: 250, mode: 300, max: 320 } } },
      { id: 'nurse', training: { intake: 1200 } },
    ] as never;
    const policy = (p: Partial<Policy>): Policy => ({
      profession: 'gp',
      parameter: 'training.intake',
      kind: 'relative',
      value: 0.2,
      startYear: 2027,
      fullYear: 2029,
      ...p,
    });
    expect(intakeBaseline({ professions, policies: [] }, 'gp', 2040)).toEqual({ today: 300 });
    expect(intakeBaseline({ professions, policies: [policy({})] }, 'gp', 2040)).toEqual({
      today: 300,
      planned: { value: 360, year: 2029 },
    });
    // Halfway by the target year; an absolute change adds.
    expect(
      intakeBaseline(
        { professions, policies: [policy({ kind: 'absolute', value: 100, fullYear: 2050 })] },
        'gp',
        2040,
      ),
    ).toEqual({ today: 300, planned: { value: 300 + (100 * 13) / 23, year: 2040 } });
    // Another profession's policy does not count.
    expect(intakeBaseline({ professions, policies: [policy({})] }, 'nurse', 2040)).toEqual({
      today: 1200,
    });
    expect(intakeBaseline({ professions, policies: [] }, 'none', 2040)).toBeUndefined();
  });

  it('prints one number for an interval whose ends are alike', () => {
    expect(intakeInterval(1260, 1260, en)).toBe('1,260');
    expect(intakeInterval(3340, 3344, en)).toBe('3,340');
    expect(intakeInterval(430, 1580, en)).toBe('430–1,580');
  });

  it('adds today’s and the planned intake to the table', () => {
    const html = render(
      createElement(IntakeTable, {
        name: 'GPs',
        intake: reachable,
        ...withToday(1200, { value: 1300, year: 2029 }),
      }),
    );
    expect(text(html)).toContain("Today's intake");
    expect(dataCells(html).slice(-2)).toEqual(['1,200', '1,300']);
    expect(text(html)).toContain('Planned for 2029');
  });
});

describe('intake chart', () => {
  it('never renders a 0 for unreachable, in the chart or the table', () => {
    for (const element of [
      createElement(IntakeChart, { name: 'GPs', intake: unreachable, ...ctx }),
      createElement(IntakeTable, { name: 'GPs', intake: unreachable, ...ctx }),
    ]) {
      const html = render(element);
      expect(html).not.toContain('<svg');
      const words = text(html)
        .replace(/\d{4}/g, 'YEAR')
        .replace(/\d+-year/g, 'N-year');
      expect(words).not.toMatch(/\b0\b/);
      expect(text(html)).toContain(reason);
    }
  });

  it('draws the strip: whisker p5–p95, box p25–p75, median and mean, in order', () => {
    const html = render(createElement(IntakeChart, { name: 'Nurses', intake: reachable, ...ctx }));
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Training places needed per year/);
    const whisker = html.match(/class="hwf-whisker" x1="([\d.]+)" x2="([\d.]+)"/);
    const box = html.match(/class="hwf-box" x="([\d.]+)"[^>]*width="([\d.]+)"/);
    const median = html.match(/class="hwf-median" x1="([\d.]+)"/);
    const mean = html.match(/class="hwf-mean" cx="([\d.]+)"/);
    const [low, high] = [Number(whisker?.[1]), Number(whisker?.[2])];
    const [q1, q3] = [Number(box?.[1]), Number(box?.[1]) + Number(box?.[2])];
    expect(low).toBeLessThan(q1);
    expect(q1).toBeLessThan(Number(median?.[1]));
    expect(Number(median?.[1])).toBeLessThan(q3);
    expect(q3).toBeLessThan(high);
    expect(Number(mean?.[1])).toBeGreaterThan(q1);
    expect(text(html)).toContain('median 1,260');
  });

  it('shades the no-new-intake side when a percentile is negative', () => {
    const some = intake([-390, -250, -120, 40, 180, 310, 403], 27);
    const html = render(createElement(IntakeChart, { name: 'GPs', intake: some, ...ctx }));
    expect(text(html)).toContain('no new intake needed');
    const none = render(createElement(IntakeChart, { name: 'GPs', intake: reachable, ...ctx }));
    expect(none).not.toContain('hwf-no-intake');
  });

  it('has a table with every percentile and the mean', () => {
    const some = { ...intake([-390, -250, -120, 40, 180, 310, 403], 27.4), unreachableShare: 0.03 };
    const html = render(createElement(IntakeTable, { name: 'GPs', intake: some, ...ctx }));
    expect(dataCells(html)).toEqual([
      '−390 (no new intake needed)',
      '−250 (no new intake needed)',
      '−120 (no new intake needed)',
      '40',
      '180',
      '310',
      '403',
      '27',
      '3%',
    ]);
  });

  it('never labels a reachable intake with a hyphen-minus', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 7, maxLength: 7 }),
        (values) => {
          const p = [...values].sort((a, b) => a - b) as Parameters<typeof intake>[0];
          const html = render(
            createElement(IntakeChart, { name: 'GPs', intake: intake(p, p[3]), ...ctx }),
          );
          expect(text(html)).not.toMatch(/-\d/);
        },
      ),
      { numRuns: 30 },
    );
  });
});
