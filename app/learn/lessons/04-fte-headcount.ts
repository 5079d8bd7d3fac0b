/**
 * Lesson 4: FTE versus headcount. The number of nurses stays level, but each works a
 * little less every year (more part-time work), so the work they can do falls.
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

function answer(result: HwfResult) {
  const value = Math.round(fte(result, TARGET_YEAR));
  return {
    value,
    words: `In ${TARGET_YEAR} the ${fmt.count(headcount(result, TARGET_YEAR))} nurses give ${fmt.count(value)} FTE, against ${fmt.count(fte(result, BASE_YEAR))} FTE today: about the same people, ${fmt.count(shownDifference(fte(result, BASE_YEAR), value))} fewer full-time jobs' worth of work.`,
  };
}

export const fteHeadcount: Lesson = {
  id: 'fte-headcount',
  number: 4,
  title: 'Heads are not hours',
  idea: 'What counts for care is the work people do (FTE), not how many people there are (headcount); when more work part time, the same headcount does less work.',
  scenario,
  prediction: {
    kind: 'number',
    question: `Today about ${fmt.count(TODAY_ROUNDED)} nurses work here, each ${fmt.percent(FTE_PER_HEAD)} of full time on average: about ${fmt.count(TODAY_ROUNDED * FTE_PER_HEAD)} FTE. Their number stays about the same, but each year they work 1 % less. How many FTE will they give in ${TARGET_YEAR}?`,
    unit: 'FTE',
    min: 0,
    max: TODAY_ROUNDED,
    step: 10,
    initial: Math.round((TODAY * FTE_PER_HEAD) / 10) * 10,
  },
  answer,
  judge: (predicted, result) => withinShare(predicted, fte(result, TARGET_YEAR), 0.05),
  explanation: [
    'Headcount is the number of people. FTE (full-time equivalent) is the work they do, counted in full-time jobs: two nurses who each work half time are 2 heads but 1 FTE.',
    `Here the headcount stays about level, but the average nurse works ${fmt.percent(FTE_PER_HEAD)} of full time today and 1 % less each year. Over ${HORIZON} years that adds up: the same nurses do about ${fmt.percent(1 - (1 + FTE_TREND) ** HORIZON)} less work.`,
    'On the chart the two lines drift apart. The gap between them is work that is no longer done, even though nobody left.',
    'Demand for care is counted in FTE. A plan that only counts heads will miss a shortage that comes from shorter working hours.',
  ],
  chart: { kind: 'headcount-fte', profession: 0 },
  marks: (result) => [
    {
      year: BASE_YEAR,
      label: `Today: ${fmt.count(headcount(result, BASE_YEAR))} nurses, ${fmt.count(fte(result, BASE_YEAR))} FTE`,
    },
    {
      year: TARGET_YEAR,
      label: `${TARGET_YEAR}: ${fmt.count(headcount(result, TARGET_YEAR))} nurses, ${fmt.count(fte(result, TARGET_YEAR))} FTE`,
    },
  ],
  tryIt: {
    task: `Nobody can make nurses work longer hours. Find the fewest training places a year that keep the FTE of ${TARGET_YEAR} at today's level.`,
    lever: {
      label: 'Training places a year',
      path: 'professions[0].training.intake',
      min: 0,
      max: 150,
      step: 5,
      unit: 'places',
    },
    goal: (result) => fte(result, TARGET_YEAR) >= fte(result, BASE_YEAR),
    goalWords: (result) => {
      const now = fte(result, BASE_YEAR);
      const then = fte(result, TARGET_YEAR);
      return then >= now
        ? `Goal met: ${fmt.count(then)} FTE in ${TARGET_YEAR}, from ${fmt.count(headcount(result, TARGET_YEAR))} nurses: more heads for the same work.`
        : `${fmt.count(then)} FTE in ${TARGET_YEAR}: ${fmt.count(shownDifference(now, then))} FTE short of today's ${fmt.count(now)}.`;
    },
  },
};
