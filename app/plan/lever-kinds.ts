/**
 * The levers a plan can move, in a planner's words: the common ones a new lever is made
 * from (each a policy of one profession, value 0 until the search sets it), and how the
 * bounds of any lever are shown and typed — a relative change in percent ("+12 %"), an
 * absolute one in the parameter's own unit ("people a year", "years").
 */
import type { Policy, PolicyParameter } from '../../model/scenario/types.ts';

/** One of the common levers offered when a lever is made. */
export interface CommonLever {
  id: 'training' | 'retention' | 'recruitment' | 'retirement' | 'fte' | 'taskShifting';
  /** What the list says. */
  label: string;
  /** What it does, in one line. */
  help: string;
  /** The policy it makes (none for task shifting: that lever moves a rule's share). */
  parameter?: PolicyParameter;
  kind?: Policy['kind'];
  /** The bounds offered first (in the lever's own numbers: 0.5 = +50 %). */
  min: number;
  max: number;
}

export const COMMON_LEVERS: readonly CommonLever[] = [
  {
    id: 'training',
    label: 'Training places',
    help: 'more students starting training each year, as a change on today’s places',
    parameter: 'training.intake',
    kind: 'relative',
    min: 0,
    max: 0.5,
  },
  {
    id: 'retention',
    label: 'Retention',
    help: 'fewer people leaving the profession each year (a negative change of attrition)',
    parameter: 'exits.attrition',
    kind: 'relative',
    min: -0.4,
    max: 0,
  },
  {
    id: 'recruitment',
    label: 'Recruitment from abroad',
    help: 'more people recruited from abroad each year, added to today’s immigration',
    parameter: 'immigration.perYear',
    kind: 'absolute',
    min: 0,
    max: 400,
  },
  {
    id: 'retirement',
    label: 'Retirement age',
    help: 'people retiring later, in years added to the average retirement age',
    parameter: 'exits.retirement.meanAge',
    kind: 'absolute',
    min: 0,
    max: 3,
  },
  {
    id: 'fte',
    label: 'FTE per head',
    help: 'more hours worked per person, as a change on today’s FTE per head',
    parameter: 'fte',
    kind: 'relative',
    min: 0,
    max: 0.1,
  },
  {
    id: 'taskShifting',
    label: 'Task shifting share',
    help: 'a larger share of one profession’s demand moved to another by a task-shifting rule',
    min: 0,
    max: 0.3,
  },
];

/** The policy parameters in a planner's words (a lever's name). */
export const PARAMETER_WORDS: Readonly<Record<PolicyParameter, string>> = {
  'training.intake': 'training places',
  'training.completion': 'completion of training',
  'training.entryRate': 'entry into the profession',
  'immigration.perYear': 'recruitment from abroad',
  'exits.attrition': 'attrition',
  'exits.emigration': 'emigration',
  'exits.retirement.meanAge': 'retirement age',
  fte: 'FTE per head',
};

/** How a lever's numbers are shown and typed: value × scale, in `unit`. */
export interface LeverDisplay {
  scale: number;
  /** The unit after a bound ("% change", "people a year"). */
  unit: string;
  /** The unit of a level of the parameter, for "1 200 → 1 344 a year". */
  levelUnit: string;
  /** True when the lever's value is a change in percent (relative). */
  percent: boolean;
}

const ABSOLUTE: Readonly<Record<PolicyParameter, Omit<LeverDisplay, 'percent'>>> = {
  'training.intake': { scale: 1, unit: 'places a year', levelUnit: 'a year' },
  'training.completion': { scale: 100, unit: 'percentage points', levelUnit: '' },
  'training.entryRate': { scale: 100, unit: 'percentage points', levelUnit: '' },
  'immigration.perYear': { scale: 1, unit: 'people a year', levelUnit: 'a year' },
  'exits.attrition': { scale: 100, unit: 'percentage points', levelUnit: 'a year' },
  'exits.emigration': { scale: 100, unit: 'percentage points', levelUnit: 'a year' },
  'exits.retirement.meanAge': { scale: 1, unit: 'years', levelUnit: 'years of age' },
  fte: { scale: 1, unit: 'FTE per head', levelUnit: 'FTE per head' },
};

/** The display of a lever on `policy` (a task-shifting lever: a share in percent). */
export function leverDisplay(policy: Pick<Policy, 'parameter' | 'kind'> | null): LeverDisplay {
  if (policy === null) {
    return { scale: 100, unit: '% of the demand', levelUnit: '', percent: false };
  }
  const abs = ABSOLUTE[policy.parameter] ?? { scale: 1, unit: '', levelUnit: '' };
  if (policy.kind === 'relative') {
    return { scale: 100, unit: '% change', levelUnit: abs.levelUnit, percent: true };
  }
  return { ...abs, percent: false };
}

/** Is the parameter a share (shown in percent)? */
export function isShareParameter(parameter: PolicyParameter): boolean {
  return ABSOLUTE[parameter]?.scale === 100;
}
