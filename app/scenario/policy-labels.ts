/**
 * The policy levers in planner words ("training places", "retirement age"), as message keys
 * and in the reader's language.
 */
import type { PolicyParameter } from '../../model/scenario/types.ts';
import { englishT, type MessageKey, type Translate } from '../i18n/translate.ts';

/** Policy levers in planner words, as message keys. */
export const POLICY_PARAMETER_WORDS: Readonly<Record<PolicyParameter, MessageKey>> = {
  'training.intake': 'scenario.lever.trainingIntake',
  'training.completion': 'scenario.lever.trainingCompletion',
  'training.entryRate': 'scenario.lever.trainingEntryRate',
  'immigration.perYear': 'scenario.lever.immigrationPerYear',
  'exits.attrition': 'scenario.lever.exitsAttrition',
  'exits.emigration': 'scenario.lever.exitsEmigration',
  'exits.retirement.meanAge': 'scenario.lever.exitsRetirementMeanAge',
  fte: 'scenario.lever.fte',
};

/** Policy levers in planner words, in the language of `t`. */
export function policyParameterLabels(t: Translate): Readonly<Record<PolicyParameter, string>> {
  return Object.fromEntries(
    Object.entries(POLICY_PARAMETER_WORDS).map(([p, key]) => [p, t(key)]),
  ) as Record<PolicyParameter, string>;
}

/** Policy levers in planner words, in English: for the callers outside the editor that do
 *  not pass the language yet (report, summit); the editor uses `policyParameterLabels(t)`. */
export const POLICY_PARAMETER_LABELS: Readonly<Record<PolicyParameter, string>> =
  policyParameterLabels(englishT);
