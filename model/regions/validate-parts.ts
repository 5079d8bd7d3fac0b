/**
 * The parts of the regional rules that several checks share: the region list, maps with
 * one entry per region, shares that sum to 1, the highest value a distribution can take,
 * and the regional population (MODEL.md §6).
 */
import {
  type Ctx,
  type Rec,
  at,
  error,
  field,
  idx,
  isRecord,
  listWords,
  newCtx,
  num,
  show,
} from '../scenario/issues.ts';
import type { IssueCode, IssueValues, RegionMapTopic } from '../scenario/issue-messages.ts';
import { checkIdForm } from '../scenario/validate-profession.ts';
import { validateInline } from '../scenario/validate-population.ts';
import { MAX_NAME_CHARS } from '../scenario/limits.ts';
import type { Dist } from '../scenario/types.ts';
import { MAX_REGIONS, MIN_REGIONS, SHARE_SUM_TOLERANCE } from './types.ts';

export interface RegionNames {
  ids: string[];
  names: string[];
}

/** The regions' ids and names, or undefined (with errors) when the list is unusable. */
export function readRegions(ctx: Ctx, v: unknown): RegionNames | undefined {
  if (!Array.isArray(v)) {
    error(ctx, 'regions', 'regions.notList', { value: show(v) });
    return undefined;
  }
  if (v.length < MIN_REGIONS || v.length > MAX_REGIONS) {
    error(ctx, 'regions', 'regions.count', {
      min: MIN_REGIONS,
      max: MAX_REGIONS,
      count: num(v.length),
    });
    return undefined;
  }
  const before = ctx.errors.length;
  const ids: string[] = [];
  const names: string[] = [];
  v.forEach((r: unknown, i) => {
    const path = idx('regions', i);
    if (!isRecord(r)) {
      error(ctx, path, 'region.notObject', { value: show(r) });
      return;
    }
    const id = field(r, 'id');
    if (typeof id !== 'string' || id.trim() === '') {
      error(ctx, at(path, 'id'), 'region.idNotText', { value: show(id) });
      return;
    }
    if (!checkIdForm(ctx, id, at(path, 'id'))) return;
    if (ids.includes(id)) {
      error(ctx, at(path, 'id'), 'region.duplicateId', { id: show(id) });
      return;
    }
    const name = field(r, 'name');
    if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME_CHARS)) {
      error(ctx, at(path, 'name'), 'region.nameInvalid', {
        max: MAX_NAME_CHARS,
        value: show(name),
      });
      return;
    }
    ids.push(id);
    names.push(typeof name === 'string' && name.trim() !== '' ? name : id);
  });
  return ctx.errors.length > before ? undefined : { ids, names };
}

/** "… is not a region of this scenario; the regions are …" */
export function notARegion(ctx: Ctx, path: string, key: string, regions: RegionNames): void {
  error(ctx, path, 'regionMap.unknownRegion', { key: show(key), regions: listWords(regions.ids) });
}

/** A map with exactly one entry per region id (`what` it holds: issue-messages.ts
 *  REGION_MAPS); calls `each` on every entry. */
export function readRegionMap(
  ctx: Ctx,
  v: unknown,
  path: string,
  regions: RegionNames,
  what: RegionMapTopic,
  each: (value: unknown, path: string, region: number) => void,
  complete = true,
): void {
  if (!isRecord(v)) {
    error(ctx, path, `regionMap.${what}`, {
      regions: listWords(regions.ids.map((id) => `"${id}"`)),
      value: show(v),
    });
    return;
  }
  for (const key of Object.keys(v)) {
    if (!regions.ids.includes(key)) notARegion(ctx, at(path, key), key, regions);
  }
  regions.ids.forEach((id, r) => {
    const entry = field(v, id);
    if (entry === undefined) {
      if (complete)
        error(ctx, path, 'regionMap.missingRegion', { id: show(id), name: regions.names[r] });
      return;
    }
    each(entry, at(path, id), r);
  });
}

/** Shares (each 0..1) that must sum to 1; `sumCode` says they do not (with `words`, the
 *  values of its message besides the sum). */
export function checkShares(
  ctx: Ctx,
  values: Rec,
  path: string,
  sumCode: IssueCode,
  words: IssueValues = {},
): void {
  let sum = 0;
  let ok = true;
  for (const [key, x] of Object.entries(values)) {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 1) {
      error(ctx, at(path, key), 'shares.invalid', { value: show(x) });
      ok = false;
    } else sum += x;
  }
  if (ok && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    error(ctx, path, sumCode, { ...words, sum: num(Number(sum.toPrecision(12))) });
  }
}

/** The highest value a Dist can take (draws are clamped to `cap`). */
export function highest(d: Dist, cap: number): number {
  if (typeof d === 'number') return Math.min(cap, d);
  if (d.dist === 'normal') return Math.min(cap, d.max ?? Infinity);
  if (d.dist === 'lognormal') return cap;
  return Math.min(cap, d.max);
}

export function ageRule(ctx: Ctx): { length?: number; lengthPhrase: string } {
  if (!ctx.ages) return { lengthPhrase: 'values, one per workforce age' };
  const n = ctx.ages.max - ctx.ages.min + 1;
  return { length: n, lengthPhrase: `${n} values, one per age ${ctx.ages.min}–${ctx.ages.max}` };
}

export function checkPopulation(ctx: Ctx, v: unknown, regions: RegionNames): void {
  if (!isRecord(v)) return; // the national checks report it
  const tables = field(v, 'regions');
  const shares = field(v, 'regionShares');
  if (tables === undefined && shares === undefined) {
    error(ctx, 'population', 'regionalPopulation.missing');
    return;
  }
  if (tables !== undefined && shares !== undefined) {
    error(ctx, 'population', 'regionalPopulation.both');
    return;
  }
  if (shares !== undefined) {
    if (!isRecord(shares)) {
      readRegionMap(ctx, shares, 'population.regionShares', regions, 'populationShares', () => {});
      return;
    }
    const before = ctx.errors.length;
    readRegionMap(ctx, shares, 'population.regionShares', regions, 'populationShares', () => {});
    if (ctx.errors.length === before) {
      checkShares(ctx, shares, 'population.regionShares', 'shares.population');
    }
    return;
  }
  readRegionMap(ctx, tables, 'population.regions', regions, 'populationTables', (t, path) => {
    // Each table is checked like a national one, with the shared ages and years.
    if (!isRecord(t)) {
      error(ctx, path, 'regionalPopulation.tableNotObject', { value: show(t) });
      return;
    }
    const scratch = newCtx({});
    validateInline(
      scratch,
      {
        ages: field(v, 'ages'),
        years: field(v, 'years'),
        female: field(t, 'female'),
        male: field(t, 'male'),
      },
      '',
    );
    for (const e of scratch.errors) {
      if (e.path.startsWith('female') || e.path.startsWith('male'))
        ctx.errors.push({ ...e, path: at(path, e.path) });
    }
  });
}
