/** The focusable SVG of a chart with a year cursor: role, names, size and the cursor's keys. */
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';

export interface CursorSvgProps {
  /** What the chart shows, for screen readers. */
  label: string;
  /** id of the element with the spoken readout of the cursor's year. */
  readoutId: string;
  width: number;
  height: number;
  cursor: {
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  };
  children: ReactNode;
}

export function CursorSvg({ label, readoutId, width, height, cursor, children }: CursorSvgProps) {
  return (
    <svg
      className="hwf-chart-svg"
      role="img"
      aria-label={label}
      aria-describedby={readoutId}
      aria-keyshortcuts="ArrowLeft ArrowRight Home End"
      tabIndex={0}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      onKeyDown={cursor.onKeyDown}
      onPointerMove={cursor.onPointerMove}
    >
      {children}
    </svg>
  );
}
