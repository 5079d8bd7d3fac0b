/**
 * Lesson 2: the training pipeline's delay. A medical school takes 50 more students a year
 * from next year; training takes 6 years, so the number of doctors does not move until
 * the first of them graduate, 6 years on.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  BASE_YEAR,
  WORK_AGES,
  fmt,
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

function answer(result: HwfResult) {
  const year = firstArrivalYear(result);
  if (year === undefined) {
    return { value: NaN, words: 'In this run the extra students never reach the workforce.' };
  }
  return {
    value: year,
    words: `The number of doctors starts to rise in ${year}, not before. Students who start in ${POLICY_START} study for ${DURATION} years and start work in ${year}, ${year - BASE_YEAR} years from today.`,
  };
}

export const trainingDelay: Lesson = {
  id: 'training-delay',
  number: 2,
  title: 'Training takes years',
  idea: 'New training places help only once their students graduate: the longer the training, the later the help.',
  scenario,
  prediction: {
    kind: 'number',
    question: `The medical school takes ${EXTRA_PLACES} more students a year from ${POLICY_START}. Medical training takes ${DURATION} years. In which year does the number of doctors start to rise?`,
    unit: '',
    min: POLICY_START,
    max: BASE_YEAR + HORIZON,
    step: 1,
    initial: POLICY_START,
  },
  answer,
  judge: (predicted, result) => withinDistance(predicted, answer(result).value, 1),
  explanation: [
    `Training is a pipeline. Students who start in ${POLICY_START} are still students for ${DURATION} years. They join the workforce only when they graduate.`,
    `Until then, the workforce gets the graduates of places decided years ago. So from ${BASE_YEAR} to ${POLICY_START + DURATION - 1} the extra places change nothing: there are exactly as many doctors as there would be without them.`,
    `From ${POLICY_START + DURATION} a new group of extra doctors arrives every year, and the number climbs step by step.`,
    'For a planner this means: a shortage expected in five years cannot be solved by training places decided today. Quicker levers (keeping people, hiring from abroad, sharing tasks) must bridge the gap.',
  ],
  chart: { kind: 'band', profession: 0, measure: 'headcount' },
  marks: (result) => {
    const marks = [{ year: POLICY_START, label: `${EXTRA_PLACES} more students start` }];
    const year = firstArrivalYear(result);
    if (year !== undefined) marks.push({ year, label: 'The first extra doctors start work' });
    return marks;
  },
  tryIt: {
    task: `Find the fewest extra places a year (from ${POLICY_START}) that give ${GOAL_MORE} more doctors in ${TARGET_YEAR} than today.`,
    lever: {
      label: 'Extra training places a year',
      path: 'policies[0].value',
      min: 0,
      max: 200,
      step: 10,
      unit: 'places',
    },
    goal: (result) => headcount(result, TARGET_YEAR) - headcount(result, BASE_YEAR) >= GOAL_MORE,
    goalWords: (result) => {
      const more = shownDifference(headcount(result, TARGET_YEAR), headcount(result, BASE_YEAR));
      return more >= GOAL_MORE
        ? `Goal met: ${fmt.count(more)} more doctors in ${TARGET_YEAR} than today. Only the students of ${POLICY_START}–${TARGET_YEAR - DURATION} have graduated by then.`
        : `${fmt.count(Math.max(0, more))} more doctors in ${TARGET_YEAR} than today: ${fmt.count(GOAL_MORE - more)} short of the goal.`;
    },
  },
};
