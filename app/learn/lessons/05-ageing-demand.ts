/**
 * Lesson 5: demand from an ageing population. The population does not grow, but it grows
 * older, and older people use more care, so the demand for nurses rises.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  BASE_YEAR,
  WORK_AGES,
  byAge,
  fmt,
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
const ABOUT_PEOPLE = fmt.count(Math.round(NOW.total / 10_000) * 10_000);

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
    shows: `A population of about ${plainCount(Math.round(NOW.total / 10_000) * 10_000)} that does not grow but grows older: ${percentOf(NOW.oldShare)} % are 65 or older today, ${percentOf(THEN.oldShare)} % in ${TARGET_YEAR}. People of 65 and over use three times as much nursing care as younger adults, and people of 80 and over six times as much, so the demand for nurses rises.`,
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

function answer(result: HwfResult) {
  const value = risePercent(result);
  return {
    value,
    words: `The demand for nurses rises by ${fmt.percent(value / 100)} by ${TARGET_YEAR}, from ${fmt.count(demand(result, BASE_YEAR))} to ${fmt.count(demand(result, TARGET_YEAR))} FTE, while the population stays the same size. The people are the same in number; they are older.`,
  };
}

export const ageingDemand: Lesson = {
  id: 'ageing-demand',
  number: 5,
  title: 'An older population needs more care',
  idea: 'Demand for care depends on the age of the population, not only its size: a population that does not grow but grows older needs more care.',
  scenario,
  prediction: {
    kind: 'number',
    question: `The population stays at about ${ABOUT_PEOPLE} people until ${TARGET_YEAR}, but it grows older: the share aged ${OLD_AGE} and over rises from ${fmt.percent(NOW.oldShare)} to ${fmt.percent(THEN.oldShare)}. Older people use much more nursing care. By how much does the demand for nurses rise by ${TARGET_YEAR}?`,
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    initial: 0,
  },
  answer,
  judge: (predicted, result) => withinDistance(predicted, risePercent(result), 5),
  explanation: [
    'Demand here is counted with utilisation: how much care a person of each age uses, compared with a young adult. A person of 85 uses six times as much nursing care as a person of 30.',
    "Each year the model takes the population of each age, multiplies it by that age's care use and adds it up. When people move from younger to older ages, the sum grows, even if the number of people does not.",
    `So the demand line climbs while the population stays flat. Today the nurses just cover the demand; by ${TARGET_YEAR} they fall far short, though not one nurse fewer works here.`,
    'A plan that holds the number of nurses per inhabitant steady would miss this. Look at the age of the population, not only its size.',
  ],
  chart: { kind: 'supply-demand', profession: 0 },
  marks: (result) => [
    { year: BASE_YEAR, label: 'Today: supply meets demand' },
    {
      year: TARGET_YEAR,
      label: `${TARGET_YEAR}: demand +${fmt.percent(risePercent(result) / 100)}, same population size`,
    },
  ],
  tryIt: {
    task: `Find the fewest training places a year that keep the nurses' FTE up with the demand in ${TARGET_YEAR}.`,
    lever: {
      label: 'Training places a year',
      path: 'professions[0].training.intake',
      min: 0,
      max: 300,
      step: 10,
      unit: 'places',
    },
    goal: (result) => gap(result, TARGET_YEAR) >= 0,
    goalWords: (result) => {
      const g = gap(result, TARGET_YEAR);
      return g >= 0
        ? `Goal met: in ${TARGET_YEAR} supply exceeds demand by ${fmt.count(g)} FTE.`
        : `In ${TARGET_YEAR} supply is still ${fmt.count(shownDifference(0, g))} FTE short of demand.`;
    },
  },
};
