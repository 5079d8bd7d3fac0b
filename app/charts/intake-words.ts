/**
 * Required intake in words, beside today's and the planned intake: "Training places needed:
 * 1 260 a year (90 %: 430–1 580), +5 % on today's 1 200." A need below today's intake is
 * said plainly ("fewer than today's 300 would close the gap in at least 90 % of futures"),
 * and a negative value means that even without new intake supply meets demand: "no new
 * intake needed". Unreachable is a sentence with the engine's reason, never a number.
 */
import { wordView } from '../../model/regions/word-view.ts';
import { MINUS, roundCount } from '../format.ts';
import type { Formats } from '../format.ts';
import type { PercentileKey, RequiredIntake } from '../../model/result/result.ts';
import { pointValue } from '../../model/numeric/distributions.ts';
import type { Scenario } from '../../model/scenario/types.ts';

/** Today's intake of a profession and, when policies change it, the planned intake. */
export interface IntakeBaseline {
  /** Students starting a year now: the point value of the scenario's intake. */
  today: number;
  /** The intake the policies lead to (point values), and the year it is reached. */
  planned?: { value: number; year: number };
}

/** What the words need besides the intake summary. */
export interface IntakeContext {
  targetYear: number;
  intakeFromYear: number;
  /** One run at the point values: no intervals. */
  deterministic: boolean;
  /** Today's and the planned intake, when the scenario is known. */
  baseline?: IntakeBaseline;
}

/** ramp(y; start, full) of MODEL.md §2: how far a policy has come in year `y`. */
function ramp(y: number, start: number, full: number): number {
  if (y < start) return 0;
  if (y >= full) return 1;
  return (y - start) / (full - start);
}

/**
 * Today's intake of profession `id` in `scenario` and the intake its training.intake
 * policies plan (point values, in the year the last of them is fully in force, at latest
 * the target year). Undefined when the profession has no training. For a regional
 * scenario: of the whole country, or of `region`.
 */
export function intakeBaseline(
  full: Pick<Scenario, 'professions' | 'policies' | 'regions'>,
  id: string,
  targetYear: number,
  region?: string,
): IntakeBaseline | undefined {
  // A regional scenario: the national sums, or one region's inputs (word-view.ts).
  const scenario = full.regions ? wordView(full as Scenario, region) : full;
  const training = scenario.professions.find((p) => p.id === id)?.training;
  if (!training) return undefined;
  const today = Math.max(0, pointValue(training.intake));
  const policies = scenario.policies.filter(
    (p) => p.profession === id && p.parameter === 'training.intake',
  );
  if (policies.length === 0) return { today };
  const year = Math.min(targetYear, Math.max(...policies.map((p) => p.fullYear)));
  let value = today;
  for (const p of policies) {
    const change = pointValue(p.value) * ramp(year, p.startYear, p.fullYear);
    value = p.kind === 'relative' ? value * (1 + change) : value + change;
  }
  value = Math.max(0, value);
  return roundCount(value) === roundCount(today) ? { today } : { today, planned: { value, year } };
}

/** A change as a signed whole percent: "+5 %", "−89 %". */
function signedPercent(change: number, f: Formats): string {
  return `${change > 0 ? '+' : MINUS}${f.percent(Math.abs(change))}`;
}

/** Whether `need` is about `value` (within half a percent), and the change if not. */
function changeOn(need: number, value: number, f: Formats): string | null {
  const change = need / value - 1;
  return Math.abs(change) < 0.005 ? null : signedPercent(change, f);
}

/** "+5 % on today's 1 200", "about today's 1 200", or how it compares with none today. */
function onToday(need: number, b: IntakeBaseline, f: Formats): string {
  if (!(b.today > 0)) return f.t('charts.intake.noOneToday');
  const todayChange = changeOn(need, b.today, f);
  const today =
    todayChange === null
      ? f.t('charts.intake.aboutToday', { today: f.count(b.today) })
      : f.t('charts.intake.onToday', { change: todayChange, today: f.count(b.today) });
  if (!b.planned || !(b.planned.value > 0)) return today;
  const { value, year } = b.planned;
  const plannedChange = changeOn(need, value, f);
  const planned =
    plannedChange === null
      ? f.t('charts.intake.aboutPlanned', { planned: f.count(value), year: f.year(year) })
      : f.t('charts.intake.onPlanned', {
          change: plannedChange,
          planned: f.count(value),
          year: f.year(year),
        });
  return f.t('charts.intake.todayAndPlanned', { today, planned });
}

