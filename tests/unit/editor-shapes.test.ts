/** "Fill from a shape": exact totals, whole people, never negative. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribute, fillShape } from '../../app/editor/shapes.ts';

const ages = { min: 20, max: 74 };
const sum = (v: number[]) => v.reduce((a, x) => a + x, 0);

describe('fillShape', () => {
  it('fills flat with whole people adding up to the total', () => {
    const r = fillShape({ shape: 'flat', total: 1000 }, ages);
    if (!r.ok) throw new Error(r.message);
    expect(r.values).toHaveLength(55);
    expect(sum(r.values)).toBe(1000);
    expect(Math.max(...r.values) - Math.min(...r.values)).toBeLessThanOrEqual(1);
    expect(r.values.every(Number.isInteger)).toBe(true);
  });

  it('fills a bell that peaks at the chosen age', () => {
    const r = fillShape({ shape: 'bell', total: 5000, peakAge: 45, spread: 8 }, ages);
    if (!r.ok) throw new Error(r.message);
    expect(sum(r.values)).toBe(5000);
    expect(r.values.indexOf(Math.max(...r.values)) + ages.min).toBe(45);
    expect(r.values[0]).toBeLessThan(r.values[25]);
  });

  it('keeps totals exact and values non-negative for any input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: -50, max: 170, noNaN: true }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        (total, peakAge, spread) => {
          const r = fillShape({ shape: 'bell', total, peakAge, spread }, ages);
          if (!r.ok) return r.message.includes('hardly reaches');
          return sum(r.values) === total && r.values.every((v) => v >= 0 && Number.isInteger(v));
        },
      ),
    );
  });

  it('shares a fractional total exactly', () => {
    const r = fillShape({ shape: 'flat', total: 10.5 }, { min: 0, max: 3 });
    expect(r.ok && r.values).toEqual([2.625, 2.625, 2.625, 2.625]);
  });

  it('refuses what cannot be filled', () => {
    expect(fillShape({ shape: 'flat', total: -1 }, ages).ok).toBe(false);
    expect(fillShape({ shape: 'flat', total: NaN }, ages).ok).toBe(false);
    expect(fillShape({ shape: 'bell', total: 10, peakAge: 40, spread: 0 }, ages).ok).toBe(false);
    const far = fillShape({ shape: 'bell', total: 10, peakAge: 400, spread: 1 }, ages);
    expect(far.ok).toBe(false);
    expect(!far.ok && far.message).toContain('choose a peak age inside them');
  });
});

describe('distribute', () => {
  it('gives the largest remainders the extra people', () => {
    expect(distribute([1, 1, 2], 5)).toEqual([1, 1, 3]);
    expect(distribute([0, 0], 3)).toEqual([2, 1]);
  });
});
