/**
 * Lesson 7: what drives the gap. Four inputs of the nurses' forecast are uncertain; the
 * tornado ranks them by how strongly each moves the gap of the target year. Attrition,
 * the widest of them, comes first.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Formats } from '../../format.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  WORK_AGES,
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

/** The uncertain inputs, as the tornado names them, and in a planner's words: the choice's
 *  label, and `which`, the input's case in the messages that name it in a sentence. */
const INPUTS = [
  {
    value: 'professions[0].exits.attrition',
    label: 'learn.lesson.tornado.optionAttrition',
    which: 'attrition',
  },
  {
    value: 'professions[0].immigration.perYear',
    label: 'learn.lesson.tornado.optionImmigration',
    which: 'immigration',
  },
  {
    value: 'professions[0].exits.retirement.meanAge',
    label: 'learn.lesson.tornado.optionRetirementAge',
    which: 'retirementAge',
  },
  {
    value: 'professions[0].demand.trends.epidemiology',
    label: 'learn.lesson.tornado.optionNeedGrowth',
    which: 'needGrowth',
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

/** An input's case in the messages that name it ("other": one the lesson does not know,
 *  named by its path). */
function which(input: string): string {
  return INPUTS.find((i) => i.value === input)?.which ?? 'other';
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

function answer(result: HwfResult, f: Formats) {
  const top = result.professions[0].sensitivity[0];
  if (top === undefined) return { value: '', words: f.t('learn.lesson.tornado.answerNone') };
  return {
    value: top.input,
    words: f.t('learn.lesson.tornado.answer', {
      which: which(top.input),
      input: capitalised(top.input),
      year: f.year(TARGET_YEAR),
      correlation: f.correlation(top.rankCorrelation),
    }),
  };
}

export const tornado: Lesson = {
  id: 'tornado',
  number: 7,
  title: 'learn.lesson.tornado.title',
  idea: 'learn.lesson.tornado.idea',
  scenario,
  prediction: {
    kind: 'choice',
    question: (f) => f.t('learn.lesson.tornado.question', { year: f.year(TARGET_YEAR) }),
    options: INPUTS.map((i) => ({ value: i.value, label: i.label })),
  },
  answer,
  judge: (predicted, result) => predicted === topInput(result),
  explanation: [
    'learn.lesson.tornado.explanation1',
    (f) => f.t('learn.lesson.tornado.explanation2', { horizon: f.integer(HORIZON) }),
    'learn.lesson.tornado.explanation3',
    'learn.lesson.tornado.explanation4',
  ],
  chart: { kind: 'tornado', profession: 0 },
  marks: (result, f) => {
    const top = topInput(result);
    return [
      {
        year: TARGET_YEAR,
        label:
          top === undefined
            ? f.t('learn.lesson.tornado.markNone', { year: f.year(TARGET_YEAR) })
            : f.t('learn.lesson.tornado.markTop', {
                year: f.year(TARGET_YEAR),
                which: which(top),
                input: top,
              }),
      },
    ];
  },
  tryIt: {
    task: (f) =>
      f.t('learn.lesson.tornado.task', {
        year: f.year(TARGET_YEAR),
        width: f.count(GOAL_WIDTH),
      }),
    lever: {
      label: 'learn.lesson.tornado.lever',
      path: `${ATTRITION_PATH}.max`,
      min: ATTRITION.mode,
      max: 0.08,
      step: 0.005,
      unit: 'perYear',
    },
    goal: (result) => gapWidth(result) <= GOAL_WIDTH,
    goalWords: (result, f) => {
      const width = gapWidth(result);
      return width <= GOAL_WIDTH
        ? f.t('learn.lesson.tornado.goalMet', { year: f.year(TARGET_YEAR), width: f.count(width) })
        : f.t('learn.lesson.tornado.goalNotMet', {
            year: f.year(TARGET_YEAR),
            width: f.count(width),
            over: f.count(width - GOAL_WIDTH),
            goal: f.count(GOAL_WIDTH),
          });
    },
  },
};
