/**
 * The value axis along the bottom of a chart of horizontal rows (dot plots, interval rows):
 * a grid line per tick from `top` to `bottom`, the zero line drawn as the axis, and the
 * tick's label under it.
 */
export function BottomValueAxis(props: {
  ticks: readonly number[];
  x: (value: number) => number;
  top: number;
  bottom: number;
  fontSize: number;
  format: (value: number) => string;
}) {
  const { ticks, x, top, bottom, fontSize, format } = props;
  return (
    <g className="hwf-axis hwf-axis-x" aria-hidden="true">
      {ticks.map((value) => (
        <g key={value} transform={`translate(${x(value)},0)`}>
          <line className={value === 0 ? 'hwf-axis-line' : 'hwf-grid'} y1={top} y2={bottom} />
          <text
            className="hwf-tick-label"
            y={bottom + fontSize * 0.4}
            dy="0.71em"
            textAnchor="middle"
          >
            {format(value)}
          </text>
        </g>
      ))}
    </g>
  );
}
