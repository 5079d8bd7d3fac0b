/**
 * The optional lists: substitution rules (task shifting), policies (levers over time) and
 * shocks (random crises). Profession ids must name professions of the scenario.
 */
import { POLICY_PARAMETERS, type Policy, type Shock, type SubstitutionRule } from './types.ts';
import { type Ctx, at, error, field, got, idx, show, warn } from './issues.ts';
import { readChoice, readInt, readNumber, readObject, readText } from './read-fields.ts';
import { absoluteChangeDomain, type Domain, validateDist } from './validate-dist.ts';
import { checkIdForm } from './validate-profession.ts';
import { MAX_NAME_CHARS, MAX_SUBSTITUTION_RATIO } from './limits.ts';
import { PARAMETERS, parameterAt } from '../catalog.ts';

/** A list that defaults to []; each entry read by `item`. Undefined after errors. */
export function readList<T>(
  ctx: Ctx,
  v: unknown,
  path: string,
  what: string,
  item: (entry: unknown, path: string, index: number) => T | undefined,
): T[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    error(ctx, path, `must be a list of ${what} ${got(v)}`);
    return undefined;
  }
  const out: T[] = [];
  let ok = true;
  v.forEach((entry: unknown, i) => {
    const r = item(entry, idx(path, i), i);
    if (r === undefined) ok = false;
    else out.push(r);
  });
  return ok ? out : undefined;
}

/** The id of a profession of this scenario. */
function readProfessionId(ctx: Ctx, v: unknown, path: string): string | undefined {
  const ids = ctx.professionIds;
  const known = ids && ids.length ? ` (${ids.join(', ')})` : '';
  if (v === undefined) {
    error(ctx, path, `is missing; it must be the id of a profession${known}`);
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '') {
    error(ctx, path, `must be the id of a profession${known} ${got(v)}`);
    return undefined;
  }
  if (!checkIdForm(ctx, v, path)) return undefined;
  if (ids !== undefined && !ids.includes(v)) {
    error(
      ctx,
      path,
      `unknown profession ${show(v)}; known: ${ids.length ? ids.join(', ') : 'none'}`,
    );
    return undefined;
  }
  return v;
}

/** startYear ≤ fullYear, both whole years. */
function readRamp(
  ctx: Ctx,
  obj: Record<string, unknown>,
  path: string,
): [number, number] | undefined {
  const start = readInt(ctx, field(obj, 'startYear'), at(path, 'startYear'), {}, 'whole year');
  const full = readInt(ctx, field(obj, 'fullYear'), at(path, 'fullYear'), {}, 'whole year');
  if (start === undefined || full === undefined) return undefined;
  if (start > full) {
    error(ctx, at(path, 'fullYear'), `must not be before startYear (${start}) ${got(full)}`);
    return undefined;
  }
  return [start, full];
}

const SUBSTITUTION_KEYS = ['from', 'to', 'share', 'ratio', 'startYear', 'fullYear'];

export function validateSubstitution(
  ctx: Ctx,
  v: unknown,
  path: string,
): SubstitutionRule | undefined {
  const obj = readObject(
    ctx,
    v,
    path,
    SUBSTITUTION_KEYS,
    'an object with from, to, share, ratio, startYear and fullYear',
  );
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const from = readProfessionId(ctx, field(obj, 'from'), at(path, 'from'));
  const to = readProfessionId(ctx, field(obj, 'to'), at(path, 'to'));
  if (from !== undefined && from === to) {
    error(ctx, at(path, 'to'), `must be another profession than "from" (both are ${show(to)})`);
  }
  const share = validateDist(ctx, field(obj, 'share'), at(path, 'share'), 'probability');
  const ratio = readNumber(ctx, field(obj, 'ratio'), at(path, 'ratio'), {
    min: 0,
    above: true,
    max: MAX_SUBSTITUTION_RATIO,
    phrase: `a number greater than 0 and at most ${MAX_SUBSTITUTION_RATIO} (FTE of "to" per FTE of "from")`,
  });
  const ramp = readRamp(ctx, obj, path);
  if (ctx.errors.length > before) return undefined;
  return {
    from: from!,
    to: to!,
    share: share!,
    ratio: ratio!,
    startYear: ramp![0],
    fullYear: ramp![1],
  };
}

const POLICY_KEYS = [
  'profession',
  'parameter',
  'kind',
  'value',
  'startYear',
  'fullYear',
  'costPerYear',
];

