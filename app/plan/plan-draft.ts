/**
 * The plan question in the draft (the scenario's `plan`, MODEL.md §8): starting one, adding
 * a lever on a policy of the scenario, making a new policy and its lever from a common
 * lever, taking a lever out, choosing the target's professions, and applying a plan's
 * values. Each change returns a new draft (editor/draft.ts), so the library, share links,
 * files and undo carry the plan as they carry everything else.
 */
import { pointValue } from '../../model/numeric/distributions.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { POLICY_PARAMETERS, type Policy, type Scenario } from '../../model/scenario/types.ts';
import { isRec, setIn } from '../editor/draft.ts';
import { COMMON_LEVERS, type CommonLever } from './lever-kinds.ts';

/** A lever as the draft may hold it (unchecked). */
export interface DraftLever {
  policy?: unknown;
  substitution?: unknown;
  min?: unknown;
  max?: unknown;
  step?: unknown;
}

/** What the form for a new lever gives. */
export interface NewLever {
  common: CommonLever['id'];
  /** The profession of the new policy (not for task shifting). */
  profession: string;
  /** The task-shifting rule (task shifting only). */
  substitution?: number;
  startYear: number;
  fullYear: number;
  /** The programme's own cost per year at full strength, when it has one. */
  costPerYear?: number;
  min: number;
  max: number;
  step?: number;
}

/** Does `v` look like a policy, enough to be named and shown? */
function policyLike(v: unknown): v is Policy {
  if (!isRec(v)) return false;
  const value = v.value;
  return (
    typeof v.profession === 'string' &&
    (POLICY_PARAMETERS as readonly unknown[]).includes(v.parameter) &&
    (v.kind === 'relative' || v.kind === 'absolute') &&
    Number.isInteger(v.startYear) &&
    Number.isInteger(v.fullYear) &&
    (typeof value === 'number' || (isRec(value) && typeof value.dist === 'string'))
  );
}

/**
 * The last valid scenario `s` with the draft's policies, when the draft is invalid but its
 * policies look right: a lever made while some other field is wrong is named all the same.
 */
export function withDraftPolicies(s: Scenario, draft: unknown): Scenario {
  const list = getAtPath(draft, 'policies');
  if (!Array.isArray(list) || !list.every(policyLike)) return s;
  return { ...s, policies: list };
}

/** The draft's plan, when it has one (an object). */
export function draftPlan(draft: unknown): Record<string, unknown> | null {
  const plan = getAtPath(draft, 'plan');
  return isRec(plan) ? plan : null;
}

/** The draft's levers (an empty list when it has none). */
export function draftLevers(draft: unknown): DraftLever[] {
  const list = getAtPath(draft, 'plan.levers');
  return Array.isArray(list) ? list.map((l) => (isRec(l) ? l : {})) : [];
}

/**
 * A plan to start from: the first profession, from seven years ahead (within the horizon),
 * a shortage at most 20 % likely, and one lever, since a plan needs one — on the first
 * policy of the scenario, or on new training places of the first profession when it has
 * no policy.
 */
export function startPlan(draft: unknown, scenario: Scenario): unknown {
  const base = scenario.baseYear;
  const last = base + scenario.horizonYears;
  const first = scenario.professions[0]?.id ?? '';
  const withPlan = setIn(draft, 'plan', {
    levers: [],
    target: {
      professions: first ? [first] : [],
      fromYear: Math.min(last, base + 7),
      maxShortageProbability: 0.2,
    },
    objective: 'presentValue',
  });
  const p = scenario.policies[0];
  if (p) return addPolicyLever(withPlan, 0, startingBounds(p, pointValue(p.value)));
  const training = COMMON_LEVERS[0];
  return createLever(withPlan, {
    common: training.id,
    profession: first,
    startYear: Math.min(last, base + 2),
    fullYear: Math.min(last, base + 4),
    min: training.min,
    max: training.max,
  });
}

