import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntakeChart } from '../../app/charts/intake-chart.tsx';
import { IntakeTable } from '../../app/charts/intake-table.tsx';
import { intakeWords } from '../../app/charts/intake-words.ts';
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
