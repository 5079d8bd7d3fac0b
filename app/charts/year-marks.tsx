/**
 * Vertical marks at a year: the target year (dashed, labelled) and the year cursor (a line
 * with a dot on each median). Pixel positions in, SVG out.
 */
import type { ScaleLinear } from 'd3';
import { useFormats } from './formats-context.ts';

/** Props of {@link TargetMarker}. */
export interface TargetMarkerProps {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  year: number;
  years: readonly number[];
}

/** A dashed vertical line at the target year, labelled "target" at the top. */
export function TargetMarker({ x, y, year, years }: TargetMarkerProps) {
  const { t } = useFormats();
  if (!years.includes(year)) return null;
  const [bottom, top] = y.range();
  const px = x(year);
  return (
    <g className="hwf-target" aria-hidden="true">
      <line x1={px} x2={px} y1={bottom} y2={top} />
      <text x={px} y={top - 4} textAnchor="middle">
        {t('charts.target')}
      </text>
    </g>
  );
}

/** A dot on the cursor line. */
export interface CursorDot {
  y: number;
  colour: string;
}

/** Props of {@link YearCursor}. */
export interface YearCursorProps {
  x: number;
  top: number;
  bottom: number;
  dots: readonly CursorDot[];
}

/** The year cursor: a thin line across the plot and a dot on each median. */
export function YearCursor({ x, top, bottom, dots }: YearCursorProps) {
  return (
    <g className="hwf-cursor" aria-hidden="true">
      <line x1={x} x2={x} y1={top} y2={bottom} />
      {dots.map((dot, i) => (
        <circle key={i} cx={x} cy={dot.y} r={4} fill={dot.colour} />
      ))}
    </g>
  );
}
