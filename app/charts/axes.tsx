/**
 * Axes drawn by React from a d3 scale's ticks: grid lines with labels on the left, year ticks
 * along the bottom. d3's own axis would need the DOM; these need only the scale.
 */
import type { ScaleLinear } from 'd3';
import { TICK_PAD, unitLabelBaseline, xLabelOffset, xTickLabels, yTickLabels } from './layout.ts';

/** Props of {@link YAxis}. */
export interface YAxisProps {
  scale: ScaleLinear<number, number>;
  /** Left and right pixel edge of the plot: grid lines span it. */
  left: number;
  right: number;
  format: (value: number) => string;
  /** About how many ticks. */
  ticks: number;
  /** The unit, written above the axis from the left edge ("FTE"). */
  label?: string;
  /** The label size in pixels (for the unit's position). */
  fontSize?: number;
}

/** Horizontal grid lines with their values at the left; the zero line is drawn darker. */
export function YAxis({ scale, left, right, format, ticks, label, fontSize = 13 }: YAxisProps) {
  const labels = yTickLabels(scale, left, ticks, format);
  const [top] = scale
    .range()
    .slice()
    .sort((a, b) => a - b);
  return (
    <g className="hwf-axis hwf-axis-y" aria-hidden="true">
      {scale.ticks(ticks).map((value, i) => (
        <g key={value} transform={`translate(0,${scale(value)})`}>
          <line
            className={value === 0 ? 'hwf-zero-line' : 'hwf-grid'}
            x1={left}
            x2={right}
            data-value={value}
          />
          <text className="hwf-tick-label" x={left - TICK_PAD} dy="0.32em" textAnchor="end">
            {labels[i].text}
          </text>
        </g>
      ))}
      {label && (
        <text
          className="hwf-axis-label"
          x={0}
          y={unitLabelBaseline(top, fontSize)}
          textAnchor="start"
        >
          {label}
        </text>
      )}
    </g>
  );
}

/** Props of {@link XAxis}. */
export interface XAxisProps {
  scale: ScaleLinear<number, number>;
  /** Pixel y of the axis line. */
  y: number;
  format: (year: number) => string;
  /** At most this many ticks. */
  ticks: number;
  /** The label size in pixels (for the labels' positions). */
  fontSize?: number;
}

/** Whole-year ticks along the bottom of the plot. */
export function XAxis({ scale, y, format, ticks, fontSize = 13 }: XAxisProps) {
  const labels = xTickLabels(scale, y, format, ticks, fontSize);
  const [left, right] = scale.range();
  return (
    <g className="hwf-axis hwf-axis-x" aria-hidden="true">
      <line className="hwf-axis-line" x1={left} x2={right} y1={y} y2={y} />
      {labels.map((label) => (
        <g key={label.text} transform={`translate(${label.x},${y})`}>
          <line className="hwf-tick" y2={5} />
          <text
            className="hwf-tick-label"
            y={xLabelOffset(fontSize)}
            dy="0.71em"
            textAnchor="middle"
          >
            {label.text}
          </text>
        </g>
      ))}
    </g>
  );
}
