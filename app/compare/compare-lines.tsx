/**
 * The observed densities of the countries shown, per 1 000 inhabitants over the years: the
 * chosen country as a strong line with its name, the others as thin grey lines. A possible
 * break in series (a change over 25 % in a year) is never drawn as an ordinary change: the
 * segment into it is dotted and the point an open ring, on every line. The working
 * scenario's projection of the chosen country follows as its median (dashed) and 80 % band.
 */
import { useMemo } from 'react';
import { area, line } from 'd3';
import type { ScaleLinear } from 'd3';
import { XAxis, YAxis } from '../charts/axes.tsx';
import { useFormats } from '../charts/formats-context.ts';
import {
  chartHeight,
  chartMargins,
  leftMarginFor,
  valueScale,
  xTickCount,
  yearScale,
  yTickCount,
} from '../charts/layout.ts';
import { textWidth } from '../charts/tick-labels.ts';
import { useElementWidth } from '../charts/use-element-width.ts';
import type { Formats } from '../format.ts';
import type { Translate } from '../i18n/translate.ts';
import { WHO_ATTRIBUTION } from '../data/workforce/catalog.ts';
import { BAND_OPACITY, DEMAND_DASH, GREY, SUPPLY } from '../palette.ts';
import type { CountryLine, LinePoint, ProjectionPoint } from './compare-data.ts';
import './compare.css';

/** The dash of the segment into a possible break (dotted: unlike the projection's dashes). */
export const BREAK_DASH = '2 3';
/** The chosen country's colour (Okabe–Ito blue); the others are grey. */
export const HIGHLIGHT = `var(--hwf-compare-highlight, ${SUPPLY})`;
export const OTHERS = `var(--hwf-compare-others, ${GREY.mid})`;

/** Props of {@link CompareLines}. */
export interface CompareLinesProps {
  /** The series in a title ("Doctors", "Nurses and midwives"). */
  series: string;
  lines: readonly CountryLine[];
  /** ISO alpha-2 of the chosen country. */
  highlight: string;
  /** The chosen country's projection, per 1 000, or null. */
  projection: readonly ProjectionPoint[] | null;
}

/** "Doctors per 1 000 inhabitants": the unit of both charts. */
export function perThousand(series: string, t: Translate): string {
  return t('compare.series.perThousand', { series });
}

/** The words under the charts for a possible break. */
export function breakWords(f: Formats): string {
  return f.t('compare.lines.break', { share: f.percent(0.25) });
}

/** The sentence the chart gives screen readers. */
export function linesLabel(props: CompareLinesProps, f: Formats): string {
  const { series, lines, highlight, projection } = props;
  const years = lines.flatMap((l) => l.points.map((p) => p.year));
  const chosen = lines.find((l) => l.country.iso2 === highlight);
  const { t } = f;
  const span = years.length
    ? f.years(Math.min(...years), Math.max(...years))
    : t('compare.lines.noYears');
  const breaks = lines.reduce((n, l) => n + l.points.filter((p) => p.possibleBreak).length, 0);
  const parts = [
    t('compare.lines.labelHead', {
      what: perThousand(series, t),
      count: String(lines.length),
      span,
    }),
    chosen ? t('compare.lines.labelHighlight', { country: chosen.country.name }) : '',
    chosen && projection?.length
      ? t('compare.lines.labelProjection', {
          country: chosen.country.name,
          years: f.years(projection[0].year, projection[projection.length - 1].year),
          share: f.percent(0.8),
        })
      : '',
    breaks > 0 ? t('compare.lines.labelBreaks', { n: breaks, count: String(breaks) }) : '',
  ];
  return t('compare.lines.label', { parts: parts.filter(Boolean).join(t('app.list.clauses')) });
}

type Scale = ScaleLinear<number, number>;

