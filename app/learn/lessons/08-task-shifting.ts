/**
 * Lesson 8: task shifting and skill mix. A share of the doctors' tasks moves to nurses
 * from 2026 to 2030: the doctors' shortage shrinks, the nurses' spare capacity is used up,
 * and because a nurse takes a little longer for the same task, the nurses need more FTE
 * than the doctors save.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Formats } from '../../format.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  WORK_AGES,
  evenPipeline,
  lessonScenario,
  levelStock,
  medianAt,
  percentOf,
  stockTotal,
  withinShare,
  NURSE_GRADUATES,
} from './build.ts';

const TARGET_YEAR = 2035;
const HORIZON = 10;
const SHIFT_START = 2026;
const SHIFT_FULL = 2030;
/** The share of the doctors' demand moved to nurses by 2030 (the lever starts here). */
export const SHARE = 0.2;
/** One FTE of doctors' work takes this many FTE of nurses. */
export const RATIO = 1.2;
const FTE = 0.9;
/** The share of the nurses' FTE that today's demand does not need. */
const NURSE_SPARE = 0.3;
const DOCTOR = 0;
const NURSE = 1;

const DOCTOR_GRADUATES = { femaleShare: 0.55, ageMean: 26, ageSd: 1.5 };
const DOCTOR_EXITS = { attrition: 0.01, emigration: 0.005, retirement: { meanAge: 66, sd: 2 } };
const NURSE_EXITS = { attrition: 0.025, emigration: 0.003, retirement: { meanAge: 62, sd: 2 } };

function profession(
  id: string,
  name: string,
  intake: number,
  duration: number,
  graduates: typeof NURSE_GRADUATES,
  exits: typeof NURSE_EXITS,
  attrition: { min: number; max: number },
  demand: { unmet: number; trend: number; spare?: number },
) {
  const completion = 0.9;
  const entryRate = 0.95;
  const stock = levelStock(
    WORK_AGES,
    [{ perYear: intake * completion * entryRate, ...graduates }],
    exits,
  );
  // A profession with spare capacity: today's demand is a share below today's FTE.
  const baseFte =
    demand.spare === undefined ? null : Math.round(stockTotal(stock) * FTE * (1 - demand.spare));
  return {
    id,
    name,
    stock,
    fte: FTE,
    training: {
      intake,
      durationYears: duration,
      completion,
      entryRate,
      pipeline: evenPipeline(intake, duration),
      entrants: graduates,
    },
    exits: {
      attrition: { dist: 'uniform', ...attrition },
      emigration: exits.emigration,
      retirement: exits.retirement,
    },
    demand: {
      method: 'utilisation',
      baseFte,
      unmet: demand.unmet,
      trends: { sociocultural: demand.trend },
    },
  };
}

function scenario(): unknown {
  return lessonScenario({
    number: 8,
    title: 'task shifting',
    shows: `Doctors are short by a quarter of what is needed; nurses have time to spare (today ${percentOf(NURSE_SPARE)} % of their FTE is not needed). From ${SHIFT_START} to ${SHIFT_FULL}, ${percentOf(SHARE)} % of the doctors' work moves to nurses, and a nurse needs ${RATIO} hours for each hour of a doctor's work.`,
    seed: 808,
    horizonYears: HORIZON,
    targetYear: TARGET_YEAR,
    professions: [
      profession(
        'doctor',
        'Doctors',
        30,
        6,
        DOCTOR_GRADUATES,
        DOCTOR_EXITS,
        { min: 0.008, max: 0.012 },
        { unmet: 0.25, trend: 0.01 },
      ),
      profession(
        'nurse',
        'Nurses',
        120,
        3,
        NURSE_GRADUATES,
        NURSE_EXITS,
        { min: 0.02, max: 0.03 },
        { unmet: 0, trend: 0.01, spare: NURSE_SPARE },
      ),
    ],
    substitution: [
      {
        from: 'doctor',
        to: 'nurse',
        share: SHARE,
        ratio: RATIO,
        startYear: SHIFT_START,
        fullYear: SHIFT_FULL,
      },
    ],
  });
}

const gap = (result: HwfResult, p: number) => medianAt(result, p, 'gap', TARGET_YEAR);

/**
 * The nurse FTE the moved tasks need in the target year. The doctors' demand left after
 * the shift is (1 − share) of their own demand, so the moved part is share / (1 − share)
 * of what is left, and nurses need `ratio` times that.
 */
