/**
 * Money in words and numbers: the currency code before English scale words, the locale's
 * digits and decimal marks (German and Italian write a decimal comma), one unit for an axis
 * or a column, never "−0", an interval that collapses to one number, and the present value
 * sentence.
 */
import { describe, expect, it } from 'vitest';
import { createMoney, ratePercent, scaleUnit, sentenceUnit } from '../../app/charts/money.ts';
import { presentValueWords } from '../../app/charts/cost-words.ts';
import { createFormats } from '../../app/format.ts';
import type { CostResult, SeriesSummary } from '../../model/result/result.ts';

const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, ' ');

describe('units of money', () => {
  it('says millions and more in words in a sentence, smaller amounts in full', () => {
    expect(sentenceUnit(25.5e9).word).toBe('billion');
    expect(sentenceUnit(1.2e6).word).toBe('million');
    expect(sentenceUnit(999_999).word).toBe('');
    expect(sentenceUnit(3e12).word).toBe('trillion');
    expect(sentenceUnit(-4e9).word).toBe('billion');
  });

  it('keeps three or four digits on an axis or in a table', () => {
    expect(scaleUnit(2.3e9).word).toBe('million');
    expect(scaleUnit(23e9).word).toBe('billion');
    expect(scaleUnit(52_000).word).toBe('thousand');
    expect(scaleUnit(9_000).word).toBe('');
    expect(scaleUnit(0).word).toBe('');
  });
});

describe('money in a locale', () => {
  it('writes the code before the number and the scale word after it (English)', () => {
    const m = createMoney('en-GB', 'EUR');
    expect(m.amount(25_512_000_000)).toBe('EUR 25.5 billion');
    expect(m.amount(156_000_000)).toBe('EUR 156 million');
    expect(m.amount(52_000)).toBe('EUR 52,000');
    expect(m.amount(0)).toBe('EUR 0');
  });

  it('writes a decimal comma in German and Italian, the words staying English', () => {
    const de = createMoney('de-DE', 'EUR');
    expect(de.amount(25_512_000_000)).toBe('EUR 25,5 billion');
    expect(plain(de.amount(52_000))).toBe('EUR 52.000');
    const it_ = createMoney('it-IT', 'EUR');
    expect(it_.amount(1_374_450_000)).toBe('EUR 1,37 billion');
    expect(it_.inUnit(1_963_500_000, scaleUnit(1_963_500_000))).toBe('1963,5');
    expect(de.inUnit(1_963_500_000, scaleUnit(1_963_500_000))).toBe('1.963,5');
  });

  it('gives the interval in the unit of its largest end, and one number when alike', () => {
    const en = createMoney('en-GB', 'PLN');
    expect(en.withInterval(25.5e9, 22.9e9, 28.3e9, '90%')).toBe(
      'PLN 25.5 billion (90%: 22.9–28.3 billion)',
    );
    expect(en.withInterval(950e6, 880e6, 1.02e9, '90%')).toBe(
      'PLN 0.95 billion (90%: 0.88–1.02 billion)',
    );
    expect(en.withInterval(7e6, 7e6, 7e6, '90%')).toBe('PLN 7 million');
    expect(en.withInterval(16.2e9, 14e9, 18.8e9, '90%')).toBe(
      'PLN 16.2 billion (90%: 14.0–18.8 billion)',
    );
    expect(en.inUnit(156e6, scaleUnit(2e9), 1, true)).toBe('156.0');
    expect(en.inUnit(156e6, scaleUnit(2e9))).toBe('156');
    const de = createMoney('de-DE', 'EUR');
    expect(de.withInterval(25.5e9, 22.9e9, 28.3e9, '90 %')).toBe(
      'EUR 25,5 billion (90 %: 22,9–28,3 billion)',
    );
  });

  it('never writes −0, and a real minus for a negative amount', () => {
    const m = createMoney('en-GB', 'EUR');
    expect(m.inUnit(-0.01, scaleUnit(1), 1)).toBe('0');
    expect(m.inUnit(-1500, { divisor: 1, word: '' }, 0)).toBe('\u22121,500');
  });

  it('writes a discount rate with its decimals', () => {
    expect(ratePercent(0.03, 'en-GB')).toBe('3%');
    expect(ratePercent(0.035, 'en-GB')).toBe('3.5%');
    expect(plain(ratePercent(0.035, 'de-DE'))).toBe('3,5 %');
  });
});

const YEARS = [2025, 2026, 2027];
const flat = (v: number): SeriesSummary =>
  Object.fromEntries(
    ['mean', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'].map((k) => [k, [0, v, v]]),
  ) as SeriesSummary;

function cost(pv: { p5: number; p50: number; p95: number }): CostResult {
  const s = flat(1e9);
  return {
    training: s,
    salary: s,
    recruitment: s,
    programmes: s,
    total: s,
    presentValue: { mean: pv.p50, p10: pv.p5, p25: pv.p5, p75: pv.p95, p90: pv.p95, ...pv },
  };
}

describe('the present value in a sentence', () => {
  const c = cost({ p5: 22.9e9, p50: 25.5e9, p95: 28.3e9 });

  it('names the years, the discount rate and the 90 % interval', () => {
    const f = createFormats('en-GB');
    expect(presentValueWords(YEARS, c, 0.03, createMoney('en-GB', 'EUR'), f)).toBe(
      'Present value 2026–2027 at 3% a year: EUR 25.5 billion (90%: 22.9–28.3 billion)',
    );
  });

  it('says when the costs are not discounted', () => {
    const f = createFormats('it-IT');
    expect(plain(presentValueWords(YEARS, c, 0, createMoney('it-IT', 'EUR'), f))).toBe(
      'Total cost 2026–2027, not discounted: EUR 25,5 billion (90%: 22,9–28,3 billion)',
    );
  });

  it('gives one number for one run at the point values', () => {
    const f = createFormats('en-GB');
    const one = cost({ p5: 4.2e9, p50: 4.2e9, p95: 4.2e9 });
    expect(presentValueWords(YEARS, one, 0.035, createMoney('en-GB', 'SEK'), f)).toBe(
      'Present value 2026–2027 at 3.5% a year: SEK 4.2 billion',
    );
  });
});
