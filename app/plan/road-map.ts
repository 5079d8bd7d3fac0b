/**
 * The road map of a plan: what changes when, and what each year costs. From the scenario
 * with the plan's values (its policies ramp from their start to their full year, MODEL.md
 * §2) and that scenario's result (the total cost per year: median and 90 % interval; the
 * programmes' cost). The plan's levers come first, then the scenario's other policies.
 * Pure: the Plan view and the report lay it out.
 */
import { pointValue } from '../../model/numeric/distributions.ts';
import type { PlanSpec } from '../../model/plan/types.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import {
  changeWords,
  isNoChange,
  leverName,
  levelIn,
  levelWords,
  policyValueWords,
  ramp,
  shortValue,
  substitutionValueWords,
  type Words,
} from './lever-words.ts';
import { leverDisplay } from './lever-kinds.ts';
import type { Money } from './money.ts';

/** One policy on the road map. */
export interface RoadMapPolicy {
  /** Its index in the scenario's policies. */
  index: number;
  /** One of the plan's levers (else a policy the scenario had already). */
  inPlan: boolean;
  /** "Nurses: training places". */
  name: string;
  /** "Nurses: training places +12 % (1 200 → 1 344 a year)". */
  words: string;
  /** The change at full strength: "+12 %", "no change". */
  change: string;
  /** The policy changes nothing (its value is 0). */
  none: boolean;
  startYear: number;
  fullYear: number;
  /** The programme's own cost per year at full strength (point value), if any. */
  programme: number | null;
}

/** One year of the road map. */
export interface RoadMapYear {
  year: number;
  /** Per policy (in the order of `policies`): its change that year and the level it gives,
   *  "—" before it starts. */
  cells: string[];
  /** The total cost that year: median and 90 % interval. */
  total: { median: number; low: number; high: number } | null;
  /** The programmes' cost that year (median). */
  programmes: number | null;
}

/** One line of the action plan, in the order things start. */
export interface RoadMapAction {
  /** The year it starts; null for a lever the plan leaves as it is. */
  year: number | null;
  text: string;
}

export interface RoadMap {
  policies: RoadMapPolicy[];
  years: RoadMapYear[];
  actions: RoadMapAction[];
}

/** The plan's levers' policies first (in the question's order), then the others. */
function order(s: Scenario, spec: PlanSpec): { index: number; inPlan: boolean }[] {
  const levers = spec.levers.flatMap((l) =>
    l.policy !== undefined && s.policies[l.policy] !== undefined ? [l.policy] : [],
  );
  const rest = s.policies.map((_, i) => i).filter((i) => !levers.includes(i));
  return [
    ...levers.map((index) => ({ index, inPlan: true })),
    ...rest.map((index) => ({ index, inPlan: false })),
  ];
}

function cell(s: Scenario, index: number, year: number, f: Words): string {
  const p = s.policies[index];
  if (year < p.startYear) return '—';
  const change = pointValue(p.value) * ramp(year, p.startYear, p.fullYear);
  const level = levelIn(s, index, year);
  const levelText = level === null ? null : levelWords(p, level, f);
  // A policy starts in its start year with no effect yet (its ramp is 0 there).
  if (year === p.startYear && change === 0) {
    return levelText === null
      ? f.t('plan.roadMap.starts')
      : f.t('plan.roadMap.startsAt', { level: levelText });
  }
  // A count's change says its unit through the level beside it: "+288 (588 a year)".
  const d = leverDisplay(p);
  const short = level !== null && !d.percent && d.scale === 1 && Math.abs(change) > 1e-12;
  const shown = short ? shortValue(p, change, f.locale, true) : changeWords(p, change, f);
  return levelText === null
    ? shown
    : f.t('plan.roadMap.changeAt', { change: shown, level: levelText });
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function action(policy: RoadMapPolicy, money: Money | null, f: Words): RoadMapAction {
  const hasCost = policy.programme !== null && money !== null;
  const values = {
    inPlan: yesNo(policy.inPlan),
    hasCost: yesNo(hasCost),
    cost: hasCost ? money.amount(policy.programme!) : '',
  };
  if (policy.none) {
    return {
      year: null,
      text: f.t('plan.roadMap.leftAsItIs', {
        ...values,
        name: policy.name,
        start: String(policy.startYear),
      }),
    };
  }
  return {
    year: policy.startYear,
    text: f.t('plan.roadMap.action', {
      ...values,
      words: policy.words,
      phased: yesNo(policy.startYear !== policy.fullYear),
      full: String(policy.fullYear),
    }),
  };
}

/** The task-shifting levers of the plan (once plans may move them): the rule's share. */
function shiftingActions(planned: Scenario, spec: PlanSpec, f: Words): RoadMapAction[] {
  return spec.levers.flatMap((lever) => {
    const r = lever.substitution;
    const rule = r !== undefined ? planned.substitution[r] : undefined;
    if (!rule || r === undefined) return [];
    const text = f.t('plan.roadMap.shifting', {
      words: substitutionValueWords(planned, r, pointValue(rule.share), f),
      phased: yesNo(rule.startYear !== rule.fullYear),
      full: String(rule.fullYear),
    });
    return [{ year: rule.startYear, text }];
  });
}

/** The road map of `planned` (the scenario with the plan's values) and its result. */
export function roadMap(
  planned: Scenario,
  spec: PlanSpec,
  result: HwfResult,
  money: Money | null,
  f: Words,
): RoadMap {
  const policies: RoadMapPolicy[] = order(planned, spec).map(({ index, inPlan }) => {
    const p = planned.policies[index];
    const value = pointValue(p.value);
    return {
      index,
      inPlan,
      name: leverName(planned, p, f.t),
      words: policyValueWords(planned, index, f),
      change: changeWords(p, value, f),
      none: isNoChange(value),
      startYear: p.startYear,
      fullYear: p.fullYear,
      programme: p.costPerYear === undefined ? null : pointValue(p.costPerYear),
    };
  });
  const cost = result.cost;
  const years: RoadMapYear[] = result.years.slice(1).map((year, i) => {
    const k = i + 1;
    return {
      year,
      cells: policies.map((p) => cell(planned, p.index, year, f)),
      total: cost
        ? { median: cost.total.p50[k], low: cost.total.p5[k], high: cost.total.p95[k] }
        : null,
      programmes: cost ? cost.programmes.p50[k] : null,
    };
  });
  const actions = [
    ...policies.map((p) => action(p, money, f)),
    ...shiftingActions(planned, spec, f),
  ].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  return { policies, years, actions };
}
