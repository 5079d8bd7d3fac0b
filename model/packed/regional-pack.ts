/** Regional model → packed block: the national block, then the regional part
 *  (layout in ./regional-layout.ts). */
import { DIST_PARAMETER_KEYS, POLICY_CODE, type PolicyParameter } from '../catalog.ts';
import type { DistSlot } from '../projection/compile.ts';
import type { RegionalModel } from '../regions/compile.ts';
import { MOBILITY_OUT } from '../regions/types.ts';
import {
  DIST,
  DIST_SIZE,
  DOMAIN_CODE,
  HEADER,
  PROF,
  SUBSTITUTION,
  SUBSTITUTION_SIZE,
} from './layout.ts';
import { packModel } from './pack.ts';
import {
  MOBILITY_OUT_CODE,
  REGIONAL_LAYOUT_VERSION,
  RHEADER,
  RHEADER_SIZE,
  RPOLICY,
  RPOLICY_SIZE,
  RPROF,
  RPROF_SIZE,
} from './regional-layout.ts';

export interface PackedRegionalModel {
  block: Float64Array;
  /** Where the regional part starts (the national block's length). */
  regional: number;
}

/** The dist references of the national block's dists, by the compiled objects they come
 *  from (read back from the block, so they are the indices the core uses). */
function nationalReferences(rm: RegionalModel, national: Float64Array): Map<DistSlot, number> {
  const refs = new Map<DistSlot, number>();
  const m = rm.national;
  const table = national[HEADER.professionTable];
  m.professions.forEach((cp, p) => {
    const rec = national[table + p];
    for (const key of DIST_PARAMETER_KEYS) {
      const d = cp[key];
      if (d) refs.set(d, national[rec + PROF[key]]);
    }
    // Region 0's intake and baseFte are the national ones (their slots, their draws).
    const rp = rm.professions[p];
    refs.set(rp.intake[0], national[rec + PROF.intake]);
    if (rp.baseFte[0]) refs.set(rp.baseFte[0], national[rec + PROF.baseFte]);
  });
  const subst = national[HEADER.substitutionTable];
  m.substitutions.forEach((s, i) => {
    refs.set(s.share, national[subst + i * SUBSTITUTION_SIZE + SUBSTITUTION.share]);
  });
  return refs;
}

function policyCode(parameter: string): number {
  if (parameter === MOBILITY_OUT) return MOBILITY_OUT_CODE;
  const code = POLICY_CODE[parameter as PolicyParameter];
  if (code === undefined) throw new Error(`no policy code for ${parameter}`);
  return code;
}

export function packRegionalModel(rm: RegionalModel): PackedRegionalModel {
  const national = packModel(rm.national);
  const nationalDists = national[HEADER.dists];
  const refs = nationalReferences(rm, national);
  const R = rm.regionIds.length;

  // The regional dists, profession after profession, each with its own year series.
  const dists: DistSlot[] = [];
  const add = (d: DistSlot | null): number => {
    if (!d) return -1;
    const known = refs.get(d);
    if (known !== undefined) return known;
    dists.push(d);
    const ref = nationalDists + dists.length - 1;
    refs.set(d, ref);
    return ref;
  };
  const profRefs = rm.professions.map((rp) => ({
    intake: rp.intake.map(add),
    baseFte: rp.baseFte.map(add),
    mobility: rp.mobility.map(add),
    // Each policy's value, then its programme cost when it has one (as the national pack).
    policies: rp.policies.map((pol) => ({ value: add(pol.value), cost: add(pol.cost) })),
  }));

  const base = national.length;
  const out: number[] = new Array<number>(RHEADER_SIZE).fill(0);
  const h = (field: number, v: number) => (out[field] = v);
  h(RHEADER.version, REGIONAL_LAYOUT_VERSION);
  h(RHEADER.regions, R);
  h(RHEADER.nationalDists, nationalDists);
  h(RHEADER.dists, dists.length);
  h(RHEADER.inputs, rm.inputs.length);

  h(RHEADER.distTable, base + out.length);
  dists.forEach((d, i) => {
    const rec = new Array<number>(DIST_SIZE).fill(0);
    rec[DIST.kind] = d.flat.kind;
    rec[DIST.a] = d.flat.a;
    rec[DIST.b] = d.flat.b;
    rec[DIST.c] = d.flat.c;
    rec[DIST.d] = d.flat.d;
    rec[DIST.point] = d.flat.point;
    rec[DIST.slot] = d.slot;
    rec[DIST.domain] = DOMAIN_CODE[d.domain];
    rec[DIST.yearly] = d.flat.yearly && !d.perRunOnly ? 1 : 0;
    rec[DIST.series] = i;
    out.push(...rec);
  });

  const arr = (values: ArrayLike<number>): number => {
    const at = base + out.length;
    for (let i = 0; i < values.length; i++) out.push(values[i]);
    return at;
  };
  const joined = (parts: ArrayLike<number>[]): number[] => parts.flatMap((a) => Array.from(a));

  h(RHEADER.professionTable, base + out.length);
  const tableAt = out.length;
  out.push(...new Array<number>(rm.professions.length).fill(0));
  rm.professions.forEach((rp, p) => {
    const at = out.length;
    out[tableAt + p] = base + at;
    out.push(...new Array<number>(RPROF_SIZE).fill(0));
    const r = (field: number, v: number) => (out[at + field] = v);
    const refsOf = profRefs[p];
    r(RPROF.intake, arr(refsOf.intake));
    r(RPROF.baseFte, arr(refsOf.baseFte));
    r(RPROF.stockF, arr(joined(rp.stockF)));
    r(RPROF.stockM, arr(joined(rp.stockM)));
    const pipelines = rp.pipeline.map((pl) => (pl ? arr(pl) : -1));
    r(RPROF.pipeline, arr(pipelines));
    r(RPROF.destinations, arr(rp.destinations));
    r(RPROF.immigrationShares, arr(rp.immigrationShares));
    r(RPROF.mobility, arr(refsOf.mobility));
    r(RPROF.utilisationIndex, arr(joined(rp.utilisationIndex)));
    r(RPROF.policies, rp.policies.length);
    r(RPROF.policyTable, base + out.length);
    rp.policies.forEach((pol, i) => {
      const rec = new Array<number>(RPOLICY_SIZE).fill(0);
      rec[RPOLICY.param] = policyCode(pol.parameter);
      rec[RPOLICY.relative] = pol.relative ? 1 : 0;
      rec[RPOLICY.value] = refsOf.policies[i].value;
      rec[RPOLICY.start] = pol.start;
      rec[RPOLICY.full] = pol.full;
      rec[RPOLICY.region] = pol.region;
      rec[RPOLICY.cost] = refsOf.policies[i].cost;
      out.push(...rec);
    });
  });

  const populations = rm.populationTotal.map((pop) => (pop ? arr(pop) : -1));
  h(RHEADER.populationTable, arr(populations));

  h(RHEADER.inputTable, base + out.length);
  for (const d of rm.inputs) {
    const ref = refs.get(d);
    if (ref === undefined) throw new Error(`input ${d.path} is not among the packed dists`);
    out.push(ref);
  }

  const block = new Float64Array(base + out.length);
  block.set(national);
  block.set(out, base);
  return { block, regional: base };
}
