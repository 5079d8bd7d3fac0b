/**
 * Supply and demand as fans over the years: nested 90/80/50 % bands and medians, the y axis
 * from zero, the target year marked and a year cursor with a spoken readout. Demand exists
 * in FTE only; with headcount the chart shows supply alone and says so.
 */
import { useId, useMemo } from 'react';
import { BandLegend } from './band-legend.tsx';
import { isCollapsed, scaleBands, scaleMedian } from './bands.ts';
import { XAxis, YAxis } from './axes.tsx';
import { FanMark } from './fan-mark.tsx';
import { CursorSvg } from './cursor-svg.tsx';
import { useFormats } from './formats-context.ts';
import { chartHeight, fanFrame } from './layout.ts';
import { chartLabel, seriesReadout, yearPhrase } from './readout.ts';
import { TargetMarker, YearCursor } from './year-marks.tsx';
import { useElementWidth } from './use-element-width.ts';
import { useYearCursor } from './year-cursor.ts';
import { DEMAND, DEMAND_DASH, SUPPLY } from '../palette.ts';
import type { SeriesSummary } from '../../model/result/result.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import './charts.css';

/** The level a fan chart shows. */
export type LevelMeasure = 'fte' | 'headcount';

/** Unit words of each level (their messages), for readouts and axes. */
export const LEVEL_UNIT: Record<LevelMeasure, { unit: MessageKey; axis: MessageKey }> = {
  fte: { unit: 'charts.unit.fte', axis: 'charts.unit.fte' },
  headcount: { unit: 'charts.unit.people', axis: 'charts.unit.headcount' },
};

/** Props of {@link FanChart}. */
export interface FanChartProps {
  /** The profession, as the planner calls it ("Nurses"). */
  name: string;
  years: readonly number[];
  targetYear: number;
  measure: LevelMeasure;
  /** Supply in the measure's unit (the profession's `fte` or `headcount` summary). */
  supply: SeriesSummary;
  /** Demand in FTE; drawn only when `measure` is "fte". */
  demand: SeriesSummary;
  /** The cursor's year, when a parent shares it between charts. */
  year?: number;
  onYearChange?: (year: number) => void;
  /** Height in pixels (default: from the width). */
  height?: number;
}

/** The title of a fan chart, also the start of its aria-label. */
export function fanTitle(name: string, measure: LevelMeasure, from: string, t: Translate): string {
  return measure === 'fte'
    ? t('charts.fan.titleFte', { name, years: from })
    : t('charts.fan.titleHeadcount', { name, years: from });
}

/** Supply (blue, solid) and demand (vermillion, dashed) fans with a year cursor. */
export function FanChart(props: FanChartProps) {
  const { name, years, targetYear, measure, supply, demand } = props;
  const f = useFormats();
  const readoutId = useId();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const withDemand = measure === 'fte';
  const height = props.height ?? chartHeight(width, fontSize);

  const g = useMemo(() => {
    const frame = fanFrame(
      years,
      withDemand ? [supply, demand] : [supply],
      width,
      height,
      fontSize,
      f,
      withDemand
        ? [f.t('charts.series.supply'), f.t('charts.series.demand')]
        : [f.t('charts.series.supply')],
    );
    const { x, y } = frame;
    return {
      ...frame,
      supply: { bands: scaleBands(supply, years, x, y), median: scaleMedian(supply, years, x, y) },
      demand: { bands: scaleBands(demand, years, x, y), median: scaleMedian(demand, years, x, y) },
    };
  }, [years, supply, demand, withDemand, width, height, fontSize, f]);

  const cursor = useYearCursor({
    years,
    initialYear: targetYear,
    year: props.year,
    onYearChange: props.onYearChange,
    invert: (px) => g.x.invert(px),
  });
  const unit = f.t(LEVEL_UNIT[measure].unit);
  const axis = f.t(LEVEL_UNIT[measure].axis);
  const describe = (i: number) => {
    const supplyWords = seriesReadout(f.t('charts.readout.supply'), supply, i, f, unit);
    return withDemand
      ? f.t('charts.readout.both', {
          first: supplyWords,
          second: seriesReadout(f.t('charts.readout.demand'), demand, i, f, unit),
        })
      : supplyWords;
  };
  const targetIndex = years.indexOf(targetYear);
  const title = fanTitle(name, measure, f.years(years[0], years[years.length - 1]), f.t);
  const label = chartLabel(
    title,
    yearPhrase(targetYear, targetYear, f),
    targetIndex >= 0 ? describe(targetIndex) : null,
    f,
  );

  const last = years.length - 1;
  const endY = { supply: g.supply.median.y[last], demand: g.demand.median.y[last] };
  if (withDemand && Math.abs(endY.supply - endY.demand) < fontSize) {
    const shift = (fontSize - Math.abs(endY.supply - endY.demand)) / 2;
    const supplyBelow = endY.supply >= endY.demand;
    endY.supply += supplyBelow ? shift : -shift;
    endY.demand += supplyBelow ? -shift : shift;
  }

  return (
    <div className="hwf-chart" ref={ref}>
      <CursorSvg label={label} readoutId={readoutId} width={width} height={height} cursor={cursor}>
        <YAxis
          scale={g.y}
          left={g.m.left}
          right={width - g.m.right}
          format={f.count}
          ticks={g.yTicks}
          label={axis}
          fontSize={fontSize}
        />
        <XAxis
          scale={g.x}
          y={height - g.m.bottom}
          format={f.year}
          ticks={g.xTicks}
          fontSize={fontSize}
        />
        <TargetMarker x={g.x} y={g.y} year={targetYear} years={years} />
        <FanMark name="supply" part="bands" {...g.supply} colour={SUPPLY} />
        {withDemand && (
          <FanMark name="demand" part="bands" {...g.demand} colour={DEMAND} dash={DEMAND_DASH} />
        )}
        <FanMark name="supply" part="lines" {...g.supply} colour={SUPPLY} />
        {withDemand && (
          <FanMark name="demand" part="lines" {...g.demand} colour={DEMAND} dash={DEMAND_DASH} />
        )}
        <g className="hwf-end-labels" aria-hidden="true">
          <text x={g.supply.median.x[last] + 6} y={endY.supply} dy="0.32em" fill={SUPPLY}>
            {f.t('charts.series.supply')}
          </text>
          {withDemand && (
            <text x={g.demand.median.x[last] + 6} y={endY.demand} dy="0.32em" fill={DEMAND}>
              {f.t('charts.series.demand')}
            </text>
          )}
        </g>
        <YearCursor
          x={g.x(years[cursor.index])}
          top={g.m.top}
          bottom={height - g.m.bottom}
          dots={[
            { y: g.supply.median.y[cursor.index], colour: SUPPLY },
            ...(withDemand ? [{ y: g.demand.median.y[cursor.index], colour: DEMAND }] : []),
          ]}
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
          { label: f.t('charts.series.supply'), colour: SUPPLY },
          ...(withDemand
            ? [{ label: f.t('charts.series.demand'), colour: DEMAND, dash: DEMAND_DASH }]
            : []),
        ]}
        collapsed={isCollapsed(supply)}
      />
      {!withDemand && <p className="hwf-note">{f.t('charts.fan.supplyAlone')}</p>}
    </div>
  );
}
