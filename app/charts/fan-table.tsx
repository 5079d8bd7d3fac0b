/**
 * The table alternative of the fan chart: the same series, measure and years as drawn.
 */
import { IntervalTable } from './interval-table.tsx';
import { LEVEL_UNIT, fanTitle } from './fan-chart.tsx';
import type { LevelMeasure } from './fan-chart.tsx';
import { useFormats } from './formats-context.ts';
import type { SeriesSummary } from '../../model/result/result.ts';

/** Props of {@link FanTable}: those of the fan chart it stands for. */
export interface FanTableProps {
  name: string;
  years: readonly number[];
  targetYear: number;
  measure: LevelMeasure;
  supply: SeriesSummary;
  demand: SeriesSummary;
}

/** Supply (and, in FTE, demand) medians and intervals by year. */
export function FanTable({ name, years, targetYear, measure, supply, demand }: FanTableProps) {
  const f = useFormats();
  const title = fanTitle(name, measure, f.years(years[0], years[years.length - 1]), f.t);
  return (
    <IntervalTable
      caption={f.t('charts.fan.caption', { title })}
      years={years}
      targetYear={targetYear}
      unit={f.t(LEVEL_UNIT[measure].unit)}
      series={[
        { label: f.t('charts.series.supply'), summary: supply },
        ...(measure === 'fte' ? [{ label: f.t('charts.series.demand'), summary: demand }] : []),
      ]}
    />
  );
}
