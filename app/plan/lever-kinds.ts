/**
 * The levers a plan can move, in a planner's words: the common ones a new lever is made
 * from (each a policy of one profession, value 0 until the search sets it), and how the
 * bounds of any lever are shown and typed — a relative change in percent ("+12 %"), an
 * absolute one in the parameter's own unit ("people a year", "years").
 */
import type { Policy, PolicyParameter } from '../../model/scenario/types.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';

/** One of the common levers offered when a lever is made. */
export interface CommonLever {
  id: 'training' | 'retention' | 'recruitment' | 'retirement' | 'fte' | 'taskShifting';
  /** What the list says. */
  label: MessageKey;
  /** What it does, in one line. */
  help: MessageKey;
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
    label: 'plan.commonLever.training',
    help: 'plan.commonLever.trainingHelp',
    parameter: 'training.intake',
    kind: 'relative',
    min: 0,
    max: 0.5,
  },
  {
    id: 'retention',
    label: 'plan.commonLever.retention',
    help: 'plan.commonLever.retentionHelp',
    parameter: 'exits.attrition',
    kind: 'relative',
    min: -0.4,
    max: 0,
  },
  {
    id: 'recruitment',
    label: 'plan.commonLever.recruitment',
    help: 'plan.commonLever.recruitmentHelp',
    parameter: 'immigration.perYear',
    kind: 'absolute',
    min: 0,
    max: 400,
  },
  {
    id: 'retirement',
    label: 'plan.commonLever.retirement',
    help: 'plan.commonLever.retirementHelp',
    parameter: 'exits.retirement.meanAge',
    kind: 'absolute',
    min: 0,
    max: 3,
  },
  {
    id: 'fte',
    label: 'plan.commonLever.fte',
    help: 'plan.commonLever.fteHelp',
    parameter: 'fte',
    kind: 'relative',
    min: 0,
    max: 0.1,
  },
  {
    id: 'taskShifting',
    label: 'plan.commonLever.taskShifting',
    help: 'plan.commonLever.taskShiftingHelp',
    min: 0,
    max: 0.3,
  },
];

/** The policy parameters in a planner's words (a lever's name). */
export const PARAMETER_WORDS: Readonly<Record<PolicyParameter, MessageKey>> = {
  'training.intake': 'plan.parameter.trainingIntake',
  'training.completion': 'plan.parameter.trainingCompletion',
  'training.entryRate': 'plan.parameter.trainingEntryRate',
  'immigration.perYear': 'plan.parameter.immigrationPerYear',
  'exits.attrition': 'plan.parameter.exitsAttrition',
  'exits.emigration': 'plan.parameter.exitsEmigration',
  'exits.retirement.meanAge': 'plan.parameter.exitsRetirementMeanAge',
  fte: 'plan.parameter.fte',
};

/** The unit after a bound or a change: "% change", "people a year" (`none`: no unit). */
export type LeverUnit =
  | 'placesAYear'
  | 'percentagePoints'
  | 'peopleAYear'
  | 'years'
  | 'ftePerHead'
  | 'shareOfDemand'
  | 'percentChange'
  | 'none';

/** The unit of a level of the parameter, for "1 200 → 1 344 a year" (`none`: no unit). */
export type LevelUnit = 'aYear' | 'yearsOfAge' | 'ftePerHead' | 'none';

/** How a lever's numbers are shown and typed: value × scale, in `unit`. */
export interface LeverDisplay {
  scale: number;
  /** The unit after a bound ("% change", "people a year"): {@link unitWords} says it. */
  unit: LeverUnit;
  /** The unit of a level of the parameter, for "1 200 → 1 344 a year". */
  levelUnit: LevelUnit;
  /** True when the lever's value is a change in percent (relative). */
  percent: boolean;
}

const ABSOLUTE: Readonly<Record<PolicyParameter, Omit<LeverDisplay, 'percent'>>> = {
  'training.intake': { scale: 1, unit: 'placesAYear', levelUnit: 'aYear' },
  'training.completion': { scale: 100, unit: 'percentagePoints', levelUnit: 'none' },
  'training.entryRate': { scale: 100, unit: 'percentagePoints', levelUnit: 'none' },
  'immigration.perYear': { scale: 1, unit: 'peopleAYear', levelUnit: 'aYear' },
  'exits.attrition': { scale: 100, unit: 'percentagePoints', levelUnit: 'aYear' },
  'exits.emigration': { scale: 100, unit: 'percentagePoints', levelUnit: 'aYear' },
  'exits.retirement.meanAge': { scale: 1, unit: 'years', levelUnit: 'yearsOfAge' },
  fte: { scale: 1, unit: 'ftePerHead', levelUnit: 'ftePerHead' },
};

/** The display of a lever on `policy` (a task-shifting lever: a share in percent). */
export function leverDisplay(policy: Pick<Policy, 'parameter' | 'kind'> | null): LeverDisplay {
  if (policy === null) {
    return { scale: 100, unit: 'shareOfDemand', levelUnit: 'none', percent: false };
  }
  const abs = ABSOLUTE[policy.parameter] ?? { scale: 1, unit: 'none', levelUnit: 'none' };
  if (policy.kind === 'relative') {
    return { scale: 100, unit: 'percentChange', levelUnit: abs.levelUnit, percent: true };
  }
  return { ...abs, percent: false };
}

const UNIT_WORDS: Readonly<Record<LeverUnit, MessageKey | null>> = {
  placesAYear: 'plan.unit.placesAYear',
  percentagePoints: 'plan.unit.percentagePoints',
  peopleAYear: 'plan.unit.peopleAYear',
  years: 'plan.unit.years',
  ftePerHead: 'plan.unit.ftePerHead',
  shareOfDemand: 'plan.unit.shareOfDemand',
  percentChange: 'plan.unit.percentChange',
  none: null,
};

/** A unit in words, as a field shows it beside the number ('' for none). */
export function unitWords(unit: LeverUnit, t: Translate): string {
  const key = UNIT_WORDS[unit];
  return key ? t(key) : '';
}

const WITH_UNIT: Readonly<Record<LeverUnit, MessageKey | null>> = {
  placesAYear: 'plan.unit.value.placesAYear',
  percentagePoints: 'plan.unit.value.percentagePoints',
  peopleAYear: 'plan.unit.value.peopleAYear',
  years: 'plan.unit.value.years',
  ftePerHead: 'plan.unit.value.ftePerHead',
  shareOfDemand: 'plan.unit.value.shareOfDemand',
  percentChange: 'plan.unit.value.percentChange',
  none: null,
};

/** A number (already written) with its unit: "+204 people a year", "1.5 years". */
export function withUnit(value: string, unit: LeverUnit, t: Translate): string {
  const key = WITH_UNIT[unit];
  return key ? t(key, { value }) : value;
}

/** Is the parameter a share (shown in percent)? */
export function isShareParameter(parameter: PolicyParameter): boolean {
  return ABSOLUTE[parameter]?.scale === 100;
}
