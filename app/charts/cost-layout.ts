/**
 * The geometry of a cost chart, pure: the years with costs (the base year is observed and
 * costs nothing), the kinds of cost stacked from their means (which add up to the mean
 * total, as medians would not), the 90 % and 50 % bands and the median of the total, the
 * scales, and the labels at the right end of the layers. The component draws what this
 * gives; the table lists the same numbers.
 */
import { area } from 'd3';
import type { ScaleLinear } from 'd3';
import type { CostResult, SeriesSummary } from '../../model/result/result.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { COST_COLOURS } from '../palette.ts';
import { INTERVALS, scaleBands, scaleMedian } from './bands.ts';
import type { ScaledBand, ScaledLine } from './bands.ts';
import {
  chartMargins,
  leftMarginFor,
  valueScale,
  xTickCount,
  xTickLabels,
  yearScale,
  yTickCount,
  yTickLabels,
} from './layout.ts';
import type { Margins } from './layout.ts';
import { scaleUnit, type Money, type MoneyUnit } from './money.ts';
import { textWidth, type PlacedLabel } from './tick-labels.ts';

/** A kind of cost. */
export type CostKind = 'salary' | 'training' | 'recruitment' | 'programmes';

/** A kind of cost as the charts show it. */
export interface CostKindInfo {
  key: CostKind;
  /** The kind's name: the message ("Salaries"), and its words in a readout ("salaries
   *  EUR 1.2 million"). */
  name: MessageKey;
  amount: MessageKey;
  /** The English name, for callers without the reader's language.
   *  @deprecated Use `costKindLabel(kind, t)`. */
  label: string;
  colour: string;
}

/** The kinds in the order they are stacked, bottom first, with their words and colours. */
export const COST_KINDS: readonly CostKindInfo[] = [
  {
    key: 'salary',
    name: 'charts.cost.kind.salary',
    amount: 'charts.cost.kindAmount.salary',
    label: 'Salaries',
    colour: COST_COLOURS.salary,
  },
  {
    key: 'training',
    name: 'charts.cost.kind.training',
    amount: 'charts.cost.kindAmount.training',
    label: 'Training',
    colour: COST_COLOURS.training,
  },
  {
    key: 'recruitment',
    name: 'charts.cost.kind.recruitment',
    amount: 'charts.cost.kindAmount.recruitment',
    label: 'Recruitment',
    colour: COST_COLOURS.recruitment,
  },
  {
    key: 'programmes',
    name: 'charts.cost.kind.programmes',
    amount: 'charts.cost.kindAmount.programmes',
    label: 'Programmes',
    colour: COST_COLOURS.programmes,
  },
];

/** The name of a kind of cost in the reader's language ("Salaries"). */
export function costKindLabel(kind: CostKind, t: Translate): string {
  const info = COST_KINDS.find((k) => k.key === kind);
  return info ? t(info.name) : kind;
}

/** The bands drawn on the total: 90 % and 50 %. */
export const COST_INTERVALS = INTERVALS.filter((i) => i.share !== 80);

/** A cost result from year 1 on (year 0, the observed base year, has no cost). */
export interface CostSeries {
  years: number[];
  /** Per kind, its mean per year. */
  means: Record<CostKind, number[]>;
  total: SeriesSummary;
}

function tail(s: SeriesSummary): SeriesSummary {
  const out = {} as SeriesSummary;
  for (const [k, v] of Object.entries(s)) out[k as keyof SeriesSummary] = v.slice(1);
  return out;
}

/** The years with costs and the series of `cost`, without the base year. */
export function costSeries(years: readonly number[], cost: CostResult): CostSeries {
  const means = {} as Record<CostKind, number[]>;
  for (const k of COST_KINDS) means[k.key] = cost[k.key].mean.slice(1);
  return { years: years.slice(1), means, total: tail(cost.total) };
}

/** One layer of the stack: its kind and, per year, its bottom and top. */
export interface StackLayer extends CostKindInfo {
  key: CostKind;
  colour: string;
  low: number[];
  high: number[];
}

/** The kinds stacked from their means, bottom first. */
export function stackLayers(s: CostSeries): StackLayer[] {
  let base = s.years.map(() => 0);
  return COST_KINDS.map((k) => {
    const low = base;
    const high = low.map((b, i) => b + Math.max(0, s.means[k.key][i]));
    base = high;
    return { ...k, low, high };
  });
}

/** The largest value drawn: the top of the stack or of the total's 90 % band. */
export function costTop(s: CostSeries): number {
  const layers = stackLayers(s);
  const top = layers[layers.length - 1]?.high ?? [];
  const values = [...top, ...s.total.p95].filter(Number.isFinite);
  return Math.max(0, ...values);
}

/** The unit of the chart's axis and table: "EUR million" for totals of tens of millions. */
export function costUnit(s: CostSeries): MoneyUnit {
  return scaleUnit(costTop(s));
}

/** Is every interval of the total collapsed (one run at the point values)? */
export function costCollapsed(s: CostSeries): boolean {
  return s.total.p5.every((v, i) => v === s.total.p95[i]);
}

