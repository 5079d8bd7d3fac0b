/**
 * What each variant changes: its median gap minus the baseline's, per year, as lines around
 * a zero line (the baseline), and as a table. Above zero a variant leaves a smaller
 * shortage (or a larger surplus) than the baseline.
 */
import { useMemo } from 'react';
import { XAxis, YAxis } from '../charts/axes.tsx';
import { linePath } from '../charts/bands.ts';
import { useFormats } from '../charts/formats-context.ts';
import {
  chartHeight,
  chartMargins,
  symmetricDomain,
  valueScale,
  yearScale,
  yTickCount,
} from '../charts/layout.ts';
import { useElementWidth } from '../charts/use-element-width.ts';
import type { Translate } from '../i18n/translate.ts';
import { TargetMarker } from '../charts/year-marks.tsx';
import { CompareLegend } from './compare-chart.tsx';
import type { Difference } from './compare.ts';
import { unionYears } from './compare.ts';
import { spreadLabels } from './label-layout.ts';

/** Props of {@link DifferenceChart} and {@link DifferenceTable}. */
export interface DifferenceChartProps {
  name: string;
  targetYear: number;
  differences: readonly Difference[];
  height?: number;
}

/** "Median gap of Nurses: each variant minus the baseline (FTE), 2025–2045". */
export function differenceTitle(name: string, from: string, t: Translate): string {
  return t('workshop.difference.chartTitle', { name, years: from });
}

/** Lines of variant − baseline around zero. */
export function DifferenceChart({
  name,
  targetYear,
  differences,
  height: fixed,
}: DifferenceChartProps) {
  const f = useFormats();
  const { t } = f;
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const height = fixed ?? chartHeight(width, fontSize);
  const years = unionYears(differences);
  const g = useMemo(() => {
    const m = chartMargins(fontSize, 3);
    const x = yearScale(years, m.left, width - m.right);
    const y = valueScale(
      symmetricDomain(differences.flatMap((d) => d.values)),
      height - m.bottom,
      m.top,
    );
    return { m, x, y };
  }, [years, differences, width, height, fontSize]);
  const title = differenceTitle(name, f.years(years[0], years[years.length - 1]), t);
  const atTarget = differences
    .map((d) => {
      const i = d.years.indexOf(targetYear);
      return i < 0
        ? t('workshop.difference.notProjected', { variant: d.label })
        : t('workshop.difference.at', { variant: d.label, gap: f.signed(d.values[i]) });
    })
    .join(t('app.list.clauses'));
  const label = t('workshop.chart.label', { title, year: f.year(targetYear), readout: atTarget });
  const left = g.m.left;
  const right = width - g.m.right;
  const zero = g.y(0);
  const ends = spreadLabels(
    differences.map((d) => g.y(d.values[d.values.length - 1] ?? 0)),
    fontSize * 1.1,
  );

  return (
    <div className="hwf-chart hwf-difference-chart" ref={ref}>
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <YAxis
          scale={g.y}
          left={left}
          right={right}
          format={f.signed}
          ticks={yTickCount(height, fontSize)}
          label={t('workshop.difference.axis')}
        />
        <XAxis
          scale={g.x}
          y={height - g.m.bottom}
          format={f.year}
          ticks={Math.max(2, Math.round(width / (fontSize * 6)))}
        />
        <TargetMarker x={g.x} y={g.y} year={targetYear} years={years} />
        <line className="hwf-zero-line" x1={left} x2={right} y1={zero} y2={zero} />
        <g className="hwf-side-labels" aria-hidden="true">
          <text className="hwf-side-label" x={left + 6} y={zero - 6}>
            {t('workshop.difference.above')}
          </text>
          <text className="hwf-side-label" x={left + 6} y={zero + 6} dy="0.71em">
            {t('workshop.difference.below')}
          </text>
        </g>
        {differences.map((d) => (
          <path
            key={d.id}
            className="hwf-median hwf-compare-median"
            data-series={d.id}
            d={linePath({ x: d.years.map((year) => g.x(year)), y: d.values.map((v) => g.y(v)) })}
            stroke={d.style.colour}
            strokeDasharray={d.style.dash}
            fill="none"
          />
        ))}
        <g className="hwf-end-labels" aria-hidden="true">
          {differences.map((d, i) => (
            <text
              key={d.id}
              x={g.x(d.years[d.years.length - 1]) + 6}
              y={ends[i]}
              dy="0.32em"
              fill={d.style.colour}
            >
              {d.id}
            </text>
          ))}
        </g>
      </svg>
      <CompareLegend series={differences} words={t('workshop.difference.legend')} />
    </div>
  );
}

/** The numbers of {@link DifferenceChart}: one column per variant. */
export function DifferenceTable({ name, targetYear, differences }: DifferenceChartProps) {
  const f = useFormats();
  const { t } = f;
  const years = unionYears(differences);
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>
          {t('workshop.difference.caption', {
            title: differenceTitle(name, f.years(years[0], years[years.length - 1]), t),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.table.year')}</th>
            {differences.map((d) => (
              <th key={d.id} scope="col">
                {t('workshop.difference.column', { variant: d.label })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year} className={year === targetYear ? 'hwf-target-row' : undefined}>
              <th scope="row">
                {year === targetYear
                  ? t('workshop.table.targetYear', { year: f.year(year) })
                  : f.year(year)}
              </th>
              {differences.map((d) => {
                const i = d.years.indexOf(year);
                return <td key={d.id}>{i < 0 ? '–' : f.signed(d.values[i])}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
