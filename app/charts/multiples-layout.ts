/**
 * Small multiples of supply and demand, one panel per region: the vertical scale of each
 * panel (one shared by all, so heights compare across regions, or each region its own, so
 * a small region's shape shows) and the grid of panels for a width. Pure functions.
 */
import type { SeriesSummary } from '../../model/result/result.ts';

/** Whether the panels share one vertical scale or each has its own. */
export type ScaleChoice = 'shared' | 'own';

/** The central interval the panels draw (8 in 10 futures) and the median. */
export const MULTIPLE_LOW = 'p10';
export const MULTIPLE_HIGH = 'p90';

/** What one panel draws. */
export interface PanelSeries {
  fte: SeriesSummary;
  demand: SeriesSummary;
}

/** The highest value a panel draws: the top of its bands and medians. */
export function panelTop({ fte, demand }: PanelSeries): number {
  let top = 0;
  for (const s of [fte, demand]) {
    for (const key of [MULTIPLE_HIGH, 'p50'] as const) {
      for (const v of s[key]) if (Number.isFinite(v) && v > top) top = v;
    }
  }
  return top;
}

/** Each panel's domain, from zero: the highest top of all panels, or each panel's own. */
export function panelDomains(
  panels: readonly PanelSeries[],
  choice: ScaleChoice,
): [number, number][] {
  const tops = panels.map((p) => Math.max(panelTop(p), 0) || 1);
  const shared = Math.max(1, ...tops);
  return tops.map((top) => [0, choice === 'shared' ? shared : top]);
}

/** The grid of panels: columns, rows and the size of one panel in pixels. */
export interface PanelGrid {
  columns: number;
  rows: number;
  panelWidth: number;
  panelHeight: number;
}

/** About 17 ems per panel, at most four across, the rows filled evenly; panels about two
 *  thirds as tall as wide. */
export function panelGrid(count: number, width: number, fontSize: number): PanelGrid {
  const most = Math.max(1, Math.min(4, count, Math.floor(width / (fontSize * 17))));
  // As few rows as the width allows, filled evenly: four panels in three columns would
  // leave one alone on a row, in two they make a square.
  const rows = Math.ceil(count / most);
  const columns = Math.ceil(count / rows);
  const panelWidth = Math.floor(width / columns);
  const panelHeight = Math.round(
    Math.max(fontSize * 11, Math.min(fontSize * 16, panelWidth * 0.62)),
  );
  return { columns, rows, panelWidth, panelHeight };
}