/** The scales, margins, layers in pixels and labels of a cost chart. */
export interface CostFrame {
  m: Margins;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  unit: MoneyUnit;
  yTicks: number;
  xTicks: number;
  /** The area path of each layer. */
  layers: { key: CostKind; colour: string; d: string }[];
  bands: ScaledBand[];
  median: ScaledLine;
  /** The names written at the right end of the layers and the total's median. */
  endLabels: (PlacedLabel & { colour?: string })[];
  /** Every label of the chart (axes and ends), for collision checks. */
  labels: PlacedLabel[];
}

/** The labels at the right end: every layer thick enough for a line of text, at its middle,
 *  and "Total" at the median, none closer than a line to another. */
function placeEnds(
  s: CostSeries,
  layers: StackLayer[],
  y: ScaleLinear<number, number>,
  fontSize: number,
  t: Translate,
): { text: string; y: number; colour?: string }[] {
  const last = s.years.length - 1;
  if (last < 0) return [];
  const placed: { text: string; y: number; colour?: string }[] = [
    { text: t('charts.cost.total'), y: y(s.total.p50[last]) },
  ];
  for (const l of layers) {
    const top = y(l.high[last]);
    const bottom = y(l.low[last]);
    if (bottom - top < fontSize * 1.2) continue;
    const mid = (top + bottom) / 2;
    if (placed.every((p) => Math.abs(p.y - mid) >= fontSize * 1.25)) {
      placed.push({ text: t(l.name), y: mid, colour: l.colour });
    }
  }
  return placed;
}

/** The whole frame of a cost chart `width` × `height` pixels. */
export function costFrame(
  s: CostSeries,
  width: number,
  height: number,
  fontSize: number,
  formats: { year: (y: number) => string; t: Translate },
  money: Money,
): CostFrame {
  const top = costTop(s);
  const unit = costUnit(s);
  const tick = (v: number) => money.inUnit(v, unit, 1);
  const base = chartMargins(fontSize, 1.5);
  const yTicks = yTickCount(height, fontSize);
  const domain: [number, number] = [0, top > 0 ? top : 1];
  const probe = valueScale(domain, height - base.bottom, base.top);
  const stacked = stackLayers(s);
  const ends = placeEnds(s, stacked, probe, fontSize, formats.t);
  const right = Math.max(base.right, ...ends.map((e) => textWidth(e.text, fontSize) + 10));
  const m = { ...base, right, left: leftMarginFor(probe, yTicks, tick, fontSize) };
  const x = yearScale(s.years, m.left, width - m.right);
  const y = valueScale(domain, height - m.bottom, m.top);
  const xs = s.years.map(x);
  const layers = stacked.map((l) => ({
    key: l.key,
    colour: l.colour,
    d:
      area<number>()
        .x((i) => xs[i])
        .y0((i) => y(l.low[i]))
        .y1((i) => y(l.high[i]))(xs.map((_, i) => i)) ?? '',
  }));
  const bands = scaleBands(s.total, s.years, x, y).filter((b) => b.interval.share !== 80);
  const median = scaleMedian(s.total, s.years, x, y);
  const endX = xs[xs.length - 1] ?? m.left;
  const endLabels = ends.map((e) => ({ ...e, x: endX + 6, anchor: 'start' as const }));
  const xTicks = xTickCount(width, fontSize);
  const labels = [
    ...yTickLabels(y, m.left, yTicks, tick),
    ...xTickLabels(x, height - m.bottom, formats.year, xTicks, fontSize),
    ...endLabels.map(({ text, x: lx, y: ly, anchor }) => ({ text, x: lx, y: ly, anchor })),
  ];
  return { m, x, y, unit, yTicks, xTicks, layers, bands, median, endLabels, labels };
}

/** One row of the table: a year's means by kind and the total's median and intervals. */
export interface CostRow {
  year: number;
  target: boolean;
  kinds: Record<CostKind, string>;
  mean: string;
  median: string;
  /** "1 520–1 850" per interval share (50, 90). */
  intervals: Record<50 | 90, string>;
}

/** The numbers the chart draws, year by year, in `unit` (one decimal, always shown). */
export function costRows(
  s: CostSeries,
  targetYear: number,
  money: Money,
  unit: MoneyUnit,
): CostRow[] {
  const n = (v: number) => money.inUnit(v, unit, 1, true);
  const range = (lo: number, hi: number) => (n(lo) === n(hi) ? n(lo) : `${n(lo)}–${n(hi)}`);
  const layers = stackLayers(s);
  const top = layers[layers.length - 1];
  return s.years.map((year, i) => {
    const kinds = {} as Record<CostKind, string>;
    for (const k of COST_KINDS) kinds[k.key] = n(s.means[k.key][i]);
    return {
      year,
      target: year === targetYear,
      kinds,
      mean: n(top ? top.high[i] : 0),
      median: n(s.total.p50[i]),
      intervals: {
        50: range(s.total.p25[i], s.total.p75[i]),
        90: range(s.total.p5[i], s.total.p95[i]),
      },
    };
  });
}
