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
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { draftLevers, draftPlan, type DraftLever } from './plan-draft.ts';
import { leverDisplay, withUnit, type LeverDisplay } from './lever-kinds.ts';

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

/** A number as the Plan view shows it, in the lever's unit: "20 %", "100 people a year". */
export function shownValue(v: number, d: LeverDisplay, t: Translate): string {
  const n = String(Number((v * d.scale).toPrecision(10))).replace('-', MINUS);
  return d.scale === 100 ? t('plan.check.percent', { value: n }) : withUnit(n, d.unit, t);
}

const typed = (v: unknown, d: LeverDisplay, t: Translate): string =>
  typeof v === 'number' ? shownValue(v, d, t) : t('plan.check.typedText', { text: String(v) });

function numberAt(
  issues: ScenarioIssue[],
  path: string,
  v: unknown,
  d: LeverDisplay,
  /** What to say when nothing is typed ("type the lowest value"). */
  missing: MessageKey,
  t: Translate,
): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const message =
    v === undefined || v === ''
      ? t(missing)
      : t('plan.check.notNumber', {
          example: shownValue(d.scale === 100 ? 0.2 : 100, d, t),
          typed: typed(v, d, t),
        });
  issues.push({ path, message });
  return null;
}

const PERCENT: LeverDisplay = { scale: 100, unit: 'none', levelUnit: 'none', percent: false };
const YEAR: LeverDisplay = { scale: 1, unit: 'none', levelUnit: 'none', percent: false };

function checkTarget(draft: unknown, s: Scenario, issues: ScenarioIssue[], t: Translate) {
  const at = 'plan.target';
  const ids = getAtPath(draft, `${at}.professions`);
  const known = new Set(s.professions.map((p) => p.id));
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  if (list.length === 0) {
    issues.push({ path: `${at}.professions`, message: t('plan.check.chooseProfession') });
  }
  for (const id of list) {
    if (!known.has(id)) {
      issues.push({
        path: `${at}.professions`,
        message: t('plan.check.unknownProfession', { id }),
      });
    }
  }
  const first = s.baseYear + 1;
  const last = s.baseYear + s.horizonYears;
  const fy = getAtPath(draft, `${at}.fromYear`);
  let fromYear = numberAt(issues, `${at}.fromYear`, fy, YEAR, 'plan.check.typeFromYear', t);
  if (fromYear !== null && (!Number.isInteger(fromYear) || fromYear < first || fromYear > last)) {
    issues.push({
      path: `${at}.fromYear`,
      message: t('plan.check.yearRange', {
        first: String(first),
        last: String(last),
        typed: String(fromYear),
      }),
    });
    fromYear = null;
  }
  const mp = getAtPath(draft, `${at}.maxShortageProbability`);
  let max = numberAt(
    issues,
    `${at}.maxShortageProbability`,
    mp,
    PERCENT,
    'plan.check.typeLargestChance',
    t,
  );
  if (max !== null && (max < 0 || max >= 1)) {
    issues.push({
      path: `${at}.maxShortageProbability`,
      message: t('plan.check.shareRange', { typed: shownValue(max, PERCENT, t) }),
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
  t: Translate,
): PlanLever | null {
  const at = `plan.levers[${j}]`;
  const before = issues.length;
  const d = displayOf(s, lever);
  if (lever.substitution !== undefined) {
    const r = lever.substitution;
    if (typeof r !== 'number' || !s.substitution[r]) {
      issues.push({ path: at, message: t('plan.check.notRule') });
    }
  } else if (
    typeof lever.policy !== 'number' ||
    !Number.isInteger(lever.policy) ||
    !s.policies[lever.policy]
  ) {
    issues.push({ path: at, message: t('plan.check.notPolicy') });
  }
  const key =
    lever.substitution !== undefined
      ? `s${JSON.stringify(lever.substitution)}`
      : `p${JSON.stringify(lever.policy)}`;
  const twin = seen.get(key);
  if (twin !== undefined) {
    issues.push({ path: at, message: t('plan.check.twin', { n: String(twin + 1) }) });
  } else seen.set(key, j);
  const min = numberAt(issues, `${at}.min`, lever.min, d, 'plan.check.typeLowest', t);
  const max = numberAt(issues, `${at}.max`, lever.max, d, 'plan.check.typeHighest', t);
  if (min !== null && d.percent && min < -1) {
    issues.push({
      path: `${at}.min`,
      message: t('plan.check.atLeastMinus100', { typed: shownValue(min, d, t) }),
    });
  }
  if (min !== null && max !== null && max < min) {
    issues.push({
      path: `${at}.max`,
      message: t('plan.check.belowLowest', {
        lowest: shownValue(min, d, t),
        typed: shownValue(max, d, t),
      }),
    });
  }
  let step: number | undefined;
  if (lever.step !== undefined && lever.step !== null && lever.step !== '') {
    const v = numberAt(issues, `${at}.step`, lever.step, d, 'plan.check.typeStep', t);
    if (v !== null && v <= 0) {
      issues.push({
        path: `${at}.step`,
        message: t('plan.check.stepPositive', { typed: shownValue(v, d, t) }),
      });
    } else if (v !== null && min !== null && max !== null && (max - min) / v > MAX_LEVER_STEPS) {
      issues.push({
        path: `${at}.step`,
        message: t('plan.check.tooManySteps', {
          max: new Intl.NumberFormat().format(MAX_LEVER_STEPS),
        }),
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

/** Checks the draft's plan against the valid scenario `s`, in the words of `t`. */
export function checkPlan(draft: unknown, s: Scenario | null, t: Translate): PlanCheck {
  if (s === null) {
    return { spec: null, issues: [], missing: t('plan.check.fixEditor') };
  }
  if (draftPlan(draft) === null) {
    return {
      spec: null,
      issues: [],
      missing: t('plan.check.startPlan'),
    };
  }
  const issues: ScenarioIssue[] = [];
  const target = checkTarget(draft, s, issues, t);
  const levers = draftLevers(draft);
  if (levers.length > MAX_PLAN_LEVERS) {
    issues.push({
      path: 'plan.levers',
      message: t('plan.check.tooManyLevers', {
        max: String(MAX_PLAN_LEVERS),
        count: String(levers.length),
      }),
    });
  }
  const seen = new Map<string, number>();
  const checked = levers.map((l, j) => checkLever(l, j, s, seen, issues, t));
  const missing =
    levers.length === 0
      ? t('plan.check.addLever')
      : issues.length > 0
        ? t('plan.check.correctFields')
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
