/**
 * Lesson 6: uncertainty. In the middle future the nurses just cover the demand, yet a
 * shortage is far from unlikely: the band around the line says how far the futures
 * spread, and the shortage probability counts the futures that fall short.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Formats } from '../../format.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  BASE_YEAR,
  WORK_AGES,
  lessonScenario,
  levelStock,
  percentOf,
  shortageAt,
  withinDistance,
  yearIndex,
  trainingOf,
  NURSE_GRADUATES,
  NURSE_MIGRANTS,
} from './build.ts';

const TARGET_YEAR = 2040;
const HORIZON = 15;
/** Today's places, and the places that kept the workforce level in the past. */
const INTAKE = 135;
const PAST_INTAKE = 120;
const COMPLETION = 0.85;
const ENTRY_RATE = 0.9;
const GOAL_SHORTAGE = 0.2;
const GRADUATES = NURSE_GRADUATES;
const MIGRANTS = NURSE_MIGRANTS;
const EXITS = { attrition: 0.025, emigration: 0.004, retirement: { meanAge: 62, sd: 2 } };

const STOCK = levelStock(
  WORK_AGES,
  [
    { perYear: PAST_INTAKE * COMPLETION * ENTRY_RATE, ...GRADUATES },
    { perYear: 15, ...MIGRANTS },
  ],
  EXITS,
);

function scenario(): unknown {
  return lessonScenario({
    number: 6,
    title: 'uncertainty',
    shows:
      'Nurses whose attrition, immigration and demand growth are uncertain. In the middle future supply just covers demand, yet many of the 500 futures fall short.',
    seed: 606,
    horizonYears: HORIZON,
    targetYear: TARGET_YEAR,
    professions: [
      {
        id: 'nurse',
        name: 'Nurses',
        stock: STOCK,
        fte: 0.85,
        training: trainingOf(INTAKE, 3, COMPLETION, ENTRY_RATE, GRADUATES, PAST_INTAKE),
        immigration: {
          perYear: { dist: 'lognormal', median: 20, gsd: 1.6 },
          entrants: MIGRANTS,
        },
        exits: {
          attrition: { dist: 'pert', min: 0.015, mode: 0.025, max: 0.04 },
          emigration: EXITS.emigration,
          retirement: EXITS.retirement,
        },
        demand: {
          method: 'utilisation',
          baseFte: null,
          unmet: 0,
          trends: { epidemiology: { dist: 'normal', mean: 0.002, sd: 0.004 } },
        },
      },
    ],
  });
}

const gapBand = (result: HwfResult, year: number) => {
  const g = result.professions[0].gap;
  const k = yearIndex(result, year);
  return { p5: g.p5[k], p50: g.p50[k], p95: g.p95[k] };
};

function answer(result: HwfResult, f: Formats) {
  const share = shortageAt(result, 0, TARGET_YEAR);
  const band = gapBand(result, TARGET_YEAR);
  return {
    value: percentOf(share),
    words: f.t('learn.lesson.uncertainty.answer', {
      year: f.year(TARGET_YEAR),
      share: f.percent(share),
      middle: band.p50 >= 0 ? 'spare' : 'short',
      fte: f.count(Math.abs(band.p50)),
      interval: f.interval(band.p5, band.p95, true),
    }),
  };
}

export const uncertainty: Lesson = {
  id: 'uncertainty',
  number: 6,
  title: 'learn.lesson.uncertainty.title',
  idea: 'learn.lesson.uncertainty.idea',
  scenario,
  prediction: {
    kind: 'number',
    question: (f) => f.t('learn.lesson.uncertainty.question', { year: f.year(TARGET_YEAR) }),
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    initial: 0,
  },
  answer,
  judge: (predicted, result) =>
    withinDistance(predicted, percentOf(shortageAt(result, 0, TARGET_YEAR)), 10),
  explanation: [
    'learn.lesson.uncertainty.explanation1',
    'learn.lesson.uncertainty.explanation2',
    'learn.lesson.uncertainty.explanation3',
    'learn.lesson.uncertainty.explanation4',
  ],
  chart: { kind: 'supply-demand', profession: 0 },
  marks: (result, f) => [
    {
      year: TARGET_YEAR,
      label: f.t('learn.lesson.uncertainty.markTarget', {
        year: f.year(TARGET_YEAR),
        share: f.percent(shortageAt(result, 0, TARGET_YEAR)),
      }),
    },
    { year: BASE_YEAR, label: f.t('learn.lesson.uncertainty.markToday') },
  ],
  tryIt: {
    task: (f) =>
      f.t('learn.lesson.uncertainty.task', {
        year: f.year(TARGET_YEAR),
        goal: f.percent(GOAL_SHORTAGE),
      }),
    lever: {
      label: 'learn.lever.trainingPlaces',
      path: 'professions[0].training.intake',
      min: 0,
      max: 300,
      step: 5,
      unit: 'places',
    },
    goal: (result) => shortageAt(result, 0, TARGET_YEAR) <= GOAL_SHORTAGE,
    goalWords: (result, f) => {
      const share = shortageAt(result, 0, TARGET_YEAR);
      return share <= GOAL_SHORTAGE
        ? f.t('learn.lesson.uncertainty.goalMet', {
            year: f.year(TARGET_YEAR),
            share: f.percent(share),
          })
        : f.t('learn.lesson.uncertainty.goalNotMet', {
            year: f.year(TARGET_YEAR),
            share: f.percent(share),
            points: f.integer(percentOf(share) - percentOf(GOAL_SHORTAGE)),
            goal: f.percent(GOAL_SHORTAGE),
          });
    },
  },
};
