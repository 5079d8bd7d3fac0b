/**
 * Costs (MODEL.md §7): the scenario's currency and discount rate, and what each profession
 * costs. Every part is optional; a part left out costs nothing.
 */
import { PARAMETERS as PRM } from '../catalog.ts';
import type { CostSettings, Dist, ProfessionCosts } from './types.ts';
import { type Ctx, at, error, field, got } from './issues.ts';
import { readNumber, readObject } from './read-fields.ts';
import { validateDist } from './validate-dist.ts';

const SETTING_KEYS = ['currency', 'discountRate'];
/** The profession's cost inputs, in catalog order. */
const COST_KEYS = ['trainingCost', 'salaryPerFte', 'salaryGrowth', 'recruitmentCost'] as const;
const PROFESSION_COST_FIELDS = COST_KEYS.map((k) => PRM[k].path.slice('costs.'.length));

/** The highest discount rate the parser accepts (a yearly rate: 0.5 = 50 % a year). */
export const MAX_DISCOUNT_RATE = 0.5;
/** A currency: an ISO 4217 code such as EUR, PLN or NOK. */
const CURRENCY = /^[A-Z]{3}$/;

/** The scenario's `costs`: currency (required) and discount rate (default 0). */
export function readCostSettings(ctx: Ctx, v: unknown): CostSettings | undefined {
  const obj = readObject(
    ctx,
    v,
    'costs',
    SETTING_KEYS,
    'an object with the currency (e.g. "EUR") and the discount rate, e.g. {"currency": "EUR", "discountRate": 0.03}',
  );
  if (obj === undefined) return undefined;
  const rawCurrency = field(obj, 'currency');
  let currency: string | undefined;
  if (rawCurrency === undefined) {
    error(ctx, 'costs.currency', 'is missing; it must be a currency code such as "EUR"');
  } else if (typeof rawCurrency !== 'string' || !CURRENCY.test(rawCurrency)) {
    error(
      ctx,
      'costs.currency',
      `must be a three-letter currency code in capitals, such as "EUR" or "PLN" ${got(rawCurrency)}`,
    );
  } else currency = rawCurrency;
  const rawRate = field(obj, 'discountRate');
  const discountRate =
    rawRate === undefined
      ? 0
      : readNumber(ctx, rawRate, 'costs.discountRate', {
          min: 0,
          max: MAX_DISCOUNT_RATE,
          phrase: `a yearly rate between 0 and ${MAX_DISCOUNT_RATE}, such as 0.03 for 3 %`,
        });
  if (currency === undefined || discountRate === undefined) return undefined;
  return { currency, discountRate };
}

/** A profession's `costs`; undefined after reporting errors. */
export function readProfessionCosts(
  ctx: Ctx,
  v: unknown,
  path: string,
): ProfessionCosts | undefined {
  const obj = readObject(
    ctx,
    v,
    path,
    PROFESSION_COST_FIELDS,
    'an object with trainingPerStudentYear, salaryPerFte, salaryGrowth and recruitmentPerImmigrant (each may be left out)',
  );
  if (obj === undefined) return undefined;
  const out: Record<string, Dist> = {};
  let ok = true;
  COST_KEYS.forEach((key, i) => {
    const name = PROFESSION_COST_FIELDS[i];
    const raw = field(obj, name);
    if (raw === undefined) return;
    const d = validateDist(ctx, raw, at(path, name), PRM[key].valid);
    if (d === undefined) ok = false;
    else out[name] = d;
  });
  return ok ? out : undefined;
}
