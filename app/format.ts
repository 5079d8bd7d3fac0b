/**
 * Numbers in the reader's locale (Intl.NumberFormat): counts of workers, signed gaps,
 * whole percents with honest extremes, years and intervals. Every negative number carries a
 * real minus sign (U+2212), and a value that rounds to zero never shows as "−0".
 */
import { englishT, type Translate } from './i18n/translate.ts';

/** The real minus sign. */
export const MINUS = '\u2212';

/** Formatters bound to one locale. */
export interface Formats {
  /** The locale asked for (undefined: the browser's). */
  readonly locale: string | undefined;
  /** The app's language ("en", "it"): its words come from `t`. */
  readonly language: string;
  /** A message in the app's language (app/i18n/translate.ts). */
  readonly t: Translate;
  /** FTE or headcount: whole numbers, ≥ 1 000 rounded to the nearest 10, below 10 one decimal. */
  readonly count: (value: number) => string;
  /** An exact whole number ("2 000 futures", "1 234 of 2 000"), no rounding to tens. */
  readonly integer: (value: number) => string;
  /** A gap: like `count`, with a sign ("+180", "−1 200", "0"). */
  readonly signed: (value: number) => string;
  /** A share 0..1 as a whole percent; "< 1 %" and "> 99 %" when not exactly 0 or 1. */
  readonly percent: (share: number) => string;
  /** A year, without grouping ("2040"). */
  readonly year: (year: number) => string;
  /** A range of years ("2025–2045"). */
  readonly years: (from: number, to: number) => string;
  /** A correlation −1..1 with two decimals and a sign ("+0.52", "−0.44"). */
  readonly correlation: (value: number) => string;
  /** An interval of counts: "430–1 580", or "−2 100 to −300" when signed or negative; one
   *  number when both ends show alike ("3 340", never "3 340–3 340"). */
  readonly interval: (low: number, high: number, signed?: boolean) => string;
}

/** Rounds a count the way the charts show it: sensible precision, never −0. */
export function roundCount(value: number): number {
  const size = Math.abs(value);
  const rounded =
    size >= 1000
      ? Math.round(value / 10) * 10
      : size < 10
        ? Math.round(value * 10) / 10
        : Math.round(value);
  return rounded === 0 ? 0 : rounded;
}

function withRealMinus(format: Intl.NumberFormat, value: number): string {
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'minusSign' ? MINUS : part.value))
    .join('');
}

/**
 * Formatters for `locale` (default: the browser's). Tests pass a locale so the output does
 * not depend on the machine.
 */
export function createFormats(locale?: string, t: Translate = englishT, language = 'en'): Formats {
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const plus = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const whole = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const yearFormat = new Intl.NumberFormat(locale, { useGrouping: false });
  const twoDecimals = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });

  const count = (value: number) => withRealMinus(plain, roundCount(value));
  const signed = (value: number) => withRealMinus(plus, roundCount(value));

  return {
    locale,
    language,
    t,
    count,
    integer: (value) => {
      const rounded = Math.round(value);
      return withRealMinus(integerFormat, rounded === 0 ? 0 : rounded);
    },
    signed,
    percent(share) {
      const hundredths = Math.round(share * 100);
      if (share > 0 && hundredths === 0) return `< ${whole.format(0.01)}`;
      if (share < 1 && hundredths === 100) return `> ${whole.format(0.99)}`;
      return withRealMinus(whole, hundredths === 0 ? 0 : hundredths / 100);
    },
    year: (year) => yearFormat.format(year),
    years: (from, to) => `${yearFormat.format(from)}–${yearFormat.format(to)}`,
    correlation(value) {
      const rounded = Math.round(value * 100) / 100;
      return withRealMinus(twoDecimals, rounded === 0 ? 0 : rounded);
    },
    interval(low, high, isSigned = false) {
      const show = isSigned ? signed : count;
      // A fixed input gives both ends alike: one number, not "3 340–3 340".
      if (show(low) === show(high)) return show(low);
      // Across zero or signed, a dash would read as a minus: "−2 100 to −300".
      if (isSigned || roundCount(low) < 0 || roundCount(high) < 0) {
        return t('charts.interval.to', { low: show(low), high: show(high) });
      }
      return `${show(low)}–${show(high)}`;
    },
  };
}

/** Formatters in the browser's locale. */
export const browserFormats: Formats = createFormats();
