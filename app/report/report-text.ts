/**
 * The words of the report: every assumption of a scenario in a planner's words, with its
 * range ("PERT 0.015 – 0.025 – 0.045"), the policies, task shifting and crises as
 * sentences, where the population comes from, and the credit a shipped data set asks for.
 * Pure functions of a valid scenario: the report view lays them out, the tests read them.
 */
import type { RegionalPopulation } from '../../model/regions/types.ts';
import { PARAMETER_KEYS, PARAMETERS, type ParameterKey } from '../../model/catalog.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import {
  isDistSpec,
  type BySex,
  type Dist,
  type EntrantProfile,
  type Policy,
  type Profession,
  type Scenario,
  type Shock,
  type SubstitutionRule,
} from '../../model/scenario/types.ts';
import { datasetInfo, type PopulationDatasetInfo } from '../data/population/catalog.ts';
import { MINUS } from '../format.ts';
import { FIELD_HELP, PARAMETER_HELP, POLICY_PARAMETER_LABELS } from '../scenario/labels.ts';

/** Writes one number of an assumption. */
export type NumberWords = (value: number) => string;

/** Numbers as the editor shows them: the locale's digits, at most six significant, a real
 *  minus sign. */
export function plainNumbers(locale?: string): NumberWords {
  const format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 });
  return (value) => format.format(value === 0 ? 0 : value).replace('-', MINUS);
}

/** Shares as percents ("3%", "86%"), as the browser's language writes them. */
export function percents(locale?: string): NumberWords {
  const format = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 4 });
  return (value) => format.format(value === 0 ? 0 : value).replace('-', MINUS);
}

/** Shares as signed percents ("+10 %", "−20 %"), for relative changes. */
export function signedPercents(locale?: string): NumberWords {
  const format = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumSignificantDigits: 4,
    signDisplay: 'exceptZero',
  });
  return (value) => format.format(value === 0 ? 0 : value).replace('-', MINUS);
}

const FORM_WORDS = {
  uniform: 'uniform',
  triangular: 'triangular',
  pert: 'PERT',
  normal: 'normal',
  lognormal: 'lognormal',
} as const;

/**
 * A value or a range, short, as the editor summarises it: "0.025", "PERT 0.015 – 0.025 –
 * 0.045", "uniform 0.72 – 0.84", "normal, mean 63, sd 1", "lognormal, median 300, geometric
 * sd 1.4"; ", drawn every year" when it is drawn afresh each year.
 */
export function distWords(d: Dist, n: NumberWords): string {
  if (!isDistSpec(d)) return n(d);
  const yearly = d.resample === 'yearly' ? ', drawn every year' : '';
  switch (d.dist) {
    case 'uniform':
      return `${FORM_WORDS.uniform} ${n(d.min)} – ${n(d.max)}${yearly}`;
    case 'triangular':
    case 'pert':
      return `${FORM_WORDS[d.dist]} ${n(d.min)} – ${n(d.mode)} – ${n(d.max)}${yearly}`;
    case 'normal': {
      const bounds =
        d.min !== undefined && d.max !== undefined
          ? `, within ${n(d.min)} – ${n(d.max)}`
          : d.min !== undefined
            ? `, at least ${n(d.min)}`
            : d.max !== undefined
              ? `, at most ${n(d.max)}`
              : '';
      return `normal, mean ${n(d.mean)}, sd ${n(d.sd)}${bounds}${yearly}`;
    }
    case 'lognormal':
      return `lognormal, median ${n(d.median)}, geometric sd ${n(d.gsd)}${yearly}`;
  }
}

/** One line of a profession's assumptions. */
export interface AssumptionRow {
  /** The editor's section: "Training", "Leaving the profession", … */
  section: string;
  /** The field's label, as the editor shows it. */
  label: string;
  /** The value or range in words. */
  value: string;
  /** What the number counts ('' for words). */
  unit: string;
  /** The catalog key, for the rows of catalog parameters. */
  key?: ParameterKey;
}

/** The assumptions of one profession. */
export interface ProfessionAssumptions {
  id: string;
  name: string;
  rows: AssumptionRow[];
}

const SECTIONS: Readonly<Record<string, string>> = {
  stock: 'Workforce today',
  fte: 'Workforce today',
  fteTrend: 'Workforce today',
  training: 'Training',
  immigration: 'Migration',
  exits: 'Leaving the profession',
  demand: 'Demand',
  costs: 'Costs',
};

