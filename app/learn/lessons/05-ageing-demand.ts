/**
 * Lesson 5: demand from an ageing population. The population does not grow, but it grows
 * older, and older people use more care, so the demand for nurses rises.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Formats } from '../../format.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  BASE_YEAR,
  WORK_AGES,
  byAge,
  inlinePopulation,
  lessonScenario,
  levelStock,
  medianAt,
  percentOf,
  plainCount,
  projectedYears,
  shownDifference,
  withinDistance,
  trainingOf,
  NURSE_GRADUATES,
  NURSE_MIGRANTS,
} from './build.ts';

const TARGET_YEAR = 2045;
const HORIZON = 20;
const INTAKE = 120;
const COMPLETION = 0.85;
const ENTRY_RATE = 0.9;
const IMMIGRANTS = 10;
const GRADUATES = NURSE_GRADUATES;
const MIGRANTS = NURSE_MIGRANTS;
const EXITS = { attrition: 0.02, emigration: 0.003, retirement: { meanAge: 62, sd: 2 } };
const POPULATION_AGES = { min: 0, max: 100 };
const OLD_AGE = 65;

/** Care used by a person of an age, relative to a young adult: 1 up to 64, 3 at 65–79,
 *  6 from 80. */
export function careUse(age: number): number {
  return age < OLD_AGE ? 1 : age < 80 ? 3 : 6;
}

/** Today's population by age (both sexes): 12 000 at each age up to 49, then fewer at
 *  each older age, down to a few hundred at 100. */
function baseShape(age: number): number {
  return age < 50 ? 12_000 : Math.max(300, 12_000 - 210 * (age - 50));
}

/** How the population ages: each year the ages from 50 up gain (more at older ages) and
 *  the ages under 50 lose just as many people, so the total stays the same. */
const GROWTH_OLD = 0.04;
const OLD_WEIGHT = byAge(POPULATION_AGES, (a) =>
  a < 50 ? 0 : (baseShape(a) * (a - 50)) / 50,
).reduce((s, x) => s + x, 0);
const YOUNG_TOTAL = byAge(POPULATION_AGES, (a) => (a < 50 ? baseShape(a) : 0)).reduce(
  (s, x) => s + x,
  0,
);

export function people(year: number, age: number, female: boolean): number {
  const k = year - BASE_YEAR;
  const factor =
    age < 50
      ? 1 - (GROWTH_OLD * k * OLD_WEIGHT) / YOUNG_TOTAL
      : 1 + (GROWTH_OLD * k * (age - 50)) / 50;
  const femaleShare = age < 60 ? 0.5 : 0.56;
  return baseShape(age) * factor * (female ? femaleShare : 1 - femaleShare);
}

/** Everyone in a year, and the share aged 65 and over. */
function populationOf(year: number): { total: number; oldShare: number } {
  let total = 0;
  let old = 0;
  for (let a = POPULATION_AGES.min; a <= POPULATION_AGES.max; a++) {
    const n = people(year, a, true) + people(year, a, false);
    total += n;
    if (a >= OLD_AGE) old += n;
  }
  return { total, oldShare: old / total };
}
const NOW = populationOf(BASE_YEAR);
const THEN = populationOf(TARGET_YEAR);
/** The population, rounded for the question. */
const ABOUT_PEOPLE = Math.round(NOW.total / 10_000) * 10_000;

const STOCK = levelStock(
  WORK_AGES,
  [
    { perYear: INTAKE * COMPLETION * ENTRY_RATE, ...GRADUATES },
    { perYear: IMMIGRANTS, ...MIGRANTS },
  ],
  EXITS,
);

