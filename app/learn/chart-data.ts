/**
 * What a lesson's chart draws, from its description (lesson-types.ts `LessonChart`) and a
 * result: the title, the series with their colours and dashes, the domain of the value
 * axis, and where the lesson's marks go. Pure, so the layout is tested without a browser.
 */
import type { HwfResult, ProfessionResult, SeriesSummary } from '../../model/result/result.ts';
import { textWidth } from '../charts/tick-labels.ts';
import { gapDomain, levelDomain } from '../charts/layout.ts';
import type { Formats } from '../format.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { DEMAND, DEMAND_DASH, INK, SHORTAGE, SUPPLY } from '../palette.ts';
import type { ChartMark, LessonChart } from './lesson-types.ts';

/** One series of a drawn chart. */
export interface DrawnSeries {
  /** Its class suffix and data attribute ("supply", "demand"), the same in every language. */
  name: string;
  label: string;
  /** The label at the end of its line ("Gap"). */
  short: string;
  /** The label within a sentence ("supply"). */
  inSentence: string;
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

/** The series a lesson's chart can draw: the keys of their words, their name in the
 *  markup (the same in every language). */
const SERIES = {
  headcount: {
    name: 'headcount',
    label: 'learn.chart.series.headcount',
    short: 'learn.chart.series.headcount',
    inSentence: 'learn.chart.series.headcountInSentence',
  },
  supply: {
    name: 'supply',
    label: 'learn.chart.series.supply',
    short: 'learn.chart.series.supply',
    inSentence: 'learn.chart.series.supplyInSentence',
  },
  demand: {
    name: 'demand',
    label: 'learn.chart.series.demand',
    short: 'learn.chart.series.demand',
    inSentence: 'learn.chart.series.demandInSentence',
  },
  gap: {
    name: 'gap-supply-demand-',
    label: 'learn.chart.series.gap',
    short: 'learn.chart.series.gapShort',
    inSentence: 'learn.chart.series.gapInSentence',
  },
  fte: {
    name: 'fte',
    label: 'learn.chart.series.fte',
    short: 'learn.chart.series.fte',
    inSentence: 'learn.chart.series.fteInSentence',
  },
} as const satisfies Record<
  string,
  { name: string; label: MessageKey; short: MessageKey; inSentence: MessageKey }
>;

/** The words of a series. */
function seriesWords(
  series: keyof typeof SERIES,
  t: Translate,
): Pick<DrawnSeries, 'name' | 'label' | 'short' | 'inSentence'> {
  const s = SERIES[series];
  return { name: s.name, label: t(s.label), short: t(s.short), inSentence: t(s.inSentence) };
}

/** Each measure of a band chart: its series, unit, colours and the chart's title. */
const MEASURE_WORDS = {
  headcount: {
    series: 'headcount',
    unit: 'learn.chart.unit.people',
    title: 'learn.chart.title.headcount',
    colour: SUPPLY,
    dash: undefined,
  },
  fte: {
    series: 'supply',
    unit: 'learn.chart.unit.fte',
    title: 'learn.chart.title.supply',
    colour: SUPPLY,
    dash: undefined,
  },
  demand: {
    series: 'demand',
    unit: 'learn.chart.unit.fte',
    title: 'learn.chart.title.demand',
    colour: DEMAND,
    dash: DEMAND_DASH,
  },
  gap: {
    series: 'gap',
    unit: 'learn.chart.unit.fte',
    title: 'learn.chart.title.gap',
    colour: INK,
    dash: undefined,
  },
} as const satisfies Record<
  string,
  {
    series: keyof typeof SERIES;
    unit: MessageKey;
    title: MessageKey;
    colour: string;
    dash: string | undefined;
  }
>;

/** The profession a chart is about (the first when the index is out of range). */
export function chartProfession(chart: LessonChart, result: HwfResult): ProfessionResult {
  return result.professions[chart.profession] ?? result.professions[0];
}

/** What to draw for `chart` from `result`, in the words of `f`. */
export function planChart(chart: LessonChart, result: HwfResult, f: Formats): ChartPlan {
  const { t } = f;
  const p = chartProfession(chart, result);
  const name = p.name;
  const fte = t('learn.chart.unit.fte');
  switch (chart.kind) {
    case 'band': {
      const m = MEASURE_WORDS[chart.measure];
      const gap = chart.measure === 'gap';
      const series: DrawnSeries = {
        ...seriesWords(m.series, t),
        summary: p[chart.measure],
        colour: m.colour,
        dash: m.dash,
        bands: true,
        unit: t(m.unit),
        signed: gap,
      };
      return {
        kind: 'lines',
        title: t(m.title, { name }),
        axis:
          chart.measure === 'headcount'
            ? t('learn.chart.axis.headcount')
            : t('learn.chart.axis.fte'),
        series: [series],
        domain: gap ? gapDomain(series.summary) : levelDomain([series.summary]),
        centred: gap,
      };
    }
    case 'supply-demand': {
      const series: DrawnSeries[] = [
        {
          ...seriesWords('supply', t),
          summary: p.fte,
          colour: SUPPLY,
          bands: true,
          unit: fte,
        },
        {
          ...seriesWords('demand', t),
          summary: p.demand,
          colour: DEMAND,
          dash: DEMAND_DASH,
          bands: true,
          unit: fte,
        },
      ];
      return {
        kind: 'lines',
        title: t('learn.chart.title.supplyDemand', { name }),
        axis: t('learn.chart.axis.fte'),
        series,
        domain: levelDomain(series.map((s) => s.summary)),
        centred: false,
      };
    }
    case 'headcount-fte': {
      const series: DrawnSeries[] = [
        {
          ...seriesWords('headcount', t),
          summary: p.headcount,
          colour: SUPPLY,
          bands: false,
          unit: t('learn.chart.unit.people'),
        },
        {
          ...seriesWords('fte', t),
          summary: p.fte,
          colour: INK,
          dash: DEMAND_DASH,
          bands: false,
          unit: fte,
        },
      ];
      return {
        kind: 'lines',
        title: t('learn.chart.title.headcountFte', { name }),
        axis: t('learn.chart.axis.peopleOrFte'),
        series,
        domain: levelDomain(series.map((s) => s.summary)),
        centred: false,
      };
    }
    case 'shortage':
      return {
        kind: 'bars',
        title: t('learn.chart.title.shortage', { name }),
        axis: t('learn.chart.axis.chance'),
        values: p.shortageProbability,
        colour: SHORTAGE,
      };
    case 'pyramid':
      return { kind: 'pyramid', title: t('learn.chart.title.pyramid', { name }) };
    case 'tornado':
      return {
        kind: 'tornado',
        title: t('learn.chart.title.tornado', { year: f.year(result.targetYear), name }),
      };
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

/** Whether a mark's label names its year already ("2035: 1 450 nurses"). */
export function namesYear(mark: ChartMark, f: Formats): boolean {
  return mark.label.includes(f.year(mark.year));
}

/** A mark's label with its year in front, unless the label names the year already. */
export function markWords(mark: ChartMark, f: Formats): string {
  return namesYear(mark, f)
    ? mark.label
    : f.t('learn.chart.markAt', { year: f.year(mark.year), label: mark.label });
}

/** The marks in words, for the text alternative: "2030: first graduates; 2035: …". */
export function marksWords(marks: readonly ChartMark[], f: Formats): string {
  return [...marks]
    .sort((a, b) => a.year - b.year)
    .map((m) => markWords(m, f))
    .join(f.t('app.list.clauses'));
}

/** The mark labels of each year, for the tables' "Marked on the chart" column. */
export function marksByYear(
  marks: readonly ChartMark[],
  years: readonly number[],
  f: Formats,
): string[] {
  return years.map((year) =>
    marks
      .filter((m) => m.year === year)
      .map((m) => m.label)
      .join(f.t('app.list.clauses')),
  );
}
