/**
 * Age groups spread over single years of age. Ministries and Eurostat publish counts in
 * groups (`Y25-29`, `65+`); the scenario needs one number per single year. Pure functions,
 * no I/O; documented in docs/files.md ("Age groups").
 *
 * Two methods, both keeping every group's total:
 *
 * - **smooth**: the cumulative count C(x) (people younger than x) is known at the group
 *   boundaries. A monotone piecewise-cubic Hermite curve (PCHIP, Fritsch–Carlson, with the
 *   Fritsch–Butland slopes at inner boundaries and the one-sided three-point slopes at the
 *   ends, as SciPy's `PchipInterpolator`) runs through those points, and the single ages are
 *   its differences: age a gets C(a + 1) − C(a). The curve passes through every boundary, so
 *   each group keeps its total; it is non-decreasing (the slopes stay within Fritsch and
 *   Carlson's bound, at most three times the group's mean), so no age is negative; and its
 *   slope is continuous across boundaries, so the ages run smoothly from one group into the
 *   next. A single group alone is spread evenly.
 * - **even**: each group's total is shared equally among its ages.
 *
 * A group whose total is a whole number is shared in whole numbers: the shares are rounded
 * down and the people left over go, one each, to the ages with the largest fractions
 * (ties to the younger age), so the whole numbers add up to the total exactly. Other totals
 * are shared as fractions, which add up to the total within 1e-9 of it.
 */

import { words, type Words } from '../shell/words.ts';

export type SplitMethod = 'smooth' | 'even';

export const SPLIT_METHODS: readonly SplitMethod[] = ['smooth', 'even'];

/** A group of ages `from`…`to` (both included) with its count. */
export interface AgeGroup {
  from: number;
  to: number;
  total: number;
}

/** The method in the words of the preview and the notes: its name ("Smoothly across the
 *  groups") and what it does, to say with `method` (files.json). */
export const METHOD_WORDS = {
  name: 'files.split.methodName',
  detail: 'files.split.methodDetail',
} as const;

/**
 * The single ages of `groups`, which must follow one another without a gap or overlap
 * (`groups[k + 1].from === groups[k].to + 1`): one value per age from the first group's
 * `from` to the last group's `to`. Throws a RangeError when they do not.
 */
export function splitGroups(groups: readonly AgeGroup[], method: SplitMethod): number[] {
  groups.forEach((g, k) => {
    if (!(Number.isInteger(g.from) && Number.isInteger(g.to) && g.to >= g.from)) {
      throw new RangeError(`group ${k} is not a range of ages (${g.from}–${g.to})`);
    }
    if (!(Number.isFinite(g.total) && g.total >= 0)) {
      throw new RangeError(`group ${k} has a total that is not a count (${g.total})`);
    }
    if (k > 0 && g.from !== groups[k - 1].to + 1) {
      throw new RangeError(`group ${k} does not start where group ${k - 1} ends`);
    }
  });
  const slopes = method === 'smooth' ? pchipSlopes(groups) : undefined;
  const out: number[] = [];
  groups.forEach((g, k) => {
    const width = g.to - g.from + 1;
    const shares = slopes ? hermiteShares(g.total, width, slopes[k], slopes[k + 1]) : even(g);
    out.push(...(isWhole(g.total) ? wholeShares(shares, g.total) : shares));
  });
  return out;
}

function even(g: AgeGroup): number[] {
  const width = g.to - g.from + 1;
  return new Array<number>(width).fill(g.total / width);
}

const isWhole = (n: number) => Number.isSafeInteger(n);

/**
 * The slopes of the cumulative count at the group limits (one more than there are groups):
 * people per year of age there.
 */
export function pchipSlopes(groups: readonly AgeGroup[]): number[] {
  const n = groups.length;
  if (n === 0) return [];
  const h = groups.map((g) => g.to - g.from + 1);
  const delta = groups.map((g, k) => g.total / h[k]);
  if (n === 1) return [delta[0], delta[0]];
  const d = new Array<number>(n + 1).fill(0);
  for (let k = 1; k < n; k++) {
    const a = delta[k - 1];
    const b = delta[k];
    if (a > 0 && b > 0) {
      const w1 = 2 * h[k] + h[k - 1];
      const w2 = h[k] + 2 * h[k - 1];
      d[k] = (w1 + w2) / (w1 / a + w2 / b);
    }
  }
  d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
  d[n] = endSlope(h[n - 1], h[n - 2], delta[n - 1], delta[n - 2]);
  return d;
}

