/**
 * FTE per 1 000 inhabitants by region at one year: a row per region with the median as a
 * dot and the 80 % interval as a line, on one axis from zero. A region without a value
 * that year gets its reason in words on its row instead of a mark.
 */
import { BottomValueAxis } from './value-axis.tsx';
import { scaleLinear } from 'd3';
import type { Translate } from '../i18n/translate.ts';
import { useFormats } from './formats-context.ts';
import { chartMargins, xTickCount } from './layout.ts';
import { densityTop, densityWords, type DensityRow } from './density-rows.ts';
import { decimal } from './nullable.ts';
import { textWidth } from './tick-labels.ts';
import { useElementWidth } from './use-element-width.ts';
import { SUPPLY } from '../palette.ts';
import './charts.css';
import './regions.css';

/** Props of {@link DensityChart}. */
export interface DensityChartProps {
  /** The profession ("Nurses"). */
  name: string;
  year: number;
  rows: readonly DensityRow[];
}

/** The title of the density chart, also the start of its aria-label and table caption. */
export function densityTitle(name: string, year: string, t: Translate): string {
  return t('charts.density.title', { name, year });
}

/** Dots and 80 % intervals of each region's density. */
export function DensityChart({ name, year, rows }: DensityChartProps) {
  const f = useFormats();
  const show = decimal(f);
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const rowHeight = Math.round(fontSize * 2.2);
  const base = chartMargins(fontSize, 1.5);
  const longest = Math.max(0, ...rows.map((r) => textWidth(r.name, fontSize)));
  const left = Math.round(Math.min(width * 0.4, longest + fontSize));
  // Room on the right for the median written after the widest interval.
  const widest = Math.max(
    0,
    ...rows.map((r) => (r.median === null ? 0 : textWidth(show(r.median), fontSize))),
  );
  const right = width - Math.max(base.right, Math.round(widest + 12));
  const top = Math.round(fontSize * 0.5);
  const bottom = top + rows.length * rowHeight;
  const height = bottom + Math.round(fontSize * 2.2);
  const x = scaleLinear()
    .domain([0, densityTop(rows)])
    .nice()
    .range([left, right]);
  const ticks = x.ticks(Math.min(6, xTickCount(right - left, fontSize)));
  const missing = rows.filter((r) => r.median === null);
  const label = f.t('charts.density.label', {
    title: densityTitle(name, f.year(year), f.t),
    share: f.percent(0.8),
    rows: rows
      .map((r) => f.t('charts.density.rowWords', { region: r.name, value: densityWords(r, f) }))
      .join(f.t('app.list.clauses')),
  });
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
        <BottomValueAxis
          ticks={ticks}
          x={x}
          top={top}
          bottom={bottom}
          fontSize={fontSize}
          format={(v) => f.count(v)}
        />
        {rows.map((row, i) => {
          const y = top + (i + 0.5) * rowHeight;
          const defined = row.median !== null && row.low !== null && row.high !== null;
          return (
            <g key={row.id} className="hwf-density-row" data-region={row.id} data-defined={defined}>
              <text x={left - fontSize * 0.5} y={y} dy="0.32em" textAnchor="end">
                {row.name}
              </text>
              {defined ? (
                <>
                  <line
                    className="hwf-density-interval"
                    x1={x(row.low!)}
                    x2={x(row.high!)}
                    y1={y}
                    y2={y}
                    stroke={SUPPLY}
                  />
                  {[row.low!, row.high!].map((v, k) => (
                    <line
                      key={k}
                      x1={x(v)}
                      x2={x(v)}
                      y1={y - 5}
                      y2={y + 5}
                      stroke={SUPPLY}
                      strokeWidth={2}
                    />
                  ))}
                  <circle
                    className="hwf-density-dot"
                    cx={x(row.median!)}
                    cy={y}
                    r={5.5}
                    fill={SUPPLY}
                  />
                  {x(row.high!) + 8 + textWidth(show(row.median!), fontSize) <= width && (
                    <text
                      className="hwf-density-value"
                      x={x(row.high!) + 8}
                      y={y}
                      dy="0.32em"
                      aria-hidden="true"
                    >
                      {show(row.median!)}
                    </text>
                  )}
                </>
              ) : (
                <text className="hwf-density-missing" x={left + 4} y={y} dy="0.32em">
                  {f.t('charts.density.seeBelow')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <div className="hwf-legend">
        <p>{f.t('charts.density.legend')}</p>
      </div>
      {missing.map((row) => (
        <p key={row.id} className="hwf-note">
          {f.t('charts.density.missing', {
            region: row.name,
            year: f.year(year),
            reason: row.reason ?? f.t('charts.noValue.notDefined'),
          })}
        </p>
      ))}
    </div>
  );
}
