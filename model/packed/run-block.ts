/**
 * The runs' raw outputs as one block of Float64Arrays, described once: each section with
 * its values per run, from the model's sizes. Every side that makes, moves or reads a
 * block (the reference projection, the WebAssembly host, the chunk merge, the transfer
 * between threads) goes through this description, so a new output is added in one place.
 */
import type { CompiledModel } from '../projection/compile.ts';

/** The kinds of cost a run computes per profession and year (MODEL.md §7), in the order
 *  of the block's cost section. The total and the present value are derived from them. */
export const COST_KINDS = ['training', 'salary', 'recruitment', 'programmes'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** Runs whose stock by age at the target year is kept (for the age pyramid's medians). */
export const AGE_PROFILE_RUNS = 1000;

/** The model's sizes that set a block's strides. A block carries them, so that a side
 *  without the compiled model (the page merging chunks) still knows the layout. */
export interface RunBlockSizes {
  /** P, professions. */
  readonly professions: number;
  /** H, projected years after the base year (H + 1 years per series). */
  readonly horizon: number;
  /** I, once-per-run inputs. */
  readonly inputs: number;
  /** N, single years of age. */
  readonly ages: number;
  /** C, kinds of cost per profession and year: COST_KINDS.length when the scenario has
   *  costs, else 0 (the cost section is then empty). */
  readonly costs: number;
}

/** Raw per-run outputs of a chunk of runs, run-major: index ((r·P + p)·(H+1) + k). */
export interface RunBlock {
  runs: number;
  sizes: RunBlockSizes;
  headcount: Float64Array;
  fte: Float64Array;
  demand: Float64Array;
  /** Per run and profession; NaN where intake cannot close the gap. */
  requiredIntake: Float64Array;
  /** Per run, the once-per-run inputs in `model.inputs` order: index r·I + i. */
  inputs: Float64Array;
  /** How many leading runs of this block are among the first AGE_PROFILE_RUNS runs. */
  ageRuns: number;
  /** For those runs, the stock at the target year by age: index ((r·P + p)·2 + sex)·N + i,
   *  sex 0 women, 1 men. */
  ageStock: Float64Array;
  /** Per run, profession, kind of cost (COST_KINDS) and year, the cost in the scenario's
   *  currency: index ((r·P + p)·C + c)·(H+1) + k; year 0 is 0 (MODEL.md §7). */
  cost: Float64Array;
}

/** A block's sections: every field that holds per-run values. */
export type RunBlockField =
  'headcount' | 'fte' | 'demand' | 'requiredIntake' | 'inputs' | 'ageStock' | 'cost';

/** Values per run of each section. ageStock has rows for the first `ageRuns` runs only. */
const STRIDES: Readonly<Record<RunBlockField, (s: RunBlockSizes) => number>> = {
  headcount: (s) => s.professions * (s.horizon + 1),
  fte: (s) => s.professions * (s.horizon + 1),
  demand: (s) => s.professions * (s.horizon + 1),
  requiredIntake: (s) => s.professions,
  inputs: (s) => s.inputs,
  ageStock: (s) => s.professions * 2 * s.ages,
  cost: (s) => s.professions * s.costs * (s.horizon + 1),
};

/** The sections in the order they are listed everywhere (and transferred). */
export const RUN_BLOCK_FIELDS = Object.keys(STRIDES) as readonly RunBlockField[];

/** The sizes of a compiled model's blocks. */
export function runBlockSizes(m: CompiledModel): RunBlockSizes {
  return {
    professions: m.professions.length,
    horizon: m.horizon,
    inputs: m.inputs.length,
    ages: m.nAges,
    costs: m.costs ? COST_KINDS.length : 0,
  };
}

/** Values per run of a section, for blocks of these sizes. */
export function runBlockStride(sizes: RunBlockSizes, field: RunBlockField): number {
  return STRIDES[field](sizes);
}

/** Rows of a block starting at run `firstRun` that keep their stock by age. */
export function ageRunsOf(firstRun: number, runs: number): number {
  return Math.max(0, Math.min(runs, AGE_PROFILE_RUNS - firstRun));
}

/** How many runs of the block a section has rows for. */
function rowsOf(block: Pick<RunBlock, 'runs' | 'ageRuns'>, field: RunBlockField): number {
  return field === 'ageStock' ? block.ageRuns : block.runs;
}

function sizesOf(shape: CompiledModel | RunBlockSizes): RunBlockSizes {
  return typeof shape.professions === 'number'
    ? (shape as RunBlockSizes)
    : runBlockSizes(shape as CompiledModel);
}

function withSections(
  runs: number,
  sizes: RunBlockSizes,
  ageRuns: number,
  section: (field: RunBlockField, length: number) => Float64Array,
): RunBlock {
  const block = { runs, sizes, ageRuns } as RunBlock;
  for (const field of RUN_BLOCK_FIELDS) {
    block[field] = section(field, rowsOf(block, field) * runBlockStride(sizes, field));
  }
  return block;
}

/** A zeroed block for runs firstRun..firstRun+runs−1 of a model (or of blocks of these
 *  sizes). */
export function allocateRunBlock(
  shape: CompiledModel | RunBlockSizes,
  runs: number,
  firstRun = 0,
): RunBlock {
  return withSections(
    runs,
    sizesOf(shape),
    ageRunsOf(firstRun, runs),
    (_, length) => new Float64Array(length),
  );
}

function sameSizes(a: RunBlockSizes, b: RunBlockSizes): boolean {
  return (
    a.professions === b.professions &&
    a.horizon === b.horizon &&
    a.inputs === b.inputs &&
    a.ages === b.ages &&
    a.costs === b.costs
  );
}

/** Throws a RangeError when a section's length does not match the sizes the block
 *  carries, so a damaged block is refused before it is copied anywhere. */
export function checkRunBlock(block: RunBlock): void {
  for (const field of RUN_BLOCK_FIELDS) {
    const stride = runBlockStride(block.sizes, field);
    const rows = rowsOf(block, field);
    if (block[field].length !== rows * stride) {
      throw new RangeError(
        `a block's ${field} holds ${block[field].length} values for ${rows} runs, not ${stride} values per run`,
      );
    }
  }
}

/** Copies `part` into `target` as its runs at..at+part.runs−1 (age rows where the target
 *  keeps them). */
export function placeRunBlock(target: RunBlock, part: RunBlock, at: number): void {
  if (!sameSizes(target.sizes, part.sizes)) {
    throw new RangeError('a block of runs has the sizes of another model');
  }
  checkRunBlock(part);
  if (at < 0 || at + part.runs > target.runs) {
    throw new RangeError(`runs ${at}..${at + part.runs - 1} lie outside 0..${target.runs - 1}`);
  }
  for (const field of RUN_BLOCK_FIELDS) {
    const stride = runBlockStride(part.sizes, field);
    const rows = Math.min(rowsOf(part, field), rowsOf(target, field) - at);
    if (rows > 0) target[field].set(part[field].subarray(0, rows * stride), at * stride);
  }
}

/** Blocks of consecutive runs, in order, as one block (its age rows are theirs, in
 *  order). */
export function concatRunBlocks(
  shape: CompiledModel | RunBlockSizes,
  blocks: readonly RunBlock[],
): RunBlock {
  const sizes = sizesOf(shape);
  const runs = blocks.reduce((t, b) => t + b.runs, 0);
  const ageRuns = blocks.reduce((t, b) => t + b.ageRuns, 0);
  const out = withSections(runs, sizes, ageRuns, (_, length) => new Float64Array(length));
  let at = 0;
  for (const b of blocks) {
    placeRunBlock(out, b, at);
    at += b.runs;
  }
  return out;
}

/** A copy of the block's runs 0..runs−1. */
export function copyRunBlockPrefix(block: RunBlock, runs: number): RunBlock {
  return withSections(runs, block.sizes, Math.min(runs, block.ageRuns), (field, length) =>
    block[field].slice(0, length),
  );
}

/** The buffers behind a block's sections, for `transfer` lists. */
export function runBlockBuffers(block: RunBlock): ArrayBuffer[] {
  return RUN_BLOCK_FIELDS.map((field) => block[field].buffer as ArrayBuffer);
}

/**
 * A block copied out of a memory (the WebAssembly core's) that holds each section at its
 * own byte offset, `pointers[field]`. The copies own their buffers, so they can be
 * transferred and the memory reused.
 */
export function readRunBlock(
  memory: ArrayBuffer,
  pointers: Readonly<Record<RunBlockField, number>>,
  sizes: RunBlockSizes,
  runs: number,
  ageRuns: number,
): RunBlock {
  return withSections(runs, sizes, ageRuns, (field, length) =>
    new Float64Array(memory, pointers[field], length).slice(),
  );
}
