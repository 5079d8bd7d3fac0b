/**
 * The check against history as a chart: the projection's 90 % and 50 % bands and median of
 * headcount from the start year to the last observed year, with what was observed as dots —
 * filled when scored, hollow beyond a possible break in series, a square at the start (the
 * observed total the projection starts from) — and a year cursor with a spoken readout.
 */
import { useId, useMemo } from 'react';
import { XAxis, YAxis } from '../charts/axes.tsx';
import { isCollapsed, scaleBands, scaleMedian } from '../charts/bands.ts';
import { CursorSvg } from '../charts/cursor-svg.tsx';
import { FanMark } from '../charts/fan-mark.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { chartHeight, fanFrame } from '../charts/layout.ts';
import { useElementWidth } from '../charts/use-element-width.ts';
import { useYearCursor } from '../charts/year-cursor.ts';
import { YearCursor } from '../charts/year-marks.tsx';
import { BAND_OPACITY, INK, SUPPLY } from '../palette.ts';
import type { BacktestPoint } from '../../model/backtest/score.ts';
import type { SeriesSummary } from '../../model/result/result.ts';
import type { Formats } from '../format.ts';
import '../charts/charts.css';
import './history.css';

/** The two bands drawn: the 90 % and the 50 % band (no 80 % band, so each dot is either in
 *  the dark band, in the light one or outside both). */
const SHOWN = new Set([90, 50]);

export interface HistoryChartProps {
  years: readonly number[];
  /** The projection's headcount. */
  headcount: SeriesSummary;
  /** Every observed year from the start on, as scored. */
  points: readonly BacktestPoint[];
  /** Years of possible breaks in series. */
  breaks: readonly number[];
  /** What the chart shows, in a sentence (its accessible name). */
  label: string;
}

/** "In 2016: observed 355 120 people, inside the 50 % band; projection median …". */
export function historyReadout(
  year: number,
  index: number,
  headcount: SeriesSummary,
  point: BacktestPoint | undefined,
  f: Formats,
): string {
  const values = {
    year: f.year(year),
    median: f.count(headcount.p50[index]),
    share: f.percent(0.9),
    interval: f.interval(headcount.p5[index], headcount.p95[index]),
  };
  if (!point) return f.t('history.readout.notObserved', values);
  const where =
    point.excluded === 'start'
      ? 'start'
      : point.excluded === 'break'
        ? 'break'
        : point.in50
          ? 'in50'
          : point.in90
            ? 'in90'
            : 'outside';
  return f.t('history.readout.observed', {
    ...values,
    observed: f.count(point.headcount),
    where,
    share50: f.percent(0.5),
  });
}

/** The observed headcounts as a summary, so the axis holds them too. */
function observedAsSummary(points: readonly BacktestPoint[]): SeriesSummary {
  const v = points.map((p) => p.headcount);
  return { mean: v, p5: v, p10: v, p25: v, p50: v, p75: v, p90: v, p95: v };
}

