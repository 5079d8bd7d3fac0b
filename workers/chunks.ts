/**
 * Splitting runs 0..N−1 into chunks, and putting the chunks' raw outputs back together by
 * run index. Run i depends only on (seed, i), so the merged block is the same bits for any
 * chunk size, any number of workers and any order of arrival.
 */
import {
  allocateRunBlock,
  checkRunBlock,
  concatRunBlocks,
  copyRunBlockPrefix,
  placeRunBlock,
} from '../model/packed/run-block.ts';
import type { RawRuns } from './engine-api.ts';

export interface Chunk {
  start: number;
  count: number;
}

/** Runs per chunk at most, by default: a chunk of the built-in example takes ~20 ms. */
export const DEFAULT_CHUNK_RUNS = 250;
/** Cells (professions × projected years) × runs per chunk at most, by default, so that a
 *  chunk of a large scenario still returns quickly (the largest scenario: 27 runs, about
 *  30 ms in the WebAssembly core) without hundreds of round trips more than needed. */
export const CHUNK_CELL_BUDGET = 50_000;

/**
 * A chunk size that returns the first chunk quickly and gives each worker several chunks:
 * at most DEFAULT_CHUNK_RUNS runs and CHUNK_CELL_BUDGET cells, and about a quarter of each
 * worker's share of small jobs.
 */
export function defaultChunkSize(total: number, workers: number, cellsPerRun: number): number {
  const byCells = Math.floor(CHUNK_CELL_BUDGET / Math.max(1, cellsPerRun));
  const byShare = Math.ceil(total / (Math.max(1, workers) * 4));
  return Math.max(1, Math.min(DEFAULT_CHUNK_RUNS, byCells, byShare));
}

/** Cells × runs of the first chunk's pieces at most (see planChunks' `headSize`): the first
 *  bands of a large scenario come from a piece that takes tens of milliseconds, not the
 *  whole first chunk (a 10-region scenario's first chunk takes well over 100 ms). */
export const HEAD_CHUNK_CELLS = 12_500;

/** Runs of the first chunk's pieces for runs of `cellsPerRun` cells. */
export function headChunkSize(cellsPerRun: number): number {
  return Math.max(1, Math.floor(HEAD_CHUNK_CELLS / Math.max(1, cellsPerRun)));
}

/**
 * Consecutive chunks covering runs 0..total−1, in run order, of `chunkSize` runs, except
 * that the last `tail` chunks are cut in two: when the runs run out, the workers then
 * finish closer together (one is not left with a whole chunk while the others wait). With
 * `headSize` smaller than the chunk size, the first chunk is cut into pieces of at most
 * `headSize` runs, so the first results of a slow scenario come early.
 */
export function planChunks(
  total: number,
  chunkSize: number,
  tail = 0,
  headSize = Infinity,
): Chunk[] {
  const size = Math.max(1, Math.floor(chunkSize));
  const chunks: Chunk[] = [];
  for (let start = 0; start < total; start += size) {
    chunks.push({ start, count: Math.min(size, total - start) });
  }
  const from = Math.max(1, chunks.length - Math.max(0, Math.floor(tail)));
  const halved = chunks.flatMap((c, i) => {
    if (i < from || c.count < 2) return [c];
    const half = Math.ceil(c.count / 2);
    return [
      { start: c.start, count: half },
      { start: c.start + half, count: c.count - half },
    ];
  });
  const head = Math.max(1, Math.floor(headSize));
  const first = halved[0];
  if (first === undefined || first.count <= head) return halved;
  const pieces: Chunk[] = [];
  for (let start = 0; start < first.count; start += head) {
    pieces.push({ start: first.start + start, count: Math.min(head, first.count - start) });
  }
  return [...pieces, ...halved.slice(1)];
}

/** Which of `total` runs have arrived, chunk by chunk in any order: how many, and how long
 *  a prefix 0..prefix−1 is complete. */
abstract class RunArrivals {
  private readonly arrived: Uint8Array;
  private arrivedCount = 0;
  private prefixRuns = 0;

  constructor(readonly total: number) {
    this.arrived = new Uint8Array(total);
  }

  /** Runs received so far. */
  get done(): number {
    return this.arrivedCount;
  }

  /** Runs 0..prefix−1 have all been received. */
  get prefix(): number {
    return this.prefixRuns;
  }

