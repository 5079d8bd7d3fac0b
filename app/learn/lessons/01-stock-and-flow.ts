/**
 * Lesson 1: a workforce is a bathtub. Nurses join (graduates, immigrants) and leave
 * (attrition, emigration, retirement); the number moves only when joiners and leavers
 * differ. Here fewer join than leave, so the tub empties.
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
  stockTotal,
  withinShare,
  yearlyLeavers,
  trainingOf,
  NURSE_MIGRANTS,
} from './build.ts';

const TARGET_YEAR = 2035;
const INTAKE = 50;
const COMPLETION = 0.9;
const ENTRY_RATE = 0.9;
const IMMIGRANTS = 10;
const GRADUATES = { femaleShare: 0.85, ageMean: 24, ageSd: 2 };
const MIGRANTS = NURSE_MIGRANTS;
const EXITS = { attrition: 0.03, emigration: 0.005, retirement: { meanAge: 63, sd: 2 } };

/** Today's nurses: the workforce that 70 graduates and 10 immigrants a year kept level in
 *  the past, before the training places were cut. */
const STOCK = levelStock(
  WORK_AGES,
  [
    { perYear: 70, ...GRADUATES },
    { perYear: IMMIGRANTS, ...MIGRANTS },
  ],
  EXITS,
);
const TODAY = stockTotal(STOCK);
/** Joiners and leavers of the first year, rounded for the question. */
const JOIN = Math.round((INTAKE * COMPLETION * ENTRY_RATE + IMMIGRANTS) / 10) * 10;
const LEAVE = Math.round(yearlyLeavers(WORK_AGES, STOCK, EXITS) / 10) * 10;
const TODAY_ROUNDED = Math.round(TODAY / 100) * 100;

function scenario(): unknown {
  return lessonScenario({
    number: 1,
    title: 'stock and flow',
    shows: `About ${JOIN} nurses join each year and about ${LEAVE} leave, so the number of nurses falls until the two flows meet again.`,
    seed: 101,
    horizonYears: 10,
    targetYear: TARGET_YEAR,
    professions: [
      {
        id: 'nurse',
        name: 'Nurses',
        stock: STOCK,
        fte: 0.9,
        training: trainingOf(INTAKE, 3, COMPLETION, ENTRY_RATE, GRADUATES),
        immigration: { perYear: IMMIGRANTS, entrants: MIGRANTS },
        exits: {
          attrition: { dist: 'uniform', min: 0.02, max: 0.04 },
          emigration: EXITS.emigration,
          retirement: EXITS.retirement,
        },
        demand: { method: 'utilisation', baseFte: null, unmet: 0 },
      },
    ],
  });
}

const headcount = (result: HwfResult, year: number) => medianAt(result, 0, 'headcount', year);

/** The true answer: the middle future's nurses in the target year. */
const truth = (result: HwfResult) => Math.round(headcount(result, TARGET_YEAR));

function answer(result: HwfResult, f: Formats) {
  const value = truth(result);
  const today = headcount(result, BASE_YEAR);
  return {
    value,
    words: f.t('learn.lesson.stockAndFlow.answer', {
      year: f.year(TARGET_YEAR),
      count: f.count(value),
      fewer: f.count(shownDifference(today, value)),
      today: f.count(today),
    }),
  };
}

export const stockAndFlow: Lesson = {
  id: 'stock-and-flow',
  number: 1,
  title: 'learn.lesson.stockAndFlow.title',
  idea: 'learn.lesson.stockAndFlow.idea',
  scenario,
  prediction: {
    kind: 'number',
    question: (f) =>
      f.t('learn.lesson.stockAndFlow.question', {
        today: f.count(TODAY_ROUNDED),
        join: f.integer(JOIN),
        leave: f.integer(LEAVE),
        year: f.year(TARGET_YEAR),
      }),
    unit: 'nurses',
    min: 0,
    max: 2 * TODAY_ROUNDED,
    step: 10,
    initial: TODAY_ROUNDED,
  },
  answer,
  judge: (predicted, result) => withinShare(predicted, truth(result), 0.1),
  explanation: [
    'learn.lesson.stockAndFlow.explanation1',
    (f) =>
      f.t('learn.lesson.stockAndFlow.explanation2', {
        join: f.integer(JOIN),
        leave: f.integer(LEAVE),
        loss: f.integer(LEAVE - JOIN),
      }),
    'learn.lesson.stockAndFlow.explanation3',
    'learn.lesson.stockAndFlow.explanation4',
  ],
  chart: { kind: 'band', profession: 0, measure: 'headcount' },
  marks: (result, f) => {
    const today = headcount(result, BASE_YEAR);
    const then = headcount(result, TARGET_YEAR);
    // Within 1 % of today: the tap matches the drain (the try-it lever can get there).
    const why =
      Math.abs(then - today) <= today * 0.01 ? 'balanced' : then < today ? 'fewer' : 'more';
    return [
      {
        year: BASE_YEAR,
        label: f.t('learn.lesson.stockAndFlow.markToday', { count: f.count(today) }),
      },
      {
        year: TARGET_YEAR,
        label: f.t('learn.lesson.stockAndFlow.markTarget', {
          year: f.year(TARGET_YEAR),
          count: f.count(then),
          why,
        }),
      },
    ];
  },
  tryIt: {
    task: (f) => f.t('learn.lesson.stockAndFlow.task', { year: f.year(TARGET_YEAR) }),
    lever: {
      label: 'learn.lesson.stockAndFlow.lever',
      path: 'professions[0].immigration.perYear',
      min: 0,
      max: 100,
      step: 5,
      unit: 'nurses',
    },
    goal: (result) => headcount(result, TARGET_YEAR) >= headcount(result, BASE_YEAR),
    goalWords: (result, f) => {
      const today = headcount(result, BASE_YEAR);
      const then = headcount(result, TARGET_YEAR);
      return then >= today
        ? f.t('learn.lesson.stockAndFlow.goalMet', {
            count: f.count(then),
            year: f.year(TARGET_YEAR),
            more: f.count(shownDifference(then, today)),
          })
        : f.t('learn.lesson.stockAndFlow.goalNotMet', {
            count: f.count(then),
            year: f.year(TARGET_YEAR),
            fewer: f.count(shownDifference(today, then)),
            today: f.count(today),
          });
    },
  },
};
