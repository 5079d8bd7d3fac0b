/**
 * The runs of a regional scenario as one ordinary block of runs (model/packed/run-block.ts),
 * so that everything that makes, moves, merges and transfers blocks (chunks, the worker
 * pool, the WebAssembly host) carries regions without knowing of them.
 *
 * The flat block has P·(R + 1) "professions": index g·P + p, where group g = 0 holds the
 * national figures (sums over regions within each run) and group g = 1 + r region r.
 * Inputs (the once-per-run draws) are shared by all groups, as in the regional blocks.
 */
import {
  allocateRunBlock,
  runBlockStride,
  RUN_BLOCK_FIELDS,
  type RunBlock,
  COST_KINDS,
  type RunBlockSizes,
} from '../packed/run-block.ts';
import type { ChunkEngine } from '../projection/simulate.ts';
import type { RegionalModel } from './compile.ts';
import { RegionalProjector, type RegionalBlocks } from './project.ts';

/** The sizes of a regional model's blocks: one group of professions per region, and the
 *  national group first. */
export function regionalBlockSizes(rm: RegionalModel): RunBlockSizes {
  const m = rm.national;
  return {
    professions: m.professions.length * (rm.regionIds.length + 1),
    horizon: m.horizon,
    inputs: rm.inputs.length,
    ages: m.nAges,
    costs: m.costs ? COST_KINDS.length : 0,
  };
}

/** Per-run values of a field for one group of P professions (a slice of the flat row). */
function groupStride(
  sizes: RunBlockSizes,
  field: (typeof RUN_BLOCK_FIELDS)[number],
  groups: number,
) {
  return field === 'inputs' ? 0 : runBlockStride(sizes, field) / groups;
}

function rowsOf(block: RunBlock, field: (typeof RUN_BLOCK_FIELDS)[number]): number {
  return field === 'ageStock' ? block.ageRuns : block.runs;
}

/** The regional blocks (national, then each region) as one flat block. */
export function flattenRegionalBlocks(blocks: RegionalBlocks): RunBlock {
  const groups = [blocks.national, ...blocks.regions];
  const one = blocks.national.sizes;
  const sizes: RunBlockSizes = { ...one, professions: one.professions * groups.length };
  const runs = blocks.national.runs;
  const out: RunBlock = { ...allocateRunBlock(sizes, runs), ageRuns: blocks.national.ageRuns };
  out.ageStock = new Float64Array(out.ageRuns * runBlockStride(sizes, 'ageStock'));
  for (const field of RUN_BLOCK_FIELDS) {
    if (field === 'inputs') {
      out.inputs.set(blocks.national.inputs);
      continue;
    }
    const g1 = runBlockStride(one, field);
    const gAll = g1 * groups.length;
    for (let row = 0; row < rowsOf(out, field); row++) {
      groups.forEach((b, g) => {
        out[field].set(b[field].subarray(row * g1, (row + 1) * g1), row * gAll + g * g1);
      });
    }
  }
  return out;
}

/** A flat block back as its regional blocks (copies). */
export function splitRegionalBlock(block: RunBlock, regions: number): RegionalBlocks {
  const groups = regions + 1;
  const one: RunBlockSizes = { ...block.sizes, professions: block.sizes.professions / groups };
  const parts = Array.from({ length: groups }, () => {
    const b = allocateRunBlock(one, block.runs);
    b.ageRuns = block.ageRuns;
    b.ageStock = new Float64Array(block.ageRuns * runBlockStride(one, 'ageStock'));
    return b;
  });
  for (const field of RUN_BLOCK_FIELDS) {
    if (field === 'inputs') {
      for (const b of parts) b.inputs.set(block.inputs);
      continue;
    }
    const g1 = groupStride(block.sizes, field, groups);
    const gAll = g1 * groups;
    for (let row = 0; row < rowsOf(block, field); row++) {
      parts.forEach((b, g) => {
        b[field].set(
          block[field].subarray(row * gAll + g * g1, row * gAll + (g + 1) * g1),
          row * g1,
        );
      });
    }
  }
  return { national: parts[0], regions: parts.slice(1) };
}

/** Runs start..start+count−1 of a regional model into a fresh flat block. */
export function runRegionalChunk(
  rm: RegionalModel,
  seed: number,
  start: number,
  count: number,
  deterministic: boolean,
  projector: RegionalProjector = new RegionalProjector(rm),
): RunBlock {
  const one: RunBlockSizes = {
    ...regionalBlockSizes(rm),
    professions: rm.national.professions.length,
  };
  const blocks: RegionalBlocks = {
    national: allocateRunBlock(one, count, start),
    regions: rm.regionIds.map(() => allocateRunBlock(one, count, start)),
  };
  for (let r = 0; r < count; r++) projector.run(seed, start + r, blocks, r, { deterministic });
  return flattenRegionalBlocks(blocks);
}

/** The reference engine's chunk runner for a regional model (one projector, reused). */
export function regionalReferenceEngine(rm: RegionalModel): ChunkEngine {
  const projector = new RegionalProjector(rm);
  return (seed, start, count, deterministic) =>
    runRegionalChunk(rm, seed, start, count, deterministic, projector);
}
