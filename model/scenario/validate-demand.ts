/**
 * A profession's demand: method, base FTE, unmet share, utilisation by population age,
 * trends, and the target ratio of the "ratio" method.
 */
import { parameterAt, PARAMETERS as PRM } from '../catalog.ts';
import {
  type BySex,
  type Demand,
  type DemandTrends,
  type Dist,
  TREND_KEYS,
  type TrendKey,
} from './types.ts';
import { type Ctx, at, error, field, isRecord, num, show, span, warn } from './issues.ts';
import { readBySex, readChoice, readInt, readObject } from './read-fields.ts';
import { validateDist } from './validate-dist.ts';
import { MAX_UTILISATION, MIN_BASE_POPULATION } from './limits.ts';

const KEYS = ['method', 'baseFte', 'unmet', 'utilisation', 'trends', 'ratio'];
const METHODS = ['utilisation', 'ratio'] as const;

export function validateDemand(ctx: Ctx, v: unknown, path: string): Demand | undefined {
  const before = ctx.errors.length;
  const obj = readObject(ctx, v, path, KEYS, 'demand');
  if (obj === undefined) return undefined;
  const method = readChoice(ctx, field(obj, 'method'), at(path, 'method'), METHODS);
  if (method === 'ratio' && ctx.population === 'none') {
    error(ctx, at(path, 'method'), 'demand.ratioNeedsPopulation');
  }
  const rawBase = field(obj, 'baseFte');
  const baseFte =
    rawBase === undefined || rawBase === null
      ? null
      : validateDist(ctx, rawBase, at(path, 'baseFte'), PRM.baseFte.valid);
  const unmet = validateDist(ctx, field(obj, 'unmet'), at(path, 'unmet'), PRM.unmet.valid);
  const utilisation = readUtilisation(
    ctx,
    field(obj, 'utilisation'),
    at(path, 'utilisation'),
    method,
  );
  const trends = readTrends(ctx, field(obj, 'trends'), at(path, 'trends'), method);

  const rawRatio = field(obj, 'ratio');
  let ratio: Demand['ratio'];
  if (method === 'utilisation' && rawRatio !== undefined) {
    warn(ctx, at(path, 'ratio'), 'demand.ratioIgnored');
  } else if (method === 'ratio' || rawRatio !== undefined) {
    ratio = readRatio(ctx, rawRatio, at(path, 'ratio'));
  }
  if (ctx.errors.length > before) return undefined;
  const out: Demand = { method: method!, baseFte: baseFte!, unmet: unmet! };
  if (utilisation !== undefined) out.utilisation = utilisation;
  out.trends = trends!;
  if (ratio !== undefined) out.ratio = ratio;
  return out;
}

function readUtilisation(
  ctx: Ctx,
  v: unknown,
  path: string,
  method: string | undefined,
): BySex | undefined {
  if (v === undefined) return undefined;
  if (method === 'ratio') {
    warn(ctx, path, 'utilisation.ignoredWithRatio');
    return undefined;
  }
  if (ctx.population === 'none') {
    warn(ctx, path, 'utilisation.ignoredWithoutPopulation');
    return undefined;
  }
  const pop = ctx.population === 'invalid' ? undefined : ctx.population;
  const n = pop ? pop.ages.max - pop.ages.min + 1 : undefined;
  const util = readBySex(ctx, v, path, {
    length: n,
    lengthPhrase: pop
      ? `${num(n!)} values, one per population age ${span(pop.ages.min, pop.ages.max)}`
      : 'one value per population age',
    noun: 'utilisation',
    max: MAX_UTILISATION,
  });
  // Demand grows with W_k / W_0: the base year's weighted population must be at least 1.
  const k = pop && ctx.baseYear !== undefined ? pop.years.indexOf(ctx.baseYear) : -1;
  if (util && pop && k >= 0) {
    let w0 = 0;
    for (let a = 0; a < n!; a++)
      w0 += pop.female[k][a] * util.female[a] + pop.male[k][a] * util.male[a];
    if (!(w0 > 0)) {
      error(ctx, path, 'utilisation.noUse', { baseYear: ctx.baseYear! });
      return undefined;
    }
    if (w0 < MIN_BASE_POPULATION) {
      error(ctx, path, 'utilisation.tooSmall', { total: w0, min: MIN_BASE_POPULATION });
      return undefined;
    }
  }
  return util;
}

function readTrends(
  ctx: Ctx,
  v: unknown,
  path: string,
  method: string | undefined,
): DemandTrends | undefined {
  if (v === undefined) return {};
  if (!isRecord(v)) {
    error(ctx, path, 'trends.notObject', { value: show(v) });
    return undefined;
  }
  const keys = Object.keys(v);
  if (method === 'ratio' && keys.length > 0) {
    warn(ctx, path, 'trends.ignoredWithRatio');
    return {};
  }
  const out: DemandTrends = {};
  let ok = true;
  for (const key of keys) {
    if (!(TREND_KEYS as readonly string[]).includes(key)) {
      error(ctx, at(path, key), 'trends.unknown', { trend: key.slice(0, 40) });
      ok = false;
      continue;
    }
    const domain = PRM[parameterAt(`demand.trends.${key}`)!].valid;
    const d: Dist | undefined = validateDist(ctx, field(v, key), at(path, key), domain);
    if (d === undefined) ok = false;
    else out[key as TrendKey] = d;
  }
  return ok ? out : undefined;
}

function readRatio(ctx: Ctx, v: unknown, path: string): Demand['ratio'] {
  const obj = readObject(ctx, v, path, ['targetPer1000', 'targetYear'], 'ratio');
  if (obj === undefined) return undefined;
  const target = validateDist(
    ctx,
    field(obj, 'targetPer1000'),
    at(path, 'targetPer1000'),
    // A count, at most MAX_PER_1000 per 1 000 people.
    PRM.targetPer1000.valid === 'count' ? 'per1000' : PRM.targetPer1000.valid,
  );
  const yp = at(path, 'targetYear');
  let year = readInt(ctx, field(obj, 'targetYear'), yp, {}, 'year');
  if (year !== undefined && ctx.baseYear !== undefined && year <= ctx.baseYear) {
    error(ctx, yp, 'ratio.yearNotAfterBase', { baseYear: ctx.baseYear, value: show(year) });
    year = undefined;
  }
  if (target === undefined || year === undefined) return undefined;
  return { targetPer1000: target, targetYear: year };
}
