/**
 * The planner's words for every parameter of the catalog (model/catalog.ts): a label, a unit
 * and a one-line explanation. Keyed by the catalog's keys, so a parameter added to the
 * catalog without its words fails the type check. The other fields' words: labels.ts.
 */
import { PARAMETER_KEYS, PARAMETERS, type ParameterKey } from '../../model/catalog.ts';

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

/** A field's words. */
export const h = (label: string, unit: string, help: string, dist = false): FieldHelp =>
  dist ? { label, unit, help, dist } : { label, unit, help };

/**
 * Words for every parameter of the catalog (model/catalog.ts), by its key: a parameter added
 * to the catalog without its words here fails the type check.
 */
export const PARAMETER_HELP: Readonly<Record<ParameterKey, FieldHelp>> = {
  fteTrend: h(
    'Change in FTE per head',
    'share per year',
    'yearly change in the time each person works, e.g. -0.005 = half a percent less a year',
    true,
  ),
  intake: h('Training places', 'students per year', 'students who start training each year', true),
  completion: h(
    'Completion',
    'share of starters',
    'share of students who finish their training',
    true,
  ),
  entryRate: h(
    'Entry into the profession',
    'share of graduates',
    'share of graduates who start working in this profession here',
    true,
  ),
  immigration: h(
    'Immigration',
    'people per year',
    'people trained abroad who join the profession each year',
    true,
  ),
  attrition: h(
    'Attrition',
    'share per year',
    'share leaving the profession each year for reasons other than retirement',
    true,
  ),
  emigration: h('Emigration', 'share per year', 'share leaving the country each year', true),
  retirementMeanAge: h(
    'Average retirement age',
    'years of age',
    'the age at which people retire, on average',
    true,
  ),
  baseFte: h(
    'FTE needed today',
    'FTE',
    'the FTE needed in the base year; blank = today’s supply',
    true,
  ),
  unmet: h(
    'Unmet need today',
    'share of today’s demand',
    'extra share needed today, e.g. 0.05 = 5 % short now',
    true,
  ),
  trendEpidemiology: h(
    'Trend in health needs',
    'share per year',
    'yearly change of demand from changing health (epidemiology)',
    true,
  ),
  trendSociocultural: h(
    'Trend in expectations',
    'share per year',
    'yearly change of demand from how people use care (sociocultural)',
    true,
  ),
  trendTechnology: h(
    'Trend from technology',
    'share per year',
    'yearly change of demand from new technology',
    true,
  ),
  trendEfficiency: h(
    'Trend in efficiency',
    'share per year',
    'yearly change of the work needed for the same care (negative = more efficient)',
    true,
  ),
  targetPer1000: h(
    'Target per 1 000 people',
    'FTE per 1 000 people',
    'the FTE per 1 000 people wanted by the target year',
    true,
  ),
  trainingCost: h(
    'Training cost',
    'per student and study year',
    "what one student costs for one year of study (teaching, placements, grants), in the scenario's currency",
    true,
  ),
  salaryPerFte: h(
    'Salary cost',
    'per FTE and year',
    'what the employer pays for one full-time equivalent for one year, at base-year prices',
    true,
  ),
  salaryGrowth: h(
    'Salary growth',
    'share per year',
    'yearly real growth of the salary cost, e.g. 0.01 = one percent more each year',
    true,
  ),
  recruitmentCost: h(
    'Recruitment cost',
    'per immigrant',
    'one-off cost of recruiting one person trained abroad (agencies, language courses, recognition)',
    true,
  ),
  fte: h('FTE per head', 'FTE per head', 'full-time equivalent worked per person (1 = full time)'),
};

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
export function shareHint(decimal: string): string {
  return `a share: 0${decimal}025 or 2${decimal}5 %`;
}

export function parameterHelpByPath(): Record<string, FieldHelp> {
  return Object.fromEntries(PARAMETER_KEYS.map((k) => [PARAMETERS[k].path, PARAMETER_HELP[k]]));
}
