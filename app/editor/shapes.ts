/**
 * "Fill from a shape": quick starting columns for an age table, flat or a bell around an
 * age, that add up to a chosen total (whole people when the total is whole) and are never
 * negative.
 */
import { normalInterval } from '../../model/numeric/math.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

export interface AgeSpan {
  min: number;
  max: number;
}

export type ShapeSpec =
  | { shape: 'flat'; total: number }
  | { shape: 'bell'; total: number; peakAge: number; spread: number };

export type ShapeResult = { ok: true; values: number[] } | { ok: false; message: string };

/**
 * Shares `total` out by `weights` (≥ 0). A whole total gives whole numbers that add up to it
 * exactly (largest remainders); other totals are shared exactly.
 */
export function distribute(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const w = sum > 0 ? weights.map((x) => x / sum) : weights.map(() => 1 / weights.length);
  if (!Number.isInteger(total)) return w.map((x) => x * total);
  const raw = w.map((x) => x * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, v) => a + v, 0);
  const order = raw.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k][1]]++;
  return out;
}

/** The values of a shape over the ages, or why it cannot be made (in the language of `t`). */
export function fillShape(spec: ShapeSpec, ages: AgeSpan, t: Translate = englishT): ShapeResult {
  const n = ages.max - ages.min + 1;
  if (!Number.isInteger(n) || n < 1) return { ok: false, message: t('editor.shape.badAges') };
  if (!Number.isFinite(spec.total) || spec.total < 0) {
    return { ok: false, message: t('editor.shape.badTotal') };
  }
  if (spec.shape === 'flat')
    return { ok: true, values: distribute(new Array<number>(n).fill(1), spec.total) };
  const { peakAge, spread } = spec;
  if (!Number.isFinite(peakAge)) return { ok: false, message: t('editor.shape.badPeak') };
  if (!Number.isFinite(spread) || spread <= 0) {
    return { ok: false, message: t('editor.shape.badSpread') };
  }
  const weights = Array.from({ length: n }, (_, i) => {
    const a = ages.min + i;
    return normalInterval((a - 0.5 - peakAge) / spread, (a + 0.5 - peakAge) / spread);
  });
  if (!(weights.reduce((s, w) => s + w, 0) > 1e-12)) {
    return {
      ok: false,
      message: t('editor.shape.outside', {
        peak: String(peakAge),
        min: String(ages.min),
        max: String(ages.max),
      }),
    };
  }
  return { ok: true, values: distribute(weights, spec.total) };
}
