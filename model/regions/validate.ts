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
  got,
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
} from './validate-parts.ts';

function checkProfession(ctx: Ctx, v: unknown, path: string, regions: RegionNames): void {
  if (!isRecord(v)) return; // the national checks report it
  readRegionMap(
    ctx,
    field(v, 'stock'),
    at(path, 'stock'),
    regions,
    'the headcount of each region, {"female": [...], "male": [...]}',
    (s, p) => {
      readBySex(ctx, s, p, {
        ...ageRule(ctx),
        noun: 'headcount',
        max: MAX_HEADCOUNT,
        maxWhat: 'per age and sex',
      });
    },
  );
  const training = field(v, 'training');
  if (isRecord(training)) {
    const tp = at(path, 'training');
    readRegionMap(
      ctx,
      field(training, 'intake'),
      at(tp, 'intake'),
      regions,
      "the students starting per year at each region's schools",
      (d, p) => {
        validateDist(ctx, d, p, 'count');
      },
    );
    const L = field(training, 'durationYears');
    const pipeline = field(training, 'pipeline');
    if (pipeline !== undefined) {
      readRegionMap(
        ctx,
        pipeline,
        at(tp, 'pipeline'),
        regions,
        'the students now in study in each region',
        (list, p) => {
          const length = typeof L === 'number' && Number.isInteger(L) && L >= 1 ? L : undefined;
          readValues(ctx, list, p, {
            length,
            lengthPhrase: length
              ? `${length} values, one per study year (durationYears)`
              : 'one value per study year',
            noun: 'students',
            max: MAX_COUNT,
          });
        },
      );
    }
    const dest = field(training, 'graduateDestinations');
    if (dest !== undefined) {
      readRegionMap(
        ctx,
        dest,
        at(tp, 'graduateDestinations'),
        regions,
        "where the graduates of each region's schools work",
        (row, p, r) => {
          const before = ctx.errors.length;
          readRegionMap(
            ctx,
            row,
            p,
            regions,
            'the share of these graduates working in each region',
            () => {},
            false,
          );
          if (ctx.errors.length === before && isRecord(row)) {
            checkShares(ctx, row, p, `the shares of graduates from ${regions.names[r]}'s schools`);
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
    readRegionMap(
      ctx,
      shares,
      p,
      regions,
      'the share of immigrants settling in each region',
      () => {},
    );
    if (ctx.errors.length === before && isRecord(shares)) {
      checkShares(ctx, shares, p, 'the shares of immigrants settling in each region');
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
      'the yearly probability of moving from each region to others',
      (row, p, r) => {
        if (!isRecord(row)) {
          error(ctx, p, `must map the other regions to a probability of moving there ${got(row)}`);
          return;
        }
        const before = ctx.errors.length;
        let most = 0;
        for (const [to, d] of Object.entries(row)) {
          if (to === regions.ids[r]) {
            error(
              ctx,
              at(p, to),
              `people cannot move from ${regions.names[r]} to ${regions.names[r]}; name only other regions`,
            );
            continue;
          }
          if (!regions.ids.includes(to)) {
            error(
              ctx,
              at(p, to),
              `${show(to)} is not a region of this scenario; the regions are ${listWords(regions.ids)}`,
            );
            continue;
          }
          const dist = validateDist(ctx, d, at(p, to), 'probability');
          if (dist !== undefined) most += highest(dist, 1);
        }
        if (ctx.errors.length === before && most > 1 + SHARE_SUM_TOLERANCE) {
          error(
            ctx,
            p,
            `the probabilities of moving out of ${regions.names[r]} can add up to ${num(Number(most.toPrecision(6)))} (at the highest values their distributions can take), more than 1: lower them or bound the distributions so that at most everyone leaves`,
          );
        }
      },
      false,
    );
  }
  const demand = field(v, 'demand');
  if (isRecord(demand)) {
    const base = field(demand, 'baseFte');
    if (base !== null && base !== undefined) {
      readRegionMap(
        ctx,
        base,
        at(at(path, 'demand'), 'baseFte'),
        regions,
        'the FTE demanded in each region in the base year (or null)',
        (d, p) => {
          if (d !== null) validateDist(ctx, d, p, 'count');
        },
      );
    }
  }
}

function checkPolicy(ctx: Ctx, v: unknown, path: string, regions: RegionNames): void {
  if (!isRecord(v)) return; // the national checks report it
  const region = field(v, 'region');
  const parameter = field(v, 'parameter');
  if (region !== undefined) {
    if (typeof region !== 'string' || !regions.ids.includes(region)) {
      error(
        ctx,
        at(path, 'region'),
        `must be the id of a region of this scenario (${listWords(regions.ids)}) ${got(region)}`,
      );
    }
    if (
      typeof parameter === 'string' &&
      !(REGIONAL_POLICY_PARAMETERS as readonly string[]).includes(parameter)
    ) {
      error(
        ctx,
        at(path, 'parameter'),
        `a policy for one region can change ${listWords(REGIONAL_POLICY_PARAMETERS.map((p) => `"${p}"`))} only; ${show(parameter)} is national (leave "region" out)`,
      );
    }
  }
  if (parameter === MOBILITY_OUT) {
    if (field(v, 'kind') !== 'relative') {
      error(
        ctx,
        at(path, 'kind'),
        `"${MOBILITY_OUT}" is a relative change of the probabilities of moving out (-0.2 = a fifth fewer leave); it must be "relative" ${got(field(v, 'kind'))}`,
      );
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
      error(
        ctx,
        'simulation.runs',
        `runs × professions × regions × projected years is ${num(cells)}, more than the ${num(MAX_REGIONAL_CELLS)} results the app can keep; lower the runs (at most ${num(most)} here), the horizon, the professions or the regions`,
      );
    }
  }
  return ctx.errors;
}
