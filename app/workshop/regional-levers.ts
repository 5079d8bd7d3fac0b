/**
 * Levers of a regional scenario (MODEL.md §6): training places are set per region, so the
 * intake lever of a profession moves every region's intake by the same percent (the total
 * changes by that percent, each region keeps its part), and a lever of one region ("Training
 * places in Rural") moves that region's intake alone. Pure rules, beside ./levers.ts.
 */
import { pointOf } from '../editor/dist-forms.ts';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The regions of a draft that has them: id and name, in order. */
export function draftRegions(draft: unknown): { id: string; name: string }[] {
  const list = isRec(draft) ? draft.regions : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((r: unknown) =>
    isRec(r) && typeof r.id === 'string' && r.id !== ''
      ? [{ id: r.id, name: typeof r.name === 'string' && r.name.trim() !== '' ? r.name : r.id }]
      : [],
  );
}

/** Whether `v` is a map by region id (an object that is not a distribution). */
export function isRegionMap(v: unknown): v is Rec {
  return isRec(v) && !('dist' in v) && Object.keys(v).length > 0;
}

/** The sum of a region map's point values; undefined when one is not a value yet. */
export function regionMapPoint(v: unknown): number | undefined {
  if (!isRegionMap(v)) return undefined;
  let sum = 0;
  for (const x of Object.values(v)) {
    const p = pointOf(x);
    if (p === undefined) return undefined;
    sum += p;
  }
  return sum;
}

/**
 * The region map with every entry's point value times `factor`, each shifted by `shift`
 * (a distribution moved as a whole, as a lever moves one), or undefined when a value is
 * missing.
 */
export function scaleRegionMap(
  v: unknown,
  factor: number,
  shift: (value: unknown, delta: number) => unknown,
): Rec | undefined {
  if (!isRegionMap(v)) return undefined;
  const out: Rec = {};
  for (const [id, x] of Object.entries(v)) {
    const p = pointOf(x);
    if (p === undefined) return undefined;
    out[id] = shift(x, p * factor - p);
  }
  return out;
}

/**
 * The lowest factor a region map can be scaled by without a region leaving the values
 * allowed: each region's own lowest point value (from `lowest`) over its point value.
 */
export function lowestFactor(v: unknown, lowest: (value: unknown) => number): number {
  if (!isRegionMap(v)) return 0;
  let f = 0;
  for (const x of Object.values(v)) {
    const p = pointOf(x);
    if (p !== undefined && p > 0) f = Math.max(f, lowest(x) / p);
  }
  return f;
}
