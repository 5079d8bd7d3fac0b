/** Compiled model → packed parameter block (layout in ./layout.ts). */
import type { CompiledModel, DistSlot } from '../projection/compile.ts';
import { DIST_PARAMETER_KEYS } from '../catalog.ts';
import { COST_KINDS } from './run-block.ts';
import {
  DIST,
  DIST_SIZE,
  DOMAIN_CODE,
  HEADER,
  HEADER_SIZE,
  LAYOUT_VERSION,
  POLICY,
  POLICY_SIZE,
  PROF,
  PROF_DISTS,
  PROF_SIZE,
  SHOCK,
  SHOCK_SIZE,
  SUBSTITUTION,
  SUBSTITUTION_SIZE,
} from './layout.ts';

export function packModel(m: CompiledModel): Float64Array {
  const P = m.professions.length;
  const dists: DistSlot[] = [];
  const seriesOf = new Map<DistSlot, number>();
  let seriesCount = 0;
  const addDist = (d: DistSlot, withSeries: boolean) => {
    dists.push(d);
    if (withSeries) seriesOf.set(d, seriesCount++);
    return dists.length - 1;
  };
  const index = new Map<DistSlot, number>();
  const add = (d: DistSlot | null, withSeries = true) => {
    if (!d) return -1;
    const i = addDist(d, withSeries);
    index.set(d, i);
    return i;
  };

  // Dist indices first, so every record can refer to them.
  // A profession's dists in catalog order (the slot order q), then its policies' values,
  // each followed by the policy's cost when it has one.
  const profDists = m.professions.map((p) => ({
    params: DIST_PARAMETER_KEYS.map((key) => add(p[key])),
    policies: p.policies.map((pol) => ({ value: add(pol.value), cost: add(pol.cost) })),
  }));
  const substShare = m.substitutions.map((r) => add(r.share));
  const shockDists = m.shocks.map((s) => ({
    inc: add(s.demandIncrease, false),
    ext: add(s.extraExit, false),
  }));

  const out: number[] = new Array<number>(HEADER_SIZE).fill(0);
  const h = (field: number, v: number) => (out[field] = v);
  h(HEADER.version, LAYOUT_VERSION);
  h(HEADER.professions, P);
  h(HEADER.horizon, m.horizon);
  h(HEADER.nAges, m.nAges);
  h(HEADER.minAge, m.minAge);
  h(HEADER.baseYear, m.baseYear);
  h(HEADER.targetIndex, m.targetIndex);
  h(HEADER.intakeFromIndex, m.intakeFromIndex);
  h(HEADER.substitutions, m.substitutions.length);
  h(HEADER.shocks, m.shocks.length);
  h(HEADER.inputs, m.inputs.length);
  h(HEADER.dists, dists.length);
  h(HEADER.seriesCount, seriesCount);
  h(HEADER.maxDuration, Math.max(1, ...m.professions.map((p) => p.durationYears)));
  h(HEADER.costs, m.costs ? COST_KINDS.length : 0);

  h(HEADER.distTable, out.length);
  for (const d of dists) {
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
    rec[DIST.series] = seriesOf.get(d) ?? -1;
    out.push(...rec);
  }

  // Profession table: P offsets to the records that follow.
  h(HEADER.professionTable, out.length);
  const tableAt = out.length;
  out.push(...new Array<number>(P).fill(0));
  m.professions.forEach((p, pi) => {
    const at = out.length;
    out[tableAt + pi] = at;
    out.push(...new Array<number>(PROF_SIZE).fill(0));
    const r = (field: number, v: number) => (out[at + field] = v);
    const dI = profDists[pi];
    dI.params.forEach((d, q) => r(PROF_DISTS + q, d));
    r(PROF.retirementSd, p.retirementSd);
    r(PROF.durationYears, p.durationYears);
    r(PROF.trainedFemaleShare, p.trainedFemaleShare);
    r(PROF.immigrantFemaleShare, p.immigrantFemaleShare);
    r(PROF.ratioMethod, p.ratioMethod ? 1 : 0);
    r(PROF.ratioYears, p.ratioYears);
    r(PROF.policies, p.policies.length);
    const arr = (field: number, values: ArrayLike<number> | null) => {
      if (!values) return r(field, -1);
      r(field, out.length);
      for (let i = 0; i < values.length; i++) out.push(values[i]);
    };
    arr(PROF.stockF, p.stockF);
    arr(PROF.stockM, p.stockM);
    arr(PROF.fteF, p.fteF);
    arr(PROF.fteM, p.fteM);
    arr(PROF.pipeline, p.pipeline);
    arr(PROF.trainedWeights, p.trainedWeights);
    arr(PROF.immigrantWeights, p.immigrantWeights);
    arr(PROF.utilisationIndex, p.utilisationIndex);
    r(PROF.policyTable, out.length);
    p.policies.forEach((pol, i) => {
      const rec = new Array<number>(POLICY_SIZE).fill(0);
      rec[POLICY.param] = pol.param;
      rec[POLICY.relative] = pol.relative ? 1 : 0;
      rec[POLICY.value] = dI.policies[i].value;
      rec[POLICY.start] = pol.start;
      rec[POLICY.full] = pol.full;
      rec[POLICY.cost] = dI.policies[i].cost;
      out.push(...rec);
    });
  });

  h(HEADER.substitutionTable, out.length);
  m.substitutions.forEach((s, i) => {
    const rec = new Array<number>(SUBSTITUTION_SIZE).fill(0);
    rec[SUBSTITUTION.from] = s.from;
    rec[SUBSTITUTION.to] = s.to;
    rec[SUBSTITUTION.share] = substShare[i];
    rec[SUBSTITUTION.ratio] = s.ratio;
    rec[SUBSTITUTION.start] = s.start;
    rec[SUBSTITUTION.full] = s.full;
    out.push(...rec);
  });

  h(HEADER.shockTable, out.length);
  m.shocks.forEach((s, i) => {
    const rec = new Array<number>(SHOCK_SIZE).fill(0);
    rec[SHOCK.probability] = s.probability;
    rec[SHOCK.duration] = s.duration;
    rec[SHOCK.occurrenceSlot] = s.occurrenceSlot;
    rec[SHOCK.demandIncrease] = shockDists[i].inc;
    rec[SHOCK.extraExit] = shockDists[i].ext;
    out.push(...rec, ...s.hits.map((hit) => (hit ? 1 : 0)));
  });

  if (m.populationTotal) {
    h(HEADER.populationTotal, out.length);
    out.push(...m.populationTotal);
  } else {
    h(HEADER.populationTotal, -1);
  }

  h(HEADER.inputTable, out.length);
  for (const d of m.inputs) out.push(index.get(d)!);

  return Float64Array.from(out);
}
