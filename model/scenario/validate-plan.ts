/**
 * The optional `plan` of a scenario (MODEL.md §8): which policies the least-cost plan
 * search may set (levers with bounds), the target it must meet and what it minimises.
 */
import { MAX_LEVER_STEPS, MAX_PLAN_LEVERS } from '../plan/types.ts';
import type { PlanLever, PlanSpec, PlanTarget } from '../plan/types.ts';
import { type Ctx, at, error, field, got, idx, num, show, warn } from './issues.ts';
import { readChoice, readInt, readNumber, readObject } from './read-fields.ts';
import { type Domain, validateDist } from './validate-dist.ts';

/** What the plan's checks need to know of the rest of the scenario. */
export interface PlanFacts {
  /** How many valid policies the scenario has (levers name them by index). */
  policies: number;
  /** How many valid task-shifting rules the scenario has. */
  substitutions?: number;
  /** The domain of each policy's value (its kind and parameter): a lever's bounds must lie
   *  in it. Unchecked when undefined. */
  policyDomain?: (policy: number) => Domain | undefined;
  /** Valid profession ids; unchecked when undefined (the list itself is broken). */
  professionIds?: string[];
  baseYear?: number;
  horizonYears?: number;
}

const PLAN_KEYS = ['levers', 'target', 'objective'];
const LEVER_KEYS = ['policy', 'substitution', 'min', 'max', 'step'];
const TARGET_KEYS = ['professions', 'fromYear', 'maxShortageProbability'];
const OBJECTIVES = ['presentValue'] as const;

export function validatePlan(
  ctx: Ctx,
  v: unknown,
  path: string,
  facts: PlanFacts,
): PlanSpec | undefined {
  const obj = readObject(ctx, v, path, PLAN_KEYS, 'an object with levers, target and objective');
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const levers = readLevers(ctx, field(obj, 'levers'), at(path, 'levers'), facts);
  const target = readTarget(ctx, field(obj, 'target'), at(path, 'target'), facts);
  const rawObjective = field(obj, 'objective');
  const objective =
    rawObjective === undefined
      ? 'presentValue'
      : readChoice(ctx, rawObjective, at(path, 'objective'), OBJECTIVES);
  if (ctx.errors.length > before) return undefined;
  return { levers: levers!, target: target!, objective: objective! };
}

function readLevers(ctx: Ctx, v: unknown, path: string, facts: PlanFacts): PlanLever[] | undefined {
  const what = `a list of 1 to ${MAX_PLAN_LEVERS} levers, each {"policy": …, "min": …, "max": …}`;
  if (v === undefined) {
    error(ctx, path, `is missing; it must be ${what}`);
    return undefined;
  }
  if (!Array.isArray(v)) {
    error(ctx, path, `must be ${what} ${got(v)}`);
    return undefined;
  }
  if (v.length === 0) {
    error(ctx, path, 'must name at least one lever: a policy whose value the search may set');
    return undefined;
  }
  if (v.length > MAX_PLAN_LEVERS) {
    error(
      ctx,
      path,
      `may have at most ${MAX_PLAN_LEVERS} levers (got ${v.length}); the search grows with each one`,
    );
    return undefined;
  }
  const out: PlanLever[] = [];
  const named = new Map<string, number>();
  let ok = true;
  v.forEach((entry: unknown, i) => {
    const p = idx(path, i);
    const lever = readLever(ctx, entry, p, facts);
    if (lever === undefined) {
      ok = false;
      return;
    }
    const key =
      lever.substitution !== undefined
        ? `substitution ${lever.substitution}`
        : `policy ${lever.policy}`;
    const first = named.get(key);
    if (first !== undefined) {
      error(
        ctx,
        at(p, lever.substitution !== undefined ? 'substitution' : 'policy'),
        `${key} is already a lever (${idx(path, first)}); name each ${lever.substitution !== undefined ? 'rule' : 'policy'} once`,
      );
      ok = false;
      return;
    }
    named.set(key, i);
    out.push(lever);
  });
  return ok ? out : undefined;
}

