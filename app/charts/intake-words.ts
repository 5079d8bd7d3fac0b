/**
 * Required intake in words: "Training places needed: 1 260 a year (90 %: 430–1 580)". A
 * negative value means that even without new intake supply meets demand: "no new intake
 * needed". Unreachable is a sentence with the engine's reason, never a number.
 */
import type { Formats } from '../format.ts';
import type { RequiredIntake } from '../../model/result/result.ts';

/** What the words need besides the intake summary. */
export interface IntakeContext {
  targetYear: number;
  intakeFromYear: number;
  /** One run at the point values: no intervals. */
  deterministic: boolean;
}

/** A number of places a year, or "none" when no new intake is needed (≤ 0). */
export function intakeValue(value: number, f: Formats): string {
  return value <= 0 ? 'none' : f.count(value);
}

/** A 90 % interval of places: "430–1 580" or "none to 400". */
export function intakeInterval(low: number, high: number, f: Formats): string {
  if (high <= 0) return 'none';
  return low <= 0 ? `none to ${f.count(high)}` : f.interval(low, high);
}

/** "In 3 % of futures no intake can close the gap." or null when there are none. */
export function unreachableShareWords(intake: RequiredIntake, f: Formats): string | null {
  if (intake.unreachable || !(intake.unreachableShare > 0)) return null;
  return `In ${f.percent(intake.unreachableShare)} of futures no intake can close the gap.`;
}

/** The sentence(s) about training places for the headline and the intake chart. */
export function intakeWords(intake: RequiredIntake, ctx: IntakeContext, f: Formats): string {
  const target = f.year(ctx.targetYear);
  const { p5, p50, p95 } = intake;
  if (intake.unreachable || p5 === null || p50 === null || p95 === null) {
    const reason = intake.reason ?? 'new students cannot finish their training in time';
    return `No intake can close the ${target} gap: ${reason}.`;
  }
  const without = `even with no new intake from ${f.year(ctx.intakeFromYear)}, supply meets the ${target} demand`;
  let words: string;
  if (ctx.deterministic) {
    words =
      p50 <= 0
        ? `No new training places needed: ${without}.`
        : `Training places needed: ${f.count(p50)} a year.`;
  } else if (p95 <= 0) {
    words = `No new training places needed: ${without} in at least ${f.percent(0.95)} of futures.`;
  } else if (p50 <= 0) {
    words = `Training places needed: none in the median future (${f.percent(0.9)}: ${intakeInterval(p5, p95, f)} a year).`;
  } else {
    words = `Training places needed: ${f.count(p50)} a year (${f.percent(0.9)}: ${intakeInterval(p5, p95, f)}).`;
  }
  const share = unreachableShareWords(intake, f);
  return share ? `${words} ${share}` : words;
}
