/**
 * The optional `plan` of a scenario (MODEL.md §8): which policies the least-cost plan
 * search may set (levers with bounds), the target it must meet and what it minimises.
 */
import { MAX_LEVER_STEPS, MAX_PLAN_LEVERS } from '../plan/types.ts';
import type { PlanLever, PlanSpec, PlanTarget } from '../plan/types.ts';
import { type Ctx, at, error, field, idx, num, show, warn } from './issues.ts';
import { notProfessionId, unknownProfession } from './validate-rules.ts';
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
  const obj = readObject(ctx, v, path, PLAN_KEYS, 'plan');
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
  const max = MAX_PLAN_LEVERS;
  if (v === undefined) {
    error(ctx, path, 'levers.missing', { max });
    return undefined;
  }
  if (!Array.isArray(v)) {
    error(ctx, path, 'levers.notList', { max, value: show(v) });
    return undefined;
  }
  if (v.length === 0) {
    error(ctx, path, 'levers.empty');
    return undefined;
  }
  if (v.length > max) {
    error(ctx, path, 'levers.tooMany', { max, count: v.length });
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
      const values = { index: lever.substitution ?? lever.policy, first: idx(path, first) };
      if (lever.substitution !== undefined)
        error(ctx, at(p, 'substitution'), 'lever.duplicateSubstitution', values);
      else error(ctx, at(p, 'policy'), 'lever.duplicatePolicy', values);
      ok = false;
      return;
    }
    named.set(key, i);
    out.push(lever);
  });
  return ok ? out : undefined;
}

function readLever(ctx: Ctx, v: unknown, path: string, facts: PlanFacts): PlanLever | undefined {
  const obj = readObject(ctx, v, path, LEVER_KEYS, 'lever');
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const rawRule = field(obj, 'substitution');
  const rawPolicy = field(obj, 'policy');
  let policy: number | undefined;
  let rule: number | undefined;
  if (rawRule !== undefined && rawPolicy !== undefined) {
    error(ctx, at(path, 'substitution'), 'lever.policyAndSubstitution');
  } else if (rawRule !== undefined) {
    rule = readIndex(
      ctx,
      rawRule,
      at(path, 'substitution'),
      facts.substitutions ?? 0,
      'lever.noSuchRule',
    );
  } else {
    policy = readIndex(ctx, rawPolicy, at(path, 'policy'), facts.policies, 'lever.noSuchPolicy');
  }
  const domain: Domain | undefined =
    rule !== undefined
      ? 'probability'
      : policy !== undefined
        ? facts.policyDomain?.(policy)
        : undefined;
  const bound = (key: 'min' | 'max') => {
    const v = readNumber(ctx, field(obj, key), at(path, key), { what: 'any' });
    if (v === undefined || domain === undefined) return v;
    return validateDist(ctx, v, at(path, key), domain) === undefined ? undefined : v;
  };
  const min = bound('min');
  const max = bound('max');
  if (min !== undefined && max !== undefined && max < min) {
    error(ctx, at(path, 'max'), 'lever.maxBelowMin', { min: num(min), value: show(max) });
  }
  const rawStep = field(obj, 'step');
  const step =
    rawStep === undefined
      ? undefined
      : readNumber(ctx, rawStep, at(path, 'step'), {
          min: 0,
          above: true,
          what: 'step',
        });
  if (step !== undefined && min !== undefined && max !== undefined && max >= min) {
    const width = max - min;
    if (step > width) {
      error(ctx, at(path, 'step'), 'lever.stepTooWide', { width: num(width), value: show(step) });
    } else if (width / step > MAX_LEVER_STEPS) {
      error(ctx, at(path, 'step'), 'lever.stepTooFine', {
        max: num(MAX_LEVER_STEPS),
        steps: num(Math.ceil(width / step)),
      });
    }
  }
  if (ctx.errors.length > before) return undefined;
  const bounds = { min: min!, max: max!, ...(step !== undefined && { step }) };
  return rule !== undefined ? { substitution: rule, ...bounds } : { policy: policy!, ...bounds };
}

/** An index into a list of `count` policies or rules; `missing` says there is no such one. */
function readIndex(
  ctx: Ctx,
  v: unknown,
  path: string,
  count: number,
  missing: 'lever.noSuchPolicy' | 'lever.noSuchRule',
): number | undefined {
  const i = readInt(ctx, v, path, { min: 0 });
  if (i === undefined) return undefined;
  if (i >= count) {
    error(ctx, path, missing, { index: i, count, last: count - 1 });
    return undefined;
  }
  return i;
}

function readTarget(ctx: Ctx, v: unknown, path: string, facts: PlanFacts): PlanTarget | undefined {
  const obj = readObject(ctx, v, path, TARGET_KEYS, 'target');
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
  const fromYear = readInt(ctx, field(obj, 'fromYear'), at(path, 'fromYear'), bounds, 'year');
  const limit = readNumber(
    ctx,
    field(obj, 'maxShortageProbability'),
    at(path, 'maxShortageProbability'),
    { min: 0, max: 1, what: 'shortageProbability' },
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
  const known = ids && ids.length ? ids.join(', ') : undefined;
  const some: Record<string, string> = known === undefined ? {} : { known };
  const k = known === undefined ? '' : 'Known';
  if (v === undefined) {
    error(ctx, path, `targetProfessions.missing${k}`, some);
    return undefined;
  }
  if (!Array.isArray(v)) {
    error(ctx, path, `targetProfessions.notList${k}`, { ...some, value: show(v) });
    return undefined;
  }
  if (v.length === 0) {
    error(ctx, path, `targetProfessions.empty${k}`, some);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  v.forEach((x: unknown, i) => {
    const p = idx(path, i);
    if (typeof x !== 'string' || x.trim() === '') {
      notProfessionId(ctx, p, known, x);
      ok = false;
    } else if (ids !== undefined && !ids.includes(x)) {
      unknownProfession(ctx, p, ids, x);
      ok = false;
    } else if (out.includes(x)) {
      warn(ctx, p, 'targetProfessions.repeated', { id: show(x) });
    } else out.push(x);
  });
  return ok ? out : undefined;
}
