/**
 * The latest observed year ranked: a row per country from the highest density down, its
 * value as a dot (the chosen country's in the strong colour, its name in bold), the year
 * written beside a name when it is not the year most countries share. With a projection,
 * a hollow dot on its own row, placed where its median ranks, with its 80 % band: where
 * the working scenario would put the country among its peers.
 */
import { BottomValueAxis } from '../charts/value-axis.tsx';
import { scaleLinear } from 'd3';
import { useFormats } from '../charts/formats-context.ts';
import { chartMargins, xTickCount } from '../charts/layout.ts';
import { decimal } from '../charts/nullable.ts';
import { textWidth } from '../charts/tick-labels.ts';
import { useElementWidth } from '../charts/use-element-width.ts';
import { WHO_ATTRIBUTION } from '../data/workforce/catalog.ts';
import type { Formats } from '../format.ts';
import { yearNoted } from './compare-data.ts';
import type { DotRow } from './compare-data.ts';
import { HIGHLIGHT, OTHERS, perThousand, Swatch } from './compare-lines.tsx';
import './compare.css';

/** Props of {@link CompareDots}. */
export interface CompareDotsProps {
  series: string;
  rows: readonly DotRow[];
  /** The latest year most countries share. */
  commonYear: number | null;
  highlight: string;
}

/** "Doctors per 1 000 inhabitants, latest observed year (2022 unless marked)". */
export function dotsTitle(series: string, commonYear: number | null, f: Formats): string {
  const what = perThousand(series, f.t);
  return commonYear === null
    ? f.t('compare.dots.title', { what })
    : f.t('compare.dots.titleYear', { what, year: f.year(commonYear) });
}

/** A row's name: "Belgium (2023, possible break)", "Italy 2035, projected (median)". */
export function rowName(row: DotRow, commonYear: number | null, f: Formats): string {
  const { t } = f;
  if (row.kind === 'projected') {
    return t('compare.row.projected', { name: row.name, year: f.year(row.point.year) });
  }
  const year = yearNoted(row, commonYear) ? f.year(row.year) : null;
  if (year !== null && row.possibleBreak) {
    return t('compare.row.yearBreak', { name: row.name, year });
  }
  if (year !== null) return t('compare.row.year', { name: row.name, year });
  if (row.possibleBreak) return t('compare.row.break', { name: row.name });
  return row.name;
}

/** A row's value in words: "4.5", or "0.3 (80 %: 0.2–0.4)" for the projection. */
export function rowValue(row: DotRow, f: Formats): string {
  const show = decimal(f);
  if (row.kind === 'observed') return show(row.value);
  const { median, low, high } = row.point;
  return show(low) === show(high)
    ? show(median)
    : f.t('compare.row.band', {
        median: show(median),
        share: f.percent(0.8),
        low: show(low),
        high: show(high),
      });
}

/** The ranked dots, the projection among them. */
export function CompareDots({ series, rows, commonYear, highlight }: CompareDotsProps) {
  const f = useFormats();
  const { t } = f;
  const show = decimal(f);
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const names = rows.map((r) => rowName(r, commonYear, f));
  const rowHeight = Math.round(fontSize * 1.9);
  const base = chartMargins(fontSize, 1.5);
  const longest = Math.max(0, ...names.map((n) => textWidth(n, fontSize, true)));
  const left = Math.round(Math.min(width * 0.5, longest + fontSize));
  const widest = Math.max(0, ...rows.map((r) => textWidth(show(valueOf(r)), fontSize)));
  const right = width - Math.max(base.right, Math.round(widest + fontSize));
  const top = Math.round(fontSize * 0.5);
  const bottom = top + rows.length * rowHeight;
  const height = bottom + Math.round(fontSize * 2.2);
  const most = Math.max(1, ...rows.map((r) => (r.kind === 'projected' ? r.point.high : r.value)));
  const x = scaleLinear().domain([0, most]).nice().range([left, right]);
  const ticks = x.ticks(Math.min(8, xTickCount(right - left, fontSize)));
  const label = t('compare.dots.label', {
    title: dotsTitle(series, commonYear, f),
    count: String(rows.length),
    items: rows
      .map((r, i) => t('compare.dots.item', { name: names[i], value: rowValue(r, f) }))
      .join(t('app.list.clauses')),
  });
  const hasProjection = rows.some((r) => r.kind === 'projected');

  return (
    <div className="hwf-chart hwf-compare-dots" ref={ref}>
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
          const mine = row.iso2 === highlight;
          const projected = row.kind === 'projected';
          const v = valueOf(row);
          const end = projected ? x(row.point.high) : x(v);
          return (
            <g
              key={projected ? 'projected' : row.iso2}
              className={`hwf-compare-dot${mine ? ' hwf-compare-mine' : ''}`}
              data-country={row.iso2}
              data-kind={row.kind}
              aria-hidden="true"
            >
              <text
                x={left - fontSize * 0.5}
                y={y}
                dy="0.32em"
                textAnchor="end"
                fontWeight={mine ? 700 : undefined}
              >
                {names[i]}
              </text>
              {projected && (
                <line
                  x1={x(row.point.low)}
                  x2={x(row.point.high)}
                  y1={y}
                  y2={y}
                  style={{ stroke: HIGHLIGHT }}
                  strokeWidth={2}
                />
              )}
              <circle
                className={projected ? 'hwf-compare-ring' : undefined}
                cx={x(v)}
                cy={y}
                r={mine ? 6 : 4.5}
                style={projected ? { stroke: HIGHLIGHT } : { fill: mine ? HIGHLIGHT : OTHERS }}
                strokeWidth={projected ? 2.5 : undefined}
              />
              <text className="hwf-compare-value" x={Math.max(end, x(v) + 6) + 8} y={y} dy="0.32em">
                {show(v)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="hwf-legend">
        <ul>
          <li>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="5.5" style={{ fill: HIGHLIGHT }} />
            </svg>
            {t('compare.dots.chosen')}
          </li>
          {hasProjection && (
            <li>
              <Swatch colour={HIGHLIGHT} ring />
              {t('compare.dots.projected', { share: f.percent(0.8) })}
            </li>
          )}
        </ul>
        <p>
          {t(hasProjection ? 'compare.dots.notesProjection' : 'compare.dots.notes', {
            source: WHO_ATTRIBUTION,
          })}
        </p>
      </div>
    </div>
  );
}

function valueOf(row: DotRow): number {
  return row.kind === 'projected' ? row.point.median : row.value;
}
