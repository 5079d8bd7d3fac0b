/**
 * The Beta-PERT distribution of MODEL.md §1 (λ = 4): a Beta(α, β) scaled to [min, max] with
 * α = 1 + 4(mode − min)/(max − min) and β = 1 + 4(max − mode)/(max − min). The sampler
 * draws from this shape and the editor plots its density, so both read it from here.
 */

/** The two Beta shape parameters of a PERT. */
export interface PertShape {
  alpha: number;
  beta: number;
}

/** α and β of a PERT on [min, max] with its most likely value at `mode`. Only meaningful
 *  when max > min (a range of width 0 is a fixed value). Written as the sampler has always
 *  computed them, so the draws keep their bits. */
export function pertShape(min: number, mode: number, max: number): PertShape {
  return {
    alpha: 1 + (4 * (mode - min)) / (max - min),
    beta: 1 + (4 * (max - mode)) / (max - min),
  };
}

const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 digits). For plotting and checks only: the
 *  sampler never needs it, so `Math.log` is fine here. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * The density of a PERT on [min, max] (max > min), as a function of x in [min, max]:
 * (x − min)^(α−1)·(max − x)^(β−1) / (B(α, β)·(max − min)^(α+β−1)), in logs so that narrow
 * or steep shapes neither overflow nor underflow. An exponent of 0 counts as a factor 1
 * even at the bound, where the density of a PERT with its mode at that bound is finite.
 */
export function pertDensity(min: number, mode: number, max: number): (x: number) => number {
  const { alpha, beta } = pertShape(min, mode, max);
  const logNorm =
    logGamma(alpha) +
    logGamma(beta) -
    logGamma(alpha + beta) +
    (alpha + beta - 1) * Math.log(max - min);
  const term = (k: number, u: number): number => (k === 1 ? 0 : (k - 1) * Math.log(u));
  return (x) => Math.exp(term(alpha, x - min) + term(beta, max - x) - logNorm);
}
