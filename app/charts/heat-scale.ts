/**
 * The colours of the shortage heat table: ColorBrewer's sequential red–purple scale (RdPu),
 * which readers with any common colour-vision deficiency still read as light to dark, so
 * "darker" always means "more likely short". Colour is never the only carrier: every cell
 * also says its probability. The text on a cell is black or white, whichever contrasts
 * more with the cell (at least 4.5 : 1 whatever the colour).
 */
import { interpolateRdPu, rgb } from 'd3';

/** The part of RdPu used: not quite white at 0 (the cell still shows), not quite black at 1. */
const FROM = 0.06;
const TO = 0.95;

/** The cell colour of a shortage probability 0..1 (clamped), as `rgb(r, g, b)`. */
export function heatColour(probability: number): string {
  const p = Number.isFinite(probability) ? Math.min(1, Math.max(0, probability)) : 0;
  return rgb(interpolateRdPu(FROM + (TO - FROM) * p)).formatRgb();
}

/** Relative luminance (WCAG 2) of a CSS colour d3 can read. */
export function luminance(colour: string): number {
  const c = rgb(colour);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** The contrast ratio (WCAG 2) of two colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const BLACK = '#000000';
export const WHITE = '#ffffff';

/** Black or white text, whichever reads better on `background`. */
export function textOn(background: string): typeof BLACK | typeof WHITE {
  return contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
}

/** The probabilities the legend shows a swatch of. */
export const LEGEND_STOPS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];
