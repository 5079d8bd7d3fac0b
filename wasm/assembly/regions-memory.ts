// Where the regional core keeps things: after the national scratch (memory.ts layOut, which
// the national prepare() lays out for the national parameters) come the regional year
// series, the dist reference table, the per-profession regional scratch and the work arrays;
// then the outputs, sized for the flat block of P·(R + 1) professions (model/regions/flat.ts).
// memory.ts sizes those outputs, the cost section included, as for a national block.
// Like memory.ts, this module knows sizes, never what the block means.
import { layOutOutputs, scratchEnd } from './memory';

// The dimensions laid out (read by regions.ts and regions-intake.ts).
export let RP: i32 = 0;
export let RR: i32 = 0;
export let RH: i32 = 0;
export let RN: i32 = 0;
/** Kinds of cost per profession and year (0: the scenario has no costs). */
export let RC: i32 = 0;
/** Per region, intake years 1−L .. H at r·INTAKE_STRIDE + j + L − 1. */
export let INTAKE_STRIDE: i32 = 0;

/** The regional dists' year series, H + 1 values each. */
export let regSeries: usize = 0;
/** Per dist reference, the address of its year series (u32). */
export let refPtr: usize = 0;
/** The stock being projected and the survivors of the year's exits, per region and age,
 *  women and men side by side (one f64x2 per region and age: (r·N + i)·16 bytes). */
export let stockFM: usize = 0;
export let exitFM: usize = 0;
/** The adjoint λ of the required intake and its value one year later (same layout). */
export let lamFM: usize = 0;
export let lamNextFM: usize = 0;
/** Per region: FTE at the target year per graduate, and share of the national intake. */
export let perGrad: usize = 0;
export let shareR: usize = 0;

let regProf: usize = 0;
let regProfSize: usize = 0;

// Offsets (in f64) of the arrays inside a profession's regional scratch.
/** Per region and year (r·(H+1) + k): effective attrition, emigration, FTE policy
 *  multiplier, supplied FTE and demand. */
export let oRAtt: i32 = 0;
export let oREmi: i32 = 0;
export let oRFteMult: i32 = 0;
export let oRFte: i32 = 0;
export let oRDemand: i32 = 0;
/** Intake per region and intake year (r·INTAKE_STRIDE + j + L − 1). */
export let oRIntake: i32 = 0;
/** Mobility after policies, (k·R + from)·R + to, and who stays, k·R + r. */
export let oRMob: i32 = 0;
export let oRStay: i32 = 0;
/** Leaving probability, (r·H + k)·N + i, for the transition k → k + 1. */
export let oRQ: i32 = 0;
/** Base-year stock per region, women and men side by side (2·R·N, 16-byte aligned). */
export let oRStockFM: i32 = 0;

/** Array `offset` (one of the oR* above) of profession p's regional scratch. */
// @ts-ignore: decorator
@inline export function regArray(p: i32, offset: i32): usize {
  return regProf + <usize>p * regProfSize + (<usize>offset << 3);
}

/** The year series of dist reference `ref`. */
// @ts-ignore: decorator
@inline export function refSeries(ref: i32): usize {
  return <usize>load<u32>(refPtr + (<usize>ref << 2));
}

// @ts-ignore: decorator
@inline function align16(x: usize): usize {
  return (x + 15) & ~(<usize>15);
}

/** Lay out the regional scratch after the national one, then the outputs (with `nCosts`
 *  kinds of cost). False when memory cannot grow. */
export function layOutRegions(
  P: i32, R: i32, H: i32, N: i32, maxDuration: i32, regionalDists: i32, refs: i32, nInputs: i32,
  nCosts: i32,
): bool {
  RP = P;
  RR = R;
  RH = H;
  RN = N;
  RC = nCosts;
  INTAKE_STRIDE = H + maxDuration;
  const Y = H + 1;
  let cursor = align16(scratchEnd());
  regSeries = cursor;
  cursor += (<usize>regionalDists * <usize>Y) << 3;
  refPtr = cursor;
  cursor += <usize>refs << 2;
  let o = 0;
  oRAtt = o; o += R * Y;
  oREmi = o; o += R * Y;
  oRFteMult = o; o += R * Y;
  oRFte = o; o += R * Y;
  oRDemand = o; o += R * Y;
  oRIntake = o; o += R * INTAKE_STRIDE;
  oRMob = o; o += Y * R * R;
  oRStay = o; o += Y * R;
  oRQ = o; o += R * H * N;
  if (o & 1) o += 1;
  oRStockFM = o; o += 2 * R * N;
  cursor = align16(cursor);
  regProf = cursor;
  regProfSize = <usize>o << 3;
  cursor += <usize>P * regProfSize;
  const fm = <usize>(2 * R * N) << 3;
  stockFM = cursor; cursor += fm;
  exitFM = cursor; cursor += fm;
  lamFM = cursor; cursor += fm;
  lamNextFM = cursor; cursor += fm;
  perGrad = cursor; cursor += <usize>R << 3;
  shareR = cursor; cursor += <usize>R << 3;
  return layOutOutputs(cursor, P * (R + 1), nInputs, RC);
}

// ---- the cost section -----------------------------------------------------------------
/** Swap the two λ arrays (one backward step of the required intake). */
export function swapLambda(): void {
  const t = lamFM;
  lamFM = lamNextFM;
  lamNextFM = t;
}
