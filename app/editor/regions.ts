/**
 * The regions of a draft (MODEL.md §6, docs/regions-editing.md): read them, add one (every
 * regional map gets an entry of zeros for it), rename one (its name; the id stays), remove
 * one (its entries go from every map, and the policies for it go too). Each change returns a
 * new draft and leaves the old one as it was, so the editor's undo can put it back.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { MAX_REGIONS, MIN_REGIONS } from '../../model/regions/types.ts';
import { englishT, type Translate } from '../i18n/translate.ts';
import { pointOf } from './dist-forms.ts';
import { isRec, professionsOf, setIn, uniqueId } from './draft.ts';
import type { Rec } from './draft.ts';

export { MAX_REGIONS, MIN_REGIONS };

export interface RegionEntry {
  id: string;
  /** The name, or the id when the name is blank. */
  name: string;
}

/** Does the draft have regions (a `regions` field, whatever its state)? */
export function isRegionalDraft(draft: unknown): boolean {
  return isRec(draft) && draft.regions !== undefined;
}

/** The regions with a usable id, in order (an empty list when there are none). */
export function regionsOf(draft: unknown): RegionEntry[] {
  const list = getAtPath(draft, 'regions');
  if (!Array.isArray(list)) return [];
  const out: RegionEntry[] = [];
  for (const r of list) {
    const id = getAtPath(r, 'id');
    if (typeof id !== 'string' || id.trim() === '' || out.some((x) => x.id === id)) continue;
    const name = getAtPath(r, 'name');
    out.push({ id, name: typeof name === 'string' && name.trim() !== '' ? name.trim() : id });
  }
  return out;
}

/** The name of region `id`, or the id itself. */
export function regionName(draft: unknown, id: string): string {
  return regionsOf(draft).find((r) => r.id === id)?.name ?? id;
}

/** The fields of a profession that hold one entry per region. */
export const PER_REGION_FIELDS = [
  'stock',
  'training.intake',
  'training.pipeline',
  'demand.baseFte',
] as const;

/**
 * The region a path under profession `at` is about, when it is inside a per-region entry or
 * a mobility or destinations row: `professions[0].stock.south.female[3]` → `south`.
 */