/** The draft with profession `id` in (or out of) the target's professions. */
export function chooseTargetProfession(draft: unknown, id: string, on: boolean): unknown {
  const now = getAtPath(draft, 'plan.target.professions');
  const list: unknown[] = Array.isArray(now) ? now.filter((x) => x !== id) : [];
  return setIn(draft, 'plan.target.professions', on ? [...list, id] : list);
}

/** The common lever a policy is, if it is one. */
export function commonOf(p: Pick<Policy, 'parameter' | 'kind'>): CommonLever | undefined {
  return COMMON_LEVERS.find((c) => c.parameter === p.parameter && c.kind === p.kind);
}

/** Bounds to start from for a lever on policy `p`: the common lever's, else from 0 to
 *  twice its value now (or 0 to 1). */
export function startingBounds(p: Policy, point: number): { min: number; max: number } {
  const common = commonOf(p);
  if (common) return { min: common.min, max: common.max };
  if (point > 0) return { min: 0, max: Number((2 * point).toPrecision(3)) };
  if (point < 0) return { min: Number((2 * point).toPrecision(3)), max: 0 };
  return { min: 0, max: 1 };
}

function appendLever(draft: unknown, lever: Record<string, unknown>): unknown {
  const n = draftLevers(draft).length;
  return setIn(draft, `plan.levers[${n}]`, lever);
}

/** The draft with a lever on policy `index` of the scenario. */
export function addPolicyLever(
  draft: unknown,
  index: number,
  bounds: { min: number; max: number },
): unknown {
  return appendLever(draft, { policy: index, min: bounds.min, max: bounds.max });
}

/**
 * The draft with a new policy (value 0: no change until the search sets it) and a lever on
 * it; for task shifting, a lever on the rule's share alone.
 */
export function createLever(draft: unknown, lever: NewLever): unknown {
  const common = COMMON_LEVERS.find((c) => c.id === lever.common);
  if (!common) return draft;
  const bounds = {
    min: lever.min,
    max: lever.max,
    ...(lever.step !== undefined ? { step: lever.step } : {}),
  };
  if (!common.parameter || !common.kind) {
    if (lever.substitution === undefined) return draft;
    return appendLever(draft, { substitution: lever.substitution, ...bounds });
  }
  const policies = getAtPath(draft, 'policies');
  const n = Array.isArray(policies) ? policies.length : 0;
  const policy: Record<string, unknown> = {
    profession: lever.profession,
    parameter: common.parameter,
    kind: common.kind,
    value: 0,
    startYear: lever.startYear,
    fullYear: lever.fullYear,
  };
  if (lever.costPerYear !== undefined) policy.costPerYear = lever.costPerYear;
  return appendLever(setIn(draft, `policies[${n}]`, policy), { policy: n, ...bounds });
}

/** The draft without lever `j` (its policy stays in the scenario); without the plan
 *  question when that was its last lever (a plan needs one). */
export function removeLever(draft: unknown, j: number): unknown {
  if (draftLevers(draft).length <= 1) return setIn(draft, 'plan', undefined);
  return setIn(draft, `plan.levers[${j}]`, undefined);
}

/** Where a lever's value goes in the draft: the policy's value, or the rule's share. */
export function leverTarget(lever: { policy?: unknown; substitution?: unknown }): string | null {
  if (typeof lever.substitution === 'number') return `substitution[${lever.substitution}].share`;
  if (typeof lever.policy === 'number') return `policies[${lever.policy}].value`;
  return null;
}

/** The draft with each lever's policy (or rule) set to its value: "Apply this plan". */
export function applyPlanValues(
  draft: unknown,
  levers: readonly { policy?: unknown; substitution?: unknown }[],
  values: readonly number[],
): unknown {
  let out = draft;
  levers.forEach((lever, j) => {
    const path = leverTarget(lever);
    if (path !== null && Number.isFinite(values[j])) out = setIn(out, path, values[j]);
  });
  return out;
}
