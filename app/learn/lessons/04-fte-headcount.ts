/**
 * Lesson 4: FTE versus headcount. The number of nurses stays level, but each works a
 * little less every year (more part-time work), so the work they can do falls.
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
  percentOf,
  shownDifference,
  stockTotal,
  withinShare,
  trainingOf,
  NURSE_GRADUATES,
} from './build.ts';

const TARGET_YEAR = 2040;
const HORIZON = 15;
const INTAKE = 60;
const COMPLETION = 0.85;
const ENTRY_RATE = 0.9;
const FTE_PER_HEAD = 0.8;
/** FTE per head falls by 1 % a year: more nurses choose part-time work. */
const FTE_TREND = -0.01;
const GRADUATES = NURSE_GRADUATES;
const EXITS = { attrition: 0.025, emigration: 0.003, retirement: { meanAge: 62, sd: 2 } };

const STOCK = levelStock(
  WORK_AGES,
  [{ perYear: INTAKE * COMPLETION * ENTRY_RATE, ...GRADUATES }],
  EXITS,
);
const TODAY = stockTotal(STOCK);
const TODAY_ROUNDED = Math.round(TODAY / 100) * 100;

function scenario(): unknown {
  return lessonScenario({
    number: 4,
    title: 'FTE and headcount',
    shows: `The number of nurses stays about level, but each works ${percentOf(FTE_PER_HEAD)} % of full time today and 1 % less every year, so their FTE falls.`,
    seed: 404,
    horizonYears: HORIZON,
    targetYear: TARGET_YEAR,
    professions: [
      {
        id: 'nurse',
        name: 'Nurses',
        stock: STOCK,
        fte: FTE_PER_HEAD,
        fteTrend: FTE_TREND,
        training: trainingOf(INTAKE, 3, COMPLETION, ENTRY_RATE, GRADUATES),
        exits: {
          attrition: { dist: 'uniform', min: 0.02, max: 0.03 },
          emigration: EXITS.emigration,
          retirement: EXITS.retirement,
        },
        demand: { method: 'utilisation', baseFte: null, unmet: 0 },
      },
    ],
  });
}

const headcount = (result: HwfResult, year: number) => medianAt(result, 0, 'headcount', year);
const fte = (result: HwfResult, year: number) => medianAt(result, 0, 'fte', year);

function answer(result: HwfResult, f: Formats) {
  const value = Math.round(fte(result, TARGET_YEAR));
  return {
    value,
    words: f.t('learn.lesson.fteHeadcount.answer', {
      year: f.year(TARGET_YEAR),
      heads: f.count(headcount(result, TARGET_YEAR)),
      fte: f.count(value),
      today: f.count(fte(result, BASE_YEAR)),
      fewer: f.count(shownDifference(fte(result, BASE_YEAR), value)),
    }),
  };
}

export const fteHeadcount: Lesson = {
  id: 'fte-headcount',
  number: 4,
  title: 'learn.lesson.fteHeadcount.title',
  idea: 'learn.lesson.fteHeadcount.idea',
  scenario,
  prediction: {
    kind: 'number',
    question: (f) =>
      f.t('learn.lesson.fteHeadcount.question', {
        today: f.count(TODAY_ROUNDED),
        share: f.percent(FTE_PER_HEAD),
        fte: f.count(TODAY_ROUNDED * FTE_PER_HEAD),
        year: f.year(TARGET_YEAR),
      }),
    unit: 'fte',
    min: 0,
    max: TODAY_ROUNDED,
    step: 10,
    initial: Math.round((TODAY * FTE_PER_HEAD) / 10) * 10,
  },
  answer,
  judge: (predicted, result) => withinShare(predicted, fte(result, TARGET_YEAR), 0.05),
  explanation: [
    'learn.lesson.fteHeadcount.explanation1',
    (f) =>
      f.t('learn.lesson.fteHeadcount.explanation2', {
        share: f.percent(FTE_PER_HEAD),
        horizon: f.integer(HORIZON),
        less: f.percent(1 - (1 + FTE_TREND) ** HORIZON),
      }),
    'learn.lesson.fteHeadcount.explanation3',
    'learn.lesson.fteHeadcount.explanation4',
  ],
  chart: { kind: 'headcount-fte', profession: 0 },
  marks: (result, f) => [
    {
      year: BASE_YEAR,
      label: f.t('learn.lesson.fteHeadcount.markToday', {
        heads: f.count(headcount(result, BASE_YEAR)),
        fte: f.count(fte(result, BASE_YEAR)),
      }),
    },
    {
      year: TARGET_YEAR,
      label: f.t('learn.lesson.fteHeadcount.markTarget', {
        year: f.year(TARGET_YEAR),
        heads: f.count(headcount(result, TARGET_YEAR)),
        fte: f.count(fte(result, TARGET_YEAR)),
      }),
    },
  ],
  tryIt: {
    task: (f) => f.t('learn.lesson.fteHeadcount.task', { year: f.year(TARGET_YEAR) }),
    lever: {
      label: 'learn.lever.trainingPlaces',
      path: 'professions[0].training.intake',
      min: 0,
      max: 150,
      step: 5,
      unit: 'places',
    },
    goal: (result) => fte(result, TARGET_YEAR) >= fte(result, BASE_YEAR),
    goalWords: (result, f) => {
      const now = fte(result, BASE_YEAR);
      const then = fte(result, TARGET_YEAR);
      return then >= now
        ? f.t('learn.lesson.fteHeadcount.goalMet', {
            fte: f.count(then),
            year: f.year(TARGET_YEAR),
            heads: f.count(headcount(result, TARGET_YEAR)),
          })
        : f.t('learn.lesson.fteHeadcount.goalNotMet', {
            fte: f.count(then),
            year: f.year(TARGET_YEAR),
            short: f.count(shownDifference(now, then)),
            today: f.count(now),
          });
    },
  },
};