function movedDoctorFte(result: HwfResult): number {
  return (medianAt(result, DOCTOR, 'demand', TARGET_YEAR) * SHARE) / (1 - SHARE);
}

function movedNurseFte(result: HwfResult): number {
  return movedDoctorFte(result) * RATIO;
}

function answer(result: HwfResult, f: Formats) {
  const value = Math.round(movedNurseFte(result));
  const moved = movedDoctorFte(result);
  return {
    value,
    words: f.t('learn.lesson.taskShifting.answer', {
      year: f.year(TARGET_YEAR),
      moved: f.count(moved),
      need: f.count(value),
      ratio: f.count(RATIO),
      doctors: f.signed(gap(result, DOCTOR)),
      nurses: f.signed(gap(result, NURSE)),
    }),
  };
}

/** A profession's gap in the target year as a clause ("doctors are 120 FTE short"). */
function gapWords(result: HwfResult, p: number, key: MessageKey, f: Formats): string {
  const g = gap(result, p);
  return f.t(key, { state: g >= 0 ? 'spare' : 'short', fte: f.count(Math.abs(g)) });
}

export const taskShifting: Lesson = {
  id: 'task-shifting',
  number: 8,
  title: 'learn.lesson.taskShifting.title',
  idea: 'learn.lesson.taskShifting.idea',
  scenario,
  prediction: {
    kind: 'number',
    question: (f) =>
      f.t('learn.lesson.taskShifting.question', {
        from: f.year(SHIFT_START),
        to: f.year(SHIFT_FULL),
        share: f.percent(SHARE),
        ratio: f.count(RATIO),
        year: f.year(TARGET_YEAR),
      }),
    unit: 'fte',
    min: 0,
    max: 1000,
    step: 10,
    initial: 0,
  },
  answer,
  judge: (predicted, result) => withinShare(predicted, movedNurseFte(result), 0.1),
  explanation: [
    'learn.lesson.taskShifting.explanation1',
    (f) =>
      f.t('learn.lesson.taskShifting.explanation2', {
        share: f.percent(SHARE),
        from: f.year(SHIFT_START),
        to: f.year(SHIFT_FULL),
      }),
    (f) => f.t('learn.lesson.taskShifting.explanation3', { ratio: f.count(RATIO) }),
    'learn.lesson.taskShifting.explanation4',
  ],
  chart: { kind: 'supply-demand', profession: NURSE },
  marks: (result, f) => [
    { year: SHIFT_START, label: f.t('learn.lesson.taskShifting.markStart') },
    {
      year: SHIFT_FULL,
      label: f.t('learn.lesson.taskShifting.markFull', { share: f.percent(SHARE) }),
    },
    {
      year: TARGET_YEAR,
      label: f.t('learn.lesson.taskShifting.markTarget', {
        year: f.year(TARGET_YEAR),
        fte: f.count(movedNurseFte(result)),
      }),
    },
  ],
  tryIt: {
    task: (f) => f.t('learn.lesson.taskShifting.task', { year: f.year(TARGET_YEAR) }),
    lever: {
      label: 'learn.lesson.taskShifting.lever',
      path: 'substitution[0].share',
      min: 0,
      max: 0.6,
      step: 0.05,
      unit: 'doctorsWork',
    },
    goal: (result) => gap(result, DOCTOR) >= 0 && gap(result, NURSE) >= 0,
    goalWords: (result, f) => {
      const values = {
        year: f.year(TARGET_YEAR),
        doctors: gapWords(result, DOCTOR, 'learn.lesson.taskShifting.gapDoctors', f),
        nurses: gapWords(result, NURSE, 'learn.lesson.taskShifting.gapNurses', f),
      };
      if (gap(result, DOCTOR) >= 0 && gap(result, NURSE) >= 0)
        return f.t('learn.lesson.taskShifting.goalMet', values);
      if (gap(result, DOCTOR) < 0 && gap(result, NURSE) < 0) {
        return f.t('learn.lesson.taskShifting.bothShort', values);
      }
      return gap(result, DOCTOR) < 0
        ? f.t('learn.lesson.taskShifting.moveMore', values)
        : f.t('learn.lesson.taskShifting.moveLess', values);
    },
  },
};
