/**
 * Scenario → compiled model: everything that does not change between runs is computed
 * once here (entry-age weights, the population's utilisation index, flat distributions and
 * their random-stream slots). The per-run projection (project.ts) reads only this.
 */
import type { Dist, PopulationInline, Scenario } from '../scenario/types.ts';
import { isInlinePopulation } from '../scenario/types.ts';
import { flattenDist, type FlatDist } from '../numeric/distributions.ts';
import {
  DIST_PARAMETER_KEYS,
  NO_RETIREMENT_SD,
  PARAMETERS,
  POLICY_CODE,
  type ClampDomain,
  type DistParameterKey,
  type HeldDistKey,
  type NullableDistKey,
} from '../catalog.ts';
import { getAtPath } from '../scenario/json-path.ts';
import { entryAgeWeights } from '../numeric/entry-ages.ts';

/** What a sampled value must stay within (MODEL.md domains; draws are clamped to it). */
export type Domain = ClampDomain;

export interface DistSlot {
  flat: FlatDist;
  /** Random-stream slot (docs/random-streams.md). */
  slot: number;
  /** JSON path, for sensitivity and messages. */
  path: string;
  domain: Domain;
  /** Drawn once per run even when marked yearly (MODEL.md §2b.6). */
  perRunOnly: boolean;
}

export const SUBSTITUTION_SLOT = 0x10000;
export const POLICY_SLOT = 0x20000;
export const SHOCK_SLOT = 0x30000; // + 4·r + 0 occurrence, 1 demandIncrease, 2 extraExit
/** `policies[r].costPerYear` (0x40000 and 0x50000 are the regions', model/regions/compile.ts). */
export const POLICY_COST_SLOT = 0x60000;

/** The demand trends, multiplied in this order (MODEL.md §2). */
const TREND_PARAMETER_KEYS = [
  'trendEpidemiology',
  'trendSociocultural',
  'trendTechnology',
  'trendEfficiency',
] as const satisfies readonly NullableDistKey[];

export interface CompiledPolicy {
  param: number;
  relative: boolean;
  value: DistSlot;
  start: number;
  full: number;
  /** The programme's cost per year at full strength (MODEL.md §7); null = none. */
  cost: DistSlot | null;
}

/** A profession's distribution parameters, one per catalog row (model/catalog.ts). One the
 *  scenario leaves out is the fixed value it stands for (its `none`), or null where that is
 *  null. */
export type CompiledDists = { [K in HeldDistKey]: DistSlot } & {
  [K in NullableDistKey]: DistSlot | null;
};

export interface CompiledProfession extends CompiledDists {
  id: string;
  name: string;
  stockF: Float64Array;
  stockM: Float64Array;
  fteF: Float64Array;
  fteM: Float64Array;
  /** False when the scenario leaves training out: no graduates (intake, completion and entry
   *  rate are fixed at 0, one study year, no entry ages). */
  trained: boolean;
  retirementSd: number;
  durationYears: number;
  pipeline: number[] | null;
  /** Entry-age weights over workforce ages (sum 1) and female shares. */
  trainedWeights: Float64Array;
  trainedFemaleShare: number;
  immigrantWeights: Float64Array;
  immigrantFemaleShare: number;
  ratioMethod: boolean;
  /** The demand trends present, in catalog order (their product is taken in this order). */
  trends: DistSlot[];
  /** Ratio method: years from the base year to the target ratio (≥ 1). */
  ratioYears: number;
  /** W_k / W_0 per year (utilisation method); all 1 without a population. */
  utilisationIndex: Float64Array;
  policies: CompiledPolicy[];
}

export interface CompiledSubstitution {
  from: number;
  to: number;
  share: DistSlot;
  ratio: number;
  start: number;
  full: number;
}

export interface CompiledShock {
  probability: number;
  duration: number;
  occurrenceSlot: number;
  demandIncrease: DistSlot;
  extraExit: DistSlot;
  /** Per profession: does this shock hit it? */
  hits: boolean[];
}

