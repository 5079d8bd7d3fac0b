/**
 * The flat block of a regional scenario (model/regions/flat.ts): the regional blocks survive
 * the round trip, and runs made in chunks of any size, merged, summarise to exactly the
 * result of one block of all runs (so the worker pool may chunk regional runs freely).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileRegional } from '../../model/regions/compile.ts';
import {
  flattenRegionalBlocks,
  regionalBlockSizes,
  runRegionalChunk,
  splitRegionalBlock,
} from '../../model/regions/flat.ts';
import {
  runRegions,
  simulateRegions,
  summarizeRegionalBlock,
} from '../../model/regions/simulate.ts';
import { concatRunBlocks } from '../../model/packed/run-block.ts';
import { regionalArb } from '../helpers/regional-scenarios.ts';

describe('the flat regional block', () => {
  it('splits back into the regional blocks it was made of', () => {
    fc.assert(
      fc.property(regionalArb({ mobility: true }), fc.integer({ min: 1, max: 5 }), (rs, runs) => {
        const { blocks } = runRegions(rs, { runs, seed: 7 });
        const back = splitRegionalBlock(flattenRegionalBlocks(blocks), rs.regions.length);
        expect(back).toEqual(blocks);
      }),
      { numRuns: 20 },
    );
  });

  it('puts the national group first, then the regions in order', () => {
    fc.assert(
      fc.property(regionalArb({ mobility: true }), (rs) => {
        const { blocks } = runRegions(rs, { runs: 2, seed: 3 });
        const flat = flattenRegionalBlocks(blocks);
        const P = rs.professions.length;
        const Y = rs.horizonYears + 1;
        const G = rs.regions.length + 1;
        for (let run = 0; run < 2; run++) {
          for (let p = 0; p < P; p++) {
            for (let k = 0; k < Y; k++) {
              expect(flat.fte[((run * G + 0) * P + p) * Y + k]).toBe(
                blocks.national.fte[(run * P + p) * Y + k],
              );
              rs.regions.forEach((_, r) => {
                expect(flat.fte[((run * G + 1 + r) * P + p) * Y + k]).toBe(
                  blocks.regions[r].fte[(run * P + p) * Y + k],
                );
              });
            }
          }
        }
      }),
      { numRuns: 10 },
    );
  });

  it('gives the same result from chunks of any size as from one block', () => {
    fc.assert(
      fc.property(regionalArb({ mobility: true }), fc.integer({ min: 1, max: 4 }), (rs, size) => {
        const runs = 7;
        const rm = compileRegional(rs);
        const chunks = [];
        for (let s = 0; s < runs; s += size) {
          chunks.push(runRegionalChunk(rm, 11, s, Math.min(size, runs - s), false));
        }
        const merged = concatRunBlocks(regionalBlockSizes(rm), chunks);
        const got = summarizeRegionalBlock(rs, rm, merged, 11, false);
        expect(got).toEqual(simulateRegions(rs, { runs, seed: 11 }));
      }),
      { numRuns: 10 },
    );
  });
});
