/**
 * Lesson 2: the training pipeline's delay. A medical school takes 50 more students a year
 * from next year; training takes 6 years, so the number of doctors does not move until
 * the first of them graduate, 6 years on.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Formats } from '../../format.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  BASE_YEAR,
  WORK_AGES,
  lessonScenario,
  levelStock,
  medianAt,
  shownDifference,
  withinDistance,
  trainingOf,
} from './build.ts';

const DURATION = 6;
const INTAKE = 100;
const EXTRA_PLACES = 50;
const POLICY_START = BASE_YEAR + 1;
const COMPLETION = 0.9;
const ENTRY_RATE = 0.95;
const TARGET_YEAR = 2035;
const GOAL_MORE = 200;
const HORIZON = 15;
const GRADUATES = { femaleShare: 0.55, ageMean: 25, ageSd: 1.5 };
const EXITS = { attrition: 0.01, emigration: 0.005, retirement: { meanAge: 66, sd: 2 } };

/** Doctors kept level by today's 100 places a year. */
const STOCK = levelStock(
  WORK_AGES,
  [{ perYear: INTAKE * COMPLETION * ENTRY_RATE, ...GRADUATES }],
  EXITS,
);

/** A rise from one year to the next larger than this is the extra graduates arriving
 *  (40 % of the 43 a year that 50 extra places give): far above the year-to-year
 *  wobble of a workforce kept level. */
const ARRIVAL_STEP = 0.4 * EXTRA_PLACES * COMPLETION * ENTRY_RATE;

function scenario(): unknown {
  return lessonScenario({
    number: 2,
    title: "the training pipeline's delay",
    shows: `A medical school of ${INTAKE} places a year takes ${EXTRA_PLACES} more students a year from ${POLICY_START}, and training takes ${DURATION} years. It shows when the extra places reach the workforce.`,
    seed: 202,
    horizonYears: HORIZON,
    targetYear: TARGET_YEAR,
    professions: [
      {
        id: 'doctor',
        name: 'Doctors',
        stock: STOCK,
        fte: 0.95,
        training: trainingOf(INTAKE, DURATION, COMPLETION, ENTRY_RATE, GRADUATES),
        exits: {
          attrition: { dist: 'uniform', min: 0.008, max: 0.012 },
          emigration: EXITS.emigration,
          retirement: EXITS.retirement,
        },
        demand: { method: 'utilisation', baseFte: null, unmet: 0.05 },
      },
    ],
    policies: [
      {
        profession: 'doctor',
        parameter: 'training.intake',
        kind: 'absolute',
        value: EXTRA_PLACES,
        startYear: POLICY_START,
        fullYear: POLICY_START,
      },
    ],
  });
}

const headcount = (result: HwfResult, year: number) => medianAt(result, 0, 'headcount', year);

/** The first year in which the middle future's headcount jumps: the extra graduates'
 *  first year at work. Undefined when it never does. */
export function firstArrivalYear(result: HwfResult): number | undefined {
  const hc = result.professions[0].headcount.p50;
  for (let k = 1; k < hc.length; k++) {
    if (hc[k] - hc[k - 1] > ARRIVAL_STEP) return result.years[k];
  }
  return undefined;
}

function answer(result: HwfResult, f: Formats) {
  const year = firstArrivalYear(result);
  if (year === undefined) {
    return { value: NaN, words: f.t('learn.lesson.trainingDelay.answerNever') };
  }
  return {
    value: year,
    words: f.t('learn.lesson.trainingDelay.answer', {
      year: f.year(year),
      start: f.year(POLICY_START),
      duration: f.integer(DURATION),
      after: f.integer(year - BASE_YEAR),
    }),
  };
}

export const trainingDelay: Lesson = {
  id: 'training-delay',
  number: 2,
  title: 'learn.lesson.trainingDelay.title',
  idea: 'learn.lesson.trainingDelay.idea',
  scenario,
  prediction: {
    kind: 'number',
    question: (f) =>
      f.t('learn.lesson.trainingDelay.question', {
        places: f.integer(EXTRA_PLACES),
        start: f.year(POLICY_START),
        duration: f.integer(DURATION),
      }),
    unit: null,
    min: POLICY_START,
    max: BASE_YEAR + HORIZON,
    step: 1,
    initial: POLICY_START,
  },
  answer,
  judge: (predicted, result) => withinDistance(predicted, firstArrivalYear(result) ?? NaN, 1),
  explanation: [
    (f) =>
      f.t('learn.lesson.trainingDelay.explanation1', {
        start: f.year(POLICY_START),
        duration: f.integer(DURATION),
      }),
    (f) =>
      f.t('learn.lesson.trainingDelay.explanation2', {
        from: f.year(BASE_YEAR),
        to: f.year(POLICY_START + DURATION - 1),
      }),
    (f) =>
      f.t('learn.lesson.trainingDelay.explanation3', { year: f.year(POLICY_START + DURATION) }),
    'learn.lesson.trainingDelay.explanation4',
  ],
  chart: { kind: 'band', profession: 0, measure: 'headcount' },
  marks: (result, f) => {
    const marks = [
      {
        year: POLICY_START,
        label: f.t('learn.lesson.trainingDelay.markStart', { places: f.integer(EXTRA_PLACES) }),
      },
    ];
    const year = firstArrivalYear(result);
    if (year !== undefined) {
      marks.push({ year, label: f.t('learn.lesson.trainingDelay.markArrival') });
    }
    return marks;
  },
  tryIt: {
    task: (f) =>
      f.t('learn.lesson.trainingDelay.task', {
        start: f.year(POLICY_START),
        more: f.integer(GOAL_MORE),
        year: f.year(TARGET_YEAR),
      }),
    lever: {
      label: 'learn.lesson.trainingDelay.lever',
      path: 'policies[0].value',
      min: 0,
      max: 200,
      step: 10,
      unit: 'places',
    },
    goal: (result) => headcount(result, TARGET_YEAR) - headcount(result, BASE_YEAR) >= GOAL_MORE,
    goalWords: (result, f) => {
      const more = shownDifference(headcount(result, TARGET_YEAR), headcount(result, BASE_YEAR));
      return more >= GOAL_MORE
        ? f.t('learn.lesson.trainingDelay.goalMet', {
            more: f.count(more),
            year: f.year(TARGET_YEAR),
            students: f.years(POLICY_START, TARGET_YEAR - DURATION),
          })
        : f.t('learn.lesson.trainingDelay.goalNotMet', {
            more: f.count(Math.max(0, more)),
            year: f.year(TARGET_YEAR),
            short: f.count(GOAL_MORE - more),
          });
    },
  },
};
