/**
 * Lesson 1: a workforce is a bathtub. Nurses join (graduates, immigrants) and leave
 * (attrition, emigration, retirement); the number moves only when joiners and leavers
 * differ. Here fewer join than leave, so the tub empties.
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

function answer(result: HwfResult) {
  const value = Math.round(headcount(result, TARGET_YEAR));
  const today = headcount(result, BASE_YEAR);
  return {
    value,
    words: `In ${TARGET_YEAR} there are about ${fmt.count(value)} nurses, ${fmt.count(shownDifference(today, value))} fewer than today's ${fmt.count(today)}. As long as more leave than join, the number keeps falling.`,
  };
}

export const stockAndFlow: Lesson = {
  id: 'stock-and-flow',
  number: 1,
  title: 'A workforce is a bathtub',
  idea: 'The number of workers changes only when the people who join and the people who leave are not equal.',
  scenario,
  prediction: {
    kind: 'number',
    question: `Today about ${fmt.count(TODAY_ROUNDED)} nurses work here. Each year about ${JOIN} join and about ${LEAVE} leave. How many nurses will there be in ${TARGET_YEAR}?`,
    unit: 'nurses',
    min: 0,
    max: 2 * TODAY_ROUNDED,
    step: 10,
    initial: TODAY_ROUNDED,
  },
  answer,
  judge: (predicted, result) => withinShare(predicted, answer(result).value, 0.1),
  explanation: [
    'Think of the workforce as water in a bathtub. The tap is everyone who joins: new graduates and nurses who move here from abroad. The drain is everyone who leaves: people who quit, people who move abroad and people who retire.',
    `The level moves only when the tap and the drain differ. Here about ${JOIN} nurses join each year and about ${LEAVE} leave, so the tub loses about ${LEAVE - JOIN} a year at first.`,
    'As the tub empties, fewer people are left to leave, so the fall slows down. The level settles where as many leave as join.',
    "So ask two questions before any other: how many join each year, and how many leave? A shortage builds up slowly, one year's difference at a time.",
  ],
  chart: { kind: 'band', profession: 0, measure: 'headcount' },
  marks: (result) => {
    const today = headcount(result, BASE_YEAR);
    const then = headcount(result, TARGET_YEAR);
    // Within 1 % of today: the tap matches the drain (the try-it lever can get there).
    const why =
      Math.abs(then - today) <= today * 0.01
        ? 'as many join as leave'
        : then < today
          ? 'because more leave than join'
          : 'because more join than leave';
    return [
      { year: BASE_YEAR, label: `Today: ${fmt.count(today)} nurses` },
      { year: TARGET_YEAR, label: `${TARGET_YEAR}: ${fmt.count(then)}, ${why}` },
    ];
  },
  tryIt: {
    task: `Open the tap. Find the fewest nurses from abroad a year that keep as many nurses in ${TARGET_YEAR} as today.`,
    lever: {
      label: 'Nurses arriving from abroad a year',
      path: 'professions[0].immigration.perYear',
      min: 0,
      max: 100,
      step: 5,
      unit: 'nurses',
    },
    goal: (result) => headcount(result, TARGET_YEAR) >= headcount(result, BASE_YEAR),
    goalWords: (result) => {
      const today = headcount(result, BASE_YEAR);
      const then = headcount(result, TARGET_YEAR);
      return then >= today
        ? `Goal met: ${fmt.count(then)} nurses in ${TARGET_YEAR}, ${fmt.count(shownDifference(then, today))} more than today. The tap now matches the drain.`
        : `${fmt.count(then)} nurses in ${TARGET_YEAR}: still ${fmt.count(shownDifference(today, then))} fewer than today's ${fmt.count(today)}.`;
    },
  },
};
