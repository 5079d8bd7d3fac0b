// What a profession costs in one run (MODEL.md §7): the twin of Projector.costs in
// model/projection/project.ts, with the same operations in the same order, so both engines
// write the same bits. Runs after the profession's supply (its FTE, immigrants and intake).
import {
  POLICY_cost, POLICY_full, POLICY_SIZE, POLICY_start, PROF_durationYears, PROF_policies,
  PROF_policyTable, PROF_recruitmentCost, PROF_salaryGrowth, PROF_salaryPerFte,
  PROF_trainingCost,
} from './shared';
import { at, put, profArray, oFte, oImm, costPtr } from './memory';
import { P, H, BASE_YEAR, N_COSTS, prm, prmI, series, profRecord } from './params';
import { intakeOf, ramp } from './engine';

/** Profession p's cost by kind (training, salary, recruitment, programmes: COST_KINDS in
 *  model/packed/run-block.ts) for the years 0..H of output row `row`; year 0 is 0. */
export function costs(p: i32, row: i32): void {
  const rec = profRecord(p);
  const L = prmI(rec + PROF_durationYears);
  const training = series(prmI(rec + PROF_trainingCost));
  const salary = series(prmI(rec + PROF_salaryPerFte));
  const growth = series(prmI(rec + PROF_salaryGrowth));
  const recruitment = series(prmI(rec + PROF_recruitmentCost));
  const sFte = profArray(p, oFte);
  const sImm = profArray(p, oImm);
  const nPolicies = prmI(rec + PROF_policies);
  const table = prmI(rec + PROF_policyTable);
  const Y = H + 1;
  const out = costPtr();
  const tAt = (row * P + p) * N_COSTS * Y;
  const sAt = tAt + Y;
  const rAt = sAt + Y;
  const pAt = rAt + Y;
  // The outputs' memory is reused from chunk to chunk: year 0 is written, never assumed.
  put(out, tAt, 0);
  put(out, sAt, 0);
  put(out, rAt, 0);
  put(out, pAt, 0);
  let factor: f64 = 1;
  for (let k = 1; k <= H; k++) {
    let students: f64 = 0;
    for (let j = k - L + 1; j <= k; j++) students += intakeOf(p, L, j);
    factor *= 1 + at(growth, k);
    let programmes: f64 = 0;
    for (let i = 0; i < nPolicies; i++) {
      const pol = table + i * POLICY_SIZE;
      const cost = prmI(pol + POLICY_cost);
      if (cost < 0) continue;
      programmes += at(series(cost), k) * ramp(BASE_YEAR + <f64>k, prm(pol + POLICY_start), prm(pol + POLICY_full));
    }
    put(out, tAt + k, at(training, k) * students);
    put(out, sAt + k, at(salary, k) * factor * at(sFte, k));
    put(out, rAt + k, at(recruitment, k) * at(sImm, k));
    put(out, pAt + k, programmes);
  }
}
