/**
 * The values levers read and write (./levers.ts): point values of FTE per head, how far a
 * distribution reaches, a distribution shifted as a whole, FTE per head scaled.
 */
import { pointOf } from '../editor/dist-forms.ts';

export type Rec = Record<string, unknown>;

export const isRec = (v: unknown): v is Rec =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const tidy = (x: number): number => Number(x.toPrecision(12));

/** The decimals of a step (0.1 → 1, 0.5 → 1, 5 → 0). */
export function stepDecimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export const roundTo = (x: number, decimals: number): number => Number(x.toFixed(decimals));

/** The professions of a draft: index, id and name. */
export function draftProfessions(draft: unknown): { index: number; id: string; name: string }[] {
  const list = isRec(draft) ? draft.professions : undefined;
  if (!Array.isArray(list)) return [];
  const out: { index: number; id: string; name: string }[] = [];
  list.forEach((p: unknown, index) => {
    if (isRec(p) && typeof p.id === 'string') {
      out.push({ index, id: p.id, name: typeof p.name === 'string' ? p.name : p.id });
    }
  });
  return out;
}

/** A FTE per head value as one number: a plain number, or the mean of every age and sex. */
export function ftePoint(v: unknown): number | undefined {
  if (num(v)) return v;
  if (!isRec(v) || !Array.isArray(v.female) || !Array.isArray(v.male)) return undefined;
  const all = [...(v.female as unknown[]), ...(v.male as unknown[])];
  if (all.length === 0 || !all.every(num)) return undefined;
  return all.reduce((a, b) => a + b, 0) / all.length;
}

/** How far below and above the point value a value reaches (its bounds, else the point). */
export function reach(v: unknown): { below: number; above: number } {
  const p = pointOf(v);
  if (p === undefined || !isRec(v)) return { below: 0, above: 0 };
  if (v.dist === 'lognormal') return { below: 0, above: 0 };
  const low = num(v.min) ? v.min : p;
  const high = num(v.max) ? v.max : p;
  return { below: Math.max(0, p - low), above: Math.max(0, high - p) };
}

/** A distribution (or number) moved so that its point value grows by `delta`. */
export function shiftDist(v: unknown, delta: number): unknown {
  if (num(v)) return tidy(v + delta);
  if (!isRec(v)) return v;
  const out: Rec = { ...v };
  if (v.dist === 'lognormal') {
    if (num(v.median)) out.median = tidy(v.median + delta);
    return out;
  }
  for (const key of ['min', 'mode', 'max', 'mean']) {
    const x = v[key];
    if (num(x)) out[key] = tidy(x + delta);
  }
  return out;
}

/** FTE per head moved so that its point value becomes `target` (by age: scaled). */
export function setFte(v: unknown, target: number): unknown {
  if (num(v)) return tidy(target);
  const p = ftePoint(v);
  if (!isRec(v) || p === undefined || !(p > 0)) return v;
  const factor = target / p;
  const scale = (list: unknown): unknown =>
    Array.isArray(list) ? list.map((x: unknown) => (num(x) ? tidy(x * factor) : x)) : list;
  return { ...v, female: scale(v.female), male: scale(v.male) };
}
