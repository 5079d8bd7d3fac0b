/**
 * End labels of several lines: each at its line's last point, pushed apart just enough that
 * no two overlap, keeping their top-to-bottom order.
 */

/** Label positions for `ys` (pixels, any order), at least `gap` apart; same order as `ys`. */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y: Number.isFinite(y) ? y : 0, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  // Push down what overlaps the label above, then centre each pushed run on its wish.
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  let start = 0;
  while (start < placed.length) {
    let end = start;
    while (end + 1 < placed.length && placed[end + 1] - placed[end] <= gap + 1e-9) end++;
    const wish = order.slice(start, end + 1).reduce((s, o) => s + o.y, 0) / (end - start + 1);
    const now = placed.slice(start, end + 1).reduce((s, y) => s + y, 0) / (end - start + 1);
    const room = start > 0 ? placed[start] - gap - placed[start - 1] : Infinity;
    const shift = Math.max(wish - now, -room);
    if (shift < 0) for (let k = start; k <= end; k++) placed[k] += shift;
    start = end + 1;
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}