/** The one-sided three-point slope at an end, kept within 0 … 3 × the group's mean. */
function endSlope(h0: number, h1: number, delta0: number, delta1: number): number {
  const d = ((2 * h0 + h1) * delta0 - h0 * delta1) / (h0 + h1);
  if (!(d > 0)) return 0;
  return Math.min(d, 3 * delta0);
}

/**
 * The ages of one group of `width` years and `total` people, from the Hermite cubic of the
 * cumulative count within the group: C(0) = 0, C(width) = total, slopes `d0` and `d1`.
 */
function hermiteShares(total: number, width: number, d0: number, d1: number): number[] {
  const at = (t: number): number => {
    if (t <= 0) return 0;
    if (t >= width) return total;
    const s = t / width;
    const s2 = s * s;
    const s3 = s2 * s;
    const h01 = 3 * s2 - 2 * s3;
    const h10 = s3 - 2 * s2 + s;
    const h11 = s3 - s2;
    return total * h01 + width * (d0 * h10 + d1 * h11);
  };
  const shares: number[] = [];
  let previous = 0;
  for (let t = 1; t <= width; t++) {
    const next = at(t);
    // The curve never falls; a difference below 0 can only be rounding in the last digits.
    shares.push(Math.max(0, next - previous));
    previous = next;
  }
  return shares;
}

/**
 * Whole numbers that add up to `total` exactly (a whole number ≥ 0): each share rounded
 * down, then one more for the shares with the largest fractions (ties to the earlier).
 */
export function wholeShares(shares: readonly number[], total: number): number[] {
  const floors = shares.map((v) => Math.max(0, Math.floor(v)));
  let rest = total - floors.reduce((a, b) => a + b, 0);
  // Fractions to 9 decimals, so that equal shares tie whatever the last digits say.
  const order = shares
    .map((v, i) => ({ i, fraction: Math.round((v - Math.floor(v)) * 1e9) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i)
    .map((x) => x.i);
  while (rest > 0 && order.length > 0) {
    for (const i of order) {
      if (rest === 0) break;
      floors[i]++;
      rest--;
    }
  }
  // Only when rounding in the last digits pushed the shares above the total.
  for (let j = order.length - 1; rest < 0 && j >= 0; j--) {
    const i = order[j];
    const take = Math.min(floors[i], -rest);
    floors[i] -= take;
    rest += take;
  }
  return floors;
}

/** A row's ages, `from`…`to` (both included). */
export interface Span {
  from: number;
  to: number;
}

export type SpanFinding<T extends Span> =
  /** Two rows for the same ages. */
  | { kind: 'same'; first: T; second: T }
  /** `second` starts inside `first` (which starts no later). */
  | { kind: 'overlap'; first: T; second: T }
  /** No row for the ages `from`…`to` between `before` and `after`. */
  | { kind: 'gap'; before: T; after: T; from: number; to: number };

/**
 * The rows of one series (one sex, one year) in age order, and what is wrong with them:
 * two rows for the same ages, rows that overlap, and (when `contiguous`, as age groups
 * must be to be spread) ages without a row between two rows. Narrower rows are kept first,
 * so a wide group such as 15–64 next to five-year groups is the one named, once; a row
 * that repeats or overlaps a kept one is left out of `ordered`.
 */
export function arrangeSpans<T extends Span>(
  rows: readonly T[],
  contiguous: boolean,
): { ordered: T[]; findings: SpanFinding<T>[] } {
  const byWidth = [...rows].sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from);
  const taken = new Map<number, T>();
  const kept: T[] = [];
  const findings: SpanFinding<T>[] = [];
  for (const row of byWidth) {
    let first: T | undefined;
    for (let age = row.from; age <= row.to && !first; age++) first = taken.get(age);
    if (first) {
      const same = row.from === first.from && row.to === first.to;
      findings.push({ kind: same ? 'same' : 'overlap', first, second: row });
      continue;
    }
    for (let age = row.from; age <= row.to; age++) taken.set(age, row);
    kept.push(row);
  }
  const ordered = kept.sort((a, b) => a.from - b.from);
  if (contiguous) {
    for (let k = 1; k < ordered.length; k++) {
      const before = ordered[k - 1];
      const after = ordered[k];
      if (after.from > before.to + 1) {
        findings.push({ kind: 'gap', before, after, from: before.to + 1, to: after.from - 1 });
      }
    }
  }
  return { ordered, findings };
}

/** Whether a series needs spreading: some row holds more than one year of age. */
export function hasGroups(rows: readonly Span[]): boolean {
  return rows.some((r) => r.to > r.from);
}

/** `age 20`, `ages 20–24` */
export function spanWords(span: Span): Words {
  return span.from === span.to
    ? words('files.ages.one', { age: String(span.from) })
    : words('files.ages.range', { from: String(span.from), to: String(span.to) });
}
