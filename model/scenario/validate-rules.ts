/**
 * The optional lists: substitution rules (task shifting), policies (levers over time) and
 * shocks (random crises). Profession ids must name professions of the scenario.
 */
import { POLICY_PARAMETERS, type Policy, type Shock, type SubstitutionRule } from './types.ts';
import { type Ctx, at, error, field, idx, show, warn } from './issues.ts';
import type { ListTopic } from './issue-messages.ts';
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
  what: ListTopic,
  item: (entry: unknown, path: string, index: number) => T | undefined,
): T[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    error(ctx, path, `list.${what}`, { value: show(v) });
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
  const known = ids && ids.length ? ids.join(', ') : undefined;
  if (v === undefined) {
    if (known === undefined) error(ctx, path, 'professionRef.missing');
    else error(ctx, path, 'professionRef.missingKnown', { known });
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '') {
    notProfessionId(ctx, path, known, v);
    return undefined;
  }
  if (!checkIdForm(ctx, v, path)) return undefined;
  if (ids !== undefined && !ids.includes(v)) {
    unknownProfession(ctx, path, ids, v);
    return undefined;
  }
  return v;
}

/** "must be the id of a profession", with the known ids when there are any. */
export function notProfessionId(
  ctx: Ctx,
  path: string,
  known: string | undefined,
  v: unknown,
): void {
  if (known === undefined) error(ctx, path, 'professionRef.notText', { value: show(v) });
  else error(ctx, path, 'professionRef.notTextKnown', { known, value: show(v) });
}

/** "unknown profession …; known: …" */
export function unknownProfession(ctx: Ctx, path: string, ids: string[], v: string): void {
  if (ids.length === 0) error(ctx, path, 'professionRef.unknownNone', { id: show(v) });
  else error(ctx, path, 'professionRef.unknown', { id: show(v), known: ids.join(', ') });
}

/** startYear ≤ fullYear, both whole years. */
function readRamp(
  ctx: Ctx,
  obj: Record<string, unknown>,
  path: string,
): [number, number] | undefined {
  const start = readInt(ctx, field(obj, 'startYear'), at(path, 'startYear'), {}, 'year');
  const full = readInt(ctx, field(obj, 'fullYear'), at(path, 'fullYear'), {}, 'year');
  if (start === undefined || full === undefined) return undefined;
  if (start > full) {
    error(ctx, at(path, 'fullYear'), 'ramp.fullBeforeStart', { start, value: show(full) });
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
  const obj = readObject(ctx, v, path, SUBSTITUTION_KEYS, 'substitution');
  if (obj === undefined) return undefined;
  const before = ctx.errors.length;
  const from = readProfessionId(ctx, field(obj, 'from'), at(path, 'from'));
  const to = readProfessionId(ctx, field(obj, 'to'), at(path, 'to'));
  if (from !== undefined && from === to) {
    error(ctx, at(path, 'to'), 'substitution.sameProfession', { id: show(to) });
  }
  const share = validateDist(ctx, field(obj, 'share'), at(path, 'share'), 'probability');
  const ratio = readNumber(ctx, field(obj, 'ratio'), at(path, 'ratio'), {
    min: 0,
    above: true,
    max: MAX_SUBSTITUTION_RATIO,
    what: 'substitutionRatio',
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
  const obj = readObject(ctx, v, path, POLICY_KEYS, 'policy');
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
  const obj = readObject(ctx, v, path, SHOCK_KEYS, 'shock');
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
    { min: 0, max: 1, what: 'probability' },
  );
  const duration = readInt(
    ctx,
    field(obj, 'durationYears'),
    at(path, 'durationYears'),
    { min: 1 },
    'years',
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
      : readList(ctx, rawProfessions, pp, 'professionIds', (e, p) => readProfessionId(ctx, e, p));
  if (Array.isArray(rawProfessions) && rawProfessions.length === 0) {
    warn(ctx, pp, 'shock.noProfessions');
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
