/**
 * The chart of a lesson with its marks: bands and medians (or the chance of a shortage as
 * bars) drawn with the app's chart parts, each mark a labelled vertical line; the age
 * pyramid and the tornado are the app's own charts. Every chart sits in the app's chart
 * frame (Chart | Table, downloads), and its marks are also listed in words below it.
 */
import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import type { HwfResult } from '../../model/result/result.ts';
import { AgePyramid } from '../charts/age-pyramid.tsx';
import { AgeTable } from '../charts/age-table.tsx';
import { XAxis, YAxis } from '../charts/axes.tsx';
import { BandLegend, BandSwatch } from '../charts/band-legend.tsx';
import { isCollapsed, linePath, scaleBands, scaleMedian } from '../charts/bands.ts';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { FanMark } from '../charts/fan-mark.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { IntervalTable } from '../charts/interval-table.tsx';
import {
  chartHeight,
  chartMargins,
  leftMarginFor,
  valueScale,
  xTickCount,
  yTickCount,
  yearScale,
} from '../charts/layout.ts';
import { seriesReadout } from '../charts/readout.ts';
import { Tornado } from '../charts/tornado.tsx';
import { TornadoTable } from '../charts/tornado-table.tsx';
import { useElementWidth } from '../charts/use-element-width.ts';
import { TargetMarker } from '../charts/year-marks.tsx';
import { regionalLabel } from '../editor/region-words.ts';
import type { Formats } from '../format.ts';
import { SHORTAGE } from '../palette.ts';
import type { ChartMark, LessonChart } from './lesson-types.ts';
import { VALUE_MARK, aroundValue } from './learn-state.ts';
import {
  chartProfession,
  markRows,
  marksByYear,
  marksWords,
  namesYear,
  placeMarks,
  planChart,
  type ChartPlan,
} from './chart-data.ts';

/** The height of a row of mark labels, in ems. */
const MARK_ROW_EMS = 1.4;

export interface LessonChartViewProps {
  chart: LessonChart;
  result: HwfResult;
  marks: readonly ChartMark[];
  /** The chart of the changed scenario ("… with your change"). */
  changed?: boolean;
  /** Heading level of the chart's title. */
  level?: 3 | 4;
  /** The scenario the result is of: the tornado names its inputs in the editor's words. */
  scenario?: unknown;
}