function scenario(): unknown {
  const use = byAge(POPULATION_AGES, careUse);
  return lessonScenario({
    number: 5,
    title: 'demand from an ageing population',
    shows: `A population of about ${plainCount(ABOUT_PEOPLE)} that does not grow but grows older: ${percentOf(NOW.oldShare)} % are 65 or older today, ${percentOf(THEN.oldShare)} % in ${TARGET_YEAR}. People of 65 and over use three times as much nursing care as younger adults, and people of 80 and over six times as much, so the demand for nurses rises.`,
    seed: 505,
    horizonYears: HORIZON,
    targetYear: TARGET_YEAR,
    population: inlinePopulation(POPULATION_AGES, projectedYears(HORIZON), people),
    professions: [
      {
        id: 'nurse',
        name: 'Nurses',
        stock: STOCK,
        fte: 0.85,
        training: trainingOf(INTAKE, 3, COMPLETION, ENTRY_RATE, GRADUATES),
        immigration: { perYear: IMMIGRANTS, entrants: MIGRANTS },
        exits: {
          attrition: { dist: 'uniform', min: 0.015, max: 0.025 },
          emigration: EXITS.emigration,
          retirement: EXITS.retirement,
        },
        demand: {
          method: 'utilisation',
          baseFte: null,
          unmet: 0,
          utilisation: { female: use, male: [...use] },
        },
      },
    ],
  });
}

const demand = (result: HwfResult, year: number) => medianAt(result, 0, 'demand', year);
const gap = (result: HwfResult, year: number) => medianAt(result, 0, 'gap', year);

/** The rise of the demand from today to the target year, in whole percent. */
function risePercent(result: HwfResult): number {
  return percentOf(demand(result, TARGET_YEAR) / demand(result, BASE_YEAR) - 1);
}

function answer(result: HwfResult, f: Formats) {
  const value = risePercent(result);
  return {
    value,
    words: f.t('learn.lesson.ageingDemand.answer', {
      rise: f.percent(value / 100),
      year: f.year(TARGET_YEAR),
      today: f.count(demand(result, BASE_YEAR)),
      then: f.count(demand(result, TARGET_YEAR)),
    }),
  };
}

export const ageingDemand: Lesson = {
  id: 'ageing-demand',
  number: 5,
  title: 'learn.lesson.ageingDemand.title',
  idea: 'learn.lesson.ageingDemand.idea',
  scenario,
  prediction: {
    kind: 'number',
    question: (f) =>
      f.t('learn.lesson.ageingDemand.question', {
        people: f.count(ABOUT_PEOPLE),
        year: f.year(TARGET_YEAR),
        age: f.integer(OLD_AGE),
        now: f.percent(NOW.oldShare),
        then: f.percent(THEN.oldShare),
      }),
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    initial: 0,
  },
  answer,
  judge: (predicted, result) => withinDistance(predicted, risePercent(result), 5),
  explanation: [
    'learn.lesson.ageingDemand.explanation1',
    'learn.lesson.ageingDemand.explanation2',
    (f) => f.t('learn.lesson.ageingDemand.explanation3', { year: f.year(TARGET_YEAR) }),
    'learn.lesson.ageingDemand.explanation4',
  ],
  chart: { kind: 'supply-demand', profession: 0 },
  marks: (result, f) => [
    { year: BASE_YEAR, label: f.t('learn.lesson.ageingDemand.markToday') },
    {
      year: TARGET_YEAR,
      label: f.t('learn.lesson.ageingDemand.markTarget', {
        year: f.year(TARGET_YEAR),
        rise: f.percent(risePercent(result) / 100),
      }),
    },
  ],
  tryIt: {
    task: (f) => f.t('learn.lesson.ageingDemand.task', { year: f.year(TARGET_YEAR) }),
    lever: {
      label: 'learn.lever.trainingPlaces',
      path: 'professions[0].training.intake',
      min: 0,
      max: 300,
      step: 10,
      unit: 'places',
    },
    goal: (result) => gap(result, TARGET_YEAR) >= 0,
    goalWords: (result, f) => {
      const g = gap(result, TARGET_YEAR);
      return g >= 0
        ? f.t('learn.lesson.ageingDemand.goalMet', { year: f.year(TARGET_YEAR), fte: f.count(g) })
        : f.t('learn.lesson.ageingDemand.goalNotMet', {
            year: f.year(TARGET_YEAR),
            fte: f.count(shownDifference(0, g)),
          });
    },
  },
};
