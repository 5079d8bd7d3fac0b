/**
 * The planner's words for every parameter of the catalog (model/catalog.ts): a label, a unit
 * and a one-line explanation, as keys of the message catalogue (app/i18n/messages/en/
 * scenario.json). Keyed by the catalog's keys, so a parameter added to the catalog without
 * its words fails the type check. The other fields' words: labels.ts.
 */
import { PARAMETER_KEYS, PARAMETERS, type ParameterKey } from '../../model/catalog.ts';
import { englishT, type MessageKey, type Translate } from '../i18n/translate.ts';

export interface FieldHelp {
  /** The field's label in a form, e.g. "Attrition". */
  label: string;
  /** What the number counts, e.g. "share per year"; '' for texts and choices. */
  unit: string;
  /** One line: what the field means. */
  help: string;
  /** The field takes a Dist: a number or a range. */
  dist?: boolean;
}

/** A field's words as keys of the message catalogue (no unit: texts and choices). */
export interface FieldWords {
  label: MessageKey;
  unit: MessageKey | null;
  help: MessageKey;
  dist?: boolean;
}

/** A field's words, by their keys. */
export const w = (
  label: MessageKey,
  unit: MessageKey | null,
  help: MessageKey,
  dist = false,
): FieldWords => (dist ? { label, unit, help, dist } : { label, unit, help });

/** A field's words in the language of `t`. */
export function fieldHelpOf(words: FieldWords, t: Translate): FieldHelp {
  const out: FieldHelp = {
    label: t(words.label),
    unit: words.unit === null ? '' : t(words.unit),
    help: t(words.help),
  };
  if (words.dist) out.dist = true;
  return out;
}

/** The words of a parameter: its label and help by key, a unit shared with other fields. */
const param = (key: ParameterKey, unit: MessageKey, dist = true): FieldWords =>
  w(`scenario.parameter.${key}.label`, unit, `scenario.parameter.${key}.help`, dist);

/**
 * Words for every parameter of the catalog (model/catalog.ts), by its key: a parameter added
 * to the catalog without its words here fails the type check.
 */
const PARAMETER_WORDS: Readonly<Record<ParameterKey, FieldWords>> = {
  fteTrend: param('fteTrend', 'scenario.unit.sharePerYear'),
  intake: param('intake', 'scenario.unit.studentsPerYear'),
  completion: param('completion', 'scenario.unit.shareOfStarters'),
  entryRate: param('entryRate', 'scenario.unit.shareOfGraduates'),
  immigration: param('immigration', 'scenario.unit.peoplePerYear'),
  attrition: param('attrition', 'scenario.unit.sharePerYear'),
  emigration: param('emigration', 'scenario.unit.sharePerYear'),
  retirementMeanAge: param('retirementMeanAge', 'scenario.unit.yearsOfAge'),
  baseFte: param('baseFte', 'scenario.unit.fte'),
  unmet: param('unmet', 'scenario.unit.shareOfTodaysDemand'),
  trendEpidemiology: param('trendEpidemiology', 'scenario.unit.sharePerYear'),
  trendSociocultural: param('trendSociocultural', 'scenario.unit.sharePerYear'),
  trendTechnology: param('trendTechnology', 'scenario.unit.sharePerYear'),
  trendEfficiency: param('trendEfficiency', 'scenario.unit.sharePerYear'),
  targetPer1000: param('targetPer1000', 'scenario.unit.ftePer1000'),
  trainingCost: param('trainingCost', 'scenario.unit.perStudentAndStudyYear'),
  salaryPerFte: param('salaryPerFte', 'scenario.unit.perFteAndYear'),
  salaryGrowth: param('salaryGrowth', 'scenario.unit.sharePerYear'),
  recruitmentCost: param('recruitmentCost', 'scenario.unit.perImmigrant'),
  fte: param('fte', 'scenario.unit.ftePerHead', false),
};

const parameterCache = new WeakMap<Translate, Readonly<Record<ParameterKey, FieldHelp>>>();

/** Words for every parameter of the catalog in the language of `t`, by its key. */
export function parameterHelp(t: Translate): Readonly<Record<ParameterKey, FieldHelp>> {
  let found = parameterCache.get(t);
  if (!found) {
    found = Object.fromEntries(
      PARAMETER_KEYS.map((k) => [k, fieldHelpOf(PARAMETER_WORDS[k], t)]),
    ) as Record<ParameterKey, FieldHelp>;
    parameterCache.set(t, found);
  }
  return found;
}

/**
 * Words for every parameter in English. For the callers outside the editor that do not
 * pass the language yet (report, summit); the editor uses `parameterHelp(t)`.
 */
export const PARAMETER_HELP: Readonly<Record<ParameterKey, FieldHelp>> = parameterHelp(englishT);

/**
 * The catalog's parameters whose values are shares — probabilities and yearly rates — by
 * their path under a profession. Their fields say so with `shareHint`.
 */
export const SHARE_PARAMETER_PATHS: ReadonlySet<string> = new Set(
  PARAMETER_KEYS.filter((k) => ['probability', 'rate'].includes(PARAMETERS[k].valid)).map(
    (k) => PARAMETERS[k].path,
  ),
);

/** The hint of a share field, with the locale's decimal mark: "a share: 0.025 or 2.5 %". */
export function shareHint(decimal: string, t: Translate = englishT): string {
  return t('scenario.shareHint', { decimal });
}

/** The parameters' words by their path under a profession. */
export function parameterWordsByPath(): Record<string, FieldWords> {
  return Object.fromEntries(PARAMETER_KEYS.map((k) => [PARAMETERS[k].path, PARAMETER_WORDS[k]]));
}
