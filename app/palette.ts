/**
 * Chart colours: the Okabe–Ito palette, which stays distinct for colour-blind readers, and
 * the opacities of the nested central intervals. Colour is never the only carrier: the
 * charts also use dashes, positions and labels.
 */

/** Supply (stock of workers): blue. */
export const SUPPLY = '#0072B2';
/** Demand: vermillion. */
export const DEMAND = '#D55E00';
/** Shortage accents (probability, negative gaps): reddish purple. */
export const SHORTAGE = '#CC79A7';
/** Women in the age pyramid: orange. */
export const WOMEN = '#E69F00';
/** Men in the age pyramid: sky blue. */
export const MEN = '#56B4E9';

/** Neutral greys for axes, grid lines and muted marks, darkest first. */
export const GREY = {
  dark: '#4D4D4D',
  mid: '#8C8C8C',
  light: '#C8C8C8',
  faint: '#E6E6E6',
} as const;

/** Neutral marks (the gap, outlines, medians of a strip) in the text colour, so they follow
 *  a light or dark page; the exported SVG gets the resolved colour. */
export const INK = 'currentColor';

/** Fill opacity of each central interval: the wider the interval, the lighter the band. */
export const BAND_OPACITY = {
  90: 0.18,
  80: 0.22,
  50: 0.35,
} as const;

/** Stroke dash of the demand lines, so they differ from supply without colour. */
export const DEMAND_DASH = '6 4';

/** The kinds of cost, stacked in the cost charts (Okabe–Ito, distinct from each other for
 *  colour-blind readers; each layer is also named at its end and in the legend). */
export const COST_COLOURS = {
  salary: '#56B4E9',
  training: '#009E73',
  recruitment: '#E69F00',
  programmes: '#CC79A7',
} as const;
