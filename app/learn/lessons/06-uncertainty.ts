/**
 * Lesson 6: uncertainty. In the middle future the nurses just cover the demand, yet a
 * shortage is far from unlikely: the band around the line says how far the futures
 * spread, and the shortage probability counts the futures that fall short.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  BASE_YEAR,
  WORK_AGES,
  fmt,
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

function answer(result: HwfResult) {
  const share = shortageAt(result, 0, TARGET_YEAR);
  const band = gapBand(result, TARGET_YEAR);
  const middle =
    band.p50 >= 0
      ? `the middle one has ${fmt.count(band.p50)} FTE to spare`
      : `the middle one is only ${fmt.count(-band.p50)} FTE short`;
  return {
    value: percentOf(share),
    words: `A shortage in ${TARGET_YEAR} is ${fmt.percent(share)} likely: that share of the 500 futures falls short, though ${middle}. In 9 futures out of 10 the gap is ${fmt.interval(band.p5, band.p95, true)} FTE.`,
  };
}

export const uncertainty: Lesson = {
  id: 'uncertainty',
  number: 6,
  title: 'One line hides the risk',
  idea: 'A forecast is a spread of possible futures: the band shows how wide it is, and the shortage probability says how many of those futures fall short.',
  scenario,
  prediction: {
    kind: 'number',
    question: `In the middle future, the nurses just cover the demand in ${TARGET_YEAR}, with a little to spare. How likely is a shortage of nurses in ${TARGET_YEAR}?`,
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    initial: 0,
  },
  answer,
  judge: (predicted, result) =>
    withinDistance(predicted, percentOf(shortageAt(result, 0, TARGET_YEAR)), 10),
  explanation: [
    'Nobody knows how many nurses will quit, how many will come from abroad or how fast illness will grow. So the model does not run once: it runs 500 times, each time with other values drawn from the ranges given. Each run is one possible future.',
    'The line in the middle is the median: half the futures lie above it, half below. The bands around it hold the middle half, 8 in 10 and 9 in 10 of the futures. The wider the band, the less we know.',
    'The shortage probability counts the futures in which supply falls below demand. A middle line just above demand still leaves many futures below it: a single line would say “no problem” and hide that risk.',
    'So plan against the band, not the line: decide how much risk of a shortage is acceptable, and choose the training places that keep it there.',
  ],
  chart: { kind: 'supply-demand', profession: 0 },
  marks: (result) => [
    {
      year: TARGET_YEAR,
      label: `${TARGET_YEAR}: a shortage is ${fmt.percent(shortageAt(result, 0, TARGET_YEAR))} likely`,
    },
    { year: BASE_YEAR, label: 'Today: one known number, no band' },
  ],
  tryIt: {
    task: `Find the fewest training places a year that make a shortage in ${TARGET_YEAR} at most ${fmt.percent(GOAL_SHORTAGE)} likely.`,
    lever: {
      label: 'Training places a year',
      path: 'professions[0].training.intake',
      min: 0,
      max: 300,
      step: 5,
      unit: 'places',
    },
    goal: (result) => shortageAt(result, 0, TARGET_YEAR) <= GOAL_SHORTAGE,
    goalWords: (result) => {
      const share = shortageAt(result, 0, TARGET_YEAR);
      return share <= GOAL_SHORTAGE
        ? `Goal met: a shortage in ${TARGET_YEAR} is ${fmt.percent(share)} likely.`
        : `A shortage in ${TARGET_YEAR} is still ${fmt.percent(share)} likely: ${percentOf(share) - percentOf(GOAL_SHORTAGE)} points above the ${fmt.percent(GOAL_SHORTAGE)} you aim for.`;
    },
  },
};
