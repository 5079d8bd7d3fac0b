/**
 * The headline sentence of one profession, from the summaries only: how likely a shortage is
 * in the target year, the median gap with its 90 % interval, and the training places needed.
 */
import { intakeWords } from '../charts/intake-words.ts';
import { shortageWords } from '../charts/readout.ts';
import type { Formats } from '../format.ts';
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';

/** What the headline needs of the whole result. */
export type HeadlineContext = Pick<
  HwfResult,
  'years' | 'targetYear' | 'intakeFromYear' | 'deterministic'
>;

/**
 * "In 2040 a shortage is 78 % likely; median gap −1 200 FTE (90 % interval −2 100 to −300).
 * Training places needed: 1 260 a year (90 %: 430–1 580)."
 */
export function headline(ctx: HeadlineContext, profession: ProfessionResult, f: Formats): string {
  const year = f.year(ctx.targetYear);
  const t = ctx.years.indexOf(ctx.targetYear);
  if (t < 0) return `The target year ${year} is outside the projected years.`;
  const { gap } = profession;
  const intake = intakeWords(profession.requiredIntake, ctx, f);
  if (ctx.deterministic) {
    return `In ${year} the gap is ${f.signed(gap.p50[t])} FTE (one run at the point values). ${intake}`;
  }
  const shortage = shortageWords(profession.shortageProbability[t], f);
  const interval = f.interval(gap.p5[t], gap.p95[t], true);
  return `In ${year} ${shortage}; median gap ${f.signed(gap.p50[t])} FTE (${f.percent(0.9)} interval ${interval}). ${intake}`;
}

/** "Based on 2 000 futures." or "Based on one run at the point values." */
export function basedOn(runs: number, deterministic: boolean, f: Formats): string {
  if (deterministic) return 'Based on one run at the point values.';
  return `Based on ${f.integer(runs)} ${runs === 1 ? 'future' : 'futures'}.`;
}
