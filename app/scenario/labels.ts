/**
 * Planner words for the fields of a scenario: a label, a unit and a one-line explanation for
 * every input (`fieldHelp(t)`, as keys of the message catalogue: messages/en/scenario.json),
 * and `labelFor(path, draft, t)`, which turns a JSON path of an issue or a sensitivity input
 * into words: `professions[0].exits.attrition` → "Nurses › Leaving the profession: attrition".
 */
import { getAtPath, parsePath } from '../../model/scenario/json-path.ts';
import type { PathStep } from '../../model/scenario/json-path.ts';
import type { PolicyParameter } from '../../model/scenario/types.ts';
import { englishT, type MessageKey, type Translate } from '../i18n/translate.ts';
import { POLICY_PARAMETER_WORDS } from './policy-labels.ts';

export { POLICY_PARAMETER_LABELS, policyParameterLabels } from './policy-labels.ts';
import {
  fieldHelpOf,
  parameterWordsByPath,
  w,
  type FieldHelp,
  type FieldWords,
} from './parameter-words.ts';
import { lowerFirst } from '../i18n/case.ts';

export { PARAMETER_HELP, parameterHelp, type FieldHelp } from './parameter-words.ts';

/** The names of the fields with words in the catalogue (`scenario.field.<name>.label`). */
type FieldNameOf<K> = K extends `scenario.field.${infer N}.label` ? N : never;
type FieldName = FieldNameOf<MessageKey>;

/** The words of field `name` (`scenario.field.<name>.label` and `.help`). */
const f = (name: FieldName, unit: MessageKey | null, dist = false): FieldWords =>
  w(`scenario.field.${name}.label`, unit, `scenario.field.${name}.help`, dist);

const entrants = (who: 'graduates' | 'immigrants'): Record<string, FieldWords> => ({
  femaleShare: f(`${who}FemaleShare`, 'scenario.unit.share'),
  ageMean: f(`${who}AgeMean`, 'scenario.unit.yearsOfAge'),
  ageSd: f(`${who}AgeSd`, 'scenario.unit.years'),
});

const P = 'professions[].';

function prefixed(prefix: string, fields: Record<string, FieldWords>): Record<string, FieldWords> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [prefix + k, v]));
}

/**
 * Words for every input, keyed by the path with list indices left out:
 * `professions[].exits.attrition`, `policies[].value`, `simulation.runs`.
 */
