/**
 * Money in the reader's locale (Intl.NumberFormat) with the scenario's currency code, large
 * amounts in millions or billions: "EUR 25.5 billion" ("EUR 25,5 billion" in German). The
 * words are the app's language's (`t`, the charts.money messages); the digits and marks
 * follow the locale. A chart and its table share one unit for all their numbers ("EUR
 * million"), so every number of one axis or one column reads alike.
 */
import { MINUS } from '../format.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

/** A unit of money amounts: what they are divided by and its name. */
export interface MoneyUnit {
  divisor: number;
  /** "billion", "million", "thousand", or '' for plain amounts: the unit's name, which the
   *  charts.money messages choose their words by (not shown as it is). */
  word: string;
}

const LARGE: readonly MoneyUnit[] = [
  { divisor: 1e12, word: 'trillion' },
  { divisor: 1e9, word: 'billion' },
  { divisor: 1e6, word: 'million' },
];
const THOUSAND: MoneyUnit = { divisor: 1e3, word: 'thousand' };
const PLAIN: MoneyUnit = { divisor: 1, word: '' };

/**
 * The unit of a single amount as a sentence says it: millions and more in their word
 * ("25.5 billion"), anything smaller in full ("52 000"). `size`: the largest absolute value
 * the unit must suit.
 */
export function sentenceUnit(size: number): MoneyUnit {
  const s = Math.abs(size);
  return LARGE.find((u) => s >= u.divisor) ?? PLAIN;
}

/**
 * The unit of an axis or a table column: the largest in which the biggest value is at
 * least 10, so the numbers keep three or four digits ("1 964 EUR million", not "1.96").
 */
export function scaleUnit(size: number): MoneyUnit {
  const s = Math.abs(size);
  return [...LARGE, THOUSAND].find((u) => s >= 10 * u.divisor) ?? PLAIN;
}

/** How many decimals an amount of this size (in its unit) shows in a sentence. */
function sentenceDecimals(scaled: number, unit: MoneyUnit): number {
  if (unit.divisor === 1) return 0;
  const s = Math.abs(scaled);
  return s >= 100 ? 0 : s >= 10 ? 1 : 2;
}

/** Money formatters bound to a locale and a currency. */
export interface Money {
  readonly currency: string;
  /** "EUR million" (or "EUR" for plain amounts): the unit of an axis or a column. */
  unitLabel: (unit: MoneyUnit) => string;
  /** A value in `unit`, at most `decimals` decimals (`fixed`: exactly), no currency
   *  ("1 963.5"). */
  inUnit: (value: number, unit: MoneyUnit, decimals?: number, fixed?: boolean) => string;
  /** One amount in a sentence: "EUR 25.5 billion", "EUR 52 000". */
  amount: (value: number) => string;
  /** An amount with its interval: "EUR 25.5 billion (90%: 22.9–28.3 billion)"; the amount
   *  alone when both ends read alike. `share` writes the interval's share ("90%"). */
  withInterval: (value: number, low: number, high: number, share: string) => string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(
  locale: string | undefined,
  decimals: number,
  fixed: boolean,
): Intl.NumberFormat {
  const key = `${locale ?? ''}|${decimals}|${fixed}`;
  let f = formatters.get(key);
  if (!f) {
    const least = fixed ? decimals : 0;
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: least,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, f);
  }
  return f;
}

function number(
  locale: string | undefined,
  value: number,
  decimals: number,
  fixed = false,
): string {
  const f = formatter(locale, decimals, fixed);
  // Never "−0": a value that rounds to zero is 0.
  const shown = Number(value.toFixed(decimals)) === 0 ? 0 : value;
  return f
    .formatToParts(shown)
    .map((p) => (p.type === 'minusSign' ? MINUS : p.value))
    .join('');
}

/** The unit's name as the messages' `{unit, select, …}` reads it ("other": plain). */
const unitName = (unit: MoneyUnit) => unit.word || 'plain';

/**
 * Money formatters for `locale` (undefined: the browser's) and a currency code, their words
 * in the language of `t`. (Without `t`, in English: the callers that have a `Formats` pass
 * its `t`.)
 */
export function createMoney(
  locale: string | undefined,
  currency: string,
  t: Translate = englishT,
): Money {
  const unitLabel = (unit: MoneyUnit) =>
    t('charts.money.unitLabel', { unit: unitName(unit), currency });
  const inUnit = (value: number, unit: MoneyUnit, decimals = 1, fixed = false) =>
    number(locale, value / unit.divisor, decimals, fixed);
  const amount = (value: number) => {
    const unit = sentenceUnit(value);
    const n = inUnit(value, unit, sentenceDecimals(value / unit.divisor, unit));
    return t('charts.money.amount', { unit: unitName(unit), currency, amount: n });
  };
  return {
    currency,
    unitLabel,
    inUnit,
    amount,
    withInterval(value, low, high, share) {
      const unit = sentenceUnit(Math.max(Math.abs(value), Math.abs(low), Math.abs(high)));
      const d = sentenceDecimals(Math.max(Math.abs(value), Math.abs(high)) / unit.divisor, unit);
      // The three with the same decimals ("14.0–18.8", never "14–18.8").
      const [lo, mid, hi] = [low, value, high].map((v) => inUnit(v, unit, d, true));
      if (lo === hi) return amount(value);
      // Across zero, a dash would read as a minus: "−1.2 to 3.4".
      const range =
        low < 0 || high < 0 ? t('charts.interval.to', { low: lo, high: hi }) : `${lo}–${hi}`;
      return t('charts.money.withInterval', {
        unit: unitName(unit),
        currency,
        amount: mid,
        share,
        range,
      });
    },
  };
}

/** A yearly rate as a percent with up to two decimals, in the locale: 0.03 → "3%", 0.035 →
 *  "3.5%" (the discount rate; the charts' whole percents would round it). */
export function ratePercent(rate: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}
