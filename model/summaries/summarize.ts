/**
 * Many-run summaries of MODEL.md §3: mean and percentiles per measure and year, shortage
 * probability, required intake percentiles and the Spearman sensitivity tornado.
 * Sums run in run order, so the summary does not depend on how runs were chunked.
 */
import type { CompiledModel } from '../projection/compile.ts';
import type { RunBlock } from '../projection/project.ts';
import {
  type AgeProfile,
  type Measure,
  MEASURES,
  PERCENTILES,
  PERCENTILE_KEYS,
  type ProfessionResult,
  type RequiredIntake,
  type SensitivityEntry,
  type SeriesSummary,
} from '../result/result.ts';

/** Percentile p (0..100) of sorted values, Hyndman–Fan type 7 (MODEL.md §2b.9). */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

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

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  return pearson(ranks(x), ranks(y));
}

/** Order statistics type 7 needs for the percentiles of n values (ascending, unique). */
function percentileRanks(n: number): number[] {
  const ks = new Set<number>();
  for (const p of PERCENTILES) {
    const lo = Math.floor(((n - 1) * p) / 100);
    ks.add(lo);
    if (lo < n - 1) ks.add(lo + 1);
  }
  return [...ks].sort((a, b) => a - b);
}

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

/** The order statistics type-7 percentiles read, and how to read each percentile off
 *  them, for n values. */
interface PercentilePlan {
  ks: number[];
  /** Per percentile: the index in ks of its lower order statistic, its weight h − lo, and
   *  whether it is the last value (no upper neighbour). */
  lower: number[];
  weight: number[];
  top: boolean[];
}

const plans = new Map<number, PercentilePlan>();

function percentilePlan(n: number): PercentilePlan {
  let plan = plans.get(n);
  if (plan) return plan;
  const ks = percentileRanks(n);
  plan = { ks, lower: [], weight: [], top: [] };
  for (const p of PERCENTILES) {
    const h = ((n - 1) * p) / 100;
    const lo = Math.floor(h);
    plan.lower.push(ks.indexOf(Math.min(lo, n - 1)));
    plan.weight.push(h - lo);
    plan.top.push(lo >= n - 1);
  }
  if (plans.size > 64) plans.clear();
  plans.set(n, plan);
  return plan;
}

/** Scratch buffers for the summaries of one block, reused across series. */
class Summarizer {
  readonly stats = new OrderStatistics();
  private readonly picked = new Float64Array(2 * PERCENTILES.length);

  /** Type-7 percentiles of values[0..n−1] (the same arithmetic as percentileSorted). */
  percentiles(values: Float64Array, n: number): number[] {
    if (n === 0) return PERCENTILES.map(() => NaN);
    const plan = percentilePlan(n);
    this.stats.select(values, n, plan.ks, this.picked);
    const x = this.picked;
    return plan.lower.map((i, q) =>
      plan.top[q] ? x[i] : x[i] + plan.weight[q] * (x[i + 1] - x[i]),
    );
  }

  summary(values: Float64Array, n: number): { mean: number; ps: number[] } {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[i];
    return { mean: sum / n, ps: this.percentiles(values, n) };
  }

  median(values: Float64Array, n: number): number {
    return this.percentiles(values, n)[PERCENTILES.indexOf(50)];
  }
}

/** The type-7 percentiles (PERCENTILES) of `values`, as the summaries compute them. */
export function typeSevenPercentiles(values: Float64Array): number[] {
  return new Summarizer().percentiles(values, values.length);
}

function emptySeries(years: number): SeriesSummary {
  const s = { mean: new Array<number>(years) } as SeriesSummary;
  for (const key of PERCENTILE_KEYS) s[key] = new Array<number>(years);
  return s;
}

/** One empty series per measure, in the result's order. */
function emptyMeasures(years: number): Record<Measure, SeriesSummary> {
  return {
    headcount: emptySeries(years),
    fte: emptySeries(years),
    demand: emptySeries(years),
    gap: emptySeries(years),
  };
}

export interface SummaryContext {
  intakeFromYear: number;
  targetYear: number;
}

/**
 * One share of a block's summary, so that several workers can summarise one block
 * together: the series of some (profession, year) cells, the required intake and age
 * profile of some professions, and the rank correlations of some inputs with every
 * profession's gap. Each number is computed whole by one part, so the merged result is
 * the same bits however the work is split.
 */
export interface SummaryPart {
  /** Per profession, the years yearFrom..yearTo−1 of its series (an empty range when
   *  none). */
  years: { yearFrom: number; yearTo: number }[];
  /** The professions whose required intake and age profile this part gives. */
  professions: number[];
  inputFrom: number;
  inputTo: number;
}

/** A part's numbers for one profession (series over the part's years of it only). */
export interface ProfessionPartSummary {
  id: string;
  name: string;
  yearFrom: number;
  yearTo: number;
  series: Record<Measure, SeriesSummary>;
  shortageProbability: number[];
  requiredIntake?: RequiredIntake;
  ageProfile?: AgeProfile;
  /** The part's inputs only, not yet sorted. */
  sensitivity: SensitivityEntry[];
}