const FIELD_WORDS: Readonly<Record<string, FieldWords>> = {
  name: f('name', null),
  description: f('description', null),
  baseYear: f('baseYear', 'scenario.unit.year'),
  horizonYears: f('horizonYears', 'scenario.unit.years'),
  'simulation.runs': f('simulationRuns', 'scenario.unit.futures'),
  'simulation.seed': f('simulationSeed', 'scenario.unit.wholeNumber'),
  'ages.min': f('agesMin', 'scenario.unit.yearsOfAge'),
  'ages.max': f('agesMax', 'scenario.unit.yearsOfAge'),
  'analysis.targetYear': f('analysisTargetYear', 'scenario.unit.year'),
  'analysis.intakeFromYear': f('analysisIntakeFromYear', 'scenario.unit.year'),
  population: f('population', 'scenario.unit.people'),
  'costs.currency': f('costsCurrency', null),
  'costs.discountRate': f('costsDiscountRate', 'scenario.unit.percentAYear'),
  ...prefixed(P, parameterWordsByPath()),
  ...prefixed(P, {
    id: f('professionId', null),
    name: f('professionName', null),
    stock: f('stock', 'scenario.unit.people'),
    'stock.female': f('stockFemale', 'scenario.unit.people'),
    'stock.male': f('stockMale', 'scenario.unit.people'),
    'fte.female': f('fteFemale', 'scenario.unit.ftePerHead'),
    'fte.male': f('fteMale', 'scenario.unit.ftePerHead'),
    'training.durationYears': f('trainingDurationYears', 'scenario.unit.years'),
    'training.pipeline': f('trainingPipeline', 'scenario.unit.students'),
    'training.entrants': f('trainingEntrants', null),
    ...prefixed('training.entrants.', entrants('graduates')),
    'immigration.entrants': f('immigrationEntrants', null),
    ...prefixed('immigration.entrants.', entrants('immigrants')),
    'exits.retirement.sd': f('retirementSd', 'scenario.unit.years'),
    'demand.method': f('demandMethod', null),
    'demand.utilisation': f('demandUtilisation', 'scenario.unit.relativeUsePerPerson'),
    'demand.utilisation.female': f('demandUtilisationFemale', 'scenario.unit.relativeUse'),
    'demand.utilisation.male': f('demandUtilisationMale', 'scenario.unit.relativeUse'),
    'demand.trends': f('demandTrends', 'scenario.unit.sharePerYear'),
    'demand.ratio': f('demandRatio', null),
    'demand.ratio.targetYear': f('demandRatioTargetYear', 'scenario.unit.year'),
  }),
  'substitution[].from': f('substitutionFrom', null),
  'substitution[].to': f('substitutionTo', null),
  'substitution[].share': f('substitutionShare', 'scenario.unit.shareOfDemand', true),
  'substitution[].ratio': f('substitutionRatio', 'scenario.unit.fte'),
  'substitution[].startYear': f('substitutionStartYear', 'scenario.unit.year'),
  'substitution[].fullYear': f('substitutionFullYear', 'scenario.unit.year'),
  'policies[].profession': f('policyProfession', null),
  'policies[].parameter': f('policyParameter', null),
  'policies[].kind': f('policyKind', null),
  'policies[].value': f('policyValue', 'scenario.unit.shareOrLeverUnit', true),
  'policies[].startYear': f('policyStartYear', 'scenario.unit.year'),
  'policies[].fullYear': f('policyFullYear', 'scenario.unit.year'),
  'policies[].costPerYear': f('policyCostPerYear', 'scenario.unit.perYear', true),
  'shocks[].name': f('shockName', null),
  'shocks[].probabilityPerYear': f('shockProbabilityPerYear', 'scenario.unit.sharePerYear'),
  'shocks[].durationYears': f('shockDurationYears', 'scenario.unit.years'),
  'shocks[].demandIncrease': f('shockDemandIncrease', 'scenario.unit.shareOfDemand', true),
  'shocks[].extraExit': f('shockExtraExit', 'scenario.unit.shareOfWorkforce', true),
  'shocks[].professions': f('shockProfessions', null),
};

const fieldCache = new WeakMap<Translate, Readonly<Record<string, FieldHelp>>>();

/**
 * Help for every input in the language of `t`, keyed by the path with list indices left
 * out: `professions[].exits.attrition`, `policies[].value`, `simulation.runs`.
 */
export function fieldHelp(t: Translate): Readonly<Record<string, FieldHelp>> {
  let found = fieldCache.get(t);
  if (!found) {
    found = Object.fromEntries(
      Object.entries(FIELD_WORDS).map(([path, words]) => [path, fieldHelpOf(words, t)]),
    );
    fieldCache.set(t, found);
  }
  return found;
}

/**
 * Help for every input in English. For the callers outside the editor that do not pass the
 * language yet (the report) and for the tests; the editor uses `fieldHelp(t)`.
 */
export const FIELD_HELP: Readonly<Record<string, FieldHelp>> = fieldHelp(englishT);

const DIST_PARAMS: Readonly<Record<string, MessageKey>> = {
  min: 'scenario.distParam.min',
  mode: 'scenario.distParam.mode',
  max: 'scenario.distParam.max',
  mean: 'scenario.distParam.mean',
  sd: 'scenario.distParam.sd',
  median: 'scenario.distParam.median',
  gsd: 'scenario.distParam.gsd',
  dist: 'scenario.distParam.dist',
  resample: 'scenario.distParam.resample',
};

