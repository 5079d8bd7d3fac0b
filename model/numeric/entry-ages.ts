/**
 * The ages at which entrants join (MODEL.md §2, entry-age weights): w(a) ∝
 * Φ((a + ½ − μ)/σ) − Φ((a − ½ − μ)/σ) over the workforce ages. The projection uses the
 * normalised weights; the scenario check uses the total before normalising, to tell when
 * entrants would fall outside the workforce ages altogether. Both read the same masses.
 */
import { normalInterval } from './math.ts';

/** The normal mass of each workforce age minAge..minAge+nAges−1, not normalised. Each
 *  interval is taken in the tail where Φ is accurate, so far-off ages keep their tiny
 *  share instead of rounding to 0. */
export function entryAgeMasses(
  minAge: number,
  nAges: number,
  mean: number,
  sd: number,
): Float64Array {
  const w = new Float64Array(nAges);
  for (let i = 0; i < nAges; i++) {
    w[i] = normalInterval((minAge + i - 0.5 - mean) / sd, (minAge + i + 0.5 - mean) / sd);
  }
  return w;
}

/** The sum of the masses in age order: the share of entrants whose age lands in the
 *  workforce ages. */
function total(masses: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < masses.length; i++) sum += masses[i];
  return sum;
}

/** Σ w(a) before normalising, over ages min..max: near 0 when entrants of this mean age
 *  and spread would never join. */
export function entryWeightTotal(mean: number, sd: number, min: number, max: number): number {
  return total(entryAgeMasses(min, max - min + 1, mean, sd));
}

/** Normalised weights ∝ Φ((a+½−μ)/σ) − Φ((a−½−μ)/σ) over the workforce ages; all 0 when
 *  no age has any mass. */
export function entryAgeWeights(
  minAge: number,
  nAges: number,
  mean: number,
  sd: number,
): Float64Array {
  const w = entryAgeMasses(minAge, nAges, mean, sd);
  const sum = total(w);
  for (let i = 0; i < nAges; i++) w[i] = sum > 0 ? w[i] / sum : 0;
  return w;
}
