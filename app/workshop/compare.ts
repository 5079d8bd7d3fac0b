/**
 * Comparing a baseline with up to three variants: the snapshots the facilitator keeps, how
 * each is drawn (colour, dash and the words for both), and the numbers the comparison
 * shows. Pure: the runs themselves are in ./use-compare.ts.
 */
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { INK } from '../palette.ts';
import type { HwfResult, SeriesSummary } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';

/** The baseline and the variants, in this order. */
export const SNAPSHOT_IDS = ['baseline', 'A', 'B', 'C'] as const;
export type SnapshotId = (typeof SNAPSHOT_IDS)[number];
export const VARIANT_IDS = ['A', 'B', 'C'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

/** A scenario kept by the facilitator. */
export interface Snapshot {
  id: SnapshotId;
  /** The document, to go back to it. */
  draft: unknown;
  /** The validated scenario, to run. */
  scenario: Scenario;
  /** The resolved population when the scenario names a data set. */
  population?: PopulationInline;
  /** What it is called instead of what it changes (a summit's proposal: "Universities:
   *  +15 % training places from 2027"). */
  name?: string;
}

/** "Baseline", "Variant A". */
export function snapshotLabel(id: SnapshotId, t: Translate): string {
  return id === 'baseline'
    ? t('workshop.snapshot.baseline')
    : t('workshop.snapshot.variant', { id });
}

/** What each variant changes against the baseline, in words (./variant-words.ts). */
export type VariantChanges = Partial<Record<SnapshotId, string>>;

/** "Variant A: training places +15 %", or the label alone when nothing is said. */
export function snapshotTitle(id: SnapshotId, t: Translate, changes?: VariantChanges): string {
  const words = id === 'baseline' ? undefined : changes?.[id];
  const label = snapshotLabel(id, t);
  return words ? t('workshop.snapshot.titled', { label, changes: words }) : label;
}

/** How a snapshot is drawn: distinct in colour and in dash, and said in words. */
export interface SnapshotStyle {
  colour: string;
  /** Stroke dash of the median line (undefined: solid). */
  dash?: string;
  /** The line in words, for the legend ("long dashes"). */
  line: MessageKey;
}

/** Okabe–Ito colours (distinct for colour-blind readers) and four dash patterns. */
export const SNAPSHOT_STYLES: Readonly<Record<SnapshotId, SnapshotStyle>> = {
  baseline: { colour: INK, line: 'workshop.line.solid' },
  A: { colour: '#0072B2', dash: '14 6', line: 'workshop.line.longDashes' },
  B: { colour: '#D55E00', dash: '3 5', line: 'workshop.line.dots' },
  C: { colour: '#009E73', dash: '14 5 3 5', line: 'workshop.line.dashDot' },
};

/** The variant a new "Keep as variant" fills, or null when A, B and C are all kept. */
export function nextVariantId(snapshots: readonly Pick<Snapshot, 'id'>[]): VariantId | null {
  return VARIANT_IDS.find((id) => !snapshots.some((s) => s.id === id)) ?? null;
}

/** Snapshots in the order baseline, A, B, C. */
export function sortSnapshots<T extends Pick<Snapshot, 'id'>>(snapshots: readonly T[]): T[] {
  return [...snapshots].sort((a, b) => SNAPSHOT_IDS.indexOf(a.id) - SNAPSHOT_IDS.indexOf(b.id));
}

/** What the comparison draws of each profession. */
export type CompareMeasure = 'gap' | 'fte';

/** The measures, each with its label's message. */
export const COMPARE_MEASURES: readonly { value: CompareMeasure; label: MessageKey }[] = [
  { value: 'gap', label: 'workshop.measure.gap' },
  { value: 'fte', label: 'workshop.measure.fte' },
];

/** One snapshot's run as the presenter sends it to the projector (plain JSON). */
export interface CompareEntry {
  id: SnapshotId;
  status: 'running' | 'done' | 'error';
  /** When done. */
  result?: HwfResult;
  /** When failed, in words. */
  error?: string;
}

/** A measure of one profession in one result, by year. */
export interface YearSeries {
  years: readonly number[];
  summary: SeriesSummary;
}

/** The measure of the profession in `result`, or null when the result has no such profession. */
export function seriesOf(
  result: HwfResult | undefined,
  professionId: string,
  measure: CompareMeasure,
): YearSeries | null {
  const p = result?.professions.find((x) => x.id === professionId);
  if (!result || !p) return null;
  return { years: result.years, summary: measure === 'gap' ? p.gap : p.fte };
}

/** A series that is drawn: its snapshot, style and numbers. */
export interface DrawnSeries extends YearSeries {
  id: SnapshotId;
  label: string;
  /** What it changes against the baseline, in words ('' for the baseline). */
  changes: string;
  style: SnapshotStyle;
}

/** The finished snapshots that have the profession, in order. */
export function drawnSeries(
  entries: readonly CompareEntry[],
  professionId: string,
  measure: CompareMeasure,
  t: Translate,
  changes: VariantChanges = {},
): DrawnSeries[] {
  const out: DrawnSeries[] = [];
  for (const entry of sortSnapshots(entries)) {
    const s = entry.status === 'done' ? seriesOf(entry.result, professionId, measure) : null;
    if (s)
      out.push({
        ...s,
        id: entry.id,
        label: snapshotLabel(entry.id, t),
        changes: entry.id === 'baseline' ? '' : (changes[entry.id] ?? ''),
        style: SNAPSHOT_STYLES[entry.id],
      });
  }
  return out;
}

/** The difference of one variant from the baseline, by year. */
export interface Difference {
  id: VariantId;
  label: string;
  /** What the variant changes against the baseline, in words. */
  changes: string;
  style: SnapshotStyle;
  years: number[];
  /** Variant's median gap − baseline's median gap, per year of `years`. */
  values: number[];
}

/**
 * Each variant's median minus the baseline's median, for the years both project. The
 * variants and the baseline share the seed (common random numbers), so the difference is
 * the policy's, not noise.
 */
export function medianDifferences(
  baseline: YearSeries,
  variants: readonly (YearSeries & { id: VariantId; changes?: string })[],
  t: Translate,
): Difference[] {
  return variants.map((v) => {
    const years: number[] = [];
    const values: number[] = [];
    v.years.forEach((year, i) => {
      const j = baseline.years.indexOf(year);
      if (j < 0) return;
      years.push(year);
      values.push(v.summary.p50[i] - baseline.summary.p50[j]);
    });
    return {
      id: v.id,
      label: snapshotLabel(v.id, t),
      changes: v.changes ?? '',
      style: SNAPSHOT_STYLES[v.id],
      years,
      values,
    };
  });
}

/** The years of all series, ascending, without repeats. */
export function unionYears(series: readonly { years: readonly number[] }[]): number[] {
  return [...new Set(series.flatMap((s) => s.years))].sort((a, b) => a - b);
}

/** Whether two scenarios may be compared year by year and by seed; else a sentence why not. */
export function compareCaveat(
  snapshots: readonly Pick<Snapshot, 'id' | 'scenario'>[],
  t: Translate,
): string | null {
  const base = snapshots.find((s) => s.id === 'baseline');
  if (!base) return null;
  const other = snapshots.filter(
    (s) =>
      s.id !== 'baseline' &&
      (s.scenario.simulation.seed !== base.scenario.simulation.seed ||
        s.scenario.simulation.runs !== base.scenario.simulation.runs),
  );
  if (other.length === 0) return null;
  const names = other.map((s) => snapshotLabel(s.id, t)).join(', ');
  return t('workshop.compare.caveat', { names, count: other.length });
}