/** The solid and the dotted segments of a line, and the rings of its breaks. */
export function linePaths(
  points: readonly LinePoint[],
  x: Scale,
  y: Scale,
): { solid: string; dotted: string; rings: { cx: number; cy: number }[] } {
  let solid = '';
  let dotted = '';
  let solidEnd = -1;
  const at = (p: LinePoint) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (b.possibleBreak) {
      dotted += `M${at(a)}L${at(b)}`;
    } else {
      solid += solidEnd === i - 1 ? `L${at(b)}` : `M${at(a)}L${at(b)}`;
      solidEnd = i;
    }
  }
  const rings = points
    .filter((p) => p.possibleBreak)
    .map((p) => ({ cx: x(p.year), cy: y(p.value) }));
  return { solid, dotted, rings };
}

/** A legend swatch: a line (solid, dashed or dotted), a band behind it, a ring at its end. */
export function Swatch(props: { colour: string; dash?: string; band?: boolean; ring?: boolean }) {
  return (
    <svg width="32" height="14" aria-hidden="true" focusable="false">
      {props.band && (
        <rect x="0" y="1" width="32" height="12" style={{ fill: props.colour }} opacity="0.25" />
      )}
      <line
        x1="0"
        x2={props.ring ? 25 : 32}
        y1="7"
        y2="7"
        style={{ stroke: props.colour }}
        strokeWidth="2"
        strokeDasharray={props.dash}
      />
      {props.ring && (
        <circle
          className="hwf-compare-ring"
          cx="27"
          cy="7"
          r="4"
          style={{ stroke: props.colour }}
        />
      )}
    </svg>
  );
}