/** A lesson's chart in the app's frame, and its marks in words. */
export function LessonChartView(props: LessonChartViewProps) {
  const { chart, result, marks, changed = false, level = 4 } = props;
  const f = useFormats();
  const { t } = f;
  const plan = useMemo(() => planChart(chart, result, f), [chart, result, f]);
  const p = chartProfession(chart, result);
  const title = changed ? t('learn.chart.withYourChange', { title: plan.title }) : plan.title;
  const marked = marksByYear(marks, result.years, f);
  const withMarks =
    marks.length > 0 ? [{ label: t('learn.chart.markedColumn'), values: marked }] : [];
  let drawn;
  let table;
  if (plan.kind === 'pyramid') {
    drawn = <AgePyramid name={p.name} profile={p.ageProfile} totalRuns={result.runs} />;
    table = <AgeTable name={p.name} profile={p.ageProfile} />;
  } else if (plan.kind === 'tornado') {
    const { scenario } = props;
    const tornado = {
      name: p.name,
      targetYear: result.targetYear,
      entries: p.sensitivity,
      runs: result.runs,
      labelFor:
        scenario === undefined ? undefined : (path: string) => regionalLabel(path, scenario, f.t),
    };
    drawn = <Tornado {...tornado} />;
    table = <TornadoTable {...tornado} />;
  } else if (plan.kind === 'bars') {
    drawn = <MarkedSvg plan={plan} result={result} marks={marks} title={title} />;
    table = (
      <SimpleTable
        caption={title}
        head={[
          t('learn.chart.table.year'),
          t('learn.chart.table.shortage'),
          ...withMarks.map((c) => c.label),
        ]}
        rows={result.years.map((year, i) => [
          f.year(year),
          f.percent(plan.values[i]),
          ...(withMarks.length ? [marked[i]] : []),
        ])}
      />
    );
  } else {
    drawn = <MarkedSvg plan={plan} result={result} marks={marks} title={title} />;
    table = plan.series.every((s) => s.bands) ? (
      <IntervalTable
        caption={t('learn.chart.table.intervalsCaption', { title })}
        years={result.years}
        targetYear={result.targetYear}
        unit={plan.series[0].unit}
        series={plan.series.map((s) => ({ label: s.label, summary: s.summary, signed: s.signed }))}
        extra={withMarks}
      />
    ) : (
      <SimpleTable
        caption={t('learn.chart.table.mediansCaption', { title })}
        head={[
          t('learn.chart.table.year'),
          ...plan.series.map((s) =>
            t('learn.chart.table.medianHead', { label: s.label, unit: s.unit }),
          ),
          ...withMarks.map((c) => c.label),
        ]}
        rows={result.years.map((year, i) => [
          f.year(year),
          ...plan.series.map((s) => f.count(s.summary.p50[i])),
          ...(withMarks.length ? [marked[i]] : []),
        ])}
      />
    );
  }
  return (
    <div className="hwf-learn-chart">
      <ChartFrame title={title} level={level} chart={drawn} table={table} />
      {marks.length > 0 && (
        <div className="hwf-learn-marks">
          <p>{t('learn.chart.markedList')}</p>
          <ul>
            {[...marks]
              .sort((a, b) => a.year - b.year)
              .map((m) => (
                <li key={`${m.year}-${m.label}`}>
                  {namesYear(m, f) ? m.label : <YearFirst mark={m} f={f} />}
                </li>
              ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A mark's label after its year in bold ("**2028**: first graduates"). */
function YearFirst({ mark, f }: { mark: ChartMark; f: Formats }) {
  const { before, after } = aroundValue(
    f.t('learn.chart.markAt', { year: VALUE_MARK, label: mark.label }),
  );
  return (
    <>
      {before}
      <strong>{f.year(mark.year)}</strong>
      {after}
    </>
  );
}

/** A small table of already formatted values. */
function SimpleTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: string[][];
}) {
  return (
    <div
      className="hwf-chart-table hwf-table-scroll"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest]) => (
            <tr key={first}>
              <th scope="row">{first}</th>
              {rest.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the chart says at the target year, for its text alternative. */
function describe(plan: ChartPlan, result: HwfResult, f: Formats): string {
  const i = result.years.indexOf(result.targetYear);
  if (i < 0) return '';
  const year = f.year(result.targetYear);
  if (plan.kind === 'bars') {
    return f.t('learn.chart.describeShortage', { year, share: f.percent(plan.values[i]) });
  }
  if (plan.kind !== 'lines') return '';
  const parts = plan.series.map((s) =>
    s.bands
      ? seriesReadout(s.inSentence, s.summary, i, f, s.unit, s.signed)
      : f.t('learn.chart.describeMedian', {
          label: s.label,
          value: f.count(s.summary.p50[i]),
          unit: s.unit,
        }),
  );
  return f.t('learn.chart.describeLines', { year, parts: parts.join(f.t('app.list.clauses')) });
}

interface MarkedSvgProps {
  plan: Extract<ChartPlan, { kind: 'lines' | 'bars' }>;
  result: HwfResult;
  marks: readonly ChartMark[];
  title: string;
}

/** Bands, medians or bars over the years, with the lesson's marks as labelled lines. */
function MarkedSvg({ plan, result, marks, title }: MarkedSvgProps) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const { years, targetYear } = result;
  const height = chartHeight(width, fontSize);
  const format = plan.kind === 'bars' ? f.percent : plan.centred ? f.signed : f.count;

  const g = useMemo(() => {
    const base = chartMargins(fontSize, plan.kind === 'lines' ? 6 : 1.5);
    const domain: [number, number] = plan.kind === 'bars' ? [0, 1] : plan.domain;
    // First a frame without marks, to place them; then room above the plot for their rows.
    const probeX = yearScale(years, base.left, width - base.right);
    const rows = markRows(
      placeMarks(marks, years, probeX, base.left, width - base.right, fontSize),
    );
    // The mark labels' rows sit above the row of the axis unit and the "target" label.
    const top = base.top + rows * fontSize * MARK_ROW_EMS + (rows > 0 ? fontSize * 0.3 : 0);
    const yTicks = yTickCount(height - top - base.bottom, fontSize);
    const probe = valueScale(domain, height - base.bottom, top);
    const left = leftMarginFor(probe, yTicks, format, fontSize);
    const m = { ...base, top, left };
    const x = yearScale(years, m.left, width - m.right);
    const y =
      plan.kind === 'bars'
        ? scaleLinear()
            .domain(domain)
            .range([height - m.bottom, top])
        : valueScale(domain, height - m.bottom, top);
    const placed = placeMarks(marks, years, x, m.left, width - m.right, fontSize);
    return { m, x, y, yTicks, placed, rows };
  }, [plan, years, marks, width, height, fontSize, format]);

  const { m, x, y } = g;
  const right = width - m.right;
  const bottom = height - m.bottom;
  const last = years.length - 1;
  const label = f.t(marks.length ? 'learn.chart.labelMarked' : 'learn.chart.label', {
    title,
    years: f.years(years[0], years[last]),
    words: describe(plan, result, f),
    marks: marksWords(marks, f),
  });
  const step = years.length > 1 ? Math.abs(x(years[1]) - x(years[0])) : fontSize;

  return (
    <div className="hwf-chart" ref={ref}>
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {plan.kind === 'lines' && plan.centred && (
          <rect
            className="hwf-shortage-zone"
            x={m.left}
            y={y(0)}
            width={Math.max(0, right - m.left)}
            height={Math.max(0, bottom - y(0))}
            fill={SHORTAGE}
            fillOpacity={0.08}
          />
        )}
        <YAxis
          scale={y}
          left={m.left}
          right={right}
          format={format}
          ticks={g.yTicks}
          label={plan.axis}
          fontSize={fontSize}
        />
        <XAxis
          scale={x}
          y={bottom}
          format={f.year}
          ticks={xTickCount(width, fontSize)}
          fontSize={fontSize}
        />
        <TargetMarker x={x} y={y} year={targetYear} years={years} />
        {plan.kind === 'bars'
          ? years.map((year, i) => (
              <rect
                key={year}
                className="hwf-bar"
                x={x(year) - Math.max(1, step * 0.7) / 2}
                y={y(plan.values[i])}
                width={Math.max(1, step * 0.7)}
                height={Math.max(0, bottom - y(plan.values[i]))}
                fill={plan.colour}
              />
            ))
          : plan.series.map((s) => {
              const median = scaleMedian(s.summary, years, x, y);
              return s.bands ? (
                <FanMark
                  key={s.label}
                  name={s.name}
                  bands={scaleBands(s.summary, years, x, y)}
                  median={median}
                  colour={s.colour}
                  dash={s.dash}
                />
              ) : (
                <path
                  key={s.label}
                  className="hwf-median"
                  d={linePath(median)}
                  stroke={s.colour}
                  strokeDasharray={s.dash}
                  fill="none"
                />
              );
            })}
        {plan.kind === 'lines' && plan.centred && (
          <line className="hwf-zero-line" x1={m.left} x2={right} y1={y(0)} y2={y(0)} />
        )}
        {plan.kind === 'lines' && (
          <g className="hwf-end-labels" aria-hidden="true">
            {plan.series.map((s) => (
              <text
                key={s.label}
                x={x(years[last]) + 6}
                y={y(s.summary.p50[last])}
                dy="0.32em"
                fill={s.colour === 'currentColor' ? undefined : s.colour}
              >
                {s.short}
              </text>
            ))}
          </g>
        )}
        <g className="hwf-learn-marks-svg" aria-hidden="true">
          {g.placed.map((mark) => {
            // Row 0 is the lowest, just above the unit's row; a baseline per row from the top.
            const labelY = (g.rows - mark.row) * fontSize * MARK_ROW_EMS - fontSize * 0.25;
            return (
              <g key={`${mark.year}-${mark.label}`} data-mark-year={mark.year}>
                <line x1={mark.x} x2={mark.x} y1={labelY + fontSize * 0.35} y2={bottom} />
                <text x={mark.textX} y={labelY} textAnchor={mark.anchor}>
                  {mark.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {plan.kind === 'bars' ? (
        <p className="hwf-note">{f.t('learn.chart.barsNote')}</p>
      ) : plan.series.every((s) => s.bands) ? (
        <BandLegend
          series={plan.series.map((s) => ({ label: s.label, colour: s.colour, dash: s.dash }))}
          collapsed={isCollapsed(plan.series[0].summary)}
        />
      ) : (
        <div className="hwf-legend">
          <ul>
            {plan.series.map((s) => (
              <li key={s.label}>
                <BandSwatch series={{ label: s.label, colour: s.colour, dash: s.dash }} />
                {s.label}
              </li>
            ))}
          </ul>
          <p>{f.t('learn.chart.medianNote')}</p>
        </div>
      )}
    </div>
  );
}