const SCENARIO_SECTIONS: Readonly<Record<string, MessageKey>> = {
  id: 'scenario.section.profession',
  name: 'scenario.section.profession',
  stock: 'scenario.section.workforce',
  fte: 'scenario.section.workforce',
  fteTrend: 'scenario.section.workforce',
  training: 'scenario.section.training',
  immigration: 'scenario.section.migration',
  exits: 'scenario.section.leaving',
  demand: 'scenario.section.demand',
  costs: 'scenario.section.costs',
};

/**
 * Words for the parts of a scenario that hold fields (an issue may sit on the part itself,
 * e.g. an unknown field in it), by generic path, as the editor's sections and groups call
 * them. A part that is a whole section of a profession reads as the section alone.
 */
const PART_WORDS: Readonly<Record<string, MessageKey>> = {
  schema: 'scenario.part.schema',
  simulation: 'scenario.part.simulation',
  ages: 'scenario.part.ages',
  analysis: 'scenario.part.analysis',
  'professions[].exits.retirement': 'scenario.part.retirement',
};
/** The parts of a profession that are a whole section of the editor. */
const SECTION_PARTS: ReadonlySet<string> = new Set([
  'training',
  'immigration',
  'exits',
  'demand',
  'costs',
]);

/** Words for the steps under `population`. */
const POPULATION_WORDS: Readonly<Record<string, MessageKey>> = {
  female: 'scenario.populationPart.female',
  male: 'scenario.populationPart.male',
  years: 'scenario.populationPart.years',
  ages: 'scenario.populationPart.ages',
  dataset: 'scenario.populationPart.dataset',
};

