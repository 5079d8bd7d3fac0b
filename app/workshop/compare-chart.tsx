/**
 * The baseline and its variants as small multiples, readable from the back of a room: one
 * panel per scenario, all on the same axes, each with its median (a line in its own colour
 * and dash) and its 80 % band, and the baseline's median as a thin grey line in every
 * variant's panel to measure against. No band lies over another. A legend says in words
 * which panel is which and what each variant changes; the table has the same numbers.
 */
import { useMemo } from 'react';
import { XAxis, YAxis } from '../charts/axes.tsx';
import { areaPath, linePath } from '../charts/bands.ts';
import { useFormats } from '../charts/formats-context.ts';
import {
  chartHeight,
  leftMarginFor,
  symmetricDomain,
  valueScale,
  yearScale,
  yTickCount,
} from '../charts/layout.ts';
import { textWidth } from '../charts/tick-labels.ts';
import { useElementWidth } from '../charts/use-element-width.ts';
import type { Formats } from '../format.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import type { CompareMeasure, DrawnSeries, SnapshotStyle } from './compare.ts';
import { unionYears } from './compare.ts';

/** Props of {@link CompareChart} and {@link CompareTable}. */
export interface CompareChartProps {
  /** The profession ("Nurses"). */
  name: string;
  measure: CompareMeasure;
  targetYear: number;
  series: readonly DrawnSeries[];
  height?: number;
}

const TITLES: Record<CompareMeasure, MessageKey> = {
  gap: 'workshop.compare.chartTitleGap',
  fte: 'workshop.compare.chartTitleFte',
};

/** "Gap between supply and demand of Nurses (FTE) by scenario, 2025–2045". */
export function compareTitle(
  name: string,
  measure: CompareMeasure,
  from: string,
  t: Translate,
): string {
  return t(TITLES[measure], { name, years: from });
}

/** "Baseline median −1 200 FTE (80 %: …)" for each series at `year`. */
export function compareReadout(
  series: readonly DrawnSeries[],
  year: number,
  measure: CompareMeasure,
  f: Formats,
): string {
  const { t } = f;
  const show = measure === 'gap' ? f.signed : f.count;
  return series
    .map((s) => {
      const i = s.years.indexOf(year);
      const name = s.changes
        ? t('workshop.compare.named', { label: s.label, changes: s.changes })
        : s.label;
      if (i < 0) return t('workshop.compare.notProjected', { name });
      return t('workshop.compare.readout', {
        name,
        median: show(s.summary.p50[i]),
        share: f.percent(0.8),
        interval: f.interval(s.summary.p10[i], s.summary.p90[i], measure === 'gap'),
      });
    })
    .join(t('app.list.clauses'));
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

/** How many columns of panels suit `n` panels in `width` × `height` (plots near 3 : 2). */
export function panelColumns(n: number, width: number, height: number): number {
  let best = 1;
  let score = -Infinity;
  for (let c = 1; c <= Math.max(1, n); c++) {
    const rows = Math.ceil(n / c);
    const s = Math.min(width / c / 1.5, height / rows);
    if (s > score + 1e-9) {
      best = c;
      score = s;
    }
  }
  return best;
}

/** `text` cut to fit `width` pixels at `fontSize` (bold or not), with an ellipsis when cut. */
export function fitText(text: string, width: number, fontSize: number, bold = true): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Small multiples: one panel per finished scenario, on shared axes. */
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
  const show = measure === 'gap' ? f.signed : f.count;
  const g = useMemo(() => {
    const n = Math.max(1, series.length);
    // A title line for the scenario, and a second, smaller one for what a variant changes.
    const titleH = Math.round(fontSize * (series.some((s) => s.changes) ? 2.9 : 1.7));
    const gap = Math.round(fontSize * 1.2);
    const bottom = Math.round(fontSize * 2.5);
    const right = Math.round(fontSize * 0.8);
    const values = series.flatMap((s) => [...s.summary.p10, ...s.summary.p90, ...s.summary.p50]);
    const domain: [number, number] =
      measure === 'gap'
        ? symmetricDomain(values)
        : [0, Math.max(1, ...values.filter(Number.isFinite))];
    const cols = panelColumns(n, width, height);
    const rows = Math.ceil(n / cols);
    const plotH = Math.max(
      fontSize * 3,
      (height - bottom - rows * titleH - (rows - 1) * gap) / rows,
    );
    const yTicks = Math.max(2, Math.min(yTickCount(plotH, fontSize), 5));
    const y = valueScale(domain, plotH, 0);
    const left = leftMarginFor(y, yTicks, show, fontSize, 3);
    const plotW = Math.max(fontSize * 4, (width - left - right - (cols - 1) * gap) / cols);
    const x = yearScale(years, 0, plotW);
    const panels = series.map((s, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      return {
        s,
        col,
        row,
        ox: left + col * (plotW + gap),
        oy: titleH + row * (plotH + titleH + gap),
        last: row === rows - 1 || i + cols >= n,
      };
    });
    const xTicks = Math.max(2, Math.floor(plotW / (fontSize * 4.5)));
    return { x, y, plotW, plotH, panels, yTicks, xTicks, titleH };
  }, [series, years, measure, width, height, fontSize, show]);
  const title = compareTitle(name, measure, f.years(years[0], years[years.length - 1]), f.t);
  const label = f.t('workshop.chart.label', {
    title,
    year: f.year(targetYear),
    readout: compareReadout(series, targetYear, measure, f),
  });
  const base = series.find((s) => s.id === 'baseline');
  const hasTarget = years.includes(targetYear);
  return (
    <div ref={ref} className="hwf-chart hwf-compare-chart">
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {g.panels.map(({ s, col, ox, oy, last }) => {
          const xs = s.years.map((year) => g.x(year));
          return (
            <g
              key={s.id}
              className="hwf-compare-panel"
              data-series={s.id}
              transform={`translate(${ox},${oy})`}
            >
              <g aria-hidden="true">
                <text
                  className="hwf-compare-panel-title"
                  x={0}
                  y={-g.titleH + fontSize * 1.05}
                  fill={s.style.colour}
                >
                  {fitText(s.label, g.plotW, fontSize)}
                </text>
                {s.changes && (
                  <text className="hwf-compare-panel-changes" x={0} y={-fontSize * 0.45}>
                    {fitText(s.changes, g.plotW, fontSize * 0.8, false)}
                  </text>
                )}
              </g>
              <YAxis
                scale={g.y}
                left={0}
                right={g.plotW}
                format={col === 0 ? show : () => ''}
                ticks={g.yTicks}
              />
              {last ? (
                <XAxis
                  scale={g.x}
                  y={g.plotH}
                  format={f.year}
                  ticks={g.xTicks}
                  fontSize={fontSize}
                />
              ) : (
                <line className="hwf-axis-line" x1={0} x2={g.plotW} y1={g.plotH} y2={g.plotH} />
              )}
              {hasTarget && (
                <g className="hwf-target" aria-hidden="true">
                  <line x1={g.x(targetYear)} x2={g.x(targetYear)} y1={g.plotH} y2={0} />
                </g>
              )}
              <path
                className="hwf-band"
                data-series={s.id}
                d={areaPath({
                  interval: { share: 80, low: 'p10', high: 'p90', opacity: 0.3 },
                  x: xs,
                  low: s.summary.p10.map((v) => g.y(v)),
                  high: s.summary.p90.map((v) => g.y(v)),
                })}
                fill={s.style.colour}
                fillOpacity={0.3}
                stroke="none"
              />
              {base && s.id !== 'baseline' && (
                <path
                  className="hwf-compare-reference"
                  d={linePath({
                    x: base.years.map((year) => g.x(year)),
                    y: base.summary.p50.map((v) => g.y(v)),
                  })}
                  fill="none"
                />
              )}
              <path
                className="hwf-median hwf-compare-median"
                data-series={s.id}
                d={linePath({ x: xs, y: s.summary.p50.map((v) => g.y(v)) })}
                stroke={s.style.colour}
                strokeDasharray={s.style.dash}
                fill="none"
              />
            </g>
          );
        })}
      </svg>
      <CompareLegend series={series} />
    </div>
  );
}

