/**
 * The gap (supply − demand, FTE) as a fan centred on a zero line, with the probability of a
 * shortage per year as bars in a small panel below. Below zero is a shortage.
 */
import { useId, useMemo } from 'react';
import { scaleLinear } from 'd3';
import { BandLegend } from './band-legend.tsx';
import { XAxis, YAxis } from './axes.tsx';
import { isCollapsed, scaleBands, scaleMedian } from './bands.ts';
import { FanMark } from './fan-mark.tsx';
import { CursorSvg } from './cursor-svg.tsx';
import { useFormats } from './formats-context.ts';
import {
  chartHeight,
  chartMargins,
  gapDomain,
  leftMarginFor,
  valueScale,
  xTickCount,
  yearScale,
} from './layout.ts';
import { chartLabel, seriesReadout, shortageWords, yearPhrase } from './readout.ts';
import { textWidth } from './tick-labels.ts';
import { useElementWidth } from './use-element-width.ts';
import { useYearCursor } from './year-cursor.ts';
import { TargetMarker, YearCursor } from './year-marks.tsx';
import { INK, SHORTAGE } from '../palette.ts';
import type { SeriesSummary } from '../../model/result/result.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import './charts.css';

/** Props of {@link GapChart}. */
export interface GapChartProps {
  /** The profession, as the planner calls it ("Nurses"). */
  name: string;
  years: readonly number[];
  targetYear: number;
  /** Supply minus demand in FTE. */
  gap: SeriesSummary;
  /** P(gap < 0) per year, 0..1. */
  shortageProbability: readonly number[];
  year?: number;
  onYearChange?: (year: number) => void;
  height?: number;
}

/** The title of a gap chart, also the start of its aria-label. */
export function gapTitle(name: string, from: string, t: Translate): string {
  return t('charts.gap.title', { name, years: from });
}

/** The words beside the zero line, right of the plot, where no data are drawn (messages). */
export const SIDE_LABELS = {
  surplus: 'charts.gap.surplusSide',
  shortage: 'charts.gap.shortageSide',
} as const satisfies Record<string, MessageKey>;

/** The right margin of the gap chart: room for the side labels beside the zero line. */
export function gapRightMargin(fontSize: number, t: Translate): number {
  const widest = Math.max(...Object.values(SIDE_LABELS).map((key) => textWidth(t(key), fontSize)));
  return Math.round(widest + 8);
}