const sectionOf = (path: string) => SECTIONS[path.split('.')[0]] ?? 'Profession';

/** What an optional catalog input that was left out stands for, in words. */
const LEFT_OUT: Partial<Record<ParameterKey, string>> = {
  fteTrend: 'left out: no change',
  intake: 'left out: no training here',
  completion: 'left out: no training here',
  entryRate: 'left out: no training here',
  immigration: 'left out: no immigration',
  attrition: 'left out: none',
  emigration: 'left out: none',
  retirementMeanAge: 'left out: no retirement before the oldest working age',
  trendEpidemiology: 'left out: no change',
  trendSociocultural: 'left out: no change',
  trendTechnology: 'left out: no change',
  trendEfficiency: 'left out: no change',
};

const TREND_KEYS: readonly ParameterKey[] = [
  'trendEpidemiology',
  'trendSociocultural',
  'trendTechnology',
  'trendEfficiency',
];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function spread(xs: readonly number[], n: NumberWords): string {
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  return low === high ? n(low) : `${n(low)} – ${n(high)}`;
}

/** "1 for every age", or "by age: women 0.8 – 1, men 0.85 – 1". */
function fteWords(fte: BySex | number, n: NumberWords): string {
  if (typeof fte === 'number') return `${n(fte)} at every age`;
  return `by age: women ${spread(fte.female, n)}, men ${spread(fte.male, n)}`;
}

/** The words of catalog parameter `key` of profession `p`. */
export function parameterWords(p: Profession, key: ParameterKey, n: NumberWords): string {
  const row = PARAMETERS[key];
  if (key === 'fte') return fteWords(p.fte, n);
  if (key === 'targetPer1000' && p.demand.method !== 'ratio') {
    return 'not used: demand follows the use of services';
  }
  if (TREND_KEYS.includes(key) && p.demand.method === 'ratio') {
    return 'not used: demand follows the target ratio';
  }
  const value = getAtPath(p, row.path) as Dist | null | undefined;
  if (key === 'baseFte' && (value === null || value === undefined)) {
    return 'blank: today’s FTE supply';
  }
  if (value === null || value === undefined) {
    return LEFT_OUT[key] ?? (row.none === null ? 'left out' : `left out: ${n(row.none)}`);
  }
  return distWords(value, n);
}

function entrantWords(e: EntrantProfile, n: NumberWords, share: NumberWords): string {
  return `${share(e.femaleShare)} women, average age ${n(e.ageMean)} (sd ${n(e.ageSd)})`;
}

function row(path: string, value: string, key?: ParameterKey, label?: string): AssumptionRow {
  const help = key ? PARAMETER_HELP[key] : FIELD_HELP[`professions[].${path}`];
  return {
    section: sectionOf(path),
    label: label ?? help?.label ?? path,
    value,
    unit: help?.unit ?? '',
    ...(key ? { key } : {}),
  };
}

/**
 * Every input of a profession, in the editor's order of sections: each parameter of the
 * catalog (model/catalog.ts) with its label, value or range and unit, and beside them the
 * inputs that are not ranges (today's headcount, the length of training, who the entrants
 * are, the spread of retirement ages, how demand is set).
 */
export function professionAssumptions(
  p: Profession,
  n: NumberWords,
  share: NumberWords = percents(),
): ProfessionAssumptions {
  const catalog = (key: ParameterKey) => row(PARAMETERS[key].path, parameterWords(p, key, n), key);
  const women = sum(p.stock.female);
  const men = sum(p.stock.male);
  const rows: AssumptionRow[] = [
    row(
      'stock',
      `${n(women + men)} (women ${n(women)}, men ${n(men)})`,
      undefined,
      'Headcount today',
    ),
    catalog('fte'),
    catalog('fteTrend'),
    catalog('intake'),
  ];
  if (p.training) {
    rows.push(row('training.durationYears', n(p.training.durationYears)));
  }
  rows.push(catalog('completion'), catalog('entryRate'));
  if (p.training) {
    const pipeline = p.training.pipeline;
    rows.push(
      row(
        'training.pipeline',
        pipeline
          ? pipeline.map((s, i) => `year ${i + 1}: ${n(s)}`).join(', ')
          : 'none given: the usual intake',
      ),
      row('training.entrants', entrantWords(p.training.entrants, n, share)),
    );
  }
  rows.push(catalog('immigration'));
  if (p.immigration) {
    rows.push(row('immigration.entrants', entrantWords(p.immigration.entrants, n, share)));
  }
  rows.push(catalog('attrition'), catalog('emigration'), catalog('retirementMeanAge'));
  const retirement = p.exits?.retirement;
  if (retirement) rows.push(row('exits.retirement.sd', n(retirement.sd)));
  rows.push(
    row(
      'demand.method',
      p.demand.method === 'ratio'
        ? 'a target number of FTE per 1 000 people'
        : 'the use of services by the population',
    ),
    catalog('baseFte'),
    catalog('unmet'),
    ...TREND_KEYS.map(catalog),
    catalog('targetPer1000'),
  );
  if (p.demand.ratio) {
    rows.push(row('demand.ratio.targetYear', String(p.demand.ratio.targetYear)));
  }
  // Every parameter of the catalog has its row (a new one shows even before it has a place).
  for (const key of PARAMETER_KEYS) {
    if (!rows.some((r) => r.key === key)) rows.push(catalog(key));
  }
  return { id: p.id, name: p.name, rows };
}