/** `professions[3].exits.attrition` → `professions[].exits.attrition`. */
export function genericPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The help of the field at `path` (list cells and range parameters get their field's). */
export function helpFor(path: string, t: Translate = englishT): FieldHelp | undefined {
  const table = fieldHelp(t);
  let g = genericPath(path);
  for (;;) {
    const found = table[g];
    if (found) return found;
    const shorter = g.replace(/(\[\]|\.[^.[\]]+)$/, '');
    if (shorter === g || shorter === '') return undefined;
    g = shorter;
  }
}

function humanise(step: PathStep, t: Translate): string {
  if (typeof step === 'number') return t('scenario.path.item', { n: step + 1 });
  return step.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function whole(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The name of profession i in the draft, or its code, or "Profession i+1". */
export function professionName(draft: unknown, i: number, t: Translate = englishT): string {
  const p = getAtPath(draft, `professions[${i}]`);
  return (
    text(getAtPath(p, 'name')) ??
    text(getAtPath(p, 'id')) ??
    t('scenario.profession.numbered', { n: i + 1 })
  );
}

/** The name of the profession with this code in the draft, else the code itself. */
export function professionNameById(draft: unknown, id: unknown, t: Translate = englishT): string {
  const list = getAtPath(draft, 'professions');
  if (typeof id !== 'string' || id.trim() === '') return t('scenario.profession.none');
  if (Array.isArray(list)) {
    const i = list.findIndex((p) => getAtPath(p, 'id') === id);
    if (i >= 0) return professionName(draft, i, t);
  }
  return id;
}

/** A cell of a table by sex and age: "women aged 23", or "men in age row 4" when the ages
 *  (`min`, the first row's) are not known. A sex other than "female" and "male" is named as
 *  it is written. */
export function sexCell(sex: string, row: number, min: number | undefined, t: Translate): string {
  return min === undefined
    ? t('scenario.path.sexInAgeRow', { sex, row: row + 1 })
    : t('scenario.path.sexAged', { sex, age: min + row });
}

/** Words for the steps after a known field: cells of age tables, range parameters. */
function tailWords(
  draft: unknown,
  base: string,
  fieldPath: string,
  rest: PathStep[],
  help: FieldHelp,
  t: Translate,
): string {
  const table = fieldHelp(t);
  const g = genericPath(fieldPath);
  const [first, second] = rest;
  if (help.dist && typeof first === 'string' && DIST_PARAMS[first]) {
    const normal = getAtPath(draft, `${fieldPath}.dist`) === 'normal';
    const word =
      normal && (first === 'min' || first === 'max')
        ? first === 'min'
          ? t('scenario.distParam.lowerBound')
          : t('scenario.distParam.upperBound')
        : t(DIST_PARAMS[first]);
    return t('scenario.path.fieldPart', { field: base, part: word });
  }
  // A key the field does not know (an unknown trend): the key as the planner wrote it.
  if (
    g.endsWith('demand.trends') &&
    typeof first === 'string' &&
    rest.length === 1 &&
    !table[`${g}.${first}`]
  ) {
    return t('scenario.path.unknownKey', { field: base, key: first });
  }
  if (g.endsWith('training.pipeline') && typeof first === 'number' && rest.length === 1) {
    return t('scenario.path.studyYear', { year: first + 1 });
  }
  const sexed = /\.(stock|fte|demand\.utilisation)\.(female|male)$/.exec(g);
  if (sexed && typeof first === 'number' && rest.length === 1) {
    const agesPath = sexed[1] === 'demand.utilisation' ? 'population.ages.min' : 'ages.min';
    const cell = sexCell(sexed[2], first, whole(getAtPath(draft, agesPath)), t);
    const tableHelp = table[g.slice(0, g.lastIndexOf('.'))];
    return sexed[1] === 'stock' || !tableHelp
      ? cell
      : t('scenario.path.fieldPart', { field: lowerFirst(tableHelp.label), part: cell });
  }
  if (sexed && rest.length === 0) {
    // A whole column: "headcount by age, women".
    const tableHelp = table[g.slice(0, g.lastIndexOf('.'))];
    return tableHelp
      ? t('scenario.path.sexColumn', { table: lowerFirst(tableHelp.label), sex: sexed[2] })
      : base;
  }
  if (rest.length === 0) return base;
  const more = [first, second, ...rest.slice(2)].filter((s) => s !== undefined);
  return t('scenario.path.fieldPart', {
    field: base,
    part: more.map((s) => humanise(s, t)).join(', '),
  });
}

/** Field words for `path` under `prefix` (e.g. `professions[0]`), using the fields' help. */
function fieldWords(draft: unknown, steps: PathStep[], from: number, t: Translate): string {
  const table = fieldHelp(t);
  // Longest known field that is a prefix of the path.
  for (let n = steps.length; n > from; n--) {
    const fieldPath = joinPath(steps.slice(0, n));
    const help = table[genericPath(fieldPath)];
    if (help) {
      return tailWords(draft, lowerFirst(help.label), fieldPath, steps.slice(n), help, t);
    }
    const part = PART_WORDS[genericPath(fieldPath)];
    if (part) return [t(part), ...steps.slice(n).map((s) => humanise(s, t))].join(', ');
  }
  return (
    steps
      .slice(from)
      .map((s) => humanise(s, t))
      .join(', ') || t('scenario.path.wholeItem')
  );
}

function joinPath(steps: PathStep[]): string {
  return steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function listItemLabel(draft: unknown, list: string, i: number, t: Translate): string {
  const item = getAtPath(draft, `${list}[${i}]`);
  const n = i + 1;
  if (list === 'policies') {
    const who = professionNameById(draft, getAtPath(item, 'profession'), t);
    const p = getAtPath(item, 'parameter');
    const lever =
      typeof p === 'string' && p in POLICY_PARAMETER_WORDS
        ? t(POLICY_PARAMETER_WORDS[p as PolicyParameter])
        : t('scenario.policy.noLever');
    return item === undefined
      ? t('scenario.policy.numbered', { n })
      : t('scenario.policy.named', { n, profession: who, lever });
  }
  if (list === 'substitution') {
    const from = getAtPath(item, 'from');
    const to = getAtPath(item, 'to');
    return text(from) && text(to)
      ? t('scenario.substitution.named', {
          from: professionNameById(draft, from, t),
          to: professionNameById(draft, to, t),
        })
      : t('scenario.substitution.numbered', { n });
  }
  const name = text(getAtPath(item, 'name'));
  return name ? t('scenario.shock.named', { n, name }) : t('scenario.shock.numbered', { n });
}

function populationWords(draft: unknown, steps: PathStep[], t: Translate): string {
  const [, key, row, col] = steps;
  if ((key === 'female' || key === 'male') && typeof row === 'number') {
    const year = whole(getAtPath(draft, `population.years[${row}]`));
    const min = whole(getAtPath(draft, 'population.ages.min'));
    const when = year === undefined ? t('scenario.path.row', { row: row + 1 }) : String(year);
    if (typeof col !== 'number') return t('scenario.path.populationRow', { sex: key, when });
    const cell =
      min === undefined
        ? t('scenario.path.sexAgeColumn', { sex: key, column: col + 1 })
        : t('scenario.path.sexAged', { sex: key, age: min + col });
    return t('scenario.path.populationCell', { cell, when });
  }
  if (key === undefined) return t('scenario.path.population');
  const words = steps
    .slice(1)
    .map((s) =>
      typeof s === 'string' && POPULATION_WORDS[s] ? t(POPULATION_WORDS[s]) : humanise(s, t),
    );
  return t('scenario.path.populationPart', { part: words.join(', ') });
}

const LISTS: Readonly<Record<string, MessageKey>> = {
  professions: 'scenario.list.professions',
  policies: 'scenario.list.policies',
  substitution: 'scenario.list.substitution',
  shocks: 'scenario.list.shocks',
};

/**
 * Planner words for any path of a scenario, e.g. `professions[0].exits.attrition` →
 * "Nurses › Leaving the profession: attrition" (names from the draft when given),
 * `policies[1].value` → "Policy 2 (Nurses, training places): change". English unless `t`
 * says otherwise.
 */
export function labelFor(path: string, draft?: unknown, t: Translate = englishT): string {
  const steps = parsePath(path);
  if (path === '' || steps === undefined || steps.length === 0) return t('scenario.path.whole');
  const [head, i] = steps;
  if (typeof head !== 'string') return t('scenario.path.whole');
  if (head === 'population') return populationWords(draft, steps, t);
  if (head in LISTS) {
    if (typeof i !== 'number') return t(LISTS[head]);
    if (head === 'professions') {
      const who = professionName(draft, i, t);
      const sectionKey = steps[2];
      if (sectionKey === undefined) return who;
      const section =
        typeof sectionKey === 'string'
          ? t(SCENARIO_SECTIONS[sectionKey] ?? 'scenario.section.profession')
          : '';
      // The part that is the whole section (an unknown field in `exits`): the section alone.
      if (steps.length === 3 && typeof sectionKey === 'string' && SECTION_PARTS.has(sectionKey)) {
        return t('scenario.path.professionSection', { profession: who, section });
      }
      return t('scenario.path.professionField', {
        profession: who,
        section,
        field: fieldWords(draft, steps, 2, t),
      });
    }
    const item = listItemLabel(draft, head, i, t);
    return steps.length <= 2
      ? item
      : t('scenario.path.itemField', { item, field: fieldWords(draft, steps, 2, t) });
  }
  if (head === 'costs') {
    return steps.length === 1
      ? t('scenario.section.costs')
      : t('scenario.path.costsField', { field: fieldWords(draft, steps, 1, t) });
  }
  return t('scenario.path.scenarioField', { field: fieldWords(draft, steps, 0, t) });
}
