import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../model/scenario/parse.ts';
import { compile } from '../../model/projection/compile.ts';
import { runChunk } from '../../model/projection/simulate.ts';
import { concatRunBlocks } from '../../model/packed/run-block.ts';
import {
  ChunkedRuns,
  CHUNK_CELL_BUDGET,
  DEFAULT_CHUNK_RUNS,
  defaultChunkSize,
  MergedRuns,
  planChunks,
  headChunkSize,
} from '../../workers/chunks.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const parsed = parseScenario(exampleJson('exampleland'));
if (!parsed.ok) throw new Error('exampleland does not validate');
const model = compile(parsed.scenario);
const seed = 4242;
const TOTAL = 60;
const whole = runChunk(model, seed, 0, TOTAL, { deterministic: false });

describe('planning chunks', () => {
  it('covers 0..total−1 with consecutive chunks of at most the chunk size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 0, max: 16 }),
        (total, size, tail) => {
          const chunks = planChunks(total, size, tail);
          let next = 0;
          for (const c of chunks) {
            expect(c.start).toBe(next);
            expect(c.count).toBeGreaterThan(0);
            expect(c.count).toBeLessThanOrEqual(size);
            next += c.count;
          }
          expect(next).toBe(total);
          // The first chunk is never cut (first results come as early as before).
          if (total > 0) expect(chunks[0].count).toBe(Math.min(size, total));
        },
      ),
    );
  });

  it('cuts the first chunk of a slow scenario into pieces, the rest as before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 700 }),
        (total, size, tail, head) => {
          const plain = planChunks(total, size, tail);
          const cut = planChunks(total, size, tail, head);
          let next = 0;
          for (const c of cut) {
            expect(c.start).toBe(next);
            next += c.count;
          }
          expect(next).toBe(total);
          const pieces = cut.length - plain.length + 1;
          expect(cut.slice(pieces)).toEqual(plain.slice(1));
          for (const c of cut.slice(0, pieces)) expect(c.count).toBeLessThanOrEqual(head);
          expect(pieces).toBe(Math.max(1, Math.ceil(plain[0].count / head)));
        },
      ),
    );
    // A 10-region, 3-profession scenario (693 cells a run): its first 72 runs in 4 pieces.
    expect(headChunkSize(693)).toBe(18);
    expect(planChunks(200, 72, 0, headChunkSize(693)).map((c) => c.count)).toEqual([
      18, 18, 18, 18, 72, 56,
    ]);
    // Exampleland (42 cells a run): its chunks of 250 runs stay whole.
    expect(planChunks(1000, 250, 0, headChunkSize(42)).map((c) => c.count)).toEqual([
      250, 250, 250, 250,
    ]);
  });

  it('cuts the last chunks in two, so the workers finish close together', () => {
    expect(planChunks(1000, 250, 2).map((c) => c.count)).toEqual([250, 250, 125, 125, 125, 125]);
    expect(planChunks(1000, 250).map((c) => c.count)).toEqual([250, 250, 250, 250]);
    expect(planChunks(1, 250, 4)).toEqual([{ start: 0, count: 1 }]);
  });

  it('by default, makes chunks that are small and give each worker several', () => {
    expect(defaultChunkSize(2000, 2, 42)).toBe(DEFAULT_CHUNK_RUNS);
    expect(defaultChunkSize(100_000, 8, 42)).toBe(DEFAULT_CHUNK_RUNS);
    expect(defaultChunkSize(400, 2, 42)).toBe(50);
    expect(defaultChunkSize(1, 8, 42)).toBe(1);
    expect(defaultChunkSize(100_000, 4, 30 * 61)).toBe(Math.floor(CHUNK_CELL_BUDGET / (30 * 61)));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 30 * 61 }),
        (total, workers, cells) => {
          const size = defaultChunkSize(total, workers, cells);
          expect(size).toBeGreaterThanOrEqual(1);
          expect(size).toBeLessThanOrEqual(DEFAULT_CHUNK_RUNS);
          if (size > 1) expect(size * cells).toBeLessThanOrEqual(CHUNK_CELL_BUDGET);
        },
      ),
    );
  });
});