/** Which line is which scenario, in words; `words` under the list (default: how the panels
 *  of the comparison read). */
export function CompareLegend({
  series,
  words,
}: {
  series: readonly { id: string; label: string; changes?: string; style: SnapshotStyle }[];
  words?: string;
}) {
  const { t } = useFormats();
  return (
    <div className="hwf-legend">
      <ul>
        {series.map((s) => (
          <li key={s.id}>
            <LineSwatch style={s.style} />
            <span>
              <strong>{s.label}</strong>{' '}
              {s.changes
                ? t('workshop.compare.legendLineChanges', {
                    line: t(s.style.line),
                    changes: s.changes,
                  })
                : t('workshop.compare.legendLine', { line: t(s.style.line) })}
            </span>
          </li>
        ))}
      </ul>
      <p>{words ?? t('workshop.compare.bandWords')}</p>
    </div>
  );
}

/** The numbers of {@link CompareChart}: median and 80 % interval of each scenario by year. */
export function CompareTable({ name, measure, targetYear, series }: CompareChartProps) {
  const f = useFormats();
  const { t } = f;
  const years = unionYears(series);
  const show = measure === 'gap' ? f.signed : f.count;
  const title = compareTitle(name, measure, f.years(years[0], years[years.length - 1]), t);
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>{t('workshop.compare.caption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('workshop.table.year')}
            </th>
            {series.map((s) => (
              <th key={s.id} scope="colgroup" colSpan={2}>
                {s.changes
                  ? t('workshop.snapshot.titled', { label: s.label, changes: s.changes })
                  : s.label}
              </th>
            ))}
          </tr>
          <tr>
            {series.map((s) => [
              <th key={`${s.id}-median`} scope="col">
                {t('workshop.table.median')}
              </th>,
              <th key={`${s.id}-80`} scope="col">
                {t('workshop.table.interval', { share: f.percent(0.8) })}
              </th>,
            ])}
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
              {series.map((s) => {
                const i = s.years.indexOf(year);
                return i < 0
                  ? [<td key={`${s.id}-median`}>–</td>, <td key={`${s.id}-80`}>–</td>]
                  : [
                      <td key={`${s.id}-median`}>{show(s.summary.p50[i])}</td>,
                      <td key={`${s.id}-80`}>
                        {f.interval(s.summary.p10[i], s.summary.p90[i], measure === 'gap')}
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
