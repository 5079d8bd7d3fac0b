/**
 * The headline sentence of one profession, from the summaries only: how likely a shortage is
 * in the target year, the median gap in words (which side exceeds the other, and by how
 * much) with the 90 % interval of supply − demand, and the training places needed beside
 * today's intake. For a regional scenario, the region where a shortage is most likely.
 */
import { intakeWords } from '../charts/intake-words.ts';
import type { IntakeBaseline } from '../charts/intake-words.ts';
import { shortageWords } from '../charts/readout.ts';
import { roundCount } from '../format.ts';
import type { Formats } from '../format.ts';
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';
import { shortagesAt, type RegionProfession } from './regional.ts';

/** What the headline needs of the whole result. */
export type HeadlineContext = Pick<
  HwfResult,
  'years' | 'targetYear' | 'intakeFromYear' | 'deterministic'
>;

/** "supply exceeds demand by 662 FTE", "demand exceeds supply by 1 200 FTE" or "supply
 *  matches demand": a gap (supply − demand) in words that cannot be misread. */
export function gapWords(gap: number, f: Formats): string {
  const rounded = roundCount(gap);
  if (rounded > 0) return f.t('results.gap.surplus', { amount: f.count(gap) });
  if (rounded < 0) return f.t('results.gap.shortage', { amount: f.count(-gap) });
  return f.t('results.gap.none');
}

/**
 * "In 2040 a shortage is 78 % likely; in the median future, demand exceeds supply by 1 200
 * FTE (90 % interval of supply − demand: −2 100 to −300 FTE). Training places needed:
 * 1 260 a year (90 %: 430–1 580), +5 % on today's 1 200." Without a `baseline` (today's
 * intake) the comparison with today is left out.
 */
export function headline(
  ctx: HeadlineContext,
  profession: ProfessionResult,
  f: Formats,
  baseline?: IntakeBaseline,
): string {
  const year = f.year(ctx.targetYear);
  const t = ctx.years.indexOf(ctx.targetYear);
  if (t < 0) return f.t('results.headline.outside', { year });
  const { gap } = profession;
  const intake = intakeWords(profession.requiredIntake, { ...ctx, baseline }, f);
  if (ctx.deterministic) {
    return f.t('results.headline.oneRun', { year, gap: gapWords(gap.p50[t], f), intake });
  }
  return f.t('results.headline.futures', {
    year,
    shortage: shortageWords(profession.shortageProbability[t], f),
    gap: gapWords(gap.p50[t], f),
    share: f.percent(0.9),
    interval: f.interval(gap.p5[t], gap.p95[t], true),
    intake,
  });
}

/** "Based on 2 000 futures." or "Based on one run at the point values." */
export function basedOn(runs: number, deterministic: boolean, f: Formats): string {
  if (deterministic) return f.t('results.basedOn.oneRun');
  return f.t('results.basedOn.futures', { count: f.integer(runs), runs });
}

/** "Rural", "Rural and South", "Rural, South and North", "Rural, South, North and 2 more". */
export function namesInWords(names: readonly string[], f: Formats): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 3) {
    const more = names.length - 3;
    return f.t('results.names.more', {
      names: names.slice(0, 3).join(', '),
      count: String(more),
      more,
    });
  }
  return f.t('charts.list.and', {
    items: names.slice(0, -1).join(', '),
    last: names[names.length - 1],
  });
}

/**
 * Where the shortage of one profession is most likely at the target year: "Nurses: shortage
 * most likely in Rural (82 % in 2035)." Regions as likely as the first are named with it.
 * With one run at the point values, the region with the largest shortage for its size.
 * Null when the target year is not projected or no region has the profession.
 */
export function regionalHeadline(
  ctx: HeadlineContext,
  professionName: string,
  regions: readonly RegionProfession[],
  f: Formats,
): string | null {
  const t = ctx.years.indexOf(ctx.targetYear);
  if (t < 0 || regions.length === 0) return null;
  const year = f.year(ctx.targetYear);
  const profession = professionName;
  const ranked = shortagesAt(regions, t);
  const worst = ranked[0];
  if (!(worst.probability > 0)) {
    return ctx.deterministic
      ? f.t('results.where.noneOneRun', { profession, year })
      : f.t('results.where.none', { profession, year });
  }
  if (ctx.deterministic) {
    const region = regions.find((r) => r.id === worst.id)!.profession;
    return f.t('results.where.largest', {
      profession,
      region: worst.name,
      year,
      gap: gapWords(region.gap.p50[t], f),
    });
  }
  const tied = ranked.filter((r) => r.probability === worst.probability).map((r) => r.name);
  return f.t('results.where.likely', {
    profession,
    regions: namesInWords(tied, f),
    share: f.percent(worst.probability),
    year,
  });
}
