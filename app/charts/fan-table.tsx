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
  const title = fanTitle(name, measure, f.years(years[0], years[years.length - 1]));
  return (
    <IntervalTable
      caption={`${title}: medians and central intervals by year`}
      years={years}
      targetYear={targetYear}
      unit={LEVEL_UNIT[measure].unit}
      series={[
        { label: 'Supply', summary: supply },
        ...(measure === 'fte' ? [{ label: 'Demand', summary: demand }] : []),
      ]}
    />
  );
}
