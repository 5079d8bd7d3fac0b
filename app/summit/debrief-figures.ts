/**
 * The figures of the summit's plan and debrief, from the results of the plan step by step
 * (the baseline, then the baseline with the first accepted proposal, the first two, …;
 * every step with the same seed, so a step's difference is the proposal's, not chance):
 * the plan against the baseline per profession, what each proposal moved (its step), the
 * one that moved the result most, and what is still uncertain in the plan. Pure.
 */
import { rankSensitivity } from '../charts/sensitivity.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Proposal } from './summit.ts';

/** One profession's target-year figures in a result. */
export interface TargetFigures {
  /** P(shortage) in the target year. */
  shortage: number;
  /** Median gap (FTE) in the target year. */
  gap: number;
  /** 90 % interval of the gap. */
  gapLow: number;
  gapHigh: number;
}

/** A profession's target-year figures, or null when the result lacks it. */
export function targetFigures(result: HwfResult, professionId: string): TargetFigures | null {
  const p = result.professions.find((x) => x.id === professionId);
  const t = result.years.indexOf(result.targetYear);
  if (!p || t < 0) return null;
  return {
    shortage: p.shortageProbability[t],
    gap: p.gap.p50[t],
    gapLow: p.gap.p5[t],
    gapHigh: p.gap.p95[t],
  };
}

/** The baseline and the plan of one profession. */
export interface PlanRow {
  id: string;
  name: string;
  baseline: TargetFigures;
  plan: TargetFigures;
}

/** The plan against the baseline, per profession both have. */
export function planRows(baseline: HwfResult, plan: HwfResult): PlanRow[] {
  return baseline.professions.flatMap((p) => {
    const b = targetFigures(baseline, p.id);
    const q = targetFigures(plan, p.id);
    return b && q ? [{ id: p.id, name: p.name, baseline: b, plan: q }] : [];
  });
}

/** The present value of the scenario's cost (median and 90 % interval), if it has costs. */
export function presentValue(result: HwfResult): { p50: number; p5: number; p95: number } | null {
  const pv = result.cost?.presentValue;
  return pv ? { p50: pv.p50, p5: pv.p5, p95: pv.p95 } : null;
}

/** What one accepted proposal moved: its step from the plan before it. */
export interface StepEffect {
  proposal: Proposal;
  /** The profession it changes, and its name. */
  professionId: string;
  professionName: string;
  /** Shortage probability in the target year before and after the step. */
  shortageBefore: number;
  shortageAfter: number;
  /** Median gap in the target year before and after. */
  gapBefore: number;
  gapAfter: number;
  /** Change of the scenario's present value of cost (median), when it has costs. */
  costChange: number | null;
}

/**
 * Each accepted proposal's step: `results[i + 1]` against `results[i]` for the profession
 * the proposal changes. `results` are the plan's steps (the baseline first), as many as the
 * proposals plus one; steps not yet run are left out.
 */
export function stepEffects(
  proposals: readonly Proposal[],
  results: readonly (HwfResult | null)[],
): StepEffect[] {
  const out: StepEffect[] = [];
  proposals.forEach((proposal, i) => {
    const before = results[i];
    const after = results[i + 1];
    if (!before || !after) return;
    const id = proposal.policy.profession;
    const b = targetFigures(before, id);
    const a = targetFigures(after, id);
    if (!b || !a) return;
    const pb = presentValue(before);
    const pa = presentValue(after);
    out.push({
      proposal,
      professionId: id,
      professionName: after.professions.find((p) => p.id === id)?.name ?? id,
      shortageBefore: b.shortage,
      shortageAfter: a.shortage,
      gapBefore: b.gap,
      gapAfter: a.gap,
      costChange: pb && pa ? pa.p50 - pb.p50 : null,
    });
  });
  return out;
}

/**
 * The step that moved the result most: the largest change of the shortage probability;
 * between equal ones (e.g. none where no future is short before or after), the largest
 * change of the median gap. Null without steps.
 */
export function movedMost(effects: readonly StepEffect[]): StepEffect | null {
  let best: StepEffect | null = null;
  for (const e of effects) {
    if (!best) {
      best = e;
      continue;
    }
    const ds = Math.abs(e.shortageAfter - e.shortageBefore);
    const bs = Math.abs(best.shortageAfter - best.shortageBefore);
    if (
      ds > bs + 1e-12 ||
      (Math.abs(ds - bs) <= 1e-12 &&
        Math.abs(e.gapAfter - e.gapBefore) > Math.abs(best.gapAfter - best.gapBefore))
    )
      best = e;
  }
  return best;
}

/** What is still uncertain of one profession in the plan. */
export interface Uncertainty {
  id: string;
  name: string;
  figures: TargetFigures;
  /** The inputs that drive its gap most (JSON paths), at most `top`. */
  drivers: string[];
}

/** Per profession of the plan: the target-year spread and its largest drivers. */
export function uncertainties(plan: HwfResult, top = 2): Uncertainty[] {
  return plan.professions.flatMap((p) => {
    const figures = targetFigures(plan, p.id);
    if (!figures) return [];
    const drivers = rankSensitivity(p.sensitivity, top, plan.runs).shown.map((e) => e.input);
    return [{ id: p.id, name: p.name, figures, drivers }];
  });
}
