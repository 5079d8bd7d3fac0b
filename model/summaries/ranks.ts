/**
 * Average ranks and Spearman's ρ for the sensitivity tornado. The ranks come from a
 * bucket sort of the indices, so ranking many runs' values costs a few passes.
 */

const SMALL_RANGE = 24;

/** Sorts order[from..to) by value, stably (equal values keep their order). */
function insertionByValue(
  values: ArrayLike<number>,
  order: Uint32Array,
  from: number,
  to: number,
): void {
  for (let i = from + 1; i < to; i++) {
    const o = order[i];
    const v = values[o];
    let j = i - 1;
    while (j >= from && values[order[j]] > v) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = o;
  }
}

/**
 * Sorts order[from..to) by value, stably: a counting sort into as many buckets of equal
 * width as there are values (the bucket index never decreases as the value grows, since
 * every floating-point step is monotone), then each crowded bucket the same way. Deeply
 * crowded ranges (values spread over many orders of magnitude) fall back to a comparison
 * sort.
 */
function sortByValue(
  values: ArrayLike<number>,
  order: Uint32Array,
  from: number,
  to: number,
  scratch: { bucket: Uint32Array; moved: Uint32Array },
  depth: number,
): void {
  const m = to - from;
  if (m <= SMALL_RANGE) return insertionByValue(values, order, from, to);
  let min = values[order[from]];
  let max = min;
  for (let i = from + 1; i < to; i++) {
    const v = values[order[i]];
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  if (min === max) return; // all equal: already in index order
  const scale = m / (max - min);
  if (!(max > min) || !Number.isFinite(scale) || !Number.isFinite(max - min) || depth > 6) {
    order.subarray(from, to).sort((a, b) => values[a] - values[b] || a - b);
    return;
  }
  const { bucket, moved } = scratch;
  const ends = new Uint32Array(m + 1);
  const last = m - 1;
  for (let i = from; i < to; i++) {
    const b = Math.min(last, Math.floor((values[order[i]] - min) * scale));
    bucket[i] = b;
    ends[b + 1]++;
  }
  for (let b = 1; b <= m; b++) ends[b] += ends[b - 1];
  for (let i = from; i < to; i++) moved[from + ends[bucket[i]]++] = order[i];
  order.set(moved.subarray(from, to), from);
  // ends[b] is now where bucket b ends.
  let start = 0;
  for (let b = 0; b < m; b++) {
    const end = ends[b];
    if (end - start > 1) {
      if (end - start <= SMALL_RANGE) insertionByValue(values, order, from + start, from + end);
      else sortByValue(values, order, from + start, from + end, scratch, depth + 1);
    }
    start = end;
  }
}

/** The indices of `values` in ascending order of value, equal values in index order. */
export function argsort(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const scratch = { bucket: new Uint32Array(n), moved: new Uint32Array(n) };
  sortByValue(values, order, 0, n, scratch, 0);
  return order;
}

/** Average ranks (1-based), ties sharing the mean of their positions. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = argsort(values);
  const r = new Float64Array(n);
  let i = 0;
  while (i < n) {
    const v = values[order[i]];
    let j = i + 1;
    while (j < n && values[order[j]] === v) j++;
    const rank = (i + 1 + j) / 2; // positions i..j−1 hold v: ranks i+1..j
    for (let t = i; t < j; t++) r[order[t]] = rank;
    i = j;
  }
  return r;
}

/** Pearson correlation; null when either side does not vary. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Spearman's ρ: the Pearson correlation of the average ranks; null when either side
 *  does not vary. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  return pearson(ranks(x), ranks(y));
}
