/**
 * Readers for plain fields: objects, whole numbers, bounded numbers, texts, choices and
 * lists of numbers. Each reports its own errors (with the value it got) and returns
 * undefined when the field is missing or broken.
 */
import { type Ctx, type Rec, checkKeys, error, field, idx, isRecord, num, show } from './issues.ts';
import {
  type IntForm,
  type IntNoun,
  type IssueCode,
  type IssueValues,
  type NumberTopic,
  type ObjectTopic,
  ISSUE_MESSAGES,
} from './issue-messages.ts';

const isCode = (code: string): code is IssueCode =>
  Object.prototype.hasOwnProperty.call(ISSUE_MESSAGES, code);

/**
 * An object with the given fields (others are warned about and dropped); `what` names what
 * it must be (issue-messages-fields.ts OBJECTS), with the `values` its words need.
 */
export function readObject(
  ctx: Ctx,
  v: unknown,
  path: string,
  known: readonly string[],
  what: ObjectTopic,
  values: IssueValues = {},
): Rec | undefined {
  if (v === undefined) {
    // A field that may be left out is read only when given.
    const missing = `object.${what}Missing`;
    if (isCode(missing)) error(ctx, path, missing, values);
    else error(ctx, path, `object.${what}`, { ...values, value: show(v) });
    return undefined;
  }
  if (!isRecord(v)) {
    error(ctx, path, `object.${what}`, { ...values, value: show(v) });
    return undefined;
  }
  checkKeys(ctx, v, path, known);
  return v;
}

export interface Bounds {
  min?: number;
  max?: number;
}

function intForm(b: Bounds): IntForm {
  if (b.min !== undefined && b.max !== undefined) return 'Between';
  if (b.min !== undefined) return 'AtLeast';
  if (b.max !== undefined) return 'AtMost';
  return 'Any';
}

/** The bounds as the messages show them: 100 000 rather than 100000. */
function boundValues(b: { min?: number; max?: number }): Record<string, string> {
  const out: Record<string, string> = {};
  if (b.min !== undefined) out.min = num(b.min);
  if (b.max !== undefined) out.max = num(b.max);
  return out;
}

/** A whole number within bounds; `noun` words it: a whole number, year, number of years or age. */
export function readInt(
  ctx: Ctx,
  v: unknown,
  path: string,
  b: Bounds = {},
  noun: IntNoun = 'number',
): number | undefined {
  const form = intForm(b);
  const own = `int.${noun}${form}`;
  const code = isCode(own) ? own : (`int.number${form}` as const);
  const values = boundValues(b);
  if (v === undefined) {
    error(ctx, path, `${code}Missing` as IssueCode, values);
    return undefined;
  }
  if (
    typeof v !== 'number' ||
    !Number.isInteger(v) ||
    (b.min !== undefined && v < b.min) ||
    (b.max !== undefined && v > b.max)
  ) {
    error(ctx, path, code, { ...values, value: show(v) });
    return undefined;
  }
  return v;
}

export interface NumberRule {
  /** Lowest allowed value; `above` makes it exclusive. */
  min?: number;
  above?: boolean;
  max?: number;
  /** What the value must be, in words (issue-messages-fields.ts NUMBERS), e.g. "a share between 0
   *  and 1"; the words may show `min` and `max`. */
  what: NumberTopic;
}

/** A finite number obeying `rule`. */
export function readNumber(
  ctx: Ctx,
  v: unknown,
  path: string,
  rule: NumberRule,
): number | undefined {
  const values: Record<string, number | string> = {};
  if (rule.min !== undefined) values.min = rule.min;
  if (rule.max !== undefined) values.max = rule.max;
  if (v === undefined) {
    // A field that may be left out is read only when given.
    const missing = `number.${rule.what}Missing`;
    if (isCode(missing)) error(ctx, path, missing, values);
    else error(ctx, path, `number.${rule.what}`, { ...values, value: show(v) });
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isFinite(v) || !obeys(v, rule)) {
    error(ctx, path, `number.${rule.what}`, { ...values, value: show(v) });
    return undefined;
  }
  return v;
}

function obeys(v: number, rule: NumberRule): boolean {
  if (rule.min !== undefined && (rule.above ? v <= rule.min : v < rule.min)) return false;
  return rule.max === undefined || v <= rule.max;
}