/** The countries' lines with the chosen one highlighted and its projection. */
export function CompareLines(props: CompareLinesProps) {
  const { lines, highlight, projection } = props;
  const f = useFormats();
  const { t } = f;
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const height = chartHeight(width, fontSize);
  const projected = t('compare.lines.projected');
  const chosen = lines.find((l) => l.country.iso2 === highlight);
  const name = chosen?.country.name ?? '';
  const band = projection && projection.length > 0 ? projection : null;

  const g = useMemo(() => {
    const years = lines.flatMap((l) => l.points.map((p) => p.year));
    if (band) years.push(band[0].year, band[band.length - 1].year);
    const first = years.length ? Math.min(...years) : 2000;
    const last = years.length ? Math.max(...years) : first + 1;
    const top = Math.max(
      1,
      ...lines.flatMap((l) => l.points.map((p) => p.value)),
      ...(band ?? []).map((p) => p.high),
    );
    const base = chartMargins(fontSize);
    const endLabel = Math.max(textWidth(name, fontSize), band ? textWidth(projected, fontSize) : 0);
    const right = Math.max(base.right, Math.round(endLabel + fontSize));
    const yTicks = yTickCount(height, fontSize);
    const probe = valueScale([0, top], height - base.bottom, base.top);
    const left = leftMarginFor(probe, yTicks, f.count, fontSize, 3);
    const x = yearScale([first, last], left, width - right);
    const y = valueScale([0, top], height - base.bottom, base.top);
    return { base, left, right, x, y, yTicks };
  }, [lines, band, name, projected, width, height, fontSize, f]);
  const { x, y } = g;

  const drawn = lines.map((l) => ({ iso2: l.country.iso2, ...linePaths(l.points, x, y), l }));
  const others = drawn.filter((d) => d.iso2 !== highlight);
  const mine = drawn.find((d) => d.iso2 === highlight);
  const lastPoint = chosen?.points[chosen.points.length - 1];
  const bandPath = band
    ? (area<ProjectionPoint>()
        .x((p) => x(p.year))
        .y0((p) => y(p.low))
        .y1((p) => y(p.high))(band) ?? '')
    : '';
  const medianPath = band
    ? (line<ProjectionPoint>()
        .x((p) => x(p.year))
        .y((p) => y(p.median))(band) ?? '')
    : '';
  const lastBand = band?.[band.length - 1];
  const lone = (d: (typeof drawn)[number]) => d.l.points.length === 1;

  return (
    <div className="hwf-chart hwf-compare-lines" ref={ref}>
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={linesLabel(props, f)}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <YAxis
          scale={y}
          left={g.left}
          right={width - g.right}
          format={f.count}
          ticks={g.yTicks}
          label={t('compare.lines.axis')}
          fontSize={fontSize}
        />
        <XAxis
          scale={x}
          y={height - g.base.bottom}
          format={f.year}
          ticks={xTickCount(width - g.left - g.right, fontSize)}
          fontSize={fontSize}
        />
        <g className="hwf-compare-others" style={{ stroke: OTHERS }} fill="none" aria-hidden="true">
          {others.map((d) => (
            <g key={d.iso2} data-country={d.iso2}>
              <path d={d.solid} strokeWidth={1.25} />
              <path d={d.dotted} strokeWidth={1.25} strokeDasharray={BREAK_DASH} />
              {lone(d) && (
                <circle
                  cx={x(d.l.points[0].year)}
                  cy={y(d.l.points[0].value)}
                  r={2}
                  style={{ fill: OTHERS }}
                />
              )}
            </g>
          ))}
        </g>
        {band && (
          <g className="hwf-compare-projection" aria-hidden="true">
            <path
              d={bandPath}
              style={{ fill: HIGHLIGHT }}
              fillOpacity={BAND_OPACITY[80]}
              stroke="none"
            />
            <path
              d={medianPath}
              fill="none"
              style={{ stroke: HIGHLIGHT }}
              strokeWidth={2.5}
              strokeDasharray={DEMAND_DASH}
            />
          </g>
        )}
        {mine && (
          <g
            className="hwf-compare-highlight"
            data-country={mine.iso2}
            style={{ stroke: HIGHLIGHT }}
            fill="none"
            aria-hidden="true"
          >
            <path d={mine.solid} strokeWidth={3} />
            <path d={mine.dotted} strokeWidth={3} strokeDasharray={BREAK_DASH} />
            {lone(mine) && lastPoint && (
              <circle
                cx={x(lastPoint.year)}
                cy={y(lastPoint.value)}
                r={3.5}
                style={{ fill: HIGHLIGHT }}
              />
            )}
          </g>
        )}
        <g className="hwf-compare-breaks" aria-hidden="true">
          {others.flatMap((d) =>
            d.rings.map((r) => (
              <circle
                key={`${d.iso2}-${r.cx}`}
                className="hwf-compare-ring"
                {...r}
                r={3.5}
                style={{ stroke: OTHERS }}
                strokeWidth={1.5}
              />
            )),
          )}
          {mine?.rings.map((r) => (
            <circle
              key={`${mine.iso2}-${r.cx}`}
              className="hwf-compare-ring"
              {...r}
              r={5}
              style={{ stroke: HIGHLIGHT }}
              strokeWidth={2.5}
            />
          ))}
        </g>
        <g className="hwf-compare-labels" aria-hidden="true">
          {lastPoint && (
            <text
              className="hwf-compare-name"
              x={x(lastPoint.year) + 7}
              y={y(lastPoint.value)}
              dy={band ? '-0.6em' : '0.32em'}
              style={{ fill: HIGHLIGHT }}
            >
              {name}
            </text>
          )}
          {lastBand && (
            <text
              x={x(lastBand.year) + 6}
              y={y(lastBand.median)}
              dy="0.32em"
              style={{ fill: HIGHLIGHT }}
            >
              {projected}
            </text>
          )}
        </g>
      </svg>
      <div className="hwf-legend">
        <ul>
          <li>
            <Swatch colour={HIGHLIGHT} />
            {name || t('compare.lines.chosen')}
          </li>
          <li>
            <Swatch colour={OTHERS} />
            {t('compare.lines.others')}
          </li>
          <li>
            <Swatch colour={OTHERS} dash={BREAK_DASH} ring />
            {breakWords(f)}
          </li>
          {band && (
            <li>
              <Swatch colour={HIGHLIGHT} dash={DEMAND_DASH} band />
              {t('compare.lines.projection', { share: f.percent(0.8) })}
            </li>
          )}
        </ul>
        <p>{t('compare.source.observedBy', { source: WHO_ATTRIBUTION })}</p>
      </div>
    </div>
  );
}
