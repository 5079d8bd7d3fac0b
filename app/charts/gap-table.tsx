/**
 * The table alternative of the gap chart: gap medians and intervals with the shortage
 * probability of each year.
 */
import { gapTitle } from './gap-chart.tsx';
import { useFormats } from './formats-context.ts';
import { IntervalTable } from './interval-table.tsx';
import type { SeriesSummary } from '../../model/result/result.ts';

/** Props of {@link GapTable}: those of the gap chart it stands for. */
export interface GapTableProps {
  name: string;
  years: readonly number[];
  targetYear: number;
  gap: SeriesSummary;
  shortageProbability: readonly number[];
}

/** Gap medians and central intervals by year, and the shortage probability. */
export function GapTable({ name, years, targetYear, gap, shortageProbability }: GapTableProps) {
  const f = useFormats();
  return (
    <IntervalTable
      caption={f.t('charts.gap.caption', {
        title: gapTitle(name, f.years(years[0], years[years.length - 1]), f.t),
      })}
      years={years}
      targetYear={targetYear}
      unit={f.t('charts.unit.fte')}
      series={[{ label: f.t('charts.gap.gap'), summary: gap, signed: true }]}
      extra={[{ label: f.t('charts.gap.probability'), values: shortageProbability.map(f.percent) }]}
    />
  );
}
