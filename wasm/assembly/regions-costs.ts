// What a profession costs per region in one regional run (MODEL.md §7, docs/costs.md): the
// twin of RegionalProjector.costs in model/regions/project.ts, with the same operations in
// the same order, so both engines write the same bits. Runs after the profession's supply
// (each region's FTE and intake, the national immigrants after policies).
import {
  PROF_durationYears, PROF_recruitmentCost, PROF_salaryGrowth, PROF_salaryPerFte,
  PROF_trainingCost,
} from './shared';
import {
  RPOLICY_cost, RPOLICY_full, RPOLICY_region, RPOLICY_SIZE, RPOLICY_start,
  RPROF_immigrationShares, RPROF_policies, RPROF_policyTable,
} from './regional-shared';
import { at, costPtr, put, profArray, oImm } from './memory';
import { N_COSTS, prm, prmI, profRecord } from './params';
import { ramp } from './engine';
import { regArray, refSeries, oRFte } from './regions-memory';
import { P, H, R, BASE_YEAR, regionalRecord } from './regions-draws';
import { intakeOf } from './regions-intake';

/** Where kind 0 of profession p of group g (0 the nation, 1 + r region r) starts in output
 *  row `row` of the cost section. */
// @ts-ignore: decorator
@inline function costAt(row: i32, g: i32, p: i32): i32 {
  return ((row * (R + 1) + g) * P + p) * N_COSTS * (H + 1);
}

/** Profession p's cost by kind (training, salary, recruitment, programmes: COST_KINDS in
 *  model/packed/run-block.ts), per region and for the nation (the sum over the regions in
 *  region order), for the years 0..H of output row `row`; year 0 is 0. */
export function regionalCosts(p: i32, row: i32): void {
  const rec = profRecord(p);
  const rrec = regionalRecord(p);
  const L = prmI(rec + PROF_durationYears);
  const training = refSeries(prmI(rec + PROF_trainingCost));
  const salary = refSeries(prmI(rec + PROF_salaryPerFte));
  const growth = refSeries(prmI(rec + PROF_salaryGrowth));
  const recruitment = refSeries(prmI(rec + PROF_recruitmentCost));
  const sFte = regArray(p, oRFte);
  const sImm = profArray(p, oImm);
  const immShares = prmI(rrec + RPROF_immigrationShares);
  const nPolicies = prmI(rrec + RPROF_policies);
  const table = prmI(rrec + RPROF_policyTable);
  const out = costPtr();
  const Y = H + 1;
  // The outputs' memory is reused from chunk to chunk: year 0 is written, never assumed.
  for (let g = 0; g <= R; g++) {
    const o = costAt(row, g, p);
    for (let c = 0; c < N_COSTS; c++) put(out, o + c * Y, 0);
  }
  const nat = costAt(row, 0, p);
  let factor: f64 = 1;
  for (let k = 1; k <= H; k++) {
    factor *= 1 + at(growth, k);
    const year = BASE_YEAR + <f64>k;
    let fte = at(sFte, k);
    for (let r = 1; r < R; r++) fte += at(sFte, r * Y + k);
    for (let r = 0; r < R; r++) {
      let students: f64 = 0;
      for (let j = k - L + 1; j <= k; j++) students += intakeOf(p, r, L, j);
      const own = at(sFte, r * Y + k);
      // A national programme is shared by the year's FTE (equally when there is none).
      const share = fte > 0 ? own / fte : 1 / <f64>R;
      let programmes: f64 = 0;
      for (let i = 0; i < nPolicies; i++) {
        const pol = table + i * RPOLICY_SIZE;
        const cost = prmI(pol + RPOLICY_cost);
        const region = prmI(pol + RPOLICY_region);
        if (cost < 0 || (region != r && region != -1)) continue;
        const full = at(refSeries(cost), k) * ramp(year, prm(pol + RPOLICY_start), prm(pol + RPOLICY_full));
        programmes += region == r ? full : full * share;
      }
      const o = costAt(row, 1 + r, p) + k;
      put(out, o, at(training, k) * students);
      put(out, o + Y, at(salary, k) * factor * own);
      put(out, o + 2 * Y, at(recruitment, k) * (at(sImm, k) * prm(immShares + r)));
      put(out, o + 3 * Y, programmes);
    }
    // The nation: the regions' sums, kind by kind, in region order.
    for (let c = 0; c < N_COSTS; c++) {
      const o = c * Y + k;
      let t = at(out, costAt(row, 1, p) + o);
      for (let r = 1; r < R; r++) t += at(out, costAt(row, 1 + r, p) + o);
      put(out, nat + o, t);
    }
  }
}
