/**
 * The age pyramid's horizontal geometry: two mirrored halves around a column of ages, a
 * scale of headcount per half, and value labels along the bottom chosen so that no two of
 * them overlap at any width. The 0 of both halves is one label, under the column of ages.
 */
import { scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import { collisions, labelBox, LABEL_GAP_EM, textWidth, withinWidth } from './tick-labels.ts';
import type { PlacedLabel } from './tick-labels.ts';

/** Where the halves and their value labels go. */
export interface PyramidAxis {
  centre: number;
  /** Half the width of the column of ages: each half starts this far from the centre. */
  gap: number;
  /** Headcount to pixels from the start of a half. */
  side: ScaleLinear<number, number>;
  /** The values labelled on each half (0 included, labelled once). */
  ticks: number[];
  /** The labels as drawn: 0 at the centre, then each tick on both halves. */
  labels: PlacedLabel[];
}

/** The x of `value` on a half. */
export function halfX(
  axis: Pick<PyramidAxis, 'centre' | 'gap' | 'side'>,
  sex: 'female' | 'male',
  value: number,
): number {
  const { centre, gap, side } = axis;
  return sex === 'female' ? centre + gap + side(value) : centre - gap - side(value);
}

function labelsFor(
  ticks: readonly number[],
  axis: Pick<PyramidAxis, 'centre' | 'gap' | 'side'>,
  y: number,
  format: (value: number) => string,
): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (const t of ticks) {
    if (t === 0) {
      out.push({ text: format(0), x: axis.centre, y, anchor: 'middle' });
      continue;
    }
    for (const sex of ['male', 'female'] as const) {
      out.push({ text: format(t), x: halfX(axis, sex, t), y, anchor: 'middle' });
    }
  }
  return out;
}

/** Do these labels fit: inside the chart and a little apart? */
export function labelsFit(
  labels: readonly PlacedLabel[],
  width: number,
  fontSize: number,
): boolean {
  const boxes = labels.map((l) => labelBox(l, fontSize));
  return withinWidth(boxes, width) && collisions(boxes, LABEL_GAP_EM * fontSize).length === 0;
}

/**
 * The pyramid's axis for a chart `width` pixels wide whose largest bar is `most`: the
 * densest round ticks (at most about one per three and a half ems) whose labels fit, down to the 0 alone.
 * `y` is the middle of the labels' line.
 */
export function pyramidAxis(
  width: number,
  fontSize: number,
  most: number,
  format: (value: number) => string,
  y = 0,
): PyramidAxis {
  const centre = width / 2;
  const gap = fontSize * 1.5;
  const domain = scaleLinear()
    .domain([0, Math.max(1, most)])
    .nice();
  const top = domain.domain()[1];
  // Room at the outer ends for half the widest label, so it is never cut by the edge.
  const edge = Math.max(fontSize, textWidth(format(top), fontSize) / 2 + 2);
  const side = domain.copy().range([0, Math.max(1, centre - gap - edge)]);
  const geometry = { centre, gap, side };
  const densest = Math.max(1, Math.floor(side.range()[1] / (fontSize * 3.5)));
  const seen = new Set<string>();
  for (let count = densest; count >= 1; count--) {
    const ticks = side.ticks(count).filter((t) => t >= 0);
    const key = ticks.join(',');
    if (seen.has(key) || ticks.length < 2) continue;
    seen.add(key);
    const labels = labelsFor(ticks, geometry, y, format);
    if (labelsFit(labels, width, fontSize)) return { ...geometry, ticks, labels };
  }
  // The ends only, else the 0 alone (one label cannot collide).
  const ends = labelsFor([0, top], geometry, y, format);
  if (labelsFit(ends, width, fontSize)) return { ...geometry, ticks: [0, top], labels: ends };
  return { ...geometry, ticks: [0], labels: labelsFor([0], geometry, y, format) };
}
