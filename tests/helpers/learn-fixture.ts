/**
 * Two small lessons for the tests of Learn's view (the shipped lessons live in
 * app/learn/lessons/): the midwives of the minimal example with fewer futures, one lesson
 * asking for a number (the chance of a shortage, lever: training places) and one asking
 * for a choice (lever: the retirement age). Made-up numbers, as every lesson's are. Their
 * texts are their own words (functions), not the catalogue's: they are never translated. Read
 * with node:fs, so for Node tests only.
 */
import { readFileSync } from 'node:fs';
import type { HwfResult } from '../../model/result/result.ts';
import type { Lesson } from '../../app/learn/lesson-types.ts';

/** The minimal example with `runs` futures, fewer training places (60) and an earlier
 *  retirement (57), so that neither lesson's scenario reaches its goal as it comes. */
export function fixtureScenario(runs = 300): Record<string, unknown> {
  const doc = JSON.parse(
    readFileSync(new URL('../../app/data/examples/minimal.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown> & {
    professions: { training: { intake: number }; exits: { retirement: { meanAge: number } } }[];
  };
  doc.professions[0].training.intake = 60;
  doc.professions[0].exits.retirement.meanAge = 57;
  return {
    ...doc,
    name: 'Lesson scenario: midwives',
    description: 'Made-up numbers for teaching.',
    simulation: { runs, seed: 11 },
  };
}

const at = (result: HwfResult, year: number) => result.years.indexOf(year);
const shortage = (result: HwfResult) =>
  result.professions[0].shortageProbability[at(result, result.targetYear)];
const gap = (result: HwfResult) => result.professions[0].gap.p50[at(result, result.targetYear)];
const percent = (share: number) => `${Math.round(share * 100)} %`;

export const NUMBER_LESSON: Lesson = {
  id: 'fixture-training',
  number: 1,
  title: () => 'Training takes time',
  idea: () => 'New training places add workers only years later.',
  scenario: () => fixtureScenario(),
  prediction: {
    kind: 'number',
    question: () => 'How likely is a shortage of midwives in 2035?',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 5,
    initial: 50,
  },
  answer: (r) => ({
    value: Math.round(shortage(r) * 100),
    words: `In 2035 a shortage of midwives is ${percent(shortage(r))} likely.`,
  }),
  judge: (predicted, r) =>
    typeof predicted === 'number' && Math.abs(predicted - shortage(r) * 100) <= 15,
  explanation: [
    () => 'Midwives leave every year through retirement and attrition.',
    () => 'New places add graduates only after three years of training.',
  ],
  chart: { kind: 'supply-demand', profession: 0 },
  marks: (r) => [
    { year: r.years[0] + 3, label: 'first graduates' },
    { year: r.targetYear, label: 'the year asked about' },
  ],
  tryIt: {
    task: () => 'Find training places that keep the chance of a shortage in 2035 under 20 %.',
    lever: {
      label: () => 'Training places a year',
      path: 'professions[0].training.intake',
      min: 0,
      max: 400,
      step: 20,
      unit: 'places',
    },
    goal: (r) => shortage(r) < 0.2,
    goalWords: (r) => `The chance of a shortage in 2035 is ${percent(shortage(r))}.`,
  },
};

export const CHOICE_LESSON: Lesson = {
  id: 'fixture-retirement',
  number: 2,
  title: () => 'Retirement shapes supply',
  idea: () => 'When people retire matters as much as how many start.',
  scenario: () => fixtureScenario(),
  prediction: {
    kind: 'choice',
    question: () => 'In 2035, will there be more or fewer midwives than needed?',
    options: [
      { value: 'more', label: () => 'More than needed' },
      { value: 'fewer', label: () => 'Fewer than needed' },
    ],
  },
  answer: (r) => ({
    value: gap(r) >= 0 ? 'more' : 'fewer',
    words: gap(r) >= 0 ? 'More than needed, in the median future.' : 'Fewer than needed.',
  }),
  judge: (predicted, r) => predicted === (gap(r) >= 0 ? 'more' : 'fewer'),
  explanation: [() => 'A later retirement keeps people working longer.'],
  chart: { kind: 'band', profession: 0, measure: 'gap' },
  marks: (r) => [{ year: r.targetYear, label: 'the year asked about' }],
  tryIt: {
    task: () => 'Find a retirement age that brings the median shortfall of 2035 under 200 FTE.',
    lever: {
      label: () => 'Average retirement age',
      path: 'professions[0].exits.retirement.meanAge',
      min: 55,
      max: 70,
      step: 1,
      unit: 'years',
    },
    goal: (r) => gap(r) > -200,
    goalWords: (r) => `The median gap in 2035 is ${Math.round(gap(r))} FTE.`,
  },
};

export const FIXTURE_LESSONS: readonly Lesson[] = [NUMBER_LESSON, CHOICE_LESSON];