export interface SummaryPartResult {
  part: SummaryPart;
  /** Every profession, in profession order. */
  professions: ProfessionPartSummary[];
}

/**
 * `count` parts of nearly equal work, at most one per (profession, year) cell. The cells
 * are dealt out in profession-major order in contiguous shares, so a part takes whole
 * professions where there are enough of them (and reads only their runs) and a range of
 * years otherwise; a profession's intake and age profile go to the part that holds its
 * middle year; the inputs are cut into contiguous ranges.
 */
export function planSummaryParts(
  professions: number,
  years: number,
  inputs: number,
  count: number,
): SummaryPart[] {
  const cells = professions * years;
  const n = Math.max(1, Math.min(Math.floor(count), cells));
  const cut = (total: number, g: number) => Math.floor((g * total) / n);
  const partOfCell = (c: number) => {
    let g = Math.floor((c * n) / cells);
    while (g > 0 && cut(cells, g) > c) g--;
    while (g < n - 1 && cut(cells, g + 1) <= c) g++;
    return g;
  };
  return Array.from({ length: n }, (_, g) => {
    const from = cut(cells, g);
    const to = cut(cells, g + 1);
    return {
      years: Array.from({ length: professions }, (_, p) => {
        const yearFrom = Math.min(years, Math.max(0, from - p * years));
        const yearTo = Math.min(years, Math.max(0, to - p * years));
        return yearTo > yearFrom ? { yearFrom, yearTo } : { yearFrom: 0, yearTo: 0 };
      }),
      professions: Array.from({ length: professions }, (_, p) => p).filter(
        (p) => partOfCell(p * years + Math.floor(years / 2)) === g,
      ),
      inputFrom: cut(inputs, g),
      inputTo: cut(inputs, g + 1),
    };
  });
}

/** The whole summary as one part. */
export function wholeSummary(m: CompiledModel): SummaryPart {
  return planSummaryParts(m.professions.length, m.horizon + 1, m.inputs.length, 1)[0];
}

export function summarizePart(
  m: CompiledModel,
  block: RunBlock,
  ctx: SummaryContext,
  part: SummaryPart,
): SummaryPartResult {
  const n = block.runs;
  const H = m.horizon;
  const P = m.professions.length;
  const I = m.inputs.length;
  const K = m.targetIndex;
  const values = new Float64Array(n);
  const summarizer = new Summarizer();
  const { headcount, fte, demand } = block;

  // Ranks of this part's inputs, and of every profession's gap at the target year.
  const inputRanks: Float64Array[] = [];
  for (let i = part.inputFrom; i < part.inputTo; i++) {
    for (let r = 0; r < n; r++) values[r] = block.inputs[r * I + i];
    inputRanks.push(ranks(values));
  }
  const gapRanks =
    inputRanks.length === 0
      ? []
      : m.professions.map((_, p) => {
          for (let r = 0; r < n; r++) {
            const at = (r * P + p) * (H + 1) + K;
            values[r] = fte[at] - demand[at];
          }
          return ranks(values);
        });

  const most = Math.max(0, ...part.years.map((y) => y.yearTo - y.yearFrom));
  const byYear = new Float64Array(most * n);
  const below = new Uint32Array(most);
  const professions = m.professions.map((prof, p): ProfessionPartSummary => {
    const { yearFrom, yearTo } = part.years[p];
    const years = yearTo - yearFrom;
    const series = emptyMeasures(years);
    const shortageProbability = new Array<number>(years);
    for (const measure of years > 0 ? MEASURES : []) {
      // Every year of the part at once, year-major: one pass reads each run's years in a
      // row (they lie side by side in the block), instead of one strided pass per year.
      if (measure === 'gap') {
        below.fill(0);
        for (let r = 0; r < n; r++) {
          const base = (r * P + p) * (H + 1) + yearFrom;
          for (let y = 0; y < years; y++) {
            const v = fte[base + y] - demand[base + y];
            byYear[y * n + r] = v;
            if (v < 0) below[y]++;
          }
        }
        for (let y = 0; y < years; y++) shortageProbability[y] = below[y] / n;
      } else {
        const source = measure === 'headcount' ? headcount : measure === 'fte' ? fte : demand;
        for (let r = 0; r < n; r++) {
          const base = (r * P + p) * (H + 1) + yearFrom;
          for (let y = 0; y < years; y++) byYear[y * n + r] = source[base + y];
        }
      }
      const target = series[measure];
      for (let y = 0; y < years; y++) {
        const { mean, ps } = summarizer.summary(byYear.subarray(y * n, (y + 1) * n), n);
        target.mean[y] = mean;
        PERCENTILE_KEYS.forEach((key, q) => (target[key][y] = ps[q]));
      }
    }
    const sensitivity: SensitivityEntry[] = [];
    inputRanks.forEach((x, j) => {
      const rho = pearson(x, gapRanks[p]);
      if (rho !== null) {
        sensitivity.push({ input: m.inputs[part.inputFrom + j].path, rankCorrelation: rho });
      }
    });
    const own = part.professions.includes(p);
    return {
      id: prof.id,
      name: prof.name,
      yearFrom,
      yearTo,
      series,
      shortageProbability,
      ...(own && {
        requiredIntake: summarizeIntake(m, block, p, ctx, summarizer),
        ageProfile: summarizeAges(m, block, p, ctx, summarizer),
      }),
      sensitivity,
    };
  });
  return { part, professions };
}

