/**
 * Regional scenario → compiled regional model (MODEL.md §6, docs/regions.md).
 *
 * The national parameters are compiled by the national compile (model/projection/compile.ts)
 * from the scenario seen through its first region, so they keep the national random-stream
 * slots and draw exactly the numbers the national engine draws. Each region's own scenario
 * (its stock, population, intake, baseFte) is compiled the same way for what depends on
 * it alone (the utilisation index, the population total). The region-specific distributions
 * of regions after the first, and the mobility probabilities, get slots of their own that no
 * national input uses, so they never disturb a national stream.
 */
import { flattenDist } from '../numeric/distributions.ts';
import {
  compile,
  POLICY_COST_SLOT,
  POLICY_SLOT,
  type CompiledModel,
  type DistSlot,
  type Domain,
} from '../projection/compile.ts';
import { DIST_PARAMETER_KEYS, PARAMETERS } from '../catalog.ts';
import type {
  Dist,
  PopulationInline,
  Profession,
  Scenario,
  Training,
  Immigration,
  Demand,
} from '../scenario/types.ts';
import {
  hasRegionTables,
  MAX_REGIONS,
  MOBILITY_OUT,
  type RegionalPolicyParameter,
  type RegionalScenario,
} from './types.ts';

/** Slots of region-specific inputs (docs/random-streams.md gives the national ones). */
export const REGIONAL_SLOT = 0x40000; // + 0x100·p + r: training.intake of region r ≥ 1
export const REGIONAL_BASE_FTE_OFFSET = 0x80; // + 0x100·p + 0x80 + r: demand.baseFte of region r ≥ 1
export const MOBILITY_SLOT = 0x50000; // + 0x800·p + MAX_REGIONS·from + to

export function regionalIntakeSlot(p: number, r: number): number {
  return REGIONAL_SLOT + 0x100 * p + r;
}
export function regionalBaseFteSlot(p: number, r: number): number {
  return REGIONAL_SLOT + 0x100 * p + REGIONAL_BASE_FTE_OFFSET + r;
}
export function mobilitySlot(p: number, from: number, to: number): number {
  return MOBILITY_SLOT + 0x800 * p + MAX_REGIONS * from + to;
}

export interface RegionalPolicyCompiled {
  parameter: RegionalPolicyParameter;
  relative: boolean;
  value: DistSlot;
  start: number;
  full: number;
  /** The region it acts in, or −1 for every region. */
  region: number;
  /** The programme's cost per year at full strength (MODEL.md §7); null = none. */
  cost: DistSlot | null;
}

export interface RegionalProfessionCompiled {
  /** Per region: base-year stock by age. */
  stockF: Float64Array[];
  stockM: Float64Array[];
  /** Per region: its intake distribution (region 0 on the national intake's slot). */
  intake: DistSlot[];
  /** Per region: its baseFte distribution, or null (its base-year supply FTE). */
  baseFte: (DistSlot | null)[];
  pipeline: (number[] | null)[];
  /** dest[t·R + r]: share of the graduates of region t's schools who work in region r. */
  destinations: Float64Array;
  /** Share of the immigrants who settle in each region. */
  immigrationShares: Float64Array;
  /** mobility[from·R + to]: the probability distribution, or null (no one moves). */
  mobility: (DistSlot | null)[];
  /** Per region: W_k/W_0 of the region's own population. */
  utilisationIndex: Float64Array[];
  policies: RegionalPolicyCompiled[];
}

export interface RegionalModel {
  /** The national parameters, compiled through the first region. */
  national: CompiledModel;
  regionIds: string[];
  regionNames: string[];
  professions: RegionalProfessionCompiled[];
  /** Per region: total population per year, or null without a population. */
  populationTotal: (Float64Array | null)[];
  /** Once-per-run random inputs of the regional scenario, in slot order. */
  inputs: DistSlot[];
}

