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
  got,
  idx,
  isRecord,
  listWords,
  newCtx,
  num,
  show,
} from '../scenario/issues.ts';
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
    error(
      ctx,
      'regions',
      `must be a list of regions, each {"id": "north", "name": "North"} ${got(v)}`,
    );
    return undefined;
  }
  if (v.length < MIN_REGIONS || v.length > MAX_REGIONS) {
    error(
      ctx,
      'regions',
      `must list between ${MIN_REGIONS} and ${MAX_REGIONS} regions (got ${num(v.length)}); without regions, leave the list out`,
    );
    return undefined;
  }
  const before = ctx.errors.length;
  const ids: string[] = [];
  const names: string[] = [];
  v.forEach((r: unknown, i) => {
    const path = idx('regions', i);
    if (!isRecord(r)) {
      error(ctx, path, `must be a region, {"id": "north", "name": "North"} ${got(r)}`);
      return;
    }
    const id = field(r, 'id');
    if (typeof id !== 'string' || id.trim() === '') {
      error(ctx, at(path, 'id'), `must be a short non-empty text such as "north" ${got(id)}`);
      return;
    }
    if (!checkIdForm(ctx, id, at(path, 'id'))) return;
    if (ids.includes(id)) {
      error(
        ctx,
        at(path, 'id'),
        `the region id ${show(id)} is used twice; each region needs its own id`,
      );
      return;
    }
    const name = field(r, 'name');
    if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME_CHARS)) {
      error(
        ctx,
        at(path, 'name'),
        `must be a text of at most ${MAX_NAME_CHARS} characters ${got(name)}`,
      );
      return;
    }
    ids.push(id);
    names.push(typeof name === 'string' && name.trim() !== '' ? name : id);
  });
  return ctx.errors.length > before ? undefined : { ids, names };
}

/** A map with exactly one entry per region id; calls `each` on every entry. */
export function readRegionMap(
  ctx: Ctx,
  v: unknown,
  path: string,
  regions: RegionNames,
  what: string,
  each: (value: unknown, path: string, region: number) => void,
  complete = true,
): void {
  if (!isRecord(v)) {
    error(
      ctx,
      path,
      `with regions, must be ${what}, one entry per region (${listWords(regions.ids.map((id) => `"${id}"`))}) ${got(v)}`,
    );
    return;
  }
  for (const key of Object.keys(v)) {
    if (!regions.ids.includes(key)) {
      error(
        ctx,
        at(path, key),
        `${show(key)} is not a region of this scenario; the regions are ${listWords(regions.ids)}`,
      );
    }
  }
  regions.ids.forEach((id, r) => {
    const entry = field(v, id);
    if (entry === undefined) {
      if (complete)
        error(
          ctx,
          path,
          `has no entry for region ${show(id)} (${regions.names[r]}); give one per region`,
        );
      return;
    }
    each(entry, at(path, id), r);
  });
}

/** Shares (each 0..1) that must sum to 1; `words` describes the list for the message. */
export function checkShares(ctx: Ctx, values: Rec, path: string, words: string): void {
  let sum = 0;
  let ok = true;
  for (const [key, x] of Object.entries(values)) {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 1) {
      error(ctx, at(path, key), `a share must be a number between 0 and 1 ${got(x)}`);
      ok = false;
    } else sum += x;
  }
  if (ok && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    error(ctx, path, `${words} sum to ${num(Number(sum.toPrecision(12)))}, not 1`);
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
    error(
      ctx,
      'population',
      'with regions, the population needs one table per region ("regions") or the share of each region ("regionShares")',
    );
    return;
  }
  if (tables !== undefined && shares !== undefined) {
    error(
      ctx,
      'population',
      'give either one table per region ("regions") or "regionShares", not both',
    );
    return;
  }
  if (shares !== undefined) {
    if (!isRecord(shares)) {
      readRegionMap(
        ctx,
        shares,
        'population.regionShares',
        regions,
        'the share of each region',
        () => {},
      );
      return;
    }
    const before = ctx.errors.length;
    readRegionMap(
      ctx,
      shares,
      'population.regionShares',
      regions,
      'the share of each region',
      () => {},
    );
    if (ctx.errors.length === before) {
      checkShares(ctx, shares, 'population.regionShares', "the regions' shares of the population");
    }
    return;
  }
  readRegionMap(
    ctx,
    tables,
    'population.regions',
    regions,
    'one population table per region',
    (t, path) => {
      // Each table is checked like a national one, with the shared ages and years.
      if (!isRecord(t)) {
        error(
          ctx,
          path,
          `must be {"female": [[...]], "male": [[...]]}, one row per year ${got(t)}`,
        );
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
          error(ctx, at(path, e.path), e.message);
      }
    },
  );
}
