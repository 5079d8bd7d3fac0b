/**
 * What a lesson's chart draws, from its description (lesson-types.ts `LessonChart`) and a
 * result: the title, the series with their colours and dashes, the domain of the value
 * axis, and where the lesson's marks go. Pure, so the layout is tested without a browser.
 */
import type { HwfResult, ProfessionResult, SeriesSummary } from '../../model/result/result.ts';
import { textWidth } from '../charts/tick-labels.ts';
import { gapDomain, levelDomain } from '../charts/layout.ts';
import { DEMAND, DEMAND_DASH, INK, SHORTAGE, SUPPLY } from '../palette.ts';
import type { ChartMark, LessonChart } from './lesson-types.ts';

/** One series of a drawn chart. */
export interface DrawnSeries {
  label: string;
  summary: SeriesSummary;
  colour: string;
  dash?: string;
  /** Draw the 50/80/90 % bands (else the median alone). */
  bands: boolean;
  /** The unit of its numbers in words and tables. */
  unit: string;
  signed?: boolean;
}

export type ChartPlan =
  | {
      kind: 'lines';
      title: string;
      axis: string;
      series: DrawnSeries[];
      domain: [number, number];
      /** A gap: the zero line and the shortage side are drawn. */
      centred: boolean;
    }
  | { kind: 'bars'; title: string; axis: string; values: number[]; colour: string }
  | { kind: 'pyramid'; title: string }
  | { kind: 'tornado'; title: string };

const MEASURE_WORDS = {
  headcount: { label: 'Headcount', unit: 'people', colour: SUPPLY, dash: undefined },
  fte: { label: 'Supply', unit: 'FTE', colour: SUPPLY, dash: undefined },
  demand: { label: 'Demand', unit: 'FTE', colour: DEMAND, dash: DEMAND_DASH },
  gap: { label: 'Gap (supply − demand)', unit: 'FTE', colour: INK, dash: undefined },
} as const;

/** The profession a chart is about (the first when the index is out of range). */
export function chartProfession(chart: LessonChart, result: HwfResult): ProfessionResult {
  return result.professions[chart.profession] ?? result.professions[0];
}

/** What to draw for `chart` from `result`. */
export function planChart(chart: LessonChart, result: HwfResult): ChartPlan {
  const p = chartProfession(chart, result);
  const target = String(result.targetYear);
  switch (chart.kind) {
    case 'band': {
      const m = MEASURE_WORDS[chart.measure];
      const gap = chart.measure === 'gap';
      const series: DrawnSeries = {
        label: m.label,
        summary: p[chart.measure],
        colour: m.colour,
        dash: m.dash,
        bands: true,
        unit: m.unit,
        signed: gap,
      };
      return {
        kind: 'lines',
        title: gap
          ? `Gap between supply and demand of ${p.name} (FTE)`
          : `${m.label} of ${p.name} (${m.unit})`,
        axis: m.unit === 'people' ? 'Headcount' : 'FTE',
        series: [series],
        domain: gap ? gapDomain(series.summary) : levelDomain([series.summary]),
        centred: gap,
      };
    }
    case 'supply-demand': {
      const series: DrawnSeries[] = [
        { label: 'Supply', summary: p.fte, colour: SUPPLY, bands: true, unit: 'FTE' },
        {
          label: 'Demand',
          summary: p.demand,
          colour: DEMAND,
          dash: DEMAND_DASH,
          bands: true,
          unit: 'FTE',
        },
      ];
      return {
        kind: 'lines',
        title: `Supply and demand of ${p.name} (FTE)`,
        axis: 'FTE',
        series,
        domain: levelDomain(series.map((s) => s.summary)),
        centred: false,
      };
    }
    case 'headcount-fte': {
      const series: DrawnSeries[] = [
        { label: 'Headcount', summary: p.headcount, colour: SUPPLY, bands: false, unit: 'people' },
        { label: 'FTE', summary: p.fte, colour: INK, dash: DEMAND_DASH, bands: false, unit: 'FTE' },
      ];
      return {
        kind: 'lines',
        title: `Headcount and FTE of ${p.name} (medians)`,
        axis: 'People or FTE',
        series,
        domain: levelDomain(series.map((s) => s.summary)),
        centred: false,
      };
    }
    case 'shortage':
      return {
        kind: 'bars',
        title: `Chance of a shortage of ${p.name}, each year`,
        axis: 'Chance',
        values: p.shortageProbability,
        colour: SHORTAGE,
      };
    case 'pyramid':
      return { kind: 'pyramid', title: `Age pyramid of ${p.name}` };
    case 'tornado':
      return { kind: 'tornado', title: `What drives the ${target} gap for ${p.name}` };
  }
}

/** A mark placed on a chart: its line at `x`, its label on a row above the plot. */
export interface PlacedMark extends ChartMark {
  x: number;
  /** 0 is the row nearest the plot. */
  row: number;
  /** Where the label's text starts, and how it is anchored there. */
  textX: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The marks within the chart's years placed at `x(year)`, each label on the lowest row
 * where it overlaps no other label (at most `rows` rows; further labels go on the last).
 * A label near an edge is anchored there so it stays inside [left, right].
 */
export function placeMarks(
  marks: readonly ChartMark[],
  years: readonly number[],
  x: (year: number) => number,
  left: number,
  right: number,
  fontSize: number,
  rows = 3,
): PlacedMark[] {
  const first = years[0];
  const last = years[years.length - 1];
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const gap = fontSize * 0.75;
  return [...marks]
    .filter((m) => Number.isFinite(m.year) && m.year >= first && m.year <= last)
    .sort((a, b) => a.year - b.year)
    .map((mark) => {
      const px = x(mark.year);
      const width = textWidth(mark.label, fontSize);
      let anchor: PlacedMark['anchor'] = 'middle';
      let from = px - width / 2;
      if (from < left) {
        anchor = 'start';
        from = Math.max(left - fontSize, px - fontSize * 0.25);
      } else if (px + width / 2 > right) {
        anchor = 'end';
        from = Math.min(right + fontSize, px + fontSize * 0.25) - width;
      }
      const span: [number, number] = [from - gap / 2, from + width + gap / 2];
      let row = taken.findIndex((spans) => spans.every(([a, b]) => span[1] <= a || span[0] >= b));
      if (row < 0) row = rows - 1;
      taken[row].push(span);
      const textX = anchor === 'middle' ? px : anchor === 'start' ? from : from + width;
      return { ...mark, x: px, row, textX, anchor };
    });
}

/** How many label rows the placed marks use. */
export function markRows(placed: readonly PlacedMark[]): number {
  return placed.reduce((n, m) => Math.max(n, m.row + 1), 0);
}

/** A mark's label with its year in front, unless the label names the year already. */
export function markWords(mark: ChartMark, year: (y: number) => string = String): string {
  return mark.label.includes(String(mark.year)) ? mark.label : `${year(mark.year)}: ${mark.label}`;
}

/** The marks in words, for the text alternative: "2030: first graduates; 2035: …". */
export function marksWords(marks: readonly ChartMark[]): string {
  return [...marks]
    .sort((a, b) => a.year - b.year)
    .map((m) => markWords(m))
    .join('; ');
}

/** The mark labels of each year, for the tables' "Marked on the chart" column. */
export function marksByYear(marks: readonly ChartMark[], years: readonly number[]): string[] {
  return years.map((year) =>
    marks
      .filter((m) => m.year === year)
      .map((m) => m.label)
      .join('; '),
  );
}