/** The name of the profession with this code, else the code. */
function nameOf(s: Scenario, id: string): string {
  return s.professions.find((p) => p.id === id)?.name ?? id;
}

const when = (start: number, full: number) =>
  start === full ? `from ${start}` : `from ${start}, in full from ${full}`;

/** "Nurses, training places: +10 % – +20 % of today’s value (uniform), from 2027, in full
 *  from 2029." */
export function policyWords(s: Scenario, p: Policy, locale?: string): string {
  const lever = POLICY_PARAMETER_LABELS[p.parameter];
  const change =
    p.kind === 'relative'
      ? `${distWords(p.value, signedPercents(locale))} on today’s value`
      : `${distWords(p.value, plainNumbers(locale))} added (${leverUnit(p)})`;
  return `${nameOf(s, p.profession)}, ${lever}: ${change}, ${when(p.startYear, p.fullYear)}.`;
}

function leverUnit(p: Policy): string {
  const key = PARAMETER_KEYS.find((k) => PARAMETERS[k].path === p.parameter);
  return key ? PARAMETER_HELP[key].unit : 'the lever’s unit';
}

/** "From General practitioners to Nurses: uniform 0.05 – 0.12 of the demand moves, 1.3 FTE
 *  of Nurses for each FTE moved, from 2027, in full from 2032." */
export function substitutionWords(s: Scenario, r: SubstitutionRule, locale?: string): string {
  const n = plainNumbers(locale);
  const to = nameOf(s, r.to);
  return (
    `From ${nameOf(s, r.from)} to ${to}: ${distWords(r.share, n)} of the demand moves, ` +
    `${n(r.ratio)} FTE of ${to} for each FTE moved, ${when(r.startYear, r.fullYear)}.`
  );
}

/** "pandemic: a 3 % chance each year; lasts 2 years; extra demand uniform 0.05 – 0.15;
 *  extra leavers uniform 0 – 0.02; hits every profession." */
export function shockWords(s: Scenario, k: Shock, locale?: string): string {
  const n = plainNumbers(locale);
  const chance = `a ${percents(locale)(k.probabilityPerYear)} chance each year`;
  const years = `lasts ${n(k.durationYears)} ${k.durationYears === 1 ? 'year' : 'years'}`;
  const who =
    k.professions === undefined
      ? 'hits every profession'
      : k.professions.length === 0
        ? 'hits no profession'
        : `hits ${k.professions.map((id) => nameOf(s, id)).join(', ')}`;
  return (
    `${k.name}: ${chance}; ${years}; extra demand ${distWords(k.demandIncrease, n)}; ` +
    `extra leavers ${distWords(k.extraExit, n)}; ${who}.`
  );
}

/** The shipped data set a scenario's population names, if any. */
export function datasetOf(s: Pick<Scenario, 'population'>): PopulationDatasetInfo | undefined {
  const pop = s.population;
  return pop && 'dataset' in pop ? datasetInfo(pop.dataset) : undefined;
}

