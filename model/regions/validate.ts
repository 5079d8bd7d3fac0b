/**
 * The rules of MODEL.md §6 for the regional parts of a scenario, each broken rule with its
 * JSON path and a sentence a planner understands. `validateRegions` checks only what regions
 * add; parseRegionalScenario (./parse.ts) runs the national checks on the rest.
 */
import type { ParseOptions, ScenarioIssue } from '../scenario/parse-types.ts';
import {
  type Ctx,
  at,
  error,
  field,
  idx,
  isRecord,
  listWords,
  newCtx,
  num,
  show,
} from '../scenario/issues.ts';
import { readBySex, readValues } from '../scenario/read-fields.ts';
import { validateDist } from '../scenario/validate-dist.ts';
import { MAX_HEADCOUNT, MAX_COUNT } from '../scenario/limits.ts';
import {
  MAX_REGIONAL_CELLS,
  MOBILITY_OUT,
  REGIONAL_POLICY_PARAMETERS,
  SHARE_SUM_TOLERANCE,
} from './types.ts';
import {
  type RegionNames,
  readRegions,
  readRegionMap,
  checkShares,
  highest,
  ageRule,
  checkPopulation,
  notARegion,
} from './validate-parts.ts';

function checkProfession(ctx: Ctx, v: unknown, path: string, regions: RegionNames): void {
  if (!isRecord(v)) return; // the national checks report it
  readRegionMap(ctx, field(v, 'stock'), at(path, 'stock'), regions, 'stock', (s, p) => {
    readBySex(ctx, s, p, {
      ...ageRule(ctx),
      noun: 'headcount',
      max: MAX_HEADCOUNT,
      maxWhat: 'per age and sex',
    });
  });
  const training = field(v, 'training');
  if (isRecord(training)) {
    const tp = at(path, 'training');
    readRegionMap(ctx, field(training, 'intake'), at(tp, 'intake'), regions, 'intake', (d, p) => {
      validateDist(ctx, d, p, 'count');
    });
    const L = field(training, 'durationYears');
    const pipeline = field(training, 'pipeline');
    if (pipeline !== undefined) {
      readRegionMap(ctx, pipeline, at(tp, 'pipeline'), regions, 'pipeline', (list, p) => {
        const length = typeof L === 'number' && Number.isInteger(L) && L >= 1 ? L : undefined;
        readValues(ctx, list, p, {
          length,
          lengthPhrase: length
            ? `${length} values, one per study year (durationYears)`
            : 'one value per study year',
          noun: 'students',
          max: MAX_COUNT,
        });
      });
    }
    const dest = field(training, 'graduateDestinations');
    if (dest !== undefined) {
      readRegionMap(
        ctx,
        dest,
        at(tp, 'graduateDestinations'),
        regions,
        'graduateDestinations',
        (row, p, r) => {
          const before = ctx.errors.length;
          readRegionMap(ctx, row, p, regions, 'graduateShares', () => {}, false);
          if (ctx.errors.length === before && isRecord(row)) {
            checkShares(ctx, row, p, 'shares.graduates', { region: regions.names[r] });
          }
        },
        false,
      );
    }
  }
  const immigration = field(v, 'immigration');
  if (isRecord(immigration) && field(immigration, 'regionShares') !== undefined) {
    const p = at(at(path, 'immigration'), 'regionShares');
    const shares = field(immigration, 'regionShares');
    const before = ctx.errors.length;
    readRegionMap(ctx, shares, p, regions, 'immigrationShares', () => {});
    if (ctx.errors.length === before && isRecord(shares)) {
      checkShares(ctx, shares, p, 'shares.immigrants');
    }
  }
  const mobility = field(v, 'mobility');
  if (mobility !== undefined) {
    const mp = at(path, 'mobility');
    readRegionMap(
      ctx,
      mobility,
      mp,
      regions,
      'mobility',
      (row, p, r) => {
        if (!isRecord(row)) {
          error(ctx, p, 'mobility.notObject', { value: show(row) });
          return;
        }
        const before = ctx.errors.length;
        let most = 0;
        for (const [to, d] of Object.entries(row)) {
          if (to === regions.ids[r]) {
            error(ctx, at(p, to), 'mobility.ownRegion', { region: regions.names[r] });
            continue;
          }
          if (!regions.ids.includes(to)) {
            notARegion(ctx, at(p, to), to, regions);
            continue;
          }
          const dist = validateDist(ctx, d, at(p, to), 'probability');
          if (dist !== undefined) most += highest(dist, 1);
        }
        if (ctx.errors.length === before && most > 1 + SHARE_SUM_TOLERANCE) {
          error(ctx, p, 'mobility.tooLikely', {
            region: regions.names[r],
            sum: num(Number(most.toPrecision(6))),
          });
        }
      },
      false,
    );
  }
  const demand = field(v, 'demand');
  if (isRecord(demand)) {
    const base = field(demand, 'baseFte');
    if (base !== null && base !== undefined) {
      readRegionMap(ctx, base, at(at(path, 'demand'), 'baseFte'), regions, 'baseFte', (d, p) => {
        if (d !== null) validateDist(ctx, d, p, 'count');
      });
    }
  }
}

