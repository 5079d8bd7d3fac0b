/**
 * Checks the draft's plan question for the Plan view: each problem at its field, in words
 * ("must be between 0 % and 100 % (you typed 140 %)"), and the question as the search takes
 * it when there is none. The scenario's parser checks the same field once it reads plans;
 * these messages speak in the units the Plan view shows (percent, people a year).
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import {
  MAX_LEVER_STEPS,
  MAX_PLAN_LEVERS,
  type PlanLever,
  type PlanSpec,
} from '../../model/plan/types.ts';
import { MINUS } from '../format.ts';
import { draftLevers, draftPlan, type DraftLever } from './plan-draft.ts';
import { leverDisplay, type LeverDisplay } from './lever-kinds.ts';

export interface PlanCheck {
  /** The question as the search takes it; null while something is missing or wrong. */
  spec: PlanSpec | null;
  /** Problems at the plan's fields. */
  issues: ScenarioIssue[];
  /** Why the search cannot run yet, in words, when a field is not the place to say it. */
  missing: string | null;
}

/** The display of lever `lever` in scenario `s` (percent, people a year …). */
export function displayOf(s: Scenario, lever: DraftLever): LeverDisplay {
  const p = typeof lever.policy === 'number' ? s.policies[lever.policy] : undefined;
  return leverDisplay(p ?? null);
}

const shown = (v: number, d: LeverDisplay): string => {
  const n = String(Number((v * d.scale).toPrecision(10))).replace('-', MINUS);
  return d.scale === 100 ? `${n} %` : `${n}${d.unit ? ` ${d.unit}` : ''}`;
};

const typed = (v: unknown, d: LeverDisplay): string =>
  typeof v === 'number' ? shown(v, d) : `“${String(v)}”`;

function numberAt(
  issues: ScenarioIssue[],
  path: string,
  v: unknown,
  d: LeverDisplay,
  what: string,
): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const message =
    v === undefined || v === ''
      ? `type the ${what}`
      : `must be a number, such as ${shown(d.scale === 100 ? 0.2 : 100, d)} (you typed ${typed(v, d)})`;
  issues.push({ path, message });
  return null;
}

const PERCENT: LeverDisplay = { scale: 100, unit: '%', levelUnit: '', percent: false };
const YEAR: LeverDisplay = { scale: 1, unit: '', levelUnit: '', percent: false };

function checkTarget(draft: unknown, s: Scenario, issues: ScenarioIssue[]) {
  const at = 'plan.target';
  const ids = getAtPath(draft, `${at}.professions`);
  const known = new Set(s.professions.map((p) => p.id));
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  if (list.length === 0) {
    issues.push({ path: `${at}.professions`, message: 'choose at least one profession' });
  }
  for (const id of list) {
    if (!known.has(id)) {
      issues.push({
        path: `${at}.professions`,
        message: `“${id}” is not a profession of this scenario: take it out`,
      });
    }
  }
  const first = s.baseYear + 1;
  const last = s.baseYear + s.horizonYears;
  const fy = getAtPath(draft, `${at}.fromYear`);
  let fromYear = numberAt(issues, `${at}.fromYear`, fy, YEAR, 'first year the target holds');
  if (fromYear !== null && (!Number.isInteger(fromYear) || fromYear < first || fromYear > last)) {
    issues.push({
      path: `${at}.fromYear`,
      message: `must be a year from ${first} to ${last} (you typed ${fromYear})`,
    });
    fromYear = null;
  }
  const mp = getAtPath(draft, `${at}.maxShortageProbability`);
  let max = numberAt(issues, `${at}.maxShortageProbability`, mp, PERCENT, 'largest chance');
  if (max !== null && (max < 0 || max >= 1)) {
    issues.push({
      path: `${at}.maxShortageProbability`,
      message: `must be at least 0 % and below 100 % (you typed ${shown(max, PERCENT)})`,
    });
    max = null;
  }
  if (list.length === 0 || list.some((id) => !known.has(id))) return null;
  if (fromYear === null || max === null) return null;
  return { professions: list, fromYear, maxShortageProbability: max };
}