describe('merging chunks', () => {
  it('gives the same block for any chunking and any order of arrival', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: TOTAL }),
        fc.array(fc.nat(), { minLength: TOTAL, maxLength: TOTAL }),
        fc.integer({ min: 0, max: 3 }),
        (size, keys, replicas) => {
          const chunks = planChunks(TOTAL, size);
          const order = chunks
            .map((c, i) => ({ c, k: keys[i] }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.c);
          const merged = new MergedRuns(TOTAL, replicas);
          let prefix = 0;
          for (const c of order) {
            merged.place(
              c.start,
              runChunk(model, seed, c.start, c.count, { deterministic: false }),
            );
            expect(merged.prefix).toBeGreaterThanOrEqual(prefix);
            prefix = merged.prefix;
          }
          expect(merged.done).toBe(TOTAL);
          expect(merged.prefix).toBe(TOTAL);
          const blocks = merged.takeAll();
          // The block and each replica: equal, and separate (each can be transferred).
          expect(blocks).toHaveLength(1 + replicas);
          for (const block of blocks) expect(block).toEqual(whole);
          expect(new Set(blocks.map((b) => b.fte.buffer)).size).toBe(blocks.length);
          expect(() => merged.takeAll()).toThrow(RangeError); // handed over once
        },
      ),
      { numRuns: 40 },
    );
  });

  it('tracks the runs in from 0, and copies them for a partial summary', () => {
    const merged = new MergedRuns(TOTAL);
    merged.place(20, runChunk(model, seed, 20, 20, { deterministic: false }));
    expect([merged.done, merged.prefix]).toEqual([20, 0]);
    expect(() => merged.copyPrefix(1)).toThrow(RangeError);
    merged.place(0, runChunk(model, seed, 0, 20, { deterministic: false }));
    expect([merged.done, merged.prefix]).toEqual([40, 40]);
    const copy = merged.copyPrefix(40);
    expect(copy).toEqual(runChunk(model, seed, 0, 40, { deterministic: false }));
    copy.fte.fill(0); // a copy: the merge is untouched
    expect(() => merged.take()).toThrow(RangeError);
    merged.place(40, runChunk(model, seed, 40, 20, { deterministic: false }));
    expect(merged.take()).toEqual(whole);
  });

  it('refuses chunks outside the runs or of another shape', () => {
    const merged = new MergedRuns(10);
    expect(() => merged.place(5, runChunk(model, seed, 5, 6, { deterministic: false }))).toThrow(
      RangeError,
    );
    merged.place(0, runChunk(model, seed, 0, 5, { deterministic: false }));
    const odd = runChunk(model, seed, 5, 5, { deterministic: false });
    odd.inputs = new Float64Array(odd.inputs.length + 5);
    expect(() => merged.place(5, odd)).toThrow(/values per run/);
  });
});

describe('chunks kept as they came (ChunkedRuns)', () => {
  it('give the same block as a merge, in any order of arrival, and refuse a run twice', () => {
    const total = 37;
    const chunks = planChunks(total, 5, 2);
    const merged = new MergedRuns(total);
    const kept = new ChunkedRuns(total);
    for (const c of [...chunks].reverse()) {
      const block = runChunk(model, seed, c.start, c.count, { deterministic: false });
      merged.place(c.start, block);
      kept.place(c.start, block);
    }
    expect(kept.done).toBe(total);
    expect(kept.prefix).toBe(total);
    expect(kept.copyPrefix(10)).toEqual(merged.copyPrefix(10));
    const whole = concatRunBlocks(model, kept.takeChunks());
    expect(whole).toEqual(merged.take());
    const again = new ChunkedRuns(total);
    const first = runChunk(model, seed, 0, 5, { deterministic: false });
    again.place(0, first);
    expect(() => again.place(0, first)).toThrow(/twice/);
  });
});