export function HistoryChart({ years, headcount, points, breaks, label }: HistoryChartProps) {
  const f = useFormats();
  const { t } = f;
  const readoutId = useId();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const height = chartHeight(width, fontSize);
  const g = useMemo(() => {
    const frame = fanFrame(
      years,
      [headcount, observedAsSummary(points)],
      width,
      height,
      fontSize,
      f,
      [t('history.result.projection')],
    );
    return {
      ...frame,
      bands: scaleBands(headcount, years, frame.x, frame.y).filter((b) =>
        SHOWN.has(b.interval.share),
      ),
      median: scaleMedian(headcount, years, frame.x, frame.y),
    };
  }, [years, headcount, points, width, height, fontSize, f]);

  const last = years[years.length - 1];
  const cursor = useYearCursor({
    years,
    initialYear: last,
    invert: (px) => g.x.invert(px),
  });
  const year = years[cursor.index];
  const pointAt = (y: number) => points.find((p) => p.year === y);
  const top = g.m.top;
  const bottom = height - g.m.bottom;
  const start = points.find((p) => p.excluded === 'start');
  const shownBreaks = breaks.filter((b) => b > years[0] && b <= last);
  const anyBreak = points.some((p) => p.excluded === 'break');

  return (
    <div className="hwf-chart hwf-history-chart" ref={ref}>
      <CursorSvg label={label} readoutId={readoutId} width={width} height={height} cursor={cursor}>
        <YAxis
          scale={g.y}
          left={g.m.left}
          right={width - g.m.right}
          format={f.count}
          ticks={g.yTicks}
          label={t('history.chart.axis')}
          fontSize={fontSize}
        />
        <XAxis scale={g.x} y={bottom} format={f.year} ticks={g.xTicks} fontSize={fontSize} />
        {shownBreaks.map((b) => (
          <g key={b} className="hwf-history-break" aria-hidden="true">
            <line x1={g.x(b)} x2={g.x(b)} y1={bottom} y2={top} />
            <text x={g.x(b) - 4} y={top + fontSize} textAnchor="end">
              {t('history.chart.break')}
            </text>
          </g>
        ))}
        <FanMark name="projection" bands={g.bands} median={g.median} colour={SUPPLY} />
        <text
          className="hwf-end-labels"
          aria-hidden="true"
          x={g.median.x[g.median.x.length - 1] + 6}
          y={g.median.y[g.median.y.length - 1]}
          dy="0.32em"
          fill={SUPPLY}
        >
          {t('history.result.projection')}
        </text>
        <g className="hwf-history-observed" aria-hidden="true">
          {points.map((p) => {
            const cx = g.x(p.year);
            const cy = g.y(p.headcount);
            if (p.excluded === 'start') {
              return (
                <rect
                  key={p.year}
                  className="hwf-history-start"
                  data-year={p.year}
                  x={cx - 5}
                  y={cy - 5}
                  width={10}
                  height={10}
                  fill={INK}
                />
              );
            }
            return (
              <circle
                key={p.year}
                className={p.excluded === 'break' ? 'hwf-history-left-out' : 'hwf-history-scored'}
                data-year={p.year}
                cx={cx}
                cy={cy}
                r={p.excluded === 'break' ? 5 : 4}
                fill={p.excluded === 'break' ? 'var(--background, #fff)' : INK}
                stroke={INK}
                strokeWidth={p.excluded === 'break' ? 2 : 1}
              />
            );
          })}
          {start && (
            <text
              className="hwf-history-label"
              x={g.x(start.year) + 9}
              y={g.y(start.headcount) - 9}
            >
              {t('history.excluded.start')}
            </text>
          )}
        </g>
        <YearCursor
          x={g.x(year)}
          top={top}
          bottom={bottom}
          dots={[{ y: g.median.y[cursor.index], colour: SUPPLY }]}
        />
      </CursorSvg>
      <p className="hwf-readout" id={readoutId} aria-live="polite">
        {historyReadout(year, cursor.index, headcount, pointAt(year), f)}
      </p>
      <div className="hwf-legend">
        <ul>
          <li>
            <svg width="28" height="14" aria-hidden="true" focusable="false">
              <rect
                x="0"
                y="1"
                width="28"
                height="12"
                fill={SUPPLY}
                fillOpacity={BAND_OPACITY[90]}
              />
              <line x1="0" x2="28" y1="7" y2="7" stroke={SUPPLY} strokeWidth="2" />
            </svg>
            {t('history.chart.legendProjection')}
          </li>
          <li>
            <Dot kind="scored" />
            {t('history.chart.legendObserved')}
          </li>
          {anyBreak && (
            <li>
              <Dot kind="left-out" />
              {t('history.chart.legendBreak')}
            </li>
          )}
          <li>
            <Dot kind="start" />
            {t('history.chart.legendStart')}
          </li>
        </ul>
        <p>{isCollapsed(headcount) ? t('history.chart.oneFuture') : t('history.chart.bands')}</p>
      </div>
    </div>
  );
}

/** A dot of the legend, drawn as on the chart. */
function Dot({ kind }: { kind: 'scored' | 'left-out' | 'start' }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      {kind === 'start' ? (
        <rect x="2" y="2" width="10" height="10" fill={INK} />
      ) : (
        <circle
          cx="7"
          cy="7"
          r={kind === 'scored' ? 4 : 5}
          fill={kind === 'scored' ? INK : 'var(--background, #fff)'}
          stroke={INK}
          strokeWidth={kind === 'scored' ? 1 : 2}
        />
      )}
    </svg>
  );
}
