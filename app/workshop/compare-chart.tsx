/**
 * The baseline and its variants on one chart: for each, the 90 % band (lightly shaded) and
 * the median (a line in its own colour and dash), named at the line's end and in a legend in
 * words; and the same numbers as a table.
 */
import { useMemo } from 'react';
import { XAxis, YAxis } from '../charts/axes.tsx';
import { areaPath, linePath } from '../charts/bands.ts';
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
import { TargetMarker } from '../charts/year-marks.tsx';
import type { Formats } from '../format.ts';
import type { CompareMeasure, DrawnSeries, SnapshotStyle } from './compare.ts';
import { unionYears } from './compare.ts';
import { spreadLabels } from './label-layout.ts';

/** Props of {@link CompareChart} and {@link CompareTable}. */
export interface CompareChartProps {
  /** The profession ("Nurses"). */
  name: string;
  measure: CompareMeasure;
  targetYear: number;
  series: readonly DrawnSeries[];
  height?: number;
}

const WHAT: Record<CompareMeasure, string> = {
  gap: 'Gap between supply and demand',
  fte: 'Supply',
};

/** "Gap between supply and demand of Nurses (FTE) by scenario, 2025–2045". */
export function compareTitle(name: string, measure: CompareMeasure, from: string): string {
  return `${WHAT[measure]} of ${name} (FTE) by scenario, ${from}`;
}

/** "Baseline median −1 200 FTE (90 %: …)" for each series at `year`. */
export function compareReadout(
  series: readonly DrawnSeries[],
  year: number,
  measure: CompareMeasure,
  f: Formats,
): string {
  const show = measure === 'gap' ? f.signed : f.count;
  return series
    .map((s) => {
      const i = s.years.indexOf(year);
      if (i < 0) return `${s.label} not projected`;
      const interval = f.interval(s.summary.p5[i], s.summary.p95[i], measure === 'gap');
      return `${s.label} median ${show(s.summary.p50[i])} FTE (${f.percent(0.9)}: ${interval})`;
    })
    .join('; ');
}

/** A swatch of a line style, for legends. */
export function LineSwatch({ style }: { style: SnapshotStyle }) {
  return (
    <svg width="44" height="16" aria-hidden="true" focusable="false">
      <line
        x1="0"
        x2="44"
        y1="8"
        y2="8"
        stroke={style.colour}
        strokeWidth="3"
        strokeDasharray={style.dash}
      />
    </svg>
  );
}

