/**
 * Axis labels that never collide. Widths are estimated, not measured, so the layout is a
 * pure function of the numbers and the font size: every character is taken as wide as a
 * digit of a wide sans-serif face (0.66 em; DejaVu Sans, the widest common one, has 0.64 em
 * digits), capitals, signs and the percent sign wider, bold 15 % wider. The estimate is
 * checked against the rendered labels in Chromium (tests/e2e/chart-axes.test.ts).
 */

/** Estimated width of a character, in ems: an upper bound for common sans-serif faces. */
const CHAR_EM = 0.66;
/** Capitals are wider; M and W the widest. */
const CAPITAL_EM = 0.8;
const WIDEST_EM = 1.05;
/** Signs and arrows (a real minus, +, ←, ↑ …) and the percent sign. */
const SIGN_EM = 0.92;
const PERCENT_EM = 1;
/** Bold (the axis titles, weight 600) against regular. */
const BOLD = 1.15;

function charEms(ch: string): number {
  if (ch === 'M' || ch === 'W') return WIDEST_EM;
  if (ch === '%') return PERCENT_EM;
  if (/[−+←→↑↓]/u.test(ch)) return SIGN_EM;
  if (/\p{Lu}/u.test(ch)) return CAPITAL_EM;
  return CHAR_EM;
}

/** An upper estimate of the width of `text` set at `fontSize` pixels (`bold`: weight 600). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charEms(ch);
  return ems * fontSize * (bold ? BOLD : 1);
}

/** Where a label is anchored, as SVG's text-anchor. */
export type Anchor = 'start' | 'middle' | 'end';

/** A label placed on a chart: its text and the point it hangs from. */
export interface PlacedLabel {
  text: string;
  x: number;
  /** The middle of the label's line box. */
  y: number;
  anchor: Anchor;
}

/** The rectangle a label is estimated to cover. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The estimated box of a label: its estimated width, and 1.2 em of line height. */
export function labelBox(label: PlacedLabel, fontSize: number): Box {
  const w = textWidth(label.text, fontSize);
  const left =
    label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { left, right: left + w, top: label.y - 0.6 * fontSize, bottom: label.y + 0.6 * fontSize };
}

/** Do two boxes overlap, or come closer than `pad` pixels side by side? */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom && b.top < a.bottom;
}

/** The pairs of labels (by index) whose boxes overlap, `pad` pixels apart at least. */
export function collisions(boxes: readonly Box[], pad = 0): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i], boxes[j], pad)) out.push([i, j]);
    }
  }
  return out;
}

/** Does every box lie within `0..width` across? */
export function withinWidth(boxes: readonly Box[], width: number): boolean {
  return boxes.every((b) => b.left >= 0 && b.right <= width);
}

/** Space kept between two labels side by side, in ems. */
export const LABEL_GAP_EM = 0.5;
