/* eslint-disable @typescript-eslint/no-unused-vars -- fields are left out by destructuring */
/**
 * A regional scenario seen as one national scenario, for words and descriptions only (the
 * headline's intake baseline, the report's assumptions, the workshop's intake words): never
 * for simulation. Per-region inputs become their sums (stock, pipeline) or the sums of their
 * point values (intake, baseFte); a policy for one region becomes, on intake, the change it
 * makes to the total (relative × that region's point intake, as an absolute change), and on
 * the other parameters it is left out of the national view (it moves one region only).
 * Seen through one region, the view holds that region's inputs and the policies that act
 * there (national ones and the region's own). The population stays as the scenario has
 * it (per region, or a national table with shares): words about it say so.
 */
import { pointValue } from '../numeric/distributions.ts';
import type { BySex, Dist, Policy, Profession, Scenario } from '../scenario/types.ts';
import {
  MOBILITY_OUT,
  regionalOf,
  type RegionalProfession,
  type RegionalScenario,
} from './types.ts';

function sumBySex(tables: BySex[]): BySex {
  const add = (key: keyof BySex) =>
    tables[0][key].map((_, i) => tables.reduce((t, s) => t + (s[key][i] ?? 0), 0));
  return { female: add('female'), male: add('male') };
}

function sumLists(lists: number[][]): number[] {
  return lists[0].map((_, i) => lists.reduce((t, l) => t + (l[i] ?? 0), 0));
}

const points = (m: Record<string, Dist>, ids: string[]): number =>
  ids.reduce((t, id) => t + pointValue(m[id] ?? 0), 0);

function professionView(p: RegionalProfession, ids: string[]): Profession {
  const { stock, training, immigration, demand, mobility: _m, ...rest } = p;
  const one = ids.length === 1;
  const t = training
    ? (() => {
        const { intake, pipeline, graduateDestinations: _g, ...tRest } = training;
        return {
          ...tRest,
          intake: one ? (intake[ids[0]] ?? 0) : points(intake, ids),
          ...(pipeline ? { pipeline: sumLists(ids.map((id) => pipeline[id] ?? [])) } : {}),
        };
      })()
    : undefined;
  const im = immigration
    ? (() => {
        const { regionShares: _s, ...imRest } = immigration;
        return imRest;
      })()
    : undefined;
  const b = demand.baseFte;
  return {
    ...rest,
    stock: sumBySex(ids.map((id) => stock[id])),
    ...(t ? { training: t } : {}),
    ...(im ? { immigration: im } : {}),
    demand: {
      ...demand,
      baseFte:
        b === null ? null : one ? (b[ids[0]] ?? null) : points(b as Record<string, Dist>, ids),
    },
  };
}

/** The policies as the view sees them (see the file's comment). */
function policiesView(rs: RegionalScenario, region: string | undefined): Policy[] {
  const out: Policy[] = [];
  for (const pol of rs.policies) {
    if (pol.parameter === MOBILITY_OUT) continue;
    const { region: where, ...rest } = pol;
    if (where === undefined) {
      out.push(rest as Policy);
      continue;
    }
    if (region !== undefined) {
      if (where === region) out.push(rest as Policy);
      continue;
    }
    if (pol.parameter !== 'training.intake') continue;
    if (pol.kind === 'absolute') {
      out.push(rest as Policy);
      continue;
    }
    const intake = rs.professions.find((p) => p.id === pol.profession)?.training?.intake;
    const base = intake ? pointValue(intake[where] ?? 0) : 0;
    out.push({ ...(rest as Policy), kind: 'absolute', value: pointValue(pol.value) * base });
  }
  return out;
}

/**
 * The scenario for words: itself when it has no regions; else the national view, or the
 * view through `region` (an id of its regions).
 */
export function wordView(scenario: Scenario, region?: string): Scenario {
  const rs = regionalOf(scenario);
  if (!rs) return scenario;
  const known = region !== undefined && rs.regions.some((r) => r.id === region);
  const ids = known ? [region] : rs.regions.map((r) => r.id);
  const { regions: _r, ...rest } = rs;
  return {
    ...rest,
    professions: rs.professions.map((p) => professionView(p, ids)),
    policies: policiesView(rs, known ? region : undefined),
  } as unknown as Scenario;
}