/** Medians and 90 % bands of every finished scenario. */
export function CompareChart({
  name,
  measure,
  targetYear,
  series,
  height: fixed,
}: CompareChartProps) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const height = fixed ?? chartHeight(width, fontSize);
  const years = unionYears(series);
  const g = useMemo(() => {
    const m = chartMargins(fontSize, 6);
    const x = yearScale(years, m.left, width - m.right);
    const values = series.flatMap((s) => [...s.summary.p5, ...s.summary.p95, ...s.summary.p50]);
    const domain: [number, number] =
      measure === 'gap'
        ? symmetricDomain(values)
        : [0, Math.max(1, ...values.filter(Number.isFinite))];
    const y = valueScale(domain, height - m.bottom, m.top);
    return { m, x, y };
  }, [years, series, measure, width, height, fontSize]);
  const show = measure === 'gap' ? f.signed : f.count;
  const title = compareTitle(name, measure, f.years(years[0], years[years.length - 1]));
  const label = `${title}. In ${f.year(targetYear)}: ${compareReadout(series, targetYear, measure, f)}.`;
  const left = g.m.left;
  const right = width - g.m.right;
  const ends = spreadLabels(
    series.map((s) => g.y(s.summary.p50[s.summary.p50.length - 1])),
    fontSize * 1.1,
  );

  return (
    <div className="hwf-chart hwf-compare-chart" ref={ref}>
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
          format={show}
          ticks={yTickCount(height, fontSize)}
          label="FTE"
        />
        <XAxis
          scale={g.x}
          y={height - g.m.bottom}
          format={f.year}
          ticks={Math.max(2, Math.round(width / (fontSize * 6)))}
        />
        <TargetMarker x={g.x} y={g.y} year={targetYear} years={years} />
        {measure === 'gap' && (
          <line className="hwf-zero-line" x1={left} x2={right} y1={g.y(0)} y2={g.y(0)} />
        )}
        {series.map((s) => {
          const xs = s.years.map((year) => g.x(year));
          return (
            <path
              key={`${s.id}-band`}
              className="hwf-band"
              data-series={s.id}
              d={areaPath({
                interval: { share: 90, low: 'p5', high: 'p95', opacity: 0.12, words: '' },
                x: xs,
                low: s.summary.p5.map((v) => g.y(v)),
                high: s.summary.p95.map((v) => g.y(v)),
              })}
              fill={s.style.colour}
              fillOpacity={0.12}
              stroke="none"
            />
          );
        })}
        {series.map((s) => (
          <path
            key={`${s.id}-median`}
            className="hwf-median hwf-compare-median"
            data-series={s.id}
            d={linePath({
              x: s.years.map((year) => g.x(year)),
              y: s.summary.p50.map((v) => g.y(v)),
            })}
            stroke={s.style.colour}
            strokeDasharray={s.style.dash}
            fill="none"
          />
        ))}
        <g className="hwf-end-labels" aria-hidden="true">
          {series.map((s, i) => (
            <text
              key={s.id}
              x={g.x(s.years[s.years.length - 1]) + 6}
              y={ends[i]}
              dy="0.32em"
              fill={s.style.colour}
            >
              {s.id === 'baseline' ? 'Baseline' : s.id}
            </text>
          ))}
        </g>
      </svg>
      <CompareLegend series={series} />
    </div>
  );
}

const BAND_WORDS =
  'The line is each scenario’s median; 9 in 10 of its futures fall in its shaded band. All scenarios share the seed, so they differ by policy, not by chance.';

/** Which line is which scenario, in words. */
export function CompareLegend({
  series,
  words = BAND_WORDS,
}: {
  series: readonly { id: string; label: string; style: SnapshotStyle }[];
  words?: string;
}) {
  return (
    <div className="hwf-legend">
      <ul>
        {series.map((s) => (
          <li key={s.id}>
            <LineSwatch style={s.style} />
            {s.label}: {s.style.line}
          </li>
        ))}
      </ul>
      <p>{words}</p>
    </div>
  );
}

/** The numbers of {@link CompareChart}: median and 90 % interval of each scenario by year. */
export function CompareTable({ name, measure, targetYear, series }: CompareChartProps) {
  const f = useFormats();
  const years = unionYears(series);
  const show = measure === 'gap' ? f.signed : f.count;
  const title = compareTitle(name, measure, f.years(years[0], years[years.length - 1]));
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>{title}: medians and 90 % intervals by year</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Year
            </th>
            {series.map((s) => (
              <th key={s.id} scope="colgroup" colSpan={2}>
                {s.label}
              </th>
            ))}
          </tr>
          <tr>
            {series.map((s) => [
              <th key={`${s.id}-median`} scope="col">
                Median
              </th>,
              <th key={`${s.id}-90`} scope="col">
                {f.percent(0.9)} interval
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year} className={year === targetYear ? 'hwf-target-row' : undefined}>
              <th scope="row">
                {f.year(year)}
                {year === targetYear ? ' (target)' : ''}
              </th>
              {series.map((s) => {
                const i = s.years.indexOf(year);
                return i < 0
                  ? [<td key={`${s.id}-median`}>–</td>, <td key={`${s.id}-90`}>–</td>]
                  : [
                      <td key={`${s.id}-median`}>{show(s.summary.p50[i])}</td>,
                      <td key={`${s.id}-90`}>
                        {f.interval(s.summary.p5[i], s.summary.p95[i], measure === 'gap')}
                      </td>,
                    ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
