import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { yearTicks } from '../../app/charts/layout.ts';
import { nearestYearIndex, stepYearIndex } from '../../app/charts/year-cursor.ts';

const years = [2025, 2026, 2027, 2028, 2029, 2030];

describe('year cursor', () => {
  it('moves one year with the arrows and to the ends with Home and End', () => {
    expect(stepYearIndex('ArrowLeft', 3, 6)).toBe(2);
    expect(stepYearIndex('ArrowRight', 3, 6)).toBe(4);
    expect(stepYearIndex('Home', 3, 6)).toBe(0);
    expect(stepYearIndex('End', 3, 6)).toBe(5);
    expect(stepYearIndex('ArrowLeft', 0, 6)).toBe(0);
    expect(stepYearIndex('ArrowRight', 5, 6)).toBe(5);
    expect(stepYearIndex('a', 3, 6)).toBeNull();
  });

  it('finds the nearest year to a pointer position', () => {
    expect(nearestYearIndex(years, 2027.4)).toBe(2);
    expect(nearestYearIndex(years, 2027.6)).toBe(3);
    expect(nearestYearIndex(years, 1990)).toBe(0);
    expect(nearestYearIndex(years, 2100)).toBe(5);
  });
});

describe('year ticks', () => {
  it('prefer five-year steps on the usual horizons', () => {
    expect(yearTicks(2025, 2045, 11)).toEqual([2025, 2030, 2035, 2040, 2045]);
    expect(yearTicks(2025, 2030, 11)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('label the ends of a short range that holds no multiple of the step', () => {
    expect(yearTicks(2021, 2024, 2)).toEqual([2021, 2024]);
  });

  it('are whole years inside the range, never more than asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 2, max: 30 }),
        (first, span, most) => {
          const ticks = yearTicks(first, first + span, most);
          expect(ticks.length).toBeGreaterThan(0);
          expect(ticks.length).toBeLessThanOrEqual(most);
          for (const t of ticks) {
            expect(Number.isInteger(t)).toBe(true);
            expect(t).toBeGreaterThanOrEqual(first);
            expect(t).toBeLessThanOrEqual(first + span);
          }
        },
      ),
    );
  });
});