/** Where the population comes from, in words. */
export function populationWords(s: Pick<Scenario, 'population'>): string {
  const pop = s.population as Scenario['population'] | RegionalPopulation | undefined;
  if (pop === undefined) return 'none: demand does not follow a population';
  const shares =
    'regionShares' in pop
      ? `, split over the regions by fixed shares (${Object.entries(pop.regionShares)
          .map(([id, v]) => `${id} ${Math.round(v * 1000) / 10} %`)
          .join(', ')}), the same at every age and in every year`
      : '';
  if ('dataset' in pop) {
    const info = datasetInfo(pop.dataset);
    return info
      ? `${info.country}, ${info.edition}, ${info.years.first}–${info.years.last} (${info.attribution}; ${info.licenceName})${shares}`
      : `the data set ${pop.dataset}${shares}`;
  }
  if ('regions' in pop) {
    const first = pop.years[0];
    const last = pop.years[pop.years.length - 1];
    return `given in the scenario for each region: ages ${pop.ages.min}–${pop.ages.max}, years ${first === last ? first : `${first}–${last}`}`;
  }
  const first = pop.years[0];
  const last = pop.years[pop.years.length - 1];
  return `given in the scenario: ages ${pop.ages.min}–${pop.ages.max}, years ${first === last ? first : `${first}–${last}`}${shares}`;
}

/** The credit a shipped data set asks for, wherever its numbers are used. */
export interface DataCredit {
  /** "United Nations, DESA, Population Division, World Population Prospects 2019" */
  attribution: string;
  /** "CC BY 3.0 IGO" */
  licenceName: string;
  licenceUrl: string;
  source: string;
  sourceUrl: string;
  /** One line: "Population: United Nations, …, World Population Prospects 2019 (CC BY 3.0 IGO)". */
  line: string;
}

/** The credit of the scenario's population data, or null when no shipped data set is used. */
export function dataCredit(s: Pick<Scenario, 'population'>): DataCredit | null {
  const info = datasetOf(s);
  if (!info) return null;
  return {
    attribution: info.attribution,
    licenceName: info.licenceName,
    licenceUrl: info.licenceUrl,
    source: info.source,
    sourceUrl: info.sourceUrl,
    line: `Population: ${info.attribution} (${info.licenceName})`,
  };
}

/** One fact about the scenario as a whole. */
export interface ScenarioFact {
  label: string;
  value: string;
}

/** The scenario's settings: years, target year, futures, seed, ages and population. */
export function scenarioFacts(s: Scenario, locale?: string): ScenarioFact[] {
  const n = plainNumbers(locale);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const last = s.baseYear + s.horizonYears;
  return [
    { label: 'Years projected', value: `${s.baseYear}–${last}` },
    { label: FIELD_HELP['analysis.targetYear'].label, value: String(s.analysis.targetYear) },
    {
      label: FIELD_HELP['analysis.intakeFromYear'].label,
      value: String(s.analysis.intakeFromYear),
    },
    { label: FIELD_HELP['simulation.runs'].label, value: integer.format(s.simulation.runs) },
    { label: FIELD_HELP['simulation.seed'].label, value: String(s.simulation.seed) },
    { label: 'Working ages', value: `${n(s.ages.min)}–${n(s.ages.max)}` },
    { label: FIELD_HELP.population.label, value: populationWords(s) },
  ];
}

/** Everything the report says about a scenario's assumptions. */
export interface ReportAssumptions {
  facts: ScenarioFact[];
  professions: ProfessionAssumptions[];
  policies: string[];
  substitution: string[];
  shocks: string[];
  credit: DataCredit | null;
}

/** The assumptions of a valid scenario, in the reader's `locale` (default: the browser's). */
export function reportAssumptions(s: Scenario, locale?: string): ReportAssumptions {
  const n = plainNumbers(locale);
  return {
    facts: scenarioFacts(s, locale),
    professions: s.professions.map((p) => professionAssumptions(p, n, percents(locale))),
    policies: s.policies.map((p) => policyWords(s, p, locale)),
    substitution: s.substitution.map((r) => substitutionWords(s, r, locale)),
    shocks: s.shocks.map((k) => shockWords(s, k, locale)),
    credit: dataCredit(s),
  };
}

/** The assumptions as plain text, one line each: what the tests and a copy read. */
export function assumptionsText(a: ReportAssumptions): string {
  const lines: string[] = [];
  for (const f of a.facts) lines.push(`${f.label}: ${f.value}`);
  for (const p of a.professions) {
    lines.push(p.name);
    for (const r of p.rows) {
      lines.push(`${p.name} › ${r.section}: ${r.label}: ${r.value}${r.unit ? ` (${r.unit})` : ''}`);
    }
  }
  const list = (title: string, items: string[]) =>
    lines.push(`${title}: ${items.length === 0 ? 'none' : ''}`, ...items);
  list('Policies', a.policies);
  list('Task shifting', a.substitution);
  list('Crises', a.shocks);
  if (a.credit) lines.push(a.credit.line);
  return lines.join('\n');
}
