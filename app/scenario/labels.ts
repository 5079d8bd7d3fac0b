/**
 * Planner words for the fields of a scenario: a label, a unit and a one-line explanation for
 * every input (FIELD_HELP), and `labelFor(path)`, which turns a JSON path of an issue or a
 * sensitivity input into words: `professions[0].exits.attrition` →
 * "Nurses › Leaving the profession: attrition".
 */
import { getAtPath, parsePath } from '../../model/scenario/json-path.ts';
import type { PathStep } from '../../model/scenario/json-path.ts';
import type { PolicyParameter } from '../../model/scenario/types.ts';
import { h, parameterHelpByPath, type FieldHelp } from './parameter-words.ts';

export { PARAMETER_HELP, type FieldHelp } from './parameter-words.ts';

const entrants = (who: string): Record<string, FieldHelp> => ({
  femaleShare: h(`Women among ${who}`, 'share', `share of ${who} who are women`),
  ageMean: h(`Average age of ${who}`, 'years of age', `average age at which ${who} start work`),
  ageSd: h(
    `Spread of ${who}' ages`,
    'years',
    `standard deviation of the age at which ${who} start work`,
  ),
});

const P = 'professions[].';

function prefixed(prefix: string, fields: Record<string, FieldHelp>): Record<string, FieldHelp> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [prefix + k, v]));
}

/**
 * Help for every input, keyed by the path with list indices left out:
 * `professions[].exits.attrition`, `policies[].value`, `simulation.runs`.
 */