function checkLever(
  lever: DraftLever,
  j: number,
  s: Scenario,
  seen: Map<string, number>,
  issues: ScenarioIssue[],
): PlanLever | null {
  const at = `plan.levers[${j}]`;
  const before = issues.length;
  const d = displayOf(s, lever);
  if (lever.substitution !== undefined) {
    const r = lever.substitution;
    if (typeof r !== 'number' || !s.substitution[r]) {
      issues.push({ path: at, message: 'is not a task-shifting rule of this scenario' });
    }
  } else if (
    typeof lever.policy !== 'number' ||
    !Number.isInteger(lever.policy) ||
    !s.policies[lever.policy]
  ) {
    issues.push({ path: at, message: 'is not a policy of this scenario: take it out' });
  }
  const key =
    lever.substitution !== undefined
      ? `s${JSON.stringify(lever.substitution)}`
      : `p${JSON.stringify(lever.policy)}`;
  const twin = seen.get(key);
  if (twin !== undefined) {
    issues.push({ path: at, message: `moves the same policy as lever ${twin + 1}: take one out` });
  } else seen.set(key, j);
  const min = numberAt(issues, `${at}.min`, lever.min, d, 'lowest value');
  const max = numberAt(issues, `${at}.max`, lever.max, d, 'highest value');
  if (min !== null && d.percent && min < -1) {
    issues.push({
      path: `${at}.min`,
      message: `must be at least −100 % (you typed ${shown(min, d)})`,
    });
  }
  if (min !== null && max !== null && max < min) {
    issues.push({
      path: `${at}.max`,
      message: `must be at least the lowest value, ${shown(min, d)} (you typed ${shown(max, d)})`,
    });
  }
  let step: number | undefined;
  if (lever.step !== undefined && lever.step !== null && lever.step !== '') {
    const v = numberAt(issues, `${at}.step`, lever.step, d, 'step');
    if (v !== null && v <= 0) {
      issues.push({
        path: `${at}.step`,
        message: `must be more than 0 (you typed ${shown(v, d)})`,
      });
    } else if (v !== null && min !== null && max !== null && (max - min) / v > MAX_LEVER_STEPS) {
      issues.push({
        path: `${at}.step`,
        message: `makes more than ${MAX_LEVER_STEPS.toLocaleString('en-GB')} steps from the lowest to the highest value: choose a larger step`,
      });
    } else if (v !== null) step = v;
  }
  if (issues.length > before || min === null || max === null) return null;
  const bounds = { min, max, ...(step !== undefined ? { step } : {}) };
  // A task-shifting lever (once the search knows them) names its rule instead of a policy.
  if (typeof lever.substitution === 'number') {
    return { substitution: lever.substitution, ...bounds };
  }
  return typeof lever.policy === 'number' ? { policy: lever.policy, ...bounds } : null;
}

/** Checks the draft's plan against the valid scenario `s`. */
export function checkPlan(draft: unknown, s: Scenario | null): PlanCheck {
  if (s === null) {
    return { spec: null, issues: [], missing: 'Fix the problems in the editor first.' };
  }
  if (draftPlan(draft) === null) {
    return {
      spec: null,
      issues: [],
      missing: 'Say what to reach first: start a plan below.',
    };
  }
  const issues: ScenarioIssue[] = [];
  const target = checkTarget(draft, s, issues);
  const levers = draftLevers(draft);
  if (levers.length > MAX_PLAN_LEVERS) {
    issues.push({
      path: 'plan.levers',
      message: `a plan moves at most ${MAX_PLAN_LEVERS} levers (this one has ${levers.length}): take one out`,
    });
  }
  const seen = new Map<string, number>();
  const checked = levers.map((l, j) => checkLever(l, j, s, seen, issues));
  const missing =
    levers.length === 0
      ? 'Add at least one lever: a policy the search may change.'
      : issues.length > 0
        ? 'Correct the marked fields of the plan first.'
        : null;
  const spec =
    target && missing === null && checked.every((l) => l !== null)
      ? {
          levers: checked,
          target,
          objective: 'presentValue' as const,
        }
      : null;
  return { spec, issues, missing };
}