export function validatePolicy(ctx: Ctx, v: unknown, path: string): Policy | undefined {
  const obj = readObject(
    ctx,
    v,
    path,
    POLICY_KEYS,
    'an object with profession, parameter, kind, value, startYear and fullYear',
  );
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const profession = readProfessionId(ctx, field(obj, 'profession'), at(path, 'profession'));
  const parameter = readChoice(
    ctx,
    field(obj, 'parameter'),
    at(path, 'parameter'),
    POLICY_PARAMETERS,
  );
  const kind = readChoice(ctx, field(obj, 'kind'), at(path, 'kind'), [
    'relative',
    'absolute',
  ] as const);
  const value = validateDist(
    ctx,
    field(obj, 'value'),
    at(path, 'value'),
    kind === 'relative' ? 'relative' : absoluteDomain(parameter),
  );
  const ramp = readRamp(ctx, obj, path);
  const rawCost = field(obj, 'costPerYear');
  const costPerYear =
    rawCost === undefined
      ? undefined
      : validateDist(ctx, rawCost, at(path, 'costPerYear'), 'money');
  if (ctx.errors.length > before) return undefined;
  return {
    profession: profession!,
    parameter: parameter!,
    kind: kind!,
    value: value!,
    startYear: ramp![0],
    fullYear: ramp![1],
    ...(costPerYear === undefined ? {} : { costPerYear }),
  };
}

/** The domain of a valid policy's value (its kind and parameter). */
export function policyValueDomain(policy: Pick<Policy, 'kind' | 'parameter'>): Domain {
  return policy.kind === 'relative' ? 'relative' : absoluteDomain(policy.parameter);
}

/** An absolute policy changes its parameter by at most the span of its values (limits.ts). */
function absoluteDomain(parameter: string | undefined): Domain {
  const key = parameter === undefined ? undefined : parameterAt(parameter);
  if (key === undefined) return 'changeFte';
  if (key === 'fte') return absoluteChangeDomain('fte');
  const valid = PARAMETERS[key].valid;
  return absoluteChangeDomain(valid === 'rate' ? 'fte' : valid);
}

const SHOCK_KEYS = [
  'name',
  'probabilityPerYear',
  'durationYears',
  'demandIncrease',
  'extraExit',
  'professions',
];

export function validateShock(
  ctx: Ctx,
  v: unknown,
  path: string,
  index: number,
): Shock | undefined {
  const obj = readObject(
    ctx,
    v,
    path,
    SHOCK_KEYS,
    'an object with name, probabilityPerYear, durationYears, demandIncrease and extraExit',
  );
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const rawName = field(obj, 'name');
  const fallback = `shock ${index + 1}`;
  const name =
    typeof rawName === 'string' && rawName.trim() === ''
      ? fallback
      : readText(ctx, rawName, at(path, 'name'), fallback, MAX_NAME_CHARS);
  const probability = readNumber(
    ctx,
    field(obj, 'probabilityPerYear'),
    at(path, 'probabilityPerYear'),
    { min: 0, max: 1, phrase: 'a probability between 0 and 1' },
  );
  const duration = readInt(
    ctx,
    field(obj, 'durationYears'),
    at(path, 'durationYears'),
    { min: 1 },
    'whole number of years',
  );
  const demandIncrease = validateDist(
    ctx,
    field(obj, 'demandIncrease'),
    at(path, 'demandIncrease'),
    'rate',
  );
  const extraExit = validateDist(
    ctx,
    field(obj, 'extraExit'),
    at(path, 'extraExit'),
    'probability',
  );
  const pp = at(path, 'professions');
  const rawProfessions = field(obj, 'professions');
  const professions =
    rawProfessions === undefined
      ? undefined
      : readList(ctx, rawProfessions, pp, 'profession ids', (e, p) => readProfessionId(ctx, e, p));
  if (Array.isArray(rawProfessions) && rawProfessions.length === 0) {
    warn(ctx, pp, 'is empty, so the shock hits no profession; leave it out to hit all professions');
  }
  if (ctx.errors.length > before) return undefined;
  const out: Shock = {
    name: name!,
    probabilityPerYear: probability!,
    durationYears: duration!,
    demandIncrease: demandIncrease!,
    extraExit: extraExit!,
  };
  if (professions !== undefined) out.professions = professions;
  return out;
}
