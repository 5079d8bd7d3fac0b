/**
 * The words of the report: every assumption of a scenario in a planner's words, with its
 * range ("PERT 0.015 – 0.025 – 0.045"), the policies, task shifting and crises as
 * sentences, where the population comes from, and the credit a shipped data set asks for.
 * Pure functions of a valid scenario: the report view lays them out, the tests read them.
 */
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
import { MINUS, type Formats } from '../format.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { fieldHelp, parameterHelp, policyParameterLabels } from '../scenario/labels.ts';
import { dataCredit, populationWords, type DataCredit } from './report-data.ts';

export { dataCredit, datasetOf, populationWords, type DataCredit } from './report-data.ts';

/** What the words need: the reader's locale for numbers, `t` for the words. */
export type Words = Pick<Formats, 'locale' | 't'>;

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

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/**
 * A value or a range, short, as the editor summarises it: "0.025", "PERT 0.015 – 0.025 –
 * 0.045", "uniform 0.72 – 0.84", "normal, mean 63, sd 1", "lognormal, median 300, geometric
 * sd 1.4"; ", drawn every year" when it is drawn afresh each year.
 */
export function distWords(d: Dist, n: NumberWords, t: Translate): string {
  if (!isDistSpec(d)) return n(d);
  const yearly = yesNo(d.resample === 'yearly');
  switch (d.dist) {
    case 'uniform':
      return t('report.dist.uniform', { min: n(d.min), max: n(d.max), yearly });
    case 'triangular':
    case 'pert':
      return t(d.dist === 'pert' ? 'report.dist.pert' : 'report.dist.triangular', {
        min: n(d.min),
        mode: n(d.mode),
        max: n(d.max),
        yearly,
      });
    case 'normal': {
      const bounds =
        d.min !== undefined && d.max !== undefined
          ? 'within'
          : d.min !== undefined
            ? 'atLeast'
            : d.max !== undefined
              ? 'atMost'
              : 'none';
      return t('report.dist.normal', {
        mean: n(d.mean),
        sd: n(d.sd),
        bounds,
        min: d.min !== undefined ? n(d.min) : '',
        max: d.max !== undefined ? n(d.max) : '',
        yearly,
      });
    }
    case 'lognormal':
      return t('report.dist.lognormal', { median: n(d.median), gsd: n(d.gsd), yearly });
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

const SECTIONS: Readonly<Record<string, MessageKey>> = {
  stock: 'report.section.workforce',
  fte: 'report.section.workforce',
  fteTrend: 'report.section.workforce',
  training: 'report.section.training',
  immigration: 'report.section.migration',
  exits: 'report.section.exits',
  demand: 'report.section.demand',
  costs: 'report.section.costs',
};

const sectionOf = (path: string, t: Translate) =>
  t(SECTIONS[path.split('.')[0]] ?? 'report.section.profession');

/** What an optional catalog input that was left out stands for, in words. */
const LEFT_OUT: Partial<Record<ParameterKey, MessageKey>> = {
  fteTrend: 'report.leftOut.noChange',
  intake: 'report.leftOut.noTraining',
  completion: 'report.leftOut.noTraining',
  entryRate: 'report.leftOut.noTraining',
  immigration: 'report.leftOut.noImmigration',
  attrition: 'report.leftOut.none',
  emigration: 'report.leftOut.none',
  retirementMeanAge: 'report.leftOut.noRetirement',
  trendEpidemiology: 'report.leftOut.noChange',
  trendSociocultural: 'report.leftOut.noChange',
  trendTechnology: 'report.leftOut.noChange',
  trendEfficiency: 'report.leftOut.noChange',
};

const TREND_KEYS: readonly ParameterKey[] = [
  'trendEpidemiology',
  'trendSociocultural',
  'trendTechnology',
  'trendEfficiency',
];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function spread(xs: readonly number[], n: NumberWords, t: Translate): string {
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  return low === high ? n(low) : t('report.assumptions.range', { low: n(low), high: n(high) });
}

/** "1 for every age", or "by age: women 0.8 – 1, men 0.85 – 1". */
function fteWords(fte: BySex | number, n: NumberWords, t: Translate): string {
  if (typeof fte === 'number') return t('report.fte.everyAge', { fte: n(fte) });
  return t('report.fte.byAge', {
    women: spread(fte.female, n, t),
    men: spread(fte.male, n, t),
  });
}

/** The words of catalog parameter `key` of profession `p`. */
export function parameterWords(
  p: Profession,
  key: ParameterKey,
  n: NumberWords,
  t: Translate,
): string {
  const row = PARAMETERS[key];
  if (key === 'fte') return fteWords(p.fte, n, t);
  if (key === 'targetPer1000' && p.demand.method !== 'ratio') {
    return t('report.notUsed.ratio');
  }
  if (TREND_KEYS.includes(key) && p.demand.method === 'ratio') {
    return t('report.notUsed.trend');
  }
  const value = getAtPath(p, row.path) as Dist | null | undefined;
  if (key === 'baseFte' && (value === null || value === undefined)) {
    return t('report.blank.baseFte');
  }
  if (value === null || value === undefined) {
    const leftOut = LEFT_OUT[key];
    if (leftOut) return t(leftOut);
    return row.none === null
      ? t('report.leftOut.plain')
      : t('report.leftOut.value', { value: n(row.none) });
  }
  return distWords(value, n, t);
}

function entrantWords(e: EntrantProfile, n: NumberWords, share: NumberWords, t: Translate): string {
  return t('report.assumptions.entrants', {
    women: share(e.femaleShare),
    age: n(e.ageMean),
    sd: n(e.ageSd),
  });
}

function row(
  t: Translate,
  path: string,
  value: string,
  key?: ParameterKey,
  label?: string,
): AssumptionRow {
  const help = key ? parameterHelp(t)[key] : fieldHelp(t)[`professions[].${path}`];
  return {
    section: sectionOf(path, t),
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
 * are, the spread of retirement ages, how demand is set), in the words of `t`.
 */
export function professionAssumptions(
  p: Profession,
  n: NumberWords,
  t: Translate,
  share: NumberWords = percents(),
): ProfessionAssumptions {
  const catalog = (key: ParameterKey) =>
    row(t, PARAMETERS[key].path, parameterWords(p, key, n, t), key);
  const women = sum(p.stock.female);
  const men = sum(p.stock.male);
  const rows: AssumptionRow[] = [
    row(
      t,
      'stock',
      t('report.headcount.value', { total: n(women + men), women: n(women), men: n(men) }),
      undefined,
      t('report.headcount.label'),
    ),
    catalog('fte'),
    catalog('fteTrend'),
    catalog('intake'),
  ];
  if (p.training) {
    rows.push(row(t, 'training.durationYears', n(p.training.durationYears)));
  }
  rows.push(catalog('completion'), catalog('entryRate'));
  if (p.training) {
    const pipeline = p.training.pipeline;
    rows.push(
      row(
        t,
        'training.pipeline',
        pipeline
          ? pipeline
              .map((s, i) => t('report.pipeline.year', { year: String(i + 1), students: n(s) }))
              .join(', ')
          : t('report.pipeline.none'),
      ),
      row(t, 'training.entrants', entrantWords(p.training.entrants, n, share, t)),
    );
  }
  rows.push(catalog('immigration'));
  if (p.immigration) {
    rows.push(row(t, 'immigration.entrants', entrantWords(p.immigration.entrants, n, share, t)));
  }
  rows.push(catalog('attrition'), catalog('emigration'), catalog('retirementMeanAge'));
  const retirement = p.exits?.retirement;
  if (retirement) rows.push(row(t, 'exits.retirement.sd', n(retirement.sd)));
  rows.push(
    row(
      t,
      'demand.method',
      p.demand.method === 'ratio' ? t('report.demand.ratio') : t('report.demand.use'),
    ),
    catalog('baseFte'),
    catalog('unmet'),
    ...TREND_KEYS.map(catalog),
    catalog('targetPer1000'),
  );
  if (p.demand.ratio) {
    rows.push(row(t, 'demand.ratio.targetYear', String(p.demand.ratio.targetYear)));
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

/** The years a change takes: its start and its full year, for a message's `{ramp, select}`. */
const when = (start: number, full: number) => ({
  ramp: yesNo(start !== full),
  start: String(start),
  full: String(full),
});

/** "Nurses, training places: +10 % – +20 % of today’s value (uniform), from 2027, in full
 *  from 2029." `region`: the region the policy acts in, when it acts in one only. */
export function policyWords(s: Scenario, p: Policy, f: Words, region?: string): string {
  const values = {
    profession: nameOf(s, p.profession),
    lever: policyParameterLabels(f.t)[p.parameter],
    ...when(p.startYear, p.fullYear),
    inRegion: yesNo(region !== undefined),
    region: region ?? '',
  };
  return p.kind === 'relative'
    ? f.t('report.policy.relative', {
        ...values,
        change: distWords(p.value, signedPercents(f.locale), f.t),
      })
    : f.t('report.policy.absolute', {
        ...values,
        change: distWords(p.value, plainNumbers(f.locale), f.t),
        unit: leverUnit(p, f.t),
      });
}

function leverUnit(p: Policy, t: Translate): string {
  const key = PARAMETER_KEYS.find((k) => PARAMETERS[k].path === p.parameter);
  return key ? parameterHelp(t)[key].unit : t('report.policy.leverUnit');
}

/** "From General practitioners to Nurses: uniform 0.05 – 0.12 of the demand moves, 1.3 FTE
 *  of Nurses for each FTE moved, from 2027, in full from 2032." */
export function substitutionWords(s: Scenario, r: SubstitutionRule, f: Words): string {
  const n = plainNumbers(f.locale);
  return f.t('report.assumptions.substitution', {
    from: nameOf(s, r.from),
    to: nameOf(s, r.to),
    share: distWords(r.share, n, f.t),
    ratio: n(r.ratio),
    ...when(r.startYear, r.fullYear),
  });
}

/** "pandemic: a 3 % chance each year; lasts 2 years; extra demand uniform 0.05 – 0.15;
 *  extra leavers uniform 0 – 0.02; hits every profession." */
export function shockWords(s: Scenario, k: Shock, f: Words): string {
  const n = plainNumbers(f.locale);
  return f.t('report.assumptions.shock', {
    name: k.name,
    chance: percents(f.locale)(k.probabilityPerYear),
    years: k.durationYears,
    duration: n(k.durationYears),
    demand: distWords(k.demandIncrease, n, f.t),
    leavers: distWords(k.extraExit, n, f.t),
    who: k.professions === undefined ? 'all' : k.professions.length === 0 ? 'none' : 'some',
    names: (k.professions ?? []).map((id) => nameOf(s, id)).join(', '),
  });
}

/** One fact about the scenario as a whole. */
export interface ScenarioFact {
  label: string;
  value: string;
}

/** The scenario's settings: years, target year, futures, seed, ages and population. */
export function scenarioFacts(s: Scenario, f: Words): ScenarioFact[] {
  const { t } = f;
  const n = plainNumbers(f.locale);
  const integer = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 0 });
  const help = fieldHelp(t);
  const last = s.baseYear + s.horizonYears;
  return [
    { label: t('report.facts.years'), value: `${s.baseYear}–${last}` },
    { label: help['analysis.targetYear'].label, value: String(s.analysis.targetYear) },
    {
      label: help['analysis.intakeFromYear'].label,
      value: String(s.analysis.intakeFromYear),
    },
    { label: help['simulation.runs'].label, value: integer.format(s.simulation.runs) },
    { label: help['simulation.seed'].label, value: String(s.simulation.seed) },
    { label: t('report.facts.ages'), value: `${n(s.ages.min)}–${n(s.ages.max)}` },
    { label: help.population.label, value: populationWords(s, t) },
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

/** The assumptions of a valid scenario, its numbers in `f.locale` (undefined: the
 *  browser's), its words in the language of `f.t`. */
export function reportAssumptions(s: Scenario, f: Words): ReportAssumptions {
  const n = plainNumbers(f.locale);
  return {
    facts: scenarioFacts(s, f),
    professions: s.professions.map((p) => professionAssumptions(p, n, f.t, percents(f.locale))),
    policies: s.policies.map((p) => policyWords(s, p, f)),
    substitution: s.substitution.map((r) => substitutionWords(s, r, f)),
    shocks: s.shocks.map((k) => shockWords(s, k, f)),
    credit: dataCredit(s, f.t),
  };
}

/** The assumptions as plain text, one line each: what the tests and a copy read. */
export function assumptionsText(a: ReportAssumptions, t: Translate): string {
  const lines: string[] = [];
  for (const f of a.facts) lines.push(t('report.text.fact', { label: f.label, value: f.value }));
  for (const p of a.professions) {
    lines.push(p.name);
    for (const r of p.rows) {
      const values = { profession: p.name, section: r.section, label: r.label, value: r.value };
      lines.push(
        r.unit
          ? t('report.text.rowUnit', { ...values, unit: r.unit })
          : t('report.text.row', values),
      );
    }
  }
  const list = (title: MessageKey, items: string[]) =>
    lines.push(
      items.length === 0
        ? t('report.text.listNone', { title: t(title) })
        : t('report.text.list', { title: t(title) }),
      ...items,
    );
  list('report.assumptions.policies', a.policies);
  list('report.assumptions.shifting', a.substitution);
  list('report.assumptions.crises', a.shocks);
  if (a.credit) lines.push(a.credit.line);
  return lines.join('\n');
}
