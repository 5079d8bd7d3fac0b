/**
 * Costs (MODEL.md §7): the scenario's currency and discount rate, and what each profession
 * costs. Every part is optional; a part left out costs nothing.
 */
import { PARAMETERS as PRM } from '../catalog.ts';
import type { CostSettings, Dist, ProfessionCosts } from './types.ts';
import { type Ctx, at, error, field, show } from './issues.ts';
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
  const obj = readObject(ctx, v, 'costs', SETTING_KEYS, 'costs');
  if (obj === undefined) return undefined;
  const rawCurrency = field(obj, 'currency');
  let currency: string | undefined;
  if (rawCurrency === undefined) {
    error(ctx, 'costs.currency', 'currency.missing');
  } else if (typeof rawCurrency !== 'string' || !CURRENCY.test(rawCurrency)) {
    error(ctx, 'costs.currency', 'currency.invalid', { value: show(rawCurrency) });
  } else currency = rawCurrency;
  const rawRate = field(obj, 'discountRate');
  const discountRate =
    rawRate === undefined
      ? 0
      : readNumber(ctx, rawRate, 'costs.discountRate', {
          min: 0,
          max: MAX_DISCOUNT_RATE,
          what: 'discountRate',
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
  const obj = readObject(ctx, v, path, PROFESSION_COST_FIELDS, 'professionCosts');
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