/** "Today's intake is 300 a year (350 planned for 2029)." */
function todayIs(b: IntakeBaseline, f: Formats): string {
  const today = f.count(b.today);
  if (b.planned) {
    const planned = { planned: f.count(b.planned.value), year: f.year(b.planned.year) };
    return b.today > 0
      ? f.t('charts.intake.todayIsPlanned', { today, ...planned })
      : f.t('charts.intake.todayNonePlanned', planned);
  }
  return b.today > 0 ? f.t('charts.intake.todayIs', { today }) : f.t('charts.intake.todayNone');
}

/** The percentiles from the highest down, with the share of futures at or below each. */
const BELOW: readonly [PercentileKey, number][] = [
  ['p95', 0.95],
  ['p90', 0.9],
  ['p75', 0.75],
  ['p50', 0.5],
];

/** "Fewer than today's 300 would close the gap in at least 90 % of futures." when the
 *  median need is below today's intake; null otherwise. */
export function fewerThanTodayWords(
  intake: RequiredIntake,
  b: IntakeBaseline,
  deterministic: boolean,
  f: Formats,
): string | null {
  const today = b.today;
  if (!(today > 0) || intake.p50 === null || !(intake.p50 < today)) return null;
  const shown = f.count(today);
  if (deterministic) return f.t('charts.intake.fewer', { today: shown });
  for (const [key, share] of BELOW) {
    const value = intake[key];
    if (value !== null && value < today) {
      return share === 0.5
        ? f.t('charts.intake.fewerHalf', { today: shown })
        : f.t('charts.intake.fewerShare', { today: shown, share: f.percent(share) });
    }
  }
  return null;
}

/** A number of places a year, or "none" when no new intake is needed (≤ 0). */
export function intakeValue(value: number, f: Formats): string {
  return value <= 0 ? f.t('charts.intake.none') : f.count(value);
}

/** A 90 % interval of places: "430–1 580", "none to 400", or one number when both ends
 *  round alike. */
export function intakeInterval(low: number, high: number, f: Formats): string {
  if (high <= 0) return f.t('charts.intake.none');
  return low <= 0 ? f.t('charts.intake.noneTo', { high: f.count(high) }) : f.interval(low, high);
}

/** "In 3 % of futures no intake can close the gap." or null when there are none. */
export function unreachableShareWords(intake: RequiredIntake, f: Formats): string | null {
  if (intake.unreachable || !(intake.unreachableShare > 0)) return null;
  return f.t('charts.intake.unreachableShare', { share: f.percent(intake.unreachableShare) });
}

/** The sentence(s) about training places for the headline and the intake chart. */
export function intakeWords(intake: RequiredIntake, ctx: IntakeContext, f: Formats): string {
  const year = f.year(ctx.targetYear);
  const { p5, p50, p95 } = intake;
  if (intake.unreachable || p5 === null || p50 === null || p95 === null) {
    const reason = intake.reason ?? f.t('charts.intake.tooLate');
    return f.t('charts.intake.unreachable', { year, reason });
  }
  const from = f.year(ctx.intakeFromYear);
  const b = ctx.baseline;
  const fewer = b ? fewerThanTodayWords(intake, b, ctx.deterministic, f) : null;
  const parts: string[] = [];
  const noneNeeded = ctx.deterministic ? p50 <= 0 : p95 <= 0;
  if (noneNeeded) {
    parts.push(
      ctx.deterministic
        ? f.t('charts.intake.noneNeededOneRun', { from, year })
        : f.t('charts.intake.noneNeeded', { from, year, share: f.percent(0.95) }),
    );
    if (b) parts.push(todayIs(b, f));
  } else if (ctx.deterministic) {
    const count = f.count(p50);
    parts.push(
      b
        ? f.t('charts.intake.neededOneRunCompared', { count, compared: onToday(p50, b, f) })
        : f.t('charts.intake.neededOneRun', { count }),
    );
  } else if (p50 <= 0) {
    parts.push(
      f.t('charts.intake.neededNoneInMedian', {
        share: f.percent(0.9),
        interval: intakeInterval(p5, p95, f),
      }),
    );
    if (b && !fewer) parts.push(todayIs(b, f));
  } else {
    const values = {
      count: f.count(p50),
      share: f.percent(0.9),
      interval: intakeInterval(p5, p95, f),
    };
    parts.push(
      b
        ? f.t('charts.intake.neededCompared', { ...values, compared: onToday(p50, b, f) })
        : f.t('charts.intake.needed', values),
    );
  }
  if (fewer && !noneNeeded) parts.push(fewer);
  const share = unreachableShareWords(intake, f);
  if (share) parts.push(share);
  return parts.join(' ');
}
