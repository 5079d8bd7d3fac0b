/**
 * The year cursor: which year a chart's readout shows, moved by pointer hover and by the
 * keyboard (←/→ one year, Home/End to the ends). Controlled when `year` is given, so several
 * charts can share one cursor.
 */
import { useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

/** Index of the year nearest to `year` (0 for an empty list). */
export function nearestYearIndex(years: readonly number[], year: number): number {
  let best = 0;
  for (let i = 1; i < years.length; i++) {
    if (Math.abs(years[i] - year) < Math.abs(years[best] - year)) best = i;
  }
  return best;
}

/** The index after pressing `key`, or null when the key does not move the cursor. */
export function stepYearIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(0, index - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Options of {@link useYearCursor}. */
export interface YearCursorOptions {
  years: readonly number[];
  /** Where the cursor starts (uncontrolled), e.g. the target year. */
  initialYear: number;
  /** The cursor's year, when a parent owns it. */
  year?: number;
  onYearChange?: (year: number) => void;
  /** Pixel x → year, for pointer hover. */
  invert: (x: number) => number;
}

/** The cursor's index into `years` and the handlers that move it. */
export function useYearCursor({
  years,
  initialYear,
  year,
  onYearChange,
  invert,
}: YearCursorOptions) {
  const [own, setOwn] = useState(initialYear);
  const index = nearestYearIndex(years, year ?? own);

  const moveTo = (next: number) => {
    const nextYear = years[next];
    if (nextYear === undefined || next === index) return;
    setOwn(nextYear);
    onYearChange?.(nextYear);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = stepYearIndex(event.key, index, years.length);
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const viewWidth = event.currentTarget.viewBox.baseVal?.width || box.width;
    const x = ((event.clientX - box.left) * viewWidth) / (box.width || 1);
    moveTo(nearestYearIndex(years, invert(x)));
  };

  return { index, onKeyDown, onPointerMove };
}
