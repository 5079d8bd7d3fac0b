import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MINUS, createFormats, roundCount } from '../../app/format.ts';

const en = createFormats('en-GB');
const de = createFormats('de-DE');

describe('counts', () => {
  it('rounds to the nearest 10 from 1 000 and to whole numbers below', () => {
    expect(en.count(18472.4)).toBe('18,470');
    expect(en.count(1005)).toBe('1,010');
    expect(en.count(999.4)).toBe('999');
    expect(en.count(42.5)).toBe('43');
  });

  it('writes exact whole numbers for runs and progress', () => {
    expect(en.integer(1234)).toBe('1,234');
    expect(de.integer(2000)).toBe('2.000');
    expect(en.integer(-0.2)).toBe('0');
  });

  it('keeps one decimal below 10', () => {
    expect(en.count(3.44)).toBe('3.4');
    expect(de.count(3.44)).toBe('3,4');
  });

  it('groups digits the way the locale does', () => {
    expect(en.count(21414)).toBe('21,410');
    expect(de.count(21414)).toBe('21.410');
  });

  it('writes negatives with a real minus sign', () => {
    expect(en.count(-1936)).toBe(`${MINUS}1,940`);
    expect(de.count(-1936)).toBe(`${MINUS}1.940`);
    expect(en.count(-1936)).not.toContain('-');
  });

  it('never shows a negative zero', () => {
    for (const value of [-0, -0.01, -0.04]) {
      expect(en.count(value)).toBe('0');
      expect(en.signed(value)).toBe('0');
      expect(Object.is(roundCount(value), -0)).toBe(false);
    }
  });

  it('never writes a hyphen for a minus, in any magnitude', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (value) => {
        expect(en.signed(value)).not.toMatch(/-/);
        expect(de.count(value)).not.toMatch(/-/);
      }),
    );
  });
});

describe('signed gaps', () => {
  it('shows a plus for surpluses and a real minus for shortages', () => {
    expect(en.signed(180)).toBe('+180');
    expect(en.signed(-1200)).toBe(`${MINUS}1,200`);
    expect(de.signed(-1200)).toBe(`${MINUS}1.200`);
    expect(en.signed(0)).toBe('0');
  });
});

describe('percentages', () => {
  it('shows whole percents in the locale', () => {
    expect(en.percent(0.41)).toBe('41%');
    expect(de.percent(0.41)).toBe('41\u00a0%');
    expect(en.percent(0.316)).toBe('32%');
  });

  it('is honest at the extremes', () => {
    expect(en.percent(0)).toBe('0%');
    expect(en.percent(1)).toBe('100%');
    expect(en.percent(0.004)).toBe('< 1%');
    expect(en.percent(0.996)).toBe('> 99%');
    expect(de.percent(0.001)).toBe('< 1\u00a0%');
  });

  it('never says 0 % or 100 % unless the share is exactly 0 or 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        const text = en.percent(share);
        if (share !== 0) expect(text).not.toBe('0%');
        if (share !== 1) expect(text).not.toBe('100%');
      }),
    );
  });
});

describe('years and intervals', () => {
  it('writes years without grouping', () => {
    expect(en.year(2040)).toBe('2040');
    expect(de.year(2040)).toBe('2040');
    expect(en.years(2025, 2045)).toBe('2025–2045');
  });

  it('joins positive counts with an en dash and negatives with "to"', () => {
    expect(en.interval(430, 1580)).toBe('430–1,580');
    expect(en.interval(-2100, -300)).toBe(`${MINUS}2,100 to ${MINUS}300`);
    expect(en.interval(-1900, 2300, true)).toBe(`${MINUS}1,900 to +2,300`);
  });

  it('prints one number when both ends of an interval show alike (a fixed input)', () => {
    expect(en.interval(3340, 3340)).toBe('3,340');
    expect(en.interval(3338, 3342)).toBe('3,340');
    expect(en.interval(-300, -300, true)).toBe(`${MINUS}300`);
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.boolean(),
        (a, b, signed) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const text = en.interval(low, high, signed);
          const show = signed ? en.signed : en.count;
          if (show(low) === show(high)) expect(text).toBe(show(low));
          else expect(text).toMatch(new RegExp(`^${show(low).replace('+', '\\+')}(–| to )`));
        },
      ),
    );
  });

  it('writes correlations with two decimals and a sign', () => {
    expect(en.correlation(0.5212)).toBe('+0.52');
    expect(en.correlation(-0.4423)).toBe(`${MINUS}0.44`);
    expect(de.correlation(-0.4423)).toBe(`${MINUS}0,44`);
    expect(en.correlation(-0.001)).toBe('0.00');
  });
});