export const FIELD_HELP: Readonly<Record<string, FieldHelp>> = {
  name: h('Name', '', 'what this scenario is called in lists, links and downloads'),
  description: h('Description', '', 'what the scenario assumes, in a few sentences'),
  baseYear: h('Base year', 'year', 'the year the workforce is counted, at its start'),
  horizonYears: h('Years ahead', 'years', 'how many years after the base year to project'),
  'simulation.runs': h(
    'Futures (runs)',
    'futures',
    'how many possible futures to simulate; more give smoother bands but take longer',
  ),
  'simulation.seed': h(
    'Seed',
    'whole number',
    'where the random numbers start: the same seed gives the same futures',
  ),
  'ages.min': h('Youngest working age', 'years of age', 'the first age of the age tables'),
  'ages.max': h('Oldest working age', 'years of age', 'the last age of the age tables'),
  'analysis.targetYear': h(
    'Target year',
    'year',
    'the year the gap and the training places needed are measured; blank = the last year',
  ),
  'analysis.intakeFromYear': h(
    'First year of changed intake',
    'year',
    'the first year the training intake can change to close the gap; blank = the year after the base year',
  ),
  population: h('Population', 'people', 'the population by age and sex that drives demand'),
  'costs.currency': h(
    'Currency',
    '',
    'the currency of every cost, as its three-letter code (EUR, PLN, SEK …)',
  ),
  'costs.discountRate': h(
    'Discount rate',
    '% a year',
    'how much less a cost counts for each year it lies ahead, in the present value; 0 = every year alike',
  ),
  ...prefixed(P, parameterHelpByPath()),
  ...prefixed(P, {
    id: h('Short code', '', 'a short unique code that policies and task shifting refer to'),
    name: h('Name', '', 'the name shown on charts and in sentences'),
    stock: h('Headcount by age', 'people', 'people working in the profession today'),
    'stock.female': h('Women', 'people', 'women working in the profession, by age'),
    'stock.male': h('Men', 'people', 'men working in the profession, by age'),
    'fte.female': h('FTE per head, women', 'FTE per head', 'FTE worked per woman, by age'),
    'fte.male': h('FTE per head, men', 'FTE per head', 'FTE worked per man, by age'),
    'training.durationYears': h('Length of training', 'years', 'years from start to graduation'),
    'training.pipeline': h(
      'Students in training now',
      'students',
      'students in each study year at the start of the base year; none = the usual intake',
    ),
    'training.entrants': h('New graduates', '', 'who the new graduates are'),
    ...prefixed('training.entrants.', entrants('new graduates')),
    'immigration.entrants': h('Immigrants', '', 'who the immigrants are'),
    ...prefixed('immigration.entrants.', entrants('immigrants')),
    'exits.retirement.sd': h(
      'Spread of retirement ages',
      'years',
      'standard deviation of the retirement age: how much it varies between people',
    ),
    'demand.method': h(
      'How demand is set',
      '',
      'from the use of services by the population, or from a target number per 1 000 people',
    ),
    'demand.utilisation': h(
      'Use of services by age',
      'relative use per person',
      'how much care a person of each age and sex uses, relative to others; blank = 1 for all',
    ),
    'demand.utilisation.female': h('Women', 'relative use', 'use of services per woman, by age'),
    'demand.utilisation.male': h('Men', 'relative use', 'use of services per man, by age'),
    'demand.trends': h('Trends', 'share per year', 'yearly changes of demand'),
    'demand.ratio': h('Target ratio', '', 'a target number of FTE per 1 000 people'),
    'demand.ratio.targetYear': h(
      'Year the target is reached',
      'year',
      'the ratio moves in a straight line from today to the target by this year',
    ),
  }),
  'substitution[].from': h('From', '', 'the profession whose work moves'),
  'substitution[].to': h('To', '', 'the profession that takes the work on'),
  'substitution[].share': h(
    'Share moved',
    'share of demand',
    'share of the first profession’s demand that moves, once in full effect',
    true,
  ),
  'substitution[].ratio': h(
    'FTE needed per FTE moved',
    'FTE',
    'FTE of the receiving profession needed for one FTE of the moved work',
  ),
  'substitution[].startYear': h('Starts in', 'year', 'the first year any work moves'),
  'substitution[].fullYear': h('Full effect in', 'year', 'the year the whole share has moved'),
  'policies[].profession': h('Profession', '', 'the profession the policy changes'),
  'policies[].parameter': h('Lever', '', 'what the policy changes'),
  'policies[].kind': h(
    'Kind of change',
    '',
    'relative: a share of today’s value (0.1 = 10 % more); absolute: added in the lever’s unit',
  ),
  'policies[].value': h(
    'Change',
    'share or the lever’s unit',
    'how much the lever changes once in full effect',
    true,
  ),
  'policies[].startYear': h('Starts in', 'year', 'the first year of the change'),
  'policies[].fullYear': h('Full effect in', 'year', 'the year the change is complete'),
  'policies[].costPerYear': h(
    'Programme cost per year',
    'per year',
    'what the programme itself costs a year at full strength, paid in step with the change; blank = nothing',
    true,
  ),
  'shocks[].name': h('Name', '', 'what the crisis is, e.g. pandemic'),
  'shocks[].probabilityPerYear': h(
    'Chance per year',
    'share per year',
    'the chance that the crisis starts in any one year',
  ),
  'shocks[].durationYears': h('Duration', 'years', 'how long the extra demand lasts'),
  'shocks[].demandIncrease': h(
    'Extra demand',
    'share of demand',
    'extra demand while the crisis lasts, e.g. 0.1 = 10 % more',
    true,
  ),
  'shocks[].extraExit': h(
    'Extra leavers',
    'share of the workforce',
    'extra share of the workforce who leave in the year the crisis starts',
    true,
  ),
  'shocks[].professions': h('Professions hit', '', 'the professions the crisis affects'),
};

/** Policy levers in planner words. */
export const POLICY_PARAMETER_LABELS: Readonly<Record<PolicyParameter, string>> = {
  'training.intake': 'training places',
  'training.completion': 'completion',
  'training.entryRate': 'entry into the profession',
  'immigration.perYear': 'immigration',
  'exits.attrition': 'attrition',
  'exits.emigration': 'emigration',
  'exits.retirement.meanAge': 'retirement age',
  fte: 'FTE per head',
};

const DIST_PARAMS: Readonly<Record<string, string>> = {
  min: 'lowest value',
  mode: 'most likely value',
  max: 'highest value',
  mean: 'mean',
  sd: 'standard deviation',
  median: 'median',
  gsd: 'geometric standard deviation',
  dist: 'form of the range',
  resample: 'drawn once per future or every year',
};

const SCENARIO_SECTIONS: Readonly<Record<string, string>> = {
  id: 'Profession',
  name: 'Profession',
  stock: 'Workforce today',
  fte: 'Workforce today',
  fteTrend: 'Workforce today',
  training: 'Training',
  immigration: 'Migration',
  exits: 'Leaving the profession',
  demand: 'Demand',
  costs: 'Costs',
};

/**
 * Words for the parts of a scenario that hold fields (an issue may sit on the part itself,
 * e.g. an unknown field in it), by generic path, as the editor's sections and groups call
 * them. A part that is a whole section of a profession reads as the section alone.
 */