function readLever(ctx: Ctx, v: unknown, path: string, facts: PlanFacts): PlanLever | undefined {
  const obj = readObject(
    ctx,
    v,
    path,
    LEVER_KEYS,
    'an object with policy (or substitution), min and max (and optionally step)',
  );
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const rawRule = field(obj, 'substitution');
  const rawPolicy = field(obj, 'policy');
  let policy: number | undefined;
  let rule: number | undefined;
  if (rawRule !== undefined && rawPolicy !== undefined) {
    error(
      ctx,
      at(path, 'substitution'),
      'a lever sets either a policy or a task-shifting rule, not both; keep one of "policy" and "substitution"',
    );
  } else if (rawRule !== undefined) {
    rule = readIndex(ctx, rawRule, at(path, 'substitution'), facts.substitutions ?? 0, RULES);
  } else {
    policy = readIndex(ctx, rawPolicy, at(path, 'policy'), facts.policies, POLICIES);
  }
  const domain: Domain | undefined =
    rule !== undefined
      ? 'probability'
      : policy !== undefined
        ? facts.policyDomain?.(policy)
        : undefined;
  const bound = (key: 'min' | 'max') => {
    const v = readNumber(ctx, field(obj, key), at(path, key), { phrase: 'a number' });
    if (v === undefined || domain === undefined) return v;
    return validateDist(ctx, v, at(path, key), domain) === undefined ? undefined : v;
  };
  const min = bound('min');
  const max = bound('max');
  if (min !== undefined && max !== undefined && max < min) {
    error(ctx, at(path, 'max'), `must not be less than min (${num(min)}) ${got(max)}`);
  }
  const rawStep = field(obj, 'step');
  const step =
    rawStep === undefined
      ? undefined
      : readNumber(ctx, rawStep, at(path, 'step'), {
          min: 0,
          above: true,
          phrase: 'a number greater than 0 (the spacing of the values tried)',
        });
  if (step !== undefined && min !== undefined && max !== undefined && max >= min) {
    const width = max - min;
    if (step > width) {
      error(ctx, at(path, 'step'), `must be at most max − min (${num(width)}) ${got(step)}`);
    } else if (width / step > MAX_LEVER_STEPS) {
      error(
        ctx,
        at(path, 'step'),
        `is too fine: (max − min) / step may be at most ${num(MAX_LEVER_STEPS)} (got ${num(Math.ceil(width / step))} steps)`,
      );
    }
  }
  if (ctx.errors.length > before) return undefined;
  const bounds = { min: min!, max: max!, ...(step !== undefined && { step }) };
  return rule !== undefined ? { substitution: rule, ...bounds } : { policy: policy!, ...bounds };
}

/** What a lever may name: policies or task-shifting rules, in words. */
interface Named {
  /** "policy 5", "task-shifting rule 5" */
  one: string;
  /** "policies", "task-shifting rules" */
  many: string;
  /** Said when the scenario has none. */
  none: string;
}

const POLICIES: Named = {
  one: 'policy',
  many: 'policies',
  none: 'the scenario has no policies; add the policy the search should set to "policies"',
};
const RULES: Named = {
  one: 'task-shifting rule',
  many: 'task-shifting rules',
  none: 'the scenario has no task-shifting rules',
};

/** An index into a list of `count` policies or rules. */
function readIndex(
  ctx: Ctx,
  v: unknown,
  path: string,
  count: number,
  named: Named,
): number | undefined {
  const i = readInt(ctx, v, path, { min: 0 });
  if (i === undefined) return undefined;
  if (i >= count) {
    const has =
      count === 0
        ? named.none
        : count === 1
          ? `the scenario has 1 ${named.one} (0)`
          : `the scenario has ${count} ${named.many} (0 to ${count - 1})`;
    error(ctx, path, `there is no ${named.one} ${i}; ${has}`);
    return undefined;
  }
  return i;
}

function readTarget(ctx: Ctx, v: unknown, path: string, facts: PlanFacts): PlanTarget | undefined {
  const obj = readObject(
    ctx,
    v,
    path,
    TARGET_KEYS,
    'an object with professions, fromYear and maxShortageProbability',
  );
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const professions = readTargetProfessions(
    ctx,
    field(obj, 'professions'),
    at(path, 'professions'),
    facts.professionIds,
  );
  const { baseYear, horizonYears } = facts;
  const bounds =
    baseYear !== undefined && horizonYears !== undefined
      ? { min: baseYear + 1, max: baseYear + horizonYears }
      : {};
  const fromYear = readInt(ctx, field(obj, 'fromYear'), at(path, 'fromYear'), bounds, 'whole year');
  const limit = readNumber(
    ctx,
    field(obj, 'maxShortageProbability'),
    at(path, 'maxShortageProbability'),
    { min: 0, max: 1, phrase: 'a probability between 0 and 1 (e.g. 0.2 for 20 %)' },
  );
  if (ctx.errors.length > before) return undefined;
  return { professions: professions!, fromYear: fromYear!, maxShortageProbability: limit! };
}

function readTargetProfessions(
  ctx: Ctx,
  v: unknown,
  path: string,
  ids: string[] | undefined,
): string[] | undefined {
  const known = ids && ids.length ? ` (${ids.join(', ')})` : '';
  const what = `a list of the ids of the professions the target is for${known}`;
  if (v === undefined) {
    error(ctx, path, `is missing; it must be ${what}`);
    return undefined;
  }
  if (!Array.isArray(v)) {
    error(ctx, path, `must be ${what} ${got(v)}`);
    return undefined;
  }
  if (v.length === 0) {
    error(ctx, path, `must name at least one profession${known}`);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  v.forEach((x: unknown, i) => {
    const p = idx(path, i);
    if (typeof x !== 'string' || x.trim() === '') {
      error(ctx, p, `must be the id of a profession${known} ${got(x)}`);
      ok = false;
    } else if (ids !== undefined && !ids.includes(x)) {
      error(
        ctx,
        p,
        `unknown profession ${show(x)}; known: ${ids.length ? ids.join(', ') : 'none'}`,
      );
      ok = false;
    } else if (out.includes(x)) {
      warn(ctx, p, `names ${show(x)} a second time; it is counted once`);
    } else out.push(x);
  });
  return ok ? out : undefined;
}