  /** Whether `part` holds runs to keep: none is nothing to do; runs outside 0..total−1 or a
   *  block whose arrays do not fit its sizes are refused before anything is touched. */
  protected accepts(start: number, part: RawRuns): boolean {
    if (part.runs <= 0) return false;
    if (start < 0 || start + part.runs > this.total) {
      throw new RangeError(
        `runs ${start}..${start + part.runs - 1} lie outside 0..${this.total - 1}`,
      );
    }
    checkRunBlock(part);
    return true;
  }

  /** Counts runs start..start+runs−1 as arrived; `once`: a run arriving again is an error. */
  protected arrive(start: number, runs: number, once: boolean): void {
    if (once) {
      for (let r = start; r < start + runs; r++) {
        if (this.arrived[r]) throw new RangeError(`run ${r} arrived twice`);
      }
    }
    for (let r = start; r < start + runs; r++) {
      if (!this.arrived[r]) this.arrivedCount++;
      this.arrived[r] = 1;
    }
    while (this.prefixRuns < this.total && this.arrived[this.prefixRuns]) this.prefixRuns++;
  }
}

/** Raw outputs of `total` runs, filled chunk by chunk in any order. The merged block is
 *  allocated once, when the first chunk arrives (the sizes it carries give the layout).
 *  With `replicas`, as many extra copies are filled alongside, so that several workers
 *  can each be handed a block at the end without a copy then. */
export class MergedRuns extends RunArrivals {
  private blocks: RawRuns[] | null = null;

  constructor(
    total: number,
    readonly replicas = 0,
  ) {
    super(total);
  }

  /** Puts the outputs of runs start..start+part.runs−1 in place. */
  place(start: number, part: RawRuns): void {
    if (!this.accepts(start, part)) return; // checked before any copy is touched
    const blocks = (this.blocks ??= Array.from({ length: 1 + this.replicas }, () =>
      allocateRunBlock(part.sizes, this.total),
    ));
    for (const block of blocks) placeRunBlock(block, part, start);
    this.arrive(start, part.runs, false);
  }

  /** A copy of runs 0..runs−1 (for a progressive summary; the merge goes on). */
  copyPrefix(runs: number): RawRuns {
    if (!this.blocks || runs > this.prefix) throw new RangeError('those runs are not in yet');
    return copyRunBlockPrefix(this.blocks[0], runs);
  }

  /** The complete block, handed over (for the final summary: its buffers may be
   *  transferred, after which this object holds nothing). */
  take(): RawRuns {
    return this.takeAll()[0];
  }

  /** The complete block and its replicas, handed over. */
  takeAll(): RawRuns[] {
    if (!this.blocks || this.prefix < this.total) throw new RangeError('runs are missing');
    const blocks = this.blocks;
    this.blocks = null;
    return blocks;
  }
}

/**
 * Raw outputs of `total` runs, kept as the chunks they came in (any order), not merged:
 * the merge, a copy of every run, is left to the worker that summarises them (the page's
 * thread only keeps the chunks and hands them over). A progressive summary's runs, a
 * prefix, are put together here (they are few: see app/engine/pool-runner.ts).
 */
export class ChunkedRuns extends RunArrivals {
  private chunks: (RawRuns | undefined)[] = [];

  /** Keeps the outputs of runs start..start+part.runs−1. */
  place(start: number, part: RawRuns): void {
    if (!this.accepts(start, part)) return;
    this.arrive(start, part.runs, true);
    this.chunks[start] = part;
  }

  private ordered(): RawRuns[] {
    const out: RawRuns[] = [];
    for (let at = 0; at < this.prefix; at += this.chunks[at]!.runs) out.push(this.chunks[at]!);
    return out;
  }

  /** A new block of runs 0..runs−1, `runs` being the prefix or less. */
  copyPrefix(runs: number): RawRuns {
    const chunks = this.ordered();
    if (chunks.length === 0 || runs > this.prefix) {
      throw new RangeError('those runs are not in yet');
    }
    const whole = concatRunBlocks(chunks[0].sizes, chunks);
    return runs === whole.runs ? whole : copyRunBlockPrefix(whole, runs);
  }

  /** Every chunk, in run order, handed over (their buffers may then be transferred). */
  takeChunks(): RawRuns[] {
    if (this.prefix < this.total) throw new RangeError('runs are missing');
    const chunks = this.ordered();
    this.chunks = [];
    return chunks;
  }
}