const PART_WORDS: Readonly<Record<string, string>> = {
  schema: 'format version',
  simulation: 'futures',
  ages: 'workforce ages',
  analysis: 'target year and first year of changed intake',
  'professions[].exits.retirement': 'retirement curve',
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
const POPULATION_WORDS: Readonly<Record<string, string>> = {
  female: 'women',
  male: 'men',
  years: 'years',
  ages: 'ages',
  dataset: 'data set',
};

/** `professions[3].exits.attrition` → `professions[].exits.attrition`. */
export function genericPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The help of the field at `path` (list cells and range parameters get their field's). */
export function helpFor(path: string): FieldHelp | undefined {
  let g = genericPath(path);
  for (;;) {
    const found = FIELD_HELP[g];
    if (found) return found;
    const shorter = g.replace(/(\[\]|\.[^.[\]]+)$/, '');
    if (shorter === g || shorter === '') return undefined;
    g = shorter;
  }
}

function lowerFirst(s: string): string {
  // Keep abbreviations (FTE) as they are.
  return /^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function humanise(step: PathStep): string {
  if (typeof step === 'number') return `item ${step + 1}`;
  return step.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function whole(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The name of profession i in the draft, or its code, or "Profession i+1". */
export function professionName(draft: unknown, i: number): string {
  const p = getAtPath(draft, `professions[${i}]`);
  return text(getAtPath(p, 'name')) ?? text(getAtPath(p, 'id')) ?? `Profession ${i + 1}`;
}

/** The name of the profession with this code in the draft, else the code itself. */
export function professionNameById(draft: unknown, id: unknown): string {
  const list = getAtPath(draft, 'professions');
  if (typeof id !== 'string' || id.trim() === '') return 'no profession';
  if (Array.isArray(list)) {
    const i = list.findIndex((p) => getAtPath(p, 'id') === id);
    if (i >= 0) return professionName(draft, i);
  }
  return id;
}

/** Words for the steps after a known field: cells of age tables, range parameters. */
function tailWords(
  draft: unknown,
  base: string,
  fieldPath: string,
  rest: PathStep[],
  help: FieldHelp,
): string {
  const g = genericPath(fieldPath);
  const [first, second] = rest;
  if (help.dist && typeof first === 'string' && DIST_PARAMS[first]) {
    const normal = getAtPath(draft, `${fieldPath}.dist`) === 'normal';
    const word =
      normal && (first === 'min' || first === 'max')
        ? first === 'min'
          ? 'lower bound'
          : 'upper bound'
        : DIST_PARAMS[first];
    return `${base}, ${word}`;
  }
  // A key the field does not know (an unknown trend): the key as the planner wrote it.
  if (
    g.endsWith('demand.trends') &&
    typeof first === 'string' &&
    rest.length === 1 &&
    !FIELD_HELP[`${g}.${first}`]
  ) {
    return `${base}, "${first}"`;
  }
  if (g.endsWith('training.pipeline') && typeof first === 'number' && rest.length === 1) {
    return `students in study year ${first + 1}`;
  }
  const sexed = /\.(stock|fte|demand\.utilisation)\.(female|male)$/.exec(g);
  if (sexed && typeof first === 'number' && rest.length === 1) {
    const who = sexed[2] === 'female' ? 'women' : 'men';
    const agesPath = sexed[1] === 'demand.utilisation' ? 'population.ages.min' : 'ages.min';
    const min = whole(getAtPath(draft, agesPath));
    const age = min === undefined ? `in age row ${first + 1}` : `aged ${min + first}`;
    const table = FIELD_HELP[g.slice(0, g.lastIndexOf('.'))];
    const what = sexed[1] === 'stock' || !table ? '' : `${lowerFirst(table.label)}, `;
    return `${what}${who} ${age}`;
  }
  if (sexed && rest.length === 0) {
    // A whole column: "headcount by age, women".
    const table = FIELD_HELP[g.slice(0, g.lastIndexOf('.'))];
    return table ? `${lowerFirst(table.label)}, ${sexed[2] === 'female' ? 'women' : 'men'}` : base;
  }
  if (rest.length === 0) return base;
  const more = [first, second, ...rest.slice(2)].filter((s) => s !== undefined);
  return `${base}, ${more.map(humanise).join(', ')}`;
}

/** Field words for `path` under `prefix` (e.g. `professions[0]`), using FIELD_HELP. */
function fieldWords(draft: unknown, steps: PathStep[], from: number): string {
  // Longest known field that is a prefix of the path.
  for (let n = steps.length; n > from; n--) {
    const fieldPath = joinPath(steps.slice(0, n));
    const help = FIELD_HELP[genericPath(fieldPath)];
    if (help) {
      return tailWords(draft, lowerFirst(help.label), fieldPath, steps.slice(n), help);
    }
    const part = PART_WORDS[genericPath(fieldPath)];
    if (part) return [part, ...steps.slice(n).map(humanise)].join(', ');
  }
  return steps.slice(from).map(humanise).join(', ') || 'the whole item';
}

function joinPath(steps: PathStep[]): string {
  return steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function listItemLabel(draft: unknown, list: string, i: number): string {
  const item = getAtPath(draft, `${list}[${i}]`);
  if (list === 'policies') {
    const who = professionNameById(draft, getAtPath(item, 'profession'));
    const p = getAtPath(item, 'parameter');
    const lever =
      typeof p === 'string' && p in POLICY_PARAMETER_LABELS
        ? POLICY_PARAMETER_LABELS[p as PolicyParameter]
        : 'no lever chosen';
    return item === undefined ? `Policy ${i + 1}` : `Policy ${i + 1} (${who}, ${lever})`;
  }
  if (list === 'substitution') {
    const from = getAtPath(item, 'from');
    const to = getAtPath(item, 'to');
    return text(from) && text(to)
      ? `Task shifting ${professionNameById(draft, from)} → ${professionNameById(draft, to)}`
      : `Task shifting rule ${i + 1}`;
  }
  const name = text(getAtPath(item, 'name'));
  return name ? `Crisis ${i + 1} (${name})` : `Crisis ${i + 1}`;
}

function populationWords(draft: unknown, steps: PathStep[]): string {
  const [, key, row, col] = steps;
  if ((key === 'female' || key === 'male') && typeof row === 'number') {
    const who = key === 'female' ? 'women' : 'men';
    const year = whole(getAtPath(draft, `population.years[${row}]`));
    const min = whole(getAtPath(draft, 'population.ages.min'));
    const when = year === undefined ? `row ${row + 1}` : String(year);
    if (typeof col !== 'number') return `Population: ${who}, ${when}`;
    const age = min === undefined ? `age column ${col + 1}` : `aged ${min + col}`;
    return `Population: ${who} ${age}, ${when}`;
  }
  if (key === undefined) return 'Population';
  const words = steps
    .slice(1)
    .map((s) => (typeof s === 'string' && POPULATION_WORDS[s]) || humanise(s));
  return `Population: ${words.join(', ')}`;
}

const LISTS: Readonly<Record<string, string>> = {
  professions: 'Professions',
  policies: 'Policies',
  substitution: 'Task shifting',
  shocks: 'Crises',
};

/**
 * Planner words for any path of a scenario, e.g. `professions[0].exits.attrition` →
 * "Nurses › Leaving the profession: attrition" (names from the draft when given),
 * `policies[1].value` → "Policy 2 (Nurses, training places): change".
 */
export function labelFor(path: string, draft?: unknown): string {
  const steps = parsePath(path);
  if (path === '' || steps === undefined || steps.length === 0) return 'The scenario as a whole';
  const [head, i] = steps;
  if (typeof head !== 'string') return 'The scenario as a whole';
  if (head === 'population') return populationWords(draft, steps);
  if (head in LISTS) {
    if (typeof i !== 'number') return LISTS[head];
    if (head === 'professions') {
      const who = professionName(draft, i);
      const sectionKey = steps[2];
      if (sectionKey === undefined) return who;
      const section =
        typeof sectionKey === 'string' ? (SCENARIO_SECTIONS[sectionKey] ?? 'Profession') : '';
      // The part that is the whole section (an unknown field in `exits`): the section alone.
      if (steps.length === 3 && typeof sectionKey === 'string' && SECTION_PARTS.has(sectionKey)) {
        return `${who} › ${section}`;
      }
      return `${who} › ${section}: ${fieldWords(draft, steps, 2)}`;
    }
    const item = listItemLabel(draft, head, i);
    return steps.length <= 2 ? item : `${item}: ${fieldWords(draft, steps, 2)}`;
  }
  if (head === 'costs') {
    return steps.length === 1 ? 'Costs' : `Costs: ${fieldWords(draft, steps, 1)}`;
  }
  return `Scenario: ${fieldWords(draft, steps, 0)}`;
}