function checkPolicy(ctx: Ctx, v: unknown, path: string, regions: RegionNames): void {
  if (!isRecord(v)) return; // the national checks report it
  const region = field(v, 'region');
  const parameter = field(v, 'parameter');
  if (region !== undefined) {
    if (typeof region !== 'string' || !regions.ids.includes(region)) {
      error(ctx, at(path, 'region'), 'regionalPolicy.unknownRegion', {
        regions: listWords(regions.ids),
        value: show(region),
      });
    }
    if (
      typeof parameter === 'string' &&
      !(REGIONAL_POLICY_PARAMETERS as readonly string[]).includes(parameter)
    ) {
      error(ctx, at(path, 'parameter'), 'regionalPolicy.nationalParameter', {
        parameters: listWords(REGIONAL_POLICY_PARAMETERS.map((p) => `"${p}"`)),
        parameter: show(parameter),
      });
    }
  }
  if (parameter === MOBILITY_OUT) {
    if (field(v, 'kind') !== 'relative') {
      error(ctx, at(path, 'kind'), 'regionalPolicy.mobilityNotRelative', {
        parameter: MOBILITY_OUT,
        value: show(field(v, 'kind')),
      });
    }
  }
}

/**
 * Every broken rule of the regional parts of a scenario document (MODEL.md §6). Without
 * `regions` there is nothing to check. The national parts are checked by the national
 * parser.
 */
export function validateRegions(document: unknown, options: ParseOptions = {}): ScenarioIssue[] {
  const ctx = newCtx(options.datasets ?? {});
  if (!isRecord(document) || field(document, 'regions') === undefined) return [];
  const regions = readRegions(ctx, field(document, 'regions'));
  if (!regions) return ctx.errors;
  const ages = field(document, 'ages');
  if (isRecord(ages)) {
    const min = field(ages, 'min');
    const max = field(ages, 'max');
    if (
      typeof min === 'number' &&
      typeof max === 'number' &&
      Number.isInteger(min) &&
      Number.isInteger(max) &&
      max >= min
    ) {
      ctx.ages = { min, max };
    }
  }
  const population = field(document, 'population');
  if (population !== undefined) checkPopulation(ctx, population, regions);
  const professions = field(document, 'professions');
  if (Array.isArray(professions)) {
    professions.forEach((p: unknown, i) => checkProfession(ctx, p, idx('professions', i), regions));
  }
  const policies = field(document, 'policies');
  if (Array.isArray(policies)) {
    policies.forEach((p: unknown, i) => checkPolicy(ctx, p, idx('policies', i), regions));
  }
  // The per-run results kept in memory, now also per region.
  const simulation = field(document, 'simulation');
  const runs = isRecord(simulation) ? field(simulation, 'runs') : undefined;
  const H = field(document, 'horizonYears');
  if (typeof runs === 'number' && typeof H === 'number' && Array.isArray(professions)) {
    const cells = runs * professions.length * regions.ids.length * (H + 1);
    if (cells > MAX_REGIONAL_CELLS) {
      const most = Math.floor(
        MAX_REGIONAL_CELLS / (professions.length * regions.ids.length * (H + 1)),
      );
      error(ctx, 'simulation.runs', 'regions.tooManyResults', {
        cells: num(cells),
        limit: num(MAX_REGIONAL_CELLS),
        runs: num(most),
      });
    }
  }
  return ctx.errors;
}