export interface CompiledModel {
  baseYear: number;
  horizon: number;
  minAge: number;
  nAges: number;
  professions: CompiledProfession[];
  substitutions: CompiledSubstitution[];
  shocks: CompiledShock[];
  /** Total population per year (ratio method). */
  populationTotal: Float64Array | null;
  /** Index of the target year and of the first intake year the required intake sets. */
  targetIndex: number;
  intakeFromIndex: number;
  /** Once-per-run random inputs (the candidates of the sensitivity analysis), in slot order. */
  inputs: DistSlot[];
  /** The scenario's costs (MODEL.md §7), or null: then no run computes a cost. */
  costs: { currency: string; discountRate: number } | null;
}

function distSlot(
  d: Dist,
  slot: number,
  path: string,
  domain: Domain,
  perRunOnly = false,
): DistSlot {
  return { flat: flattenDist(d), slot, path, domain, perRunOnly };
}

function bySexArray(v: number[] | number, n: number): Float64Array {
  return typeof v === 'number' ? new Float64Array(n).fill(v) : Float64Array.from(v);
}

/**
 * Compile a validated scenario. `population` is the resolved population when the scenario
 * names a data set (the caller resolves it); an inline population is used as it is.
 */
export function compile(sc: Scenario, resolvedPopulation?: PopulationInline): CompiledModel {
  const H = sc.horizonYears;
  const minAge = sc.ages.min;
  const nAges = sc.ages.max - sc.ages.min + 1;
  const pop = sc.population
    ? isInlinePopulation(sc.population)
      ? sc.population
      : resolvedPopulation
    : undefined;
  if (sc.population && !pop) throw new Error(`population data set is not loaded`);

  const popRows = (k: number) => {
    const row = pop!.years.indexOf(sc.baseYear + k);
    return { f: pop!.female[row], m: pop!.male[row] };
  };
  let populationTotal: Float64Array | null = null;
  if (pop) {
    populationTotal = new Float64Array(H + 1);
    for (let k = 0; k <= H; k++) {
      const { f, m } = popRows(k);
      let t = 0;
      for (let i = 0; i < f.length; i++) t += f[i] + m[i];
      populationTotal[k] = t;
    }
  }

  const professions = sc.professions.map((p, pi): CompiledProfession => {
    const base = 256 * (pi + 1);
    const at = `professions[${pi}]`;
    const s = (d: Dist, q: number, path: string, domain: Domain, perRunOnly = false) =>
      distSlot(d, base + q, `${at}.${path}`, domain, perRunOnly);
    const utilisationIndex = new Float64Array(H + 1).fill(1);
    if (pop && p.demand.method === 'utilisation') {
      const u = p.demand.utilisation;
      const w = (k: number) => {
        const { f, m } = popRows(k);
        let t = 0;
        for (let i = 0; i < f.length; i++)
          t += f[i] * (u ? u.female[i] : 1) + m[i] * (u ? u.male[i] : 1);
        return t;
      };
      const w0 = w(0);
      for (let k = 1; k <= H; k++) utilisationIndex[k] = w0 > 0 ? w(k) / w0 : 1;
    }
    // One distribution per catalog row, at its slot; an optional one the scenario leaves out
    // (or sets to null) is the fixed value it stands for, written as the scenario would write
    // it (so the results are those of the scenario with that value, bit for bit), or null.
    const dists = {} as Record<DistParameterKey, DistSlot | null>;
    for (const key of DIST_PARAMETER_KEYS) {
      const row = PARAMETERS[key];
      const given = getAtPath(p, row.path) as Dist | null | undefined;
      const d = given === undefined || given === null ? row.none : given;
      dists[key] = d === null ? null : s(d, row.q, row.path, row.clamp, row.perRunOnly);
    }
    const { training, immigration } = p;
    const retirement = p.exits?.retirement;
    const trends = TREND_PARAMETER_KEYS.map((k) => dists[k]).filter((d) => d !== null);
    const ratio = p.demand.ratio;
    const compiled = {
      id: p.id,
      name: p.name,
      stockF: Float64Array.from(p.stock.female),
      stockM: Float64Array.from(p.stock.male),
      fteF: bySexArray(typeof p.fte === 'number' ? p.fte : p.fte.female, nAges),
      fteM: bySexArray(typeof p.fte === 'number' ? p.fte : p.fte.male, nAges),
      // Left out (no training, no immigration, no retirement curve): every field still set,
      // in the same order, so every compiled profession has one shape. No entrants come, so
      // their weights are 0 (0 entrants × any finite weight adds exactly 0).
      trained: training !== undefined,
      retirementSd: retirement ? retirement.sd : NO_RETIREMENT_SD,
      durationYears: training ? training.durationYears : 1,
      pipeline: training?.pipeline ? [...training.pipeline] : null,
      trainedWeights: training
        ? entryAgeWeights(minAge, nAges, training.entrants.ageMean, training.entrants.ageSd)
        : new Float64Array(nAges),
      trainedFemaleShare: training ? training.entrants.femaleShare : 0,
      immigrantWeights: immigration
        ? entryAgeWeights(minAge, nAges, immigration.entrants.ageMean, immigration.entrants.ageSd)
        : new Float64Array(nAges),
      immigrantFemaleShare: immigration ? immigration.entrants.femaleShare : 0,
      ratioMethod: p.demand.method === 'ratio',
      trends,
      ratioYears: ratio ? Math.max(1, ratio.targetYear - sc.baseYear) : 1,
      utilisationIndex,
      policies: [],
    } as Omit<CompiledProfession, DistParameterKey>;
    // The distributions after the rest, one property at a time in catalog order: every
    // compiled profession gets the same shape (an object spread would give each its own).
    const withDists = compiled as Record<string, unknown>;
    for (const key of DIST_PARAMETER_KEYS) withDists[key] = dists[key];
    return compiled as CompiledProfession;
  });

  const index = new Map(sc.professions.map((p, i) => [p.id, i]));
  sc.policies.forEach((pol, r) => {
    professions[index.get(pol.profession)!].policies.push({
      param: POLICY_CODE[pol.parameter],
      relative: pol.kind === 'relative',
      value: distSlot(pol.value, POLICY_SLOT + r, `policies[${r}].value`, 'any'),
      start: pol.startYear,
      full: pol.fullYear,
      cost:
        pol.costPerYear === undefined
          ? null
          : distSlot(pol.costPerYear, POLICY_COST_SLOT + r, `policies[${r}].costPerYear`, 'count'),
    });
  });
  const substitutions = sc.substitution.map((rule, r): CompiledSubstitution => ({
    from: index.get(rule.from)!,
    to: index.get(rule.to)!,
    share: distSlot(rule.share, SUBSTITUTION_SLOT + r, `substitution[${r}].share`, 'probability'),
    ratio: rule.ratio,
    start: rule.startYear,
    full: rule.fullYear,
  }));
  const shocks = sc.shocks.map((sh, r): CompiledShock => ({
    probability: sh.probabilityPerYear,
    duration: sh.durationYears,
    occurrenceSlot: SHOCK_SLOT + 4 * r,
    demandIncrease: distSlot(
      sh.demandIncrease,
      SHOCK_SLOT + 4 * r + 1,
      `shocks[${r}].demandIncrease`,
      'rate',
    ),
    extraExit: distSlot(
      sh.extraExit,
      SHOCK_SLOT + 4 * r + 2,
      `shocks[${r}].extraExit`,
      'probability',
    ),
    hits: sc.professions.map((p) => !sh.professions || sh.professions.includes(p.id)),
  }));

  const inputs: DistSlot[] = [];
  const consider = (d: DistSlot | null) => {
    if (d && d.flat.kind !== 0 && (!d.flat.yearly || d.perRunOnly)) inputs.push(d);
  };
  // Cost inputs cannot change the gap: they are never candidates of its sensitivity.
  for (const p of professions) {
    for (const key of DIST_PARAMETER_KEYS) if (!PARAMETERS[key].cost) consider(p[key]);
  }
  substitutions.forEach((r) => consider(r.share));
  for (const p of professions) p.policies.forEach((pol) => consider(pol.value));
  inputs.sort((a, b) => a.slot - b.slot);

  return {
    baseYear: sc.baseYear,
    horizon: H,
    minAge,
    nAges,
    professions,
    substitutions,
    shocks,
    populationTotal,
    targetIndex: sc.analysis.targetYear - sc.baseYear,
    intakeFromIndex: sc.analysis.intakeFromYear - sc.baseYear,
    inputs,
    costs: sc.costs ? { currency: sc.costs.currency, discountRate: sc.costs.discountRate } : null,
  };
}
