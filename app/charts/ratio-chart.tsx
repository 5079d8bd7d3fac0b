/**
 * How unequal the regions are, year by year: the national density ratio (the highest
 * regional FTE per 1 000 inhabitants ÷ the lowest) as a median line with its 80 % band,
 * from 1 (every region alike) up. Years without a value are gaps in the line, named with
 * their reason under the chart.
 */
import { area, line } from 'd3';
import type { Translate } from '../i18n/translate.ts';
import { XAxis, YAxis } from './axes.tsx';
import { DENSITY_HIGH, DENSITY_LOW } from './density-rows.ts';
import { useFormats } from './formats-context.ts';
import { chartMargins, leftMarginFor, valueScale, xTickCount, yearScale } from './layout.ts';
import { decimal, gapNote, valueAt } from './nullable.ts';
import { TargetMarker } from './year-marks.tsx';
import { useElementWidth } from './use-element-width.ts';
import { BAND_OPACITY, INK } from '../palette.ts';
import type { NullableSeries } from '../../model/regions/simulate.ts';
import './charts.css';

/** Props of {@link RatioChart}. */
export interface RatioChartProps {
  /** The profession ("Nurses"). */
  name: string;
  years: readonly number[];
  targetYear: number;
  ratio: NullableSeries;
}

/** The title of the ratio chart, also the start of its aria-label and table caption. */
export function ratioTitle(name: string, from: string, t: Translate): string {
  return t('charts.ratio.title', { name, years: from });
}

/** The top of the ratio's axis: its highest band edge, at least 1.5. */
export function ratioTop(ratio: NullableSeries): number {
  let top = 1.5;
  for (const v of [...ratio[DENSITY_HIGH], ...ratio.p50]) if (v !== null && v > top) top = v;
  return top;
}

/** The median line and 80 % band of the density ratio, with gaps where it has no value. */
export function RatioChart({ name, years, targetYear, ratio }: RatioChartProps) {
  const f = useFormats();
  const show = decimal(f);
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const height = Math.round(Math.max(fontSize * 13, Math.min(fontSize * 17, width * 0.4)));
  const base = chartMargins(fontSize, 1.5, 3);
  const ticks = 4;
  const probe = valueScale([1, ratioTop(ratio)], height - base.bottom, base.top);
  const m = { ...base, left: leftMarginFor(probe, ticks, show, fontSize, 3) };
  const x = yearScale(years, m.left, width - m.right);
  const y = valueScale([1, ratioTop(ratio)], height - m.bottom, m.top);
  const index = years.map((_, i) => i);
  const defined = (i: number) =>
    valueAt(ratio.p50, i) !== null &&
    valueAt(ratio[DENSITY_LOW], i) !== null &&
    valueAt(ratio[DENSITY_HIGH], i) !== null;
  const band =
    area<number>()
      .defined(defined)
      .x((i) => x(years[i]))
      .y0((i) => y(ratio[DENSITY_LOW][i]!))
      .y1((i) => y(ratio[DENSITY_HIGH][i]!))(index) ?? '';
  const median =
    line<number>()
      .defined(defined)
      .x((i) => x(years[i]))
      .y((i) => y(ratio.p50[i]!))(index) ?? '';
  const t = years.indexOf(targetYear);
  const at = t >= 0 ? valueAt(ratio.p50, t) : null;
  const note = gapNote(ratio, years, f);
  const title = ratioTitle(name, f.years(years[0], years[years.length - 1]), f.t);
  const target = f.year(targetYear);
  const sentence =
    at === null
      ? f.t('charts.ratio.labelNoValue', { title, year: target })
      : f.t('charts.ratio.labelMedian', { title, year: target, value: show(at) });
  const label = note ? `${sentence} ${note}` : sentence;
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
        <YAxis
          scale={y}
          left={m.left}
          right={width - m.right}
          format={show}
          ticks={ticks}
          label={f.t('charts.ratio.axis')}
          fontSize={fontSize}
        />
        <XAxis
          scale={x}
          y={height - m.bottom}
          format={f.year}
          ticks={xTickCount(width - m.left - m.right, fontSize)}
          fontSize={fontSize}
        />
        <TargetMarker x={x} y={y} year={targetYear} years={years} />
        <path className="hwf-band" d={band} fill={INK} fillOpacity={BAND_OPACITY[80]} />
        <path className="hwf-median" d={median} stroke={INK} fill="none" />
      </svg>
      <div className="hwf-legend">
        <p>{f.t('charts.ratio.legend')}</p>
      </div>
      {note && <p className="hwf-note">{note}</p>}
    </div>
  );
}
