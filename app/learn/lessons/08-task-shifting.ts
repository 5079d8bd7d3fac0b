/**
 * Lesson 8: task shifting and skill mix. A share of the doctors' tasks moves to nurses
 * from 2026 to 2030: the doctors' shortage shrinks, the nurses' spare capacity is used up,
 * and because a nurse takes a little longer for the same task, the nurses need more FTE
 * than the doctors save.
 */
import type { HwfResult } from '../../../model/result/result.ts';
import type { Lesson } from '../lesson-types.ts';
import {
  WORK_AGES,
  evenPipeline,
  fmt,
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

function answer(result: HwfResult) {
  const value = Math.round(movedNurseFte(result));
  const moved = movedDoctorFte(result);
  return {
    value,
    words: `In ${TARGET_YEAR} about ${fmt.count(moved)} FTE of the doctors' work has moved to nurses, and the nurses need ${fmt.count(value)} FTE to do it (${RATIO} times as much). The doctors' gap is now ${fmt.signed(gap(result, DOCTOR))} FTE, the nurses' ${fmt.signed(gap(result, NURSE))} FTE.`,
  };
}

function gapWords(result: HwfResult, p: number, name: string): string {
  const g = gap(result, p);
  return g >= 0
    ? `${name} have ${fmt.count(g)} FTE to spare`
    : `${name} are ${fmt.count(-g)} FTE short`;
}

export const taskShifting: Lesson = {
  id: 'task-shifting',
  number: 8,
  title: 'Sharing the work',
  idea: 'Moving tasks from one profession to another closes one gap by opening another: it helps only where the receiving profession has room to spare.',
  scenario,
  prediction: {
    kind: 'number',
    question: `Doctors are short; nurses have some to spare. From ${SHIFT_START} to ${SHIFT_FULL}, ${fmt.percent(SHARE)} of the doctors' work moves to nurses, and a nurse needs ${RATIO} hours for each hour of a doctor's work. How many extra nurse FTE does that need in ${TARGET_YEAR}?`,
    unit: 'FTE',
    min: 0,
    max: 1000,
    step: 10,
    initial: 0,
  },
  answer,
  judge: (predicted, result) => withinShare(predicted, movedNurseFte(result), 0.1),
  explanation: [
    "Task shifting (or a new skill mix) means giving some of one profession's tasks to another: nurses who follow up chronic patients, prescribe some medicines or run clinics that doctors ran before.",
    `The moved work leaves the doctors' demand and joins the nurses' demand. Here ${fmt.percent(SHARE)} of it moves, step by step from ${SHIFT_START} to ${SHIFT_FULL}, so the doctors' gap shrinks while the nurses' spare capacity is used up.`,
    `The move is rarely one for one. A nurse here needs ${RATIO} hours for a doctor's hour of work, so the nurses need more FTE than the doctors save.`,
    'Task shifting helps only as far as the receiving profession has room. Move too much and you have simply moved the shortage.',
  ],
  chart: { kind: 'supply-demand', profession: NURSE },
  marks: (result) => [
    { year: SHIFT_START, label: 'Tasks start to move to nurses' },
    { year: SHIFT_FULL, label: `${fmt.percent(SHARE)} of the doctors' work moved` },
    {
      year: TARGET_YEAR,
      label: `${TARGET_YEAR}: nurses need ${fmt.count(movedNurseFte(result))} FTE more`,
    },
  ],
  tryIt: {
    task: `Find a share of the doctors' work to move that leaves neither doctors nor nurses short in ${TARGET_YEAR}, in the middle future.`,
    lever: {
      label: 'Share moved to nurses (0.25 = a quarter)',
      path: 'substitution[0].share',
      min: 0,
      max: 0.6,
      step: 0.05,
      unit: "of the doctors' work",
    },
    goal: (result) => gap(result, DOCTOR) >= 0 && gap(result, NURSE) >= 0,
    goalWords: (result) => {
      const both = `${gapWords(result, DOCTOR, 'doctors')}; ${gapWords(result, NURSE, 'nurses')}`;
      if (gap(result, DOCTOR) >= 0 && gap(result, NURSE) >= 0)
        return `Goal met: in ${TARGET_YEAR} ${both}.`;
      if (gap(result, DOCTOR) < 0 && gap(result, NURSE) < 0) {
        return `In ${TARGET_YEAR} ${both}.`;
      }
      return gap(result, DOCTOR) < 0
        ? `In ${TARGET_YEAR} ${both}. Move more.`
        : `In ${TARGET_YEAR} ${both}. That is too much: move less.`;
    },
  },
};