/** Gap bands around zero and shortage-probability bars, sharing a year cursor. */
export function GapChart(props: GapChartProps) {
  const { name, years, targetYear, gap, shortageProbability } = props;
  const f = useFormats();
  const readoutId = useId();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const height = props.height ?? chartHeight(width, fontSize) + fontSize * 4;

  const g = useMemo(() => {
    const base = chartMargins(fontSize, 1.5);
    const barsBottom = height - base.bottom;
    const barsTop = barsBottom - fontSize * 4;
    // Room between the panels for the bars' title on a line of its own, clear of the bars'
    // 100 % tick and of the label over a bar that reaches it.
    const gapBottom = barsTop - fontSize * 3.5;
    const yTicks = Math.max(2, Math.round((gapBottom - base.top) / (fontSize * 4)));
    const y = valueScale(gapDomain(gap), gapBottom, base.top);
    const m = {
      ...base,
      left: leftMarginFor(y, yTicks, f.signed, fontSize),
      right: gapRightMargin(fontSize, f.t),
    };
    const x = yearScale(years, m.left, width - m.right);
    const p = scaleLinear().domain([0, 1]).range([barsBottom, barsTop]);
    const step = years.length > 1 ? Math.abs(x(years[1]) - x(years[0])) : fontSize;
    return {
      m,
      x,
      y,
      yTicks,
      p,
      barWidth: Math.max(1, step * 0.7),
      bands: scaleBands(gap, years, x, y),
      median: scaleMedian(gap, years, x, y),
    };
  }, [years, gap, width, height, fontSize, f]);

  const cursor = useYearCursor({
    years,
    initialYear: targetYear,
    year: props.year,
    onYearChange: props.onYearChange,
    invert: (px) => g.x.invert(px),
  });
  const fte = f.t('charts.unit.fte');
  const describe = (i: number) =>
    f.t('charts.readout.both', {
      first: seriesReadout(f.t('charts.readout.gap'), gap, i, f, fte, true),
      second: shortageWords(shortageProbability[i], f),
    });
  const targetIndex = years.indexOf(targetYear);
  const title = gapTitle(name, f.years(years[0], years[years.length - 1]), f.t);
  const label = chartLabel(
    title,
    yearPhrase(targetYear, targetYear, f),
    targetIndex >= 0 ? describe(targetIndex) : null,
    f,
  );
  const left = g.m.left;
  const right = width - g.m.right;
  const zero = g.y(0);
  const [gapBottom, gapTop] = g.y.range();
  const [barsBottom, barsTop] = g.p.range();
  const cx = g.x(years[cursor.index]);

  return (
    <div className="hwf-chart" ref={ref}>
      <CursorSvg label={label} readoutId={readoutId} width={width} height={height} cursor={cursor}>
        <rect
          className="hwf-shortage-zone"
          x={left}
          y={zero}
          width={Math.max(0, right - left)}
          height={Math.max(0, gapBottom - zero)}
          fill={SHORTAGE}
          fillOpacity={0.08}
        />
        <YAxis
          scale={g.y}
          left={left}
          right={right}
          format={f.signed}
          ticks={g.yTicks}
          label={fte}
          fontSize={fontSize}
        />
        <g className="hwf-side-labels" aria-hidden="true">
          <text className="hwf-side-label" x={right + 6} y={zero - 4}>
            {f.t(SIDE_LABELS.surplus)}
          </text>
          <text className="hwf-side-label" x={right + 6} y={zero + 4} dy="0.71em">
            {f.t(SIDE_LABELS.shortage)}
          </text>
        </g>
        <TargetMarker x={g.x} y={g.y} year={targetYear} years={years} />
        <FanMark name="gap" bands={g.bands} median={g.median} colour={INK} />
        <line className="hwf-zero-line" data-zero="true" x1={left} x2={right} y1={zero} y2={zero} />
        <g className="hwf-probability" aria-hidden="true">
          <text className="hwf-axis-label" x={left} y={barsTop - fontSize * 1.55}>
            {f.t('charts.gap.probability')}
          </text>
          {[0, 0.5, 1].map((share) => (
            <g key={share} className="hwf-axis">
              <line className="hwf-grid" x1={left} x2={right} y1={g.p(share)} y2={g.p(share)} />
              <text x={left - 6} y={g.p(share)} dy="0.32em" textAnchor="end">
                {f.percent(share)}
              </text>
            </g>
          ))}
          {years.map((year, i) => (
            <rect
              key={year}
              className="hwf-bar"
              x={g.x(year) - g.barWidth / 2}
              y={g.p(shortageProbability[i])}
              width={g.barWidth}
              height={barsBottom - g.p(shortageProbability[i])}
              fill={SHORTAGE}
            />
          ))}
          <text
            className="hwf-bar-label"
            x={cx}
            y={g.p(shortageProbability[cursor.index]) - 4}
            textAnchor="middle"
          >
            {f.percent(shortageProbability[cursor.index])}
          </text>
        </g>
        <XAxis
          scale={g.x}
          y={barsBottom}
          format={f.year}
          ticks={xTickCount(width, fontSize)}
          fontSize={fontSize}
        />
        <YearCursor
          x={cx}
          top={gapTop}
          bottom={barsBottom}
          dots={[{ y: g.median.y[cursor.index], colour: INK }]}
        />
      </CursorSvg>
      <p className="hwf-readout" id={readoutId} aria-live="polite">
        {f.t('charts.readout.line', {
          when: yearPhrase(years[cursor.index], targetYear, f),
          readout: describe(cursor.index),
        })}
      </p>
      <BandLegend
        series={[
          { label: f.t('charts.gap.legendGap'), colour: INK },
          { label: f.t('charts.gap.legendBars'), colour: SHORTAGE },
        ]}
        collapsed={isCollapsed(gap)}
      />
    </div>
  );
}
