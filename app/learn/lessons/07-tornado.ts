/**
 * Lesson 7: what drives the gap. Four inputs of the nurses' forecast are uncertain; the
 * tornado ranks them by how strongly each moves the gap of the target year. Attrition,
 * the widest of them, comes first.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  WORK_AGES,
  fmt,
  lessonScenario,
  levelStock,
  yearIndex,
  trainingOf,
  NURSE_GRADUATES,
  NURSE_MIGRANTS,
} from './build.ts';

const TARGET_YEAR = 2040;
const HORIZON = 15;
const INTAKE = 100;
const COMPLETION = 0.85;
const ENTRY_RATE = 0.9;
const ATTRITION = { min: 0.02, mode: 0.03, max: 0.06 };
/** The goal of "try it yourself": the 2040 gap's 90 % range at most this wide (FTE). */
const GOAL_WIDTH = 300;
const GRADUATES = NURSE_GRADUATES;
const MIGRANTS = NURSE_MIGRANTS;
const EXITS = {
  attrition: ATTRITION.mode,
  emigration: 0.004,
  retirement: { meanAge: 62, sd: 2 },
};

const STOCK = levelStock(
  WORK_AGES,
  [
    { perYear: INTAKE * COMPLETION * ENTRY_RATE, ...GRADUATES },
    { perYear: 25, ...MIGRANTS },
  ],
  EXITS,
);

/** The uncertain inputs, as the tornado names them, and in a planner's words. */
const INPUTS = [
  {
    value: 'professions[0].exits.attrition',
    label: 'How many nurses quit each year (attrition)',
    short: 'attrition',
  },
  {
    value: 'professions[0].immigration.perYear',
    label: 'How many nurses come from abroad',
    short: 'immigration',
  },
  {
    value: 'professions[0].exits.retirement.meanAge',
    label: 'The average retirement age',
    short: 'the retirement age',
  },
  {
    value: 'professions[0].demand.trends.epidemiology',
    label: 'How fast the need for care grows',
    short: 'the growth of the need for care',
  },
] as const;
const ATTRITION_PATH = INPUTS[0].value;

function scenario(): unknown {
  return lessonScenario({
    number: 7,
    title: 'what drives the gap',
    shows:
      'Nurses with four uncertain inputs: attrition (2–6 % a year), immigrants (20–30 a year), the average retirement age (about 62) and the growth of the need for care (0.4–0.8 % a year). The tornado shows which of them moves the 2040 gap most.',
    seed: 707,
    horizonYears: HORIZON,
    targetYear: TARGET_YEAR,
    professions: [
      {
        id: 'nurse',
        name: 'Nurses',
        stock: STOCK,
        fte: 0.85,
        training: trainingOf(INTAKE, 3, COMPLETION, ENTRY_RATE, GRADUATES),
        immigration: {
          perYear: { dist: 'uniform', min: 20, max: 30 },
          entrants: MIGRANTS,
        },
        exits: {
          attrition: { dist: 'pert', ...ATTRITION },
          emigration: EXITS.emigration,
          retirement: {
            meanAge: { dist: 'normal', mean: 62, sd: 0.5 },
            sd: EXITS.retirement.sd,
          },
        },
        demand: {
          method: 'utilisation',
          baseFte: null,
          unmet: 0,
          trends: { epidemiology: { dist: 'uniform', min: 0.004, max: 0.008 } },
        },
      },
    ],
  });
}

function shortName(input: string): string {
  return INPUTS.find((i) => i.value === input)?.short ?? input;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The input at the top of the tornado (the largest rank correlation with the gap). */
export function topInput(result: HwfResult): string | undefined {
  return result.professions[0].sensitivity[0]?.input;
}

/** The width of the target year's gap between the 5th and the 95th percentile. */
function gapWidth(result: HwfResult): number {
  const g = result.professions[0].gap;
  const k = yearIndex(result, TARGET_YEAR);
  return g.p95[k] - g.p5[k];
}

function answer(result: HwfResult) {
  const top = result.professions[0].sensitivity[0];
  if (top === undefined) return { value: '', words: 'No input moves the gap in this run.' };
  return {
    value: top.input,
    words: `${capitalised(shortName(top.input))} drives the ${TARGET_YEAR} gap most: its bar is the longest (rank correlation ${fmt.correlation(top.rankCorrelation)}, where ±1 would be a perfect link and 0 none).`,
  };
}

export const tornado: Lesson = {
  id: 'tornado',
  number: 7,
  title: 'What drives the gap',
  idea: 'The tornado chart ranks the uncertain inputs by how much each moves the gap, so you know which numbers to pin down and which levers matter.',
  scenario,
  prediction: {
    kind: 'choice',
    question: `Four inputs of this nurse forecast are uncertain: attrition (2–6 % a year), immigrants (20–30 a year), the average retirement age (62, give or take a year) and the growth of the need for care (0.4–0.8 % a year). Which one moves the ${TARGET_YEAR} gap most?`,
    options: INPUTS.map((i) => ({ value: i.value, label: i.label })),
  },
  answer,
  judge: (predicted, result) => predicted === topInput(result),
  explanation: [
    'Each of the 500 futures draws its own value of every uncertain input. The tornado asks, for each input: in the futures where this input was high, was the gap high or low? The stronger that link, the longer the bar.',
    `Attrition comes first. A few points of attrition a year, on every nurse, for ${HORIZON} years, adds up to hundreds of nurses. Ten immigrants more or less a year, or a retirement age a little higher or lower, moves far less.`,
    'A bar to the left means: the higher this input, the larger the shortage. Bars too short to tell from chance are left out.',
    'Read the tornado as a to-do list: the top input is the number most worth measuring better, and often the lever most worth pulling (here: keeping nurses in the job).',
  ],
  chart: { kind: 'tornado', profession: 0 },
  marks: (result) => {
    const top = topInput(result);
    return [
      {
        year: TARGET_YEAR,
        label:
          top === undefined
            ? `The gap in ${TARGET_YEAR}`
            : `The ${TARGET_YEAR} gap: ${shortName(top)} matters most`,
      },
    ];
  },
  tryIt: {
    task: `Suppose a study of nurses who leave shows that attrition cannot be as high as 6 % a year. Find the highest attrition the study may allow that narrows the ${TARGET_YEAR} gap's 9-in-10 range to at most ${fmt.count(GOAL_WIDTH)} FTE.`,
    lever: {
      label: 'Highest possible attrition (0.05 = 5 % of nurses)',
      path: `${ATTRITION_PATH}.max`,
      min: ATTRITION.mode,
      max: 0.08,
      step: 0.005,
      unit: 'a year',
    },
    goal: (result) => gapWidth(result) <= GOAL_WIDTH,
    goalWords: (result) => {
      const width = gapWidth(result);
      return width <= GOAL_WIDTH
        ? `Goal met: in 9 futures out of 10 the ${TARGET_YEAR} gap lies within a range ${fmt.count(width)} FTE wide.`
        : `The ${TARGET_YEAR} gap's 9-in-10 range is ${fmt.count(width)} FTE wide: ${fmt.count(width - GOAL_WIDTH)} FTE more than ${fmt.count(GOAL_WIDTH)}.`;
    },
  },
};