/** Sensitivity order: largest absolute correlation first, then by input path. */
function bySensitivity(a: SensitivityEntry, b: SensitivityEntry): number {
  return Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation) || (a.input < b.input ? -1 : 1);
}

/** The professions' results from parts that together cover every year, profession and
 *  input (one part, or the parts of planSummaryParts). */
export function mergeSummaryParts(parts: readonly SummaryPartResult[]): ProfessionResult[] {
  if (parts.length === 0) return [];
  return parts[0].professions.map((first, p): ProfessionResult => {
    const years = Math.max(...parts.map((x) => x.professions[p].yearTo));
    const series = emptyMeasures(years);
    const shortageProbability = new Array<number>(years);
    let requiredIntake: RequiredIntake | undefined;
    let ageProfile: AgeProfile | undefined;
    const sensitivity: SensitivityEntry[] = [];
    for (const { professions } of parts) {
      const own = professions[p];
      for (let y = 0; y < own.yearTo - own.yearFrom; y++) {
        const k = own.yearFrom + y;
        for (const measure of MEASURES) {
          series[measure].mean[k] = own.series[measure].mean[y];
          for (const key of PERCENTILE_KEYS) series[measure][key][k] = own.series[measure][key][y];
        }
        shortageProbability[k] = own.shortageProbability[y];
      }
      requiredIntake ??= own.requiredIntake;
      ageProfile ??= own.ageProfile;
      sensitivity.push(...own.sensitivity);
    }
    if (!requiredIntake) throw new Error(`no part summarised profession ${p}`);
    sensitivity.sort(bySensitivity);
    return {
      id: first.id,
      name: first.name,
      ...series,
      shortageProbability,
      requiredIntake,
      sensitivity,
      ageProfile,
    };
  });
}

/** Summaries of every profession, in profession order. */
export function summarizeProfessions(
  m: CompiledModel,
  block: RunBlock,
  ctx: SummaryContext,
): ProfessionResult[] {
  return mergeSummaryParts([summarizePart(m, block, ctx, wholeSummary(m))]);
}

/** The base-year stock and, per age and sex, the median target-year stock of the runs that
 *  kept it (the first AGE_PROFILE_RUNS). */
function summarizeAges(
  m: CompiledModel,
  block: RunBlock,
  p: number,
  ctx: SummaryContext,
  summarizer: Summarizer,
): AgeProfile {
  const n = m.nAges;
  const P = m.professions.length;
  const rows = block.ageRuns;
  const values = new Float64Array(rows);
  const median = (sex: number) =>
    Array.from({ length: n }, (_, i) => {
      for (let r = 0; r < rows; r++) values[r] = block.ageStock[((r * P + p) * 2 + sex) * n + i];
      return rows === 0 ? NaN : summarizer.median(values, rows);
    });
  const prof = m.professions[p];
  return {
    minAge: m.minAge,
    maxAge: m.minAge + n - 1,
    baseYear: m.baseYear,
    targetYear: ctx.targetYear,
    base: { female: Array.from(prof.stockF), male: Array.from(prof.stockM) },
    target: { female: median(0), male: median(1) },
    runs: rows,
  };
}

function summarizeIntake(
  m: CompiledModel,
  block: RunBlock,
  p: number,
  ctx: SummaryContext,
  summarizer: Summarizer,
): RequiredIntake {
  const n = block.runs;
  const P = m.professions.length;
  const values = new Float64Array(n);
  let count = 0;
  for (let r = 0; r < n; r++) {
    const x = block.requiredIntake[r * P + p];
    if (Number.isFinite(x)) values[count++] = x;
  }
  const unreachableShare = (n - count) / n;
  if (count === 0) {
    const L = m.professions[p].durationYears;
    const reason =
      ctx.intakeFromYear + L > ctx.targetYear
        ? `students starting in ${ctx.intakeFromYear} finish their ${L}-year training in ${ctx.intakeFromYear + L}, after the target year ${ctx.targetYear}: intake cannot change supply by then`
        : 'no graduate enters practice (completion × entry rate is 0), so intake cannot close the gap';
    const nulls = Object.fromEntries(PERCENTILE_KEYS.map((k) => [k, null])) as Record<
      (typeof PERCENTILE_KEYS)[number],
      null
    >;
    return { unreachable: true, unreachableShare: 1, reason, mean: null, ...nulls };
  }
  const { mean, ps } = summarizer.summary(values, count);
  const stats = Object.fromEntries(PERCENTILE_KEYS.map((k, i) => [k, ps[i]])) as Record<
    (typeof PERCENTILE_KEYS)[number],
    number
  >;
  return { unreachable: false, unreachableShare, mean, ...stats };
}