function slotOf(d: Dist, slot: number, path: string, domain: Domain, perRunOnly = false): DistSlot {
  return { flat: flattenDist(d), slot, path, domain, perRunOnly };
}

/** The population table of each region (inline), or undefined without a population. */
export function regionPopulations(
  rs: RegionalScenario,
  resolved?: PopulationInline,
): PopulationInline[] | undefined {
  const pop = rs.population;
  if (pop === undefined) return undefined;
  if (hasRegionTables(pop)) {
    return rs.regions.map((r) => ({
      ages: { ...pop.ages },
      years: [...pop.years],
      female: pop.regions[r.id].female,
      male: pop.regions[r.id].male,
    }));
  }
  const table: PopulationInline | undefined = 'dataset' in pop ? resolved : pop;
  if (!table) throw new Error('population data set is not loaded');
  // The national table times a constant share, every age and year alike.
  return rs.regions.map((r) => {
    const s = pop.regionShares[r.id];
    return {
      ages: { ...table.ages },
      years: [...table.years],
      female: table.female.map((row) => row.map((x) => x * s)),
      male: table.male.map((row) => row.map((x) => x * s)),
    };
  });
}

/** The national scenario of region r alone: its stock, intake, pipeline, baseFte and
 *  population; every national part as in the regional scenario; no policies (the regional
 *  model compiles them itself). Used for the national parameters (r = 0) and for what
 *  depends on one region's population. */
export function regionView(
  rs: RegionalScenario,
  r: number,
  populations: PopulationInline[] | undefined,
): Scenario {
  const id = rs.regions[r].id;
  const professions = rs.professions.map((p): Profession => {
    const { training, immigration, demand } = p;
    let t: Training | undefined;
    if (training) {
      const { intake, pipeline, ...rest } = training;
      const copy = { ...rest };
      delete copy.graduateDestinations;
      t = { ...copy, intake: intake[id], ...(pipeline ? { pipeline: pipeline[id] } : {}) };
    }
    let im: Immigration | undefined;
    if (immigration) {
      im = { ...immigration };
      delete (im as { regionShares?: unknown }).regionShares;
    }
    const d: Demand = { ...demand, baseFte: demand.baseFte === null ? null : demand.baseFte[id] };
    const { stock, ...rest } = p;
    delete rest.mobility;
    return {
      ...rest,
      stock: stock[id],
      ...(t ? { training: t } : {}),
      ...(im ? { immigration: im } : {}),
      demand: d,
    } as Profession;
  });
  const rest: Partial<RegionalScenario> = { ...rs };
  delete rest.regions;
  delete rest.population;
  return {
    ...rest,
    ...(populations ? { population: populations[r] } : {}),
    professions,
    policies: [],
  } as Scenario;
}

