/**
 * Lesson 3: retirement waves and the age pyramid. Most of today's GPs are in their
 * fifties, so in 10–15 years a wave of retirements takes them, whatever happens now.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Formats } from '../../format.ts';
import type { Lesson } from '../lesson-types.ts';
import { normalCdf } from '../../../model/numeric/math.ts';
import {
  BASE_YEAR,
  WORK_AGES,
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

function answer(result: HwfResult, f: Formats) {
  const value = fallPercent(result);
  return {
    value,
    words: f.t('learn.lesson.retirementWave.answer', {
      year: f.year(TARGET_YEAR),
      fall: f.percent(value / 100),
      today: f.count(headcount(result, BASE_YEAR)),
      then: f.count(headcount(result, TARGET_YEAR)),
      steepest: f.year(steepestFallYear(result)),
    }),
  };
}

export const retirementWave: Lesson = {
  id: 'retirement-wave',
  number: 3,
  title: 'learn.lesson.retirementWave.title',
  idea: 'learn.lesson.retirementWave.idea',
  scenario,
  prediction: {
    kind: 'number',
    question: (f) =>
      f.t('learn.lesson.retirementWave.question', {
        today: f.count(TODAY),
        old: f.percent(OLD_SHARE),
        age: f.integer(OLD_AGE),
        year: f.year(TARGET_YEAR),
      }),
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    initial: 0,
  },
  answer,
  judge: (predicted, result) => withinDistance(predicted, fallPercent(result), 5),
  explanation: [
    'learn.lesson.retirementWave.explanation1',
    (f) => f.t('learn.lesson.retirementWave.explanation2', { age: f.integer(RETIREMENT_AGE) }),
    'learn.lesson.retirementWave.explanation3',
    'learn.lesson.retirementWave.explanation4',
  ],
  chart: { kind: 'pyramid', profession: 0 },
  marks: (result, f) => [
    {
      year: BASE_YEAR,
      label: f.t('learn.lesson.retirementWave.markToday', {
        old: f.percent(OLD_SHARE),
        age: f.integer(OLD_AGE),
      }),
    },
    { year: steepestFallYear(result), label: f.t('learn.lesson.retirementWave.markPeak') },
    {
      year: TARGET_YEAR,
      label: f.t('learn.lesson.retirementWave.markTarget', {
        year: f.year(TARGET_YEAR),
        count: f.count(headcount(result, TARGET_YEAR)),
      }),
    },
  ],
  tryIt: {
    task: (f) =>
      f.t('learn.lesson.retirementWave.task', {
        share: f.percent(GOAL_SHARE),
        year: f.year(TARGET_YEAR),
      }),
    lever: {
      label: 'learn.lesson.retirementWave.lever',
      path: 'professions[0].exits.retirement.meanAge',
      min: 60,
      max: 70,
      step: 1,
      unit: 'years',
    },
    goal: (result) => headcount(result, TARGET_YEAR) >= GOAL_SHARE * headcount(result, BASE_YEAR),
    goalWords: (result, f) => {
      const share = headcount(result, TARGET_YEAR) / headcount(result, BASE_YEAR);
      return share >= GOAL_SHARE
        ? f.t('learn.lesson.retirementWave.goalMet', {
            share: f.percent(share),
            year: f.year(TARGET_YEAR),
          })
        : f.t('learn.lesson.retirementWave.goalNotMet', {
            share: f.percent(share),
            year: f.year(TARGET_YEAR),
            points: f.integer(percentOf(GOAL_SHARE) - percentOf(share)),
            goal: f.percent(GOAL_SHARE),
          });
    },
  },
};