/** One of a few fixed words. */
export function readChoice<T extends string>(
  ctx: Ctx,
  v: unknown,
  path: string,
  choices: readonly T[],
): T | undefined {
  const values = { choices: choices.map((c) => `"${c}"`).join(', ') };
  if (v === undefined) {
    error(ctx, path, 'choice.missing', values);
    return undefined;
  }
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    error(ctx, path, 'choice.invalid', { ...values, value: show(v) });
    return undefined;
  }
  return v as T;
}

/** Optional free text of at most `maxChars` characters: `fallback` when missing. */
export function readText(
  ctx: Ctx,
  v: unknown,
  path: string,
  fallback: string,
  maxChars: number,
): string | undefined {
  if (v === undefined) return fallback;
  if (typeof v !== 'string') {
    error(ctx, path, 'text.notText', { value: show(v) });
    return undefined;
  }
  if (v.length > maxChars) {
    error(ctx, path, 'text.tooLong', { max: num(maxChars), length: num(v.length) });
    return undefined;
  }
  return v;
}

export interface ValuesRule {
  /** Expected number of values; unchecked when undefined (e.g. the ages are invalid). */
  length?: number;
  /** Completes "must have …", e.g. "55 values, one per age 20–74". */
  lengthPhrase: string;
  /** What one value is, e.g. "headcount". */
  noun: string;
  /** The largest value allowed, and what it is, e.g. "per age and sex". */
  max?: number;
  maxWhat?: string;
}

/** At most this many bad values are listed one by one in any list. */
const MAX_VALUE_ISSUES = 10;

/** A list of finite numbers ≥ 0 (and at most `rule.max`), optionally of a given length. */
export function readValues(
  ctx: Ctx,
  v: unknown,
  path: string,
  rule: ValuesRule,
): number[] | undefined {
  const { lengthPhrase, noun } = rule;
  if (v === undefined) {
    error(ctx, path, 'values.missing', { lengthPhrase });
    return undefined;
  }
  if (!Array.isArray(v)) {
    error(ctx, path, 'values.notList', { lengthPhrase, value: show(v) });
    return undefined;
  }
  let ok = true;
  if (rule.length !== undefined && v.length !== rule.length) {
    error(ctx, path, 'values.wrongLength', { lengthPhrase, length: num(v.length) });
    ok = false;
  }
  let bad = 0;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    let code: 'values.notNumber' | 'values.negative' | 'values.tooHigh' | 'values.tooHighPer';
    if (typeof x !== 'number' || !Number.isFinite(x)) code = 'values.notNumber';
    else if (x < 0) code = 'values.negative';
    else if (rule.max !== undefined && x > rule.max)
      code = rule.maxWhat ? 'values.tooHighPer' : 'values.tooHigh';
    else continue;
    ok = false;
    bad++;
    if (bad > MAX_VALUE_ISSUES) continue;
    const values: Record<string, string> = { noun, value: show(x) };
    if (code === 'values.tooHigh' || code === 'values.tooHighPer') values.max = num(rule.max!);
    if (code === 'values.tooHighPer') values.maxWhat = rule.maxWhat!;
    error(ctx, idx(path, i), code, values);
  }
  if (bad > MAX_VALUE_ISSUES) {
    error(ctx, path, 'values.moreInvalid', {
      count: num(bad - MAX_VALUE_ISSUES),
      shown: MAX_VALUE_ISSUES,
    });
  }
  return ok ? (v as number[]).slice() : undefined;
}

/** `{female: [...], male: [...]}`, each a list of values ≥ 0 of one length. */
export function readBySex(
  ctx: Ctx,
  v: unknown,
  path: string,
  rule: ValuesRule,
): { female: number[]; male: number[] } | undefined {
  const obj = readObject(ctx, v, path, ['female', 'male'], 'bySex', {
    lengthPhrase: rule.lengthPhrase,
  });
  if (obj === undefined) return undefined;
  const female = readValues(ctx, field(obj, 'female'), `${path}.female`, rule);
  const male = readValues(ctx, field(obj, 'male'), `${path}.male`, rule);
  return female && male ? { female, male } : undefined;
}