/** Compile a validated regional scenario (`population`: the resolved data set, if named). */
export function compileRegional(
  rs: RegionalScenario,
  population?: PopulationInline,
): RegionalModel {
  const R = rs.regions.length;
  const ids = rs.regions.map((r) => r.id);
  const pops = regionPopulations(rs, population);
  const views = ids.map((_, r) => compile(regionView(rs, r, pops)));
  const national = views[0];
  const prefix = (p: number) => `professions[${p}]`;

  const professions = rs.professions.map((prof, p): RegionalProfessionCompiled => {
    const cp = national.professions[p];
    const intake = ids.map((id, r): DistSlot => {
      const path = `${prefix(p)}.training.intake.${id}`;
      if (r === 0) return { ...cp.intake, path };
      const d = prof.training ? prof.training.intake[id] : 0;
      const row = PARAMETERS.intake;
      return slotOf(d, regionalIntakeSlot(p, r), path, row.clamp);
    });
    const baseFte = ids.map((id, r): DistSlot | null => {
      const path = `${prefix(p)}.demand.baseFte.${id}`;
      if (r === 0) return cp.baseFte ? { ...cp.baseFte, path } : null;
      const d = prof.demand.baseFte === null ? null : prof.demand.baseFte[id];
      if (d === null) return null;
      const row = PARAMETERS.baseFte;
      return slotOf(d, regionalBaseFteSlot(p, r), path, row.clamp, row.perRunOnly);
    });
    const destinations = new Float64Array(R * R);
    const dest = prof.training?.graduateDestinations;
    ids.forEach((from, t) => {
      const row = dest?.[from];
      if (!row) destinations[t * R + t] = 1;
      else ids.forEach((to, r) => (destinations[t * R + r] = row[to] ?? 0));
    });
    const immigrationShares = new Float64Array(R);
    const shares = prof.immigration?.regionShares;
    if (shares) ids.forEach((id, r) => (immigrationShares[r] = shares[id]));
    else {
      // In proportion to each region's base-year headcount (equal shares when all are 0).
      const heads = ids.map((id) => {
        const s = prof.stock[id];
        let h = 0;
        for (let i = 0; i < s.female.length; i++) h += s.female[i] + s.male[i];
        return h;
      });
      let total = heads[0];
      for (let r = 1; r < R; r++) total += heads[r];
      for (let r = 0; r < R; r++) immigrationShares[r] = total > 0 ? heads[r] / total : 1 / R;
    }
    const mobility: (DistSlot | null)[] = new Array<DistSlot | null>(R * R).fill(null);
    const mob = prof.mobility;
    if (mob) {
      ids.forEach((from, f) => {
        const row = mob[from];
        if (!row) return;
        ids.forEach((to, t) => {
          const d = row[to];
          if (d === undefined || f === t) return;
          mobility[f * R + t] = slotOf(
            d,
            mobilitySlot(p, f, t),
            `${prefix(p)}.mobility.${from}.${to}`,
            'probability',
          );
        });
      });
    }
    const policies: RegionalPolicyCompiled[] = [];
    rs.policies.forEach((pol, i) => {
      if (pol.profession !== prof.id) return;
      policies.push({
        parameter: pol.parameter,
        relative: pol.kind === 'relative',
        value: slotOf(pol.value, POLICY_SLOT + i, `policies[${i}].value`, 'any'),
        start: pol.startYear,
        full: pol.fullYear,
        region: pol.region === undefined ? -1 : ids.indexOf(pol.region),
        cost:
          pol.costPerYear === undefined
            ? null
            : slotOf(pol.costPerYear, POLICY_COST_SLOT + i, `policies[${i}].costPerYear`, 'count'),
      });
    });
    return {
      stockF: views.map((v) => v.professions[p].stockF),
      stockM: views.map((v) => v.professions[p].stockM),
      intake,
      baseFte,
      pipeline: views.map((v) => v.professions[p].pipeline),
      destinations,
      immigrationShares,
      mobility,
      utilisationIndex: views.map((v) => v.professions[p].utilisationIndex),
      policies,
    };
  });

  // The once-per-run random inputs, as the national compile chooses them, in slot order.
  const inputs: DistSlot[] = [];
  const consider = (d: DistSlot | null) => {
    if (d && d.flat.kind !== 0 && (!d.flat.yearly || d.perRunOnly)) inputs.push(d);
  };
  national.professions.forEach((cp, p) => {
    for (const key of DIST_PARAMETER_KEYS) {
      if (key !== 'intake' && key !== 'baseFte' && !PARAMETERS[key].cost) consider(cp[key]);
    }
    const rp = professions[p];
    rp.intake.forEach(consider);
    rp.baseFte.forEach(consider);
    rp.mobility.forEach(consider);
  });
  national.substitutions.forEach((s) => consider(s.share));
  for (const rp of professions) rp.policies.forEach((pol) => consider(pol.value));
  inputs.sort((a, b) => a.slot - b.slot);

  return {
    national,
    regionIds: ids,
    regionNames: rs.regions.map((r) => r.name),
    professions,
    populationTotal: views.map((v) => v.populationTotal),
    inputs,
  };
}

export { MOBILITY_OUT };
