// Where the core keeps things in linear memory. From the heap base up:
//   streams | packed parameter block | scratch | outputs (…, costs) | intake overrides
// The block is written by the host; scratch and outputs are laid out once per scenario
// (layOut, reserveOutputs) and memory only ever grows, so a run allocates nothing.
// This module knows sizes, never what the block means: the model (engine.ts) passes the
// dimensions it read from the header.
import { AGE_PROFILE_RUNS } from './shared';

// ---- regions ---------------------------------------------------------------------------
const BASE: usize = (__heap_base + 15) & ~(<usize>15);
/** Random stream states (rng.ts), 16 bytes each: a shock draws from three streams at once. */
export const STREAM0: usize = BASE;
export const STREAM1: usize = BASE + 16;
export const STREAM2: usize = BASE + 32;
/** The packed parameter block (model/packed/layout.ts), as f64. */
export const PARAMS: usize = BASE + 64;

let paramLen: i32 = 0;
let out: usize = 0;
let outRuns: i32 = 0;

// The dimensions of the scenario laid out, for sizing the outputs.
let profs: i32 = 0;
let horizon: i32 = 0;
let ages: i32 = 0;
let inputs: i32 = 0;
/** Kinds of cost per profession and year (0: no cost section). */
let costKinds: i32 = 0;

function ensureMemory(end: usize): bool {
  const need = <i32>((end + 0xffff) >> 16);
  const have = memory.size();
  if (need > have && memory.grow(need - have) < 0) return false;
  return true;
}

// ---- f64 arrays ------------------------------------------------------------------------
// @ts-ignore: decorator
@inline export function at(ptr: usize, i: i32): f64 {
  return load<f64>(ptr + (<usize>i << 3));
}
// @ts-ignore: decorator
@inline export function put(ptr: usize, i: i32, v: f64): void {
  store<f64>(ptr + (<usize>i << 3), v);
}

// ---- the parameter block ---------------------------------------------------------------

/** Where the caller writes the packed block of `len` f64. */
export function reserveParams(len: i32): usize {
  if (!ensureMemory(PARAMS + (<usize>len << 3))) return 0;
  paramLen = len;
  return PARAMS;
}

// ---- scratch ---------------------------------------------------------------------------
/** The drawn year series, H+1 values each, in the order of their series index. */
export let seriesPtr: usize = 0;
let profScratch: usize = 0;
let profScratchSize: usize = 0; // bytes per profession
/** The normal CDF below and above each age edge (N+1 each), while a hazard is computed. */
export let lower: usize = 0;
export let upper: usize = 0;
/** The stock being projected and the adjoint λ, women and men interleaved (one f64x2 per age). */
export let sFM: usize = 0;
export let lamFM: usize = 0;

// Offsets (in f64) of the arrays inside a profession's scratch, for profArray().
/** Effective parameters by year (H+1 each), after policies. */
export let oAtt: i32 = 0;
export let oEmi: i32 = 0;
export let oRet: i32 = 0;
export let oComp: i32 = 0;
export let oEntry: i32 = 0;
export let oImm: i32 = 0;
export let oFteMult: i32 = 0;
export let oFteFactor: i32 = 0;
/** Shock multipliers on demand and on survival by year (H+1 each). */
export let oShockMult: i32 = 0;
export let oShockSurv: i32 = 0;
/** Demand and supplied FTE by year (H+1 each). */
export let oDemand: i32 = 0;
export let oFte: i32 = 0;
/** Intake by year from 1−L (H+L values, L the longest training). */
export let oIntake: i32 = 0;
/** Leaving probability by year and age (H rows of N), kept for the required intake. */
export let oQ: i32 = 0;
/** The retirement hazard by age (N) and the mean age it was computed for (1). */
export let oHazard: i32 = 0;
export let oHazardMean: i32 = 0;
/** Base-year stock and FTE per head, women and men interleaved (2N each, 16-byte aligned). */
export let oStockFM: i32 = 0;
export let oFteFM: i32 = 0;
/** 1 where some policy acts on the parameter, by policy code (8). */
export let oHasPolicy: i32 = 0;

/** Array `offset` (one of the o* above) of profession p's scratch. */
// @ts-ignore: decorator
@inline export function profArray(p: i32, offset: i32): usize {
  return profScratch + <usize>p * profScratchSize + (<usize>offset << 3);
}

/** Lay out scratch after the block just written, for P professions, horizon H, N ages,
 *  `maxDuration` the longest training, `seriesCount` year series, `nInputs` inputs and
 *  `nCosts` kinds of cost. False when memory cannot grow. */