export function regionOfPath(path: string, at: string): string | undefined {
  for (const f of [...PER_REGION_FIELDS, 'mobility', 'training.graduateDestinations']) {
    const head = `${at}.${f}.`;
    if (path.startsWith(head)) {
      const id = /^[^.[\]]+/.exec(path.slice(head.length))?.[0];
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A list of `n` zeros, or a table of rows of zeros shaped like `like`. */
function zerosLike(like: unknown): unknown {
  if (Array.isArray(like)) return like.map((x) => (Array.isArray(x) ? zerosLike(x) : 0));
  return 0;
}

/** The first entry of a region map (to copy its shape), when it is a map. */
function firstEntry(map: unknown): unknown {
  return isRec(map) ? Object.values(map)[0] : undefined;
}

/** A free region id for `name`: letters, digits and - only. */
export function newRegionId(name: string, taken: readonly string[]): string {
  const stem = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  return uniqueId(stem || 'region', taken);
}

/** Workforce ages (for a new region's headcount) when valid. */
function workforceRows(draft: unknown): number | undefined {
  const min = getAtPath(draft, 'ages.min');
  const max = getAtPath(draft, 'ages.max');
  return typeof min === 'number' && typeof max === 'number' && max >= min && max - min <= 120
    ? max - min + 1
    : undefined;
}

/**
 * The draft with one more region, named `name`: headcount of zeros, no training places, no
 * students, today's FTE need null (its supply), a population table of zeros or a share of 0,
 * an immigration share of 0. Nobody moves to or from it until the planner says so.
 */
export function addRegion(draft: unknown, name: string): { draft: unknown; id: string } {
  const regions = list(getAtPath(draft, 'regions'));
  const taken = regions.map((r) => getAtPath(r, 'id')).filter((x) => typeof x === 'string');
  const id = newRegionId(name, taken);
  let out = setIn(draft, `regions[${regions.length}]`, { id, name: name.trim() || id });
  const rows = workforceRows(draft);
  professionsOf(draft).forEach((p, i) => {
    const at = `professions[${i}]`;
    const stock = getAtPath(p, 'stock');
    if (isRec(stock)) {
      const like = firstEntry(stock);
      const zeros = (sex: string) =>
        zerosLike(getAtPath(like, sex) ?? new Array<number>(rows ?? 0).fill(0));
      out = setIn(out, `${at}.stock.${id}`, { female: zeros('female'), male: zeros('male') });
    }
    if (isRec(getAtPath(p, 'training.intake'))) out = setIn(out, `${at}.training.intake.${id}`, 0);
    const pipeline = getAtPath(p, 'training.pipeline');
    if (isRec(pipeline))
      out = setIn(out, `${at}.training.pipeline.${id}`, zerosLike(firstEntry(pipeline) ?? []));
    if (isRec(getAtPath(p, 'demand.baseFte'))) out = setIn(out, `${at}.demand.baseFte.${id}`, null);
    if (isRec(getAtPath(p, 'immigration.regionShares'))) {
      out = setIn(out, `${at}.immigration.regionShares.${id}`, 0);
    }
  });
  const tables = getAtPath(draft, 'population.regions');
  if (isRec(tables)) {
    const like = firstEntry(tables);
    out = setIn(out, `population.regions.${id}`, {
      female: zerosLike(getAtPath(like, 'female') ?? []),
      male: zerosLike(getAtPath(like, 'male') ?? []),
    });
  }
  if (isRec(getAtPath(draft, 'population.regionShares'))) {
    out = setIn(out, `population.regionShares.${id}`, 0);
  }
  return { draft: out, id };
}

/** The draft without key `id` in the map at `path` (when there is such a map). */
function dropKey(draft: unknown, path: string, id: string): unknown {
  const map = getAtPath(draft, path);
  return isRec(map) && Object.prototype.hasOwnProperty.call(map, id)
    ? setIn(draft, `${path}.${id}`, undefined)
    : draft;
}

/** What removing a region takes with it, for the question before it is done (in the
 *  language of `t`). */
export function removalWords(draft: unknown, id: string, t: Translate = englishT): string {
  const n = policiesFor(draft, id).length;
  return t('editor.regions.removal', {
    name: regionName(draft, id),
    policies: n,
    count: String(n),
  });
}

function policiesFor(draft: unknown, id: string): number[] {
  return list(getAtPath(draft, 'policies'))
    .map((p, i) => (getAtPath(p, 'region') === id ? i : -1))
    .filter((i) => i >= 0);
}

/**
 * The draft without region `id`: out of the list, out of every per-region map, every
 * mobility and destinations row and column, the immigration and population shares (whose
 * sum the Problems list then checks), the population tables, and the policies for it.
 */
export function removeRegion(draft: unknown, id: string): unknown {
  const regions = list(getAtPath(draft, 'regions'));
  const k = regions.findIndex((r) => getAtPath(r, 'id') === id);
  if (k < 0) return draft;
  let out = setIn(draft, `regions[${k}]`, undefined);
  professionsOf(draft).forEach((p, i) => {
    const at = `professions[${i}]`;
    for (const f of PER_REGION_FIELDS) out = dropKey(out, `${at}.${f}`, id);
    out = dropKey(out, `${at}.immigration.regionShares`, id);
    for (const f of ['mobility', 'training.graduateDestinations']) {
      out = dropKey(out, `${at}.${f}`, id);
      const rows = getAtPath(out, `${at}.${f}`);
      if (isRec(rows))
        for (const from of Object.keys(rows)) out = dropKey(out, `${at}.${f}.${from}`, id);
    }
  });
  out = dropKey(out, 'population.regions', id);
  out = dropKey(out, 'population.regionShares', id);
  for (const i of policiesFor(draft, id).reverse()) out = setIn(out, `policies[${i}]`, undefined);
  return out;
}

/** Sum of the numbers of a map (entries that are not numbers count as 0). */
export function shareSum(map: unknown): number {
  if (!isRec(map)) return 0;
  return Object.values(map).reduce<number>(
    (a, v) => a + (typeof v === 'number' && Number.isFinite(v) ? v : 0),
    0,
  );
}

/** Sum of the point values of a mobility row (a value that is not readable counts as 0). */
export function pointSum(row: unknown): number {
  if (!isRec(row)) return 0;
  return Object.values(row).reduce<number>((a, v) => a + (pointOf(v) ?? 0), 0);
}

/** Equal shares for `ids`, rounded to 4 decimals, the last taking what is left. */
export function equalShares(ids: readonly string[]): Rec {
  return sharesOf(
    ids.map(() => 1),
    ids,
  );
}

/** Shares proportional to `weights` (equal when all are 0), rounded to 4 decimals, summing to 1. */
export function sharesOf(weights: readonly number[], ids: readonly string[]): Rec {
  const total = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total > 0 ? w / total : 1 / weights.length));
  const out: Rec = {};
  let used = 0;
  ids.forEach((id, r) => {
    const v =
      r === ids.length - 1 ? Math.round((1 - used) * 1e4) / 1e4 : Math.round(raw[r] * 1e4) / 1e4;
    used += v;
    out[id] = v;
  });
  return out;
}

/** The headcount of each region of profession `at` (0 where it cannot be read). */
export function headcounts(draft: unknown, at: string, ids: readonly string[]): number[] {
  return ids.map((id) =>
    ['female', 'male'].reduce(
      (a, sex) =>
        a +
        list(getAtPath(draft, `${at}.stock.${id}.${sex}`)).reduce<number>(
          (b, v) => b + (typeof v === 'number' ? v : 0),
          0,
        ),
      0,
    ),
  );
}

/** A national profession (a new one from the template) made regional: every per-region field
 *  a map, the same example in each region, today's FTE need one null for all. */
export function regionaliseProfession(p: unknown, ids: readonly string[]): unknown {
  if (!isRec(p)) return p;
  const each = (v: unknown) => Object.fromEntries(ids.map((id) => [id, structuredClone(v)]));
  let out: unknown = p;
  if (p.stock !== undefined) out = setIn(out, 'stock', each(p.stock));
  for (const f of ['training.intake', 'training.pipeline']) {
    const v = getAtPath(p, f);
    if (v !== undefined) out = setIn(out, f, each(v));
  }
  const base = getAtPath(p, 'demand.baseFte');
  if (base !== undefined && base !== null) out = setIn(out, 'demand.baseFte', each(base));
  return out;
}
