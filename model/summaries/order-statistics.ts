/**
 * Order statistics without a full sort: a multi-quickselect, and a histogram selection
 * that reads the wanted ranks off a few sorted buckets. Both give exactly the values a
 * full sort would put at those ranks.
 */

/** Sorts a[lo..hi] in place; for the short ranges where it beats anything cleverer. */
function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Rearranges `a` so that a[k] holds the k-th smallest value for every k of `ks` (ascending):
 * quickselect with a three-way partition, recursing only into parts that hold a wanted k.
 * The values at those places equal a full sort's, at about a third of its cost.
 */
export function selectInPlace(a: Float64Array, ks: readonly number[]): void {
  const stack: number[] = [0, a.length - 1, 0, ks.length - 1];
  while (stack.length > 0) {
    const kHi = stack.pop()!;
    const kLo = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (kLo > kHi || lo >= hi) continue;
    if (hi - lo < 24) {
      insertionSort(a, lo, hi);
      continue;
    }
    const x = a[lo];
    const y = a[(lo + hi) >>> 1];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let gt = hi;
    for (let i = lo; i <= gt;) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else i++;
    }
    let left = kLo;
    while (left <= kHi && ks[left] < lt) left++;
    let right = left;
    while (right <= kHi && ks[right] <= gt) right++;
    stack.push(lo, lt - 1, kLo, left - 1, gt + 1, hi, right, kHi);
  }
}

/**
 * Order statistics by histogram: the values are counted into buckets of equal width
 * between their minimum and maximum (a bucket index that never decreases as the value
 * grows, since every floating-point step here is monotone), only the buckets that hold a
 * wanted rank are gathered and sorted. Exact, and about three passes over the values
 * instead of a selection's many.
 */
export class OrderStatistics {
  private bucketOf = new Uint32Array(0);
  private counts = new Uint32Array(0);
  private starts = new Int32Array(0);
  private gathered = new Float64Array(0);

  /** out[j] = the ks[j]-th smallest (0-based) of values[0..n−1]; ks ascending, each < n.
   *  `values` is not changed. */
  select(values: Float64Array, n: number, ks: readonly number[], out: Float64Array): void {
    if (n === 0) return;
    let min = values[0];
    let max = values[0];
    for (let i = 1; i < n; i++) {
      const v = values[i];
      if (v < min) min = v;
      else if (v > max) max = v;
    }
    const buckets = Math.max(1, Math.min(8192, n >>> 2));
    const scale = buckets / (max - min);
    if (!(max > min) || !Number.isFinite(scale) || !Number.isFinite(max - min)) {
      if (min === max) {
        for (let j = 0; j < ks.length; j++) out[j] = min;
        return;
      }
      // NaN, or a range too wide or too narrow for buckets: plain selection.
      const copy = values.slice(0, n);
      selectInPlace(copy, ks);
      for (let j = 0; j < ks.length; j++) out[j] = copy[ks[j]];
      return;
    }
    if (this.bucketOf.length < n) {
      this.bucketOf = new Uint32Array(n);
      this.gathered = new Float64Array(n);
    }
    if (this.counts.length < buckets) {
      this.counts = new Uint32Array(buckets);
      this.starts = new Int32Array(buckets);
    }
    const { bucketOf, counts, starts, gathered } = this;
    counts.fill(0, 0, buckets);
    const last = buckets - 1;
    for (let i = 0; i < n; i++) {
      const b = Math.min(last, Math.floor((values[i] - min) * scale));
      bucketOf[i] = b;
      counts[b]++;
    }
    // Which buckets hold a wanted rank, and where each starts among the gathered values.
    starts.fill(-1, 0, buckets);
    let below = 0;
    let size = 0;
    let j = 0;
    for (let b = 0; b < buckets && j < ks.length; b++) {
      const c = counts[b];
      if (ks[j] < below + c) {
        starts[b] = size;
        size += c;
        while (j < ks.length && ks[j] < below + c) j++;
      }
      below += c;
    }
    for (let i = 0; i < n; i++) {
      const at = starts[bucketOf[i]];
      if (at >= 0) {
        gathered[at] = values[i];
        starts[bucketOf[i]] = at + 1;
      }
    }
    // starts[b] now points just past bucket b's values: sort each and read the ranks.
    below = 0;
    j = 0;
    for (let b = 0; b < buckets && j < ks.length; b++) {
      const c = counts[b];
      if (ks[j] < below + c) {
        const end = starts[b];
        const from = end - c;
        if (c <= 24) insertionSort(gathered, from, end - 1);
        else gathered.subarray(from, end).sort();
        while (j < ks.length && ks[j] < below + c) {
          out[j] = gathered[from + ks[j] - below];
          j++;
        }
      }
      below += c;
    }
  }
}
