/**
 * The costs of a draft (MODEL.md §7) as the editor changes them: whether the scenario has
 * costs, adding them with a currency that suits the scenario's country (or the browser's),
 * and taking every cost figure out again. Pure functions of the draft.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { datasetInfo } from '../data/population/catalog.ts';
import { englishT, type MessageKey, type Translate } from '../i18n/translate.ts';
import { BROWSER_LOCALE } from './number-text.ts';
import { isRec, professionsOf, setIn } from './draft.ts';

/** A currency the editor offers by name. */
export interface Currency {
  code: string;
  /** Its name, a message key. */
  name: MessageKey;
}

/** The currencies of the 19 countries with a shipped population (HEROES), by code. */
export const CURRENCIES: readonly Currency[] = [
  { code: 'EUR', name: 'editor.costs.currency.EUR' },
  { code: 'CZK', name: 'editor.costs.currency.CZK' },
  { code: 'HUF', name: 'editor.costs.currency.HUF' },
  { code: 'NOK', name: 'editor.costs.currency.NOK' },
  { code: 'PLN', name: 'editor.costs.currency.PLN' },
  { code: 'RON', name: 'editor.costs.currency.RON' },
  { code: 'SEK', name: 'editor.costs.currency.SEK' },
];

/** The currency of each country with a shipped population, by its ISO 3166 code; the
 *  others of the 19 (Belgium, Croatia, Estonia, …) pay in euro. */
const NATIONAL_CURRENCY: Readonly<Record<string, string>> = {
  CZ: 'CZK',
  HU: 'HUF',
  NO: 'NOK',
  PL: 'PLN',
  RO: 'RON',
  SE: 'SEK',
};

/** Euro countries among the 19, so that a browser in one of them gets the euro too. */
const EURO_COUNTRIES = [
  'BE',
  'DE',
  'EE',
  'ES',
  'GR',
  'HR',
  'IT',
  'LT',
  'MT',
  'NL',
  'PT',
  'SI',
  'SK',
];

function countryCurrency(iso2: string | undefined): string | undefined {
  if (iso2 === undefined) return undefined;
  const code = iso2.toUpperCase();
  return NATIONAL_CURRENCY[code] ?? (EURO_COUNTRIES.includes(code) ? 'EUR' : undefined);
}

/** The region of a locale ("pl-PL" → "PL"), when it names one. */
function localeRegion(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

/**
 * The currency a scenario's costs start with: that of the country whose population the
 * scenario uses, else that of the browser's country when it is one of the 19, else EUR.
 */
export function defaultCurrency(draft: unknown, locale: string = BROWSER_LOCALE): string {
  const dataset = getAtPath(draft, 'population.dataset');
  const country = typeof dataset === 'string' ? datasetInfo(dataset)?.iso2 : undefined;
  return countryCurrency(country) ?? countryCurrency(localeRegion(locale)) ?? 'EUR';
}

/** Does the draft ask for costs (a `costs` object at the top)? */
export function hasCosts(draft: unknown): boolean {
  return getAtPath(draft, 'costs') !== undefined;
}

/** The draft with costs switched on: the default currency and no discounting. */
export function addCosts(draft: unknown, locale?: string): unknown {
  if (hasCosts(draft)) return draft;
  return setIn(draft, 'costs', { currency: defaultCurrency(draft, locale), discountRate: 0 });
}

/** The draft without costs: the scenario's settings, every profession's costs and every
 *  policy's programme cost are taken out. */
export function removeCosts(draft: unknown): unknown {
  let out = setIn(draft, 'costs', undefined);
  professionsOf(out).forEach((p, i) => {
    if (isRec(p) && 'costs' in p) out = setIn(out, `professions[${i}].costs`, undefined);
  });
  const policies = getAtPath(out, 'policies');
  if (Array.isArray(policies)) {
    policies.forEach((p, i) => {
      if (isRec(p) && 'costPerYear' in p) out = setIn(out, `policies[${i}].costPerYear`, undefined);
    });
  }
  return out;
}

/** The currency code of the draft's costs, for the units of the cost fields ("EUR"), or
 *  "money" (in the language of `t`) when there is none yet or it is not a code. */
export function currencyOf(draft: unknown, t: Translate = englishT): string {
  const c = getAtPath(draft, 'costs.currency');
  return typeof c === 'string' && /^[A-Z]{3}$/.test(c) ? c : t('editor.costs.money');
}

/** Is the currency one the list offers by name? */
export function isListedCurrency(code: unknown): boolean {
  return CURRENCIES.some((c) => c.code === code);
}

/** A share as the percent the discount field shows (0.035 → 3.5), free of float noise. */
export function shareToPercent(v: unknown): unknown {
  return typeof v === 'number' && Number.isFinite(v) ? Number((v * 100).toPrecision(12)) : v;
}

/** A typed percent as the share the draft holds (3.5 → 0.035); any other entry as it is,
 *  so the check reports it at the field. */
export function percentToShare(v: unknown): unknown {
  return typeof v === 'number' && Number.isFinite(v) ? Number((v / 100).toPrecision(12)) : v;
}
