/**
 * Lesson 3: retirement waves and the age pyramid. Most of today's GPs are in their
 * fifties, so in 10–15 years a wave of retirements takes them, whatever happens now.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Lesson } from '../lesson-types.ts';
import { normalCdf } from '../../../model/numeric/math.ts';
import {
  BASE_YEAR,
  WORK_AGES,
  fmt,
  lessonScenario,
  medianAt,
  percentOf,
  stockFromTotals,
  stockTotal,
  withinDistance,
  trainingOf,
} from './build.ts';

const TARGET_YEAR = 2040;
const HORIZON = 20;
const INTAKE = 25;
const RETIREMENT_AGE = 63;
const RETIREMENT_SD = 2.5;
const PEAK_AGE = 52;
const OLD_AGE = 50;
/** The goal of "try it yourself": keep this share of today's GPs in the target year. */
const GOAL_SHARE = 0.8;

/** An old workforce: few GPs under 40, most between 45 and 60 with the peak at 52, and
 *  few left past the retirement age. */
const STOCK = stockFromTotals(
  WORK_AGES,
  (a) =>
    a < 28
      ? 0
      : (8 + 70 * Math.exp(-(((a - PEAK_AGE) / 6) ** 2))) *
        (1 - normalCdf((a - RETIREMENT_AGE) / RETIREMENT_SD)),
  0.5,
);
const TODAY = stockTotal(STOCK);
const OLD_SHARE =
  STOCK.female.reduce((s, x, i) => s + (WORK_AGES.min + i >= OLD_AGE ? x + STOCK.male[i] : 0), 0) /
  TODAY;

function scenario(): unknown {
  return lessonScenario({
    number: 3,
    title: 'a retirement wave',
    shows: `An old workforce of GPs: ${percentOf(OLD_SHARE)} % are ${OLD_AGE} or older. Most of them retire within 15 years, a wave that the few new GPs cannot replace.`,
    seed: 303,
    horizonYears: HORIZON,
    targetYear: TARGET_YEAR,
    professions: [
      {
        id: 'gp',
        name: 'General practitioners',
        stock: STOCK,
        fte: 0.9,
        training: trainingOf(INTAKE, 3, 0.9, 0.95, { femaleShare: 0.6, ageMean: 30, ageSd: 2 }),
        exits: {
          attrition: { dist: 'uniform', min: 0.005, max: 0.015 },
          emigration: 0.002,
          retirement: { meanAge: RETIREMENT_AGE, sd: RETIREMENT_SD },
        },
        demand: { method: 'utilisation', baseFte: null, unmet: 0 },
      },
    ],
  });
}

const headcount = (result: HwfResult, year: number) => medianAt(result, 0, 'headcount', year);

/** The fall of the middle future's headcount from today to the target year, in whole percent. */
function fallPercent(result: HwfResult): number {
  return percentOf(1 - headcount(result, TARGET_YEAR) / headcount(result, BASE_YEAR));
}

/** The year whose headcount falls most from the year before: the wave's peak. */
export function steepestFallYear(result: HwfResult): number {
  const hc = result.professions[0].headcount.p50;
  let best = 1;
  for (let k = 2; k < hc.length; k++) if (hc[k - 1] - hc[k] > hc[best - 1] - hc[best]) best = k;
  return result.years[best];
}

function answer(result: HwfResult) {
  const value = fallPercent(result);
  return {
    value,
    words: `By ${TARGET_YEAR} the number of GPs falls by ${fmt.percent(value / 100)}, from ${fmt.count(headcount(result, BASE_YEAR))} to ${fmt.count(headcount(result, TARGET_YEAR))}. The fall is steepest around ${steepestFallYear(result)}, when the large group now in their fifties reaches retirement age.`,
  };
}

export const retirementWave: Lesson = {
  id: 'retirement-wave',
  number: 3,
  title: 'The retirement wave',
  idea: 'An old workforce shrinks in a wave when its large older groups reach retirement age, years ahead and easy to see in the age pyramid.',
  scenario,
  prediction: {
    kind: 'number',
    question: `Today ${fmt.count(TODAY)} GPs work here and ${fmt.percent(OLD_SHARE)} of them are ${OLD_AGE} or older. New GPs keep coming at today's pace. By how much will the number of GPs fall by ${TARGET_YEAR}?`,
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    initial: 0,
  },
  answer,
  judge: (predicted, result) => withinDistance(predicted, fallPercent(result), 5),
  explanation: [
    'An age pyramid shows how many people there are at each age, women on one side and men on the other. Here it bulges in the fifties: many GPs were trained in the same years, long ago.',
    `People retire on average at about ${RETIREMENT_AGE}. So the bulge tells you when the retirements come: a 53-year-old today reaches ${RETIREMENT_AGE} in 10 years. The wave arrives 10 to 15 years from now, and it is already certain.`,
    'The new GPs are far fewer than the ones who leave, so the total falls fast while the wave passes, then slows.',
    'Look at the pyramid first. An old workforce needs action long before the wave: more training places years ahead, or ways to keep older staff a few years longer.',
  ],
  chart: { kind: 'pyramid', profession: 0 },
  marks: (result) => [
    {
      year: BASE_YEAR,
      label: `Today: ${fmt.percent(OLD_SHARE)} are ${OLD_AGE} or older`,
    },
    { year: steepestFallYear(result), label: 'The wave at its peak' },
    {
      year: TARGET_YEAR,
      label: `${TARGET_YEAR}: ${fmt.count(headcount(result, TARGET_YEAR))} GPs left`,
    },
  ],
  tryIt: {
    task: `Find the lowest average retirement age that keeps at least ${fmt.percent(GOAL_SHARE)} of today's GPs at work in ${TARGET_YEAR}.`,
    lever: {
      label: 'Average retirement age',
      path: 'professions[0].exits.retirement.meanAge',
      min: 60,
      max: 70,
      step: 1,
      unit: 'years',
    },
    goal: (result) => headcount(result, TARGET_YEAR) >= GOAL_SHARE * headcount(result, BASE_YEAR),
    goalWords: (result) => {
      const share = headcount(result, TARGET_YEAR) / headcount(result, BASE_YEAR);
      return share >= GOAL_SHARE
        ? `Goal met: ${fmt.percent(share)} of today's GPs in ${TARGET_YEAR}. The wave comes later, but it still comes.`
        : `${fmt.percent(share)} of today's GPs in ${TARGET_YEAR}: ${percentOf(GOAL_SHARE) - percentOf(share)} points short of ${fmt.percent(GOAL_SHARE)}.`;
    },
  },
};
