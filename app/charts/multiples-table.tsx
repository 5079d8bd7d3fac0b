/**
 * The table alternative of the small multiples: per region (a group of rows) and year the
 * supply and demand medians and 80 % intervals, exactly the numbers drawn.
 */
import { useFormats } from './formats-context.ts';
import { MULTIPLE_HIGH, MULTIPLE_LOW } from './multiples-layout.ts';
import { multiplesTitle, type RegionPanel } from './region-multiples.tsx';
import type { SeriesSummary } from '../../model/result/result.ts';
import { targetYearWords } from './readout.ts';
import './charts.css';

/** Props of {@link MultiplesTable}: those of the chart it stands for. */
export interface MultiplesTableProps {
  name: string;
  years: readonly number[];
  targetYear: number;
  panels: readonly RegionPanel[];
}

/** Supply and demand medians and 80 % intervals, region by region. */
export function MultiplesTable({ name, years, targetYear, panels }: MultiplesTableProps) {
  const f = useFormats();
  const caption = f.t('charts.table.mediansAndIntervals', {
    title: multiplesTitle(name, f.years(years[0], years[years.length - 1]), f.t),
    share: f.percent(0.8),
  });
  const cells = (s: SeriesSummary, i: number) => [
    <td key="median">{f.count(s.p50[i])}</td>,
    <td key="interval">{f.interval(s[MULTIPLE_LOW][i], s[MULTIPLE_HIGH][i])}</td>,
  ];
  const share = f.percent(0.8);
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
            <th scope="col">{f.t('charts.table.year')}</th>
            <th scope="col">{f.t('charts.multiples.supplyMedian')}</th>
            <th scope="col">{f.t('charts.multiples.supplyInterval', { share })}</th>
            <th scope="col">{f.t('charts.multiples.demandMedian')}</th>
            <th scope="col">{f.t('charts.multiples.demandInterval', { share })}</th>
          </tr>
        </thead>
        {panels.map((panel) => (
          <tbody key={panel.id}>
            <tr>
              <th scope="rowgroup" colSpan={5} className="hwf-group-head">
                {panel.name}
              </th>
            </tr>
            {years.map((year, i) => (
              <tr key={year} className={year === targetYear ? 'hwf-target-row' : undefined}>
                <th scope="row">{targetYearWords(year, year === targetYear, f)}</th>
                {cells(panel.fte, i)}
                {cells(panel.demand, i)}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
