/**
 * The width (and font size) of a chart's container, kept up to date by a ResizeObserver.
 * Without one (server rendering, tests) the fallback width holds. A hidden container
 * (width 0, e.g. while the table is shown) keeps the last width.
 */
import { useCallback, useEffect, useState } from 'react';

/** Default width in pixels when the container cannot be measured. */
export const DEFAULT_WIDTH = 720;
/** The narrowest layout the charts draw; a narrower container scrolls or clips. */
export const MIN_WIDTH = 240;
/** Default label size in pixels when the container cannot be measured. */
export const DEFAULT_FONT_SIZE = 13;

/** What {@link useElementWidth} returns. */
export interface ElementWidth<T extends Element> {
  /** Attach to the container to measure. */
  ref: (element: T | null) => void;
  width: number;
  /** The container's computed font size in pixels (set by `--hwf-chart-font-size`). */
  fontSize: number;
}

/** Measures the element given to `ref`; `fallback` until it is measured. */
export function useElementWidth<T extends Element>(fallback = DEFAULT_WIDTH): ElementWidth<T> {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState({ width: fallback, fontSize: DEFAULT_FONT_SIZE });
  const ref = useCallback((node: T | null) => setElement(node), []);

  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = Math.floor(element.getBoundingClientRect().width);
      const fontSize = parseFloat(getComputedStyle(element).fontSize) || DEFAULT_FONT_SIZE;
      // Hidden (0) or not yet laid out: keep the last width.
      if (width <= 0) return;
      setSize((old) =>
        old.width === width && old.fontSize === fontSize ? old : { width, fontSize },
      );
    };
    // The observer reports the first size after the next layout: measuring here would force
    // a layout of the whole page inside React's commit (a long task as a big page loads).
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return { ref, width: Math.max(MIN_WIDTH, size.width), fontSize: size.fontSize };
}