// @ts-ignore: decorator
@inline export function layOut(P: i32, H: i32, N: i32, maxDuration: i32, seriesCount: i32, nInputs: i32, nCosts: i32): bool {
  profs = P;
  horizon = H;
  ages = N;
  inputs = nInputs;
  costKinds = nCosts;
  const Y = H + 1;
  seriesPtr = (PARAMS + (<usize>paramLen << 3) + 15) & ~(<usize>15);
  let cursor = seriesPtr + ((<usize>seriesCount * <usize>Y) << 3);
  let o = 0;
  oAtt = o; o += Y;
  oEmi = o; o += Y;
  oRet = o; o += Y;
  oComp = o; o += Y;
  oEntry = o; o += Y;
  oImm = o; o += Y;
  oFteMult = o; o += Y;
  oFteFactor = o; o += Y;
  oShockMult = o; o += Y;
  oShockSurv = o; o += Y;
  oDemand = o; o += Y;
  oFte = o; o += Y;
  oIntake = o; o += H + maxDuration;
  oQ = o; o += H * N;
  oHazard = o; o += N;
  oHazardMean = o; o += 1;
  if (o & 1) o += 1; // the interleaved arrays start 16-byte aligned
  oStockFM = o; o += 2 * N;
  oFteFM = o; o += 2 * N;
  oHasPolicy = o; o += 8;
  if (o & 1) o += 1; // keep every profession's block 16-byte aligned
  cursor = (cursor + 15) & ~(<usize>15);
  profScratch = cursor;
  profScratchSize = <usize>o << 3;
  cursor += <usize>P * profScratchSize;
  cursor = (cursor + 15) & ~(<usize>15);
  sFM = cursor; cursor += <usize>(2 * N) << 3;
  lamFM = cursor; cursor += <usize>(2 * N) << 3;
  lower = cursor; cursor += <usize>(N + 1) << 3;
  upper = cursor; cursor += <usize>(N + 1) << 3;
  out = (cursor + 15) & ~(<usize>15);
  outRuns = 0;
  return ensureMemory(out);
}

/** Where the scratch laid out by layOut ends (the regional core lays out more after it). */
export function scratchEnd(): usize {
  return out;
}

/** Put the outputs at `start`, for blocks of `P` professions, `nInputs` inputs and `nCosts`
 *  kinds of cost (the regional core's flat blocks); horizon and ages as laid out. False
 *  when memory cannot grow. */
export function layOutOutputs(start: usize, P: i32, nInputs: i32, nCosts: i32): bool {
  profs = P;
  inputs = nInputs;
  costKinds = nCosts;
  out = (start + 15) & ~(<usize>15);
  outRuns = 0;
  return ensureMemory(out);
}

// ---- outputs ---------------------------------------------------------------------------
/** How many of the reserved rows keep their stock by age (read by the run as well). */
export let outAgeRuns: i32 = 0;

/** Make room for the outputs of `count` runs from run `firstRun`; returns their start. */
export function reserveOutputs(count: i32, firstRun: i32): usize {
  outAgeRuns = max(0, min(count, AGE_PROFILE_RUNS - firstRun));
  const cells = <usize>count * <usize>profs * <usize>(horizon + 1);
  const ageCells = <usize>outAgeRuns * <usize>profs * <usize>(2 * ages);
  const costCells = cells * <usize>costKinds;
  const bytes = (cells * 3 + <usize>count * <usize>profs + <usize>count * <usize>inputs + ageCells + costCells) << 3;
  if (!ensureMemory(out + bytes)) return 0;
  outRuns = count;
  return out;
}
export function headcountPtr(): usize {
  return out;
}
export function ftePtr(): usize {
  return out + ((<usize>outRuns * <usize>profs * <usize>(horizon + 1)) << 3);
}
export function demandPtr(): usize {
  return out + ((<usize>outRuns * <usize>profs * <usize>(horizon + 1) * 2) << 3);
}
export function requiredIntakePtr(): usize {
  return out + ((<usize>outRuns * <usize>profs * <usize>(horizon + 1) * 3) << 3);
}
export function inputsPtr(): usize {
  return requiredIntakePtr() + ((<usize>outRuns * <usize>profs) << 3);
}
/** Stock by age at the target year of the first ageRuns() rows: ((r·P + p)·2 + sex)·N + i. */
export function ageStockPtr(): usize {
  return inputsPtr() + ((<usize>outRuns * <usize>inputs) << 3);
}
export function ageRuns(): i32 {
  return outAgeRuns;
}
/** Cost per run, profession, kind and year: ((r·P + p)·C + c)·(H+1) + k, C the kinds of
 *  cost laid out (0: an empty section). */
export function costPtr(): usize {
  return ageStockPtr() + ((<usize>outAgeRuns * <usize>profs * <usize>(2 * ages)) << 3);
}

/** Scratch space the caller may use for the P intake overrides (after the outputs). */
export function overrideScratch(): usize {
  const end = costPtr() + ((<usize>outRuns * <usize>profs * <usize>costKinds * <usize>(horizon + 1)) << 3);
  if (!ensureMemory(end + (<usize>profs << 3))) return 0;
  return end;
}
