/**
 * Readers for plain fields: objects, whole numbers, bounded numbers, texts, choices and
 * lists of numbers. Each reports its own errors (with the value it got) and returns
 * undefined when the field is missing or broken.
 */
import { type Ctx, type Rec, checkKeys, error, field, got, idx, isRecord, num } from './issues.ts';

/** An object with the given fields (others are warned about and dropped). */
export function readObject(
  ctx: Ctx,
  v: unknown,
  path: string,
  known: readonly string[],
  what: string,
): Rec | undefined {
  if (v === undefined) {
    error(ctx, path, `is missing; it must be ${what}`);
    return undefined;
  }
  if (!isRecord(v)) {
    error(ctx, path, `must be ${what} ${got(v)}`);
    return undefined;
  }
  checkKeys(ctx, v, path, known);
  return v;
}

export interface Bounds {
  min?: number;
  max?: number;
}

function intPhrase(b: Bounds, noun: string): string {
  if (b.min !== undefined && b.max !== undefined) {
    return `a ${noun} between ${num(b.min)} and ${num(b.max)}`;
  }
  if (b.min !== undefined) return `a ${noun} of at least ${num(b.min)}`;
  if (b.max !== undefined) return `a ${noun} of at most ${num(b.max)}`;
  return `a ${noun}`;
}

/** A whole number within bounds; `noun` words it, e.g. "whole number" or "whole year". */
export function readInt(
  ctx: Ctx,
  v: unknown,
  path: string,
  b: Bounds = {},
  noun = 'whole number',
): number | undefined {
  const phrase = intPhrase(b, noun);
  if (v === undefined) {
    error(ctx, path, `is missing; it must be ${phrase}`);
    return undefined;
  }
  if (
    typeof v !== 'number' ||
    !Number.isInteger(v) ||
    (b.min !== undefined && v < b.min) ||
    (b.max !== undefined && v > b.max)
  ) {
    error(ctx, path, `must be ${phrase} ${got(v)}`);
    return undefined;
  }
  return v;
}

export interface NumberRule {
  /** Lowest allowed value; `above` makes it exclusive. */
  min?: number;
  above?: boolean;
  max?: number;
  /** How to word the rule after "must be", e.g. "a share between 0 and 1". */
  phrase: string;
}

/** A finite number obeying `rule`. */
export function readNumber(
  ctx: Ctx,
  v: unknown,
  path: string,
  rule: NumberRule,
): number | undefined {
  if (v === undefined) {
    error(ctx, path, `is missing; it must be ${rule.phrase}`);
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isFinite(v) || !obeys(v, rule)) {
    error(ctx, path, `must be ${rule.phrase} ${got(v)}`);
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
  const phrase = `one of ${choices.map((c) => `"${c}"`).join(', ')}`;
  if (v === undefined) {
    error(ctx, path, `is missing; it must be ${phrase}`);
    return undefined;
  }
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    error(ctx, path, `must be ${phrase} ${got(v)}`);
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
    error(ctx, path, `must be a text in quotes ${got(v)}`);
    return undefined;
  }
  if (v.length > maxChars) {
    error(ctx, path, `must be at most ${num(maxChars)} characters long (got ${num(v.length)})`);
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
  if (v === undefined) {
    error(ctx, path, `is missing; it must be a list of ${rule.lengthPhrase}`);
    return undefined;
  }
  if (!Array.isArray(v)) {
    error(ctx, path, `must be a list of ${rule.lengthPhrase} ${got(v)}`);
    return undefined;
  }
  let ok = true;
  if (rule.length !== undefined && v.length !== rule.length) {
    error(ctx, path, `must have ${rule.lengthPhrase} (got ${num(v.length)})`);
    ok = false;
  }
  let bad = 0;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    let message: string | undefined;
    if (typeof x !== 'number' || !Number.isFinite(x))
      message = `${rule.noun} must be a number ${got(x)}`;
    else if (x < 0) message = `${rule.noun} cannot be negative ${got(x)}`;
    else if (rule.max !== undefined && x > rule.max) {
      const what = rule.maxWhat ? ` ${rule.maxWhat}` : '';
      message = `${rule.noun} cannot be more than ${num(rule.max)}${what} ${got(x)}`;
    }
    if (message === undefined) continue;
    ok = false;
    bad++;
    if (bad <= MAX_VALUE_ISSUES) error(ctx, idx(path, i), message);
  }
  if (bad > MAX_VALUE_ISSUES) {
    error(
      ctx,
      path,
      `${num(bad - MAX_VALUE_ISSUES)} more values are not valid (only the first ${MAX_VALUE_ISSUES} are listed)`,
    );
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
  const what = `{"female": [...], "male": [...]}, each a list of ${rule.lengthPhrase}`;
  const obj = readObject(ctx, v, path, ['female', 'male'], what);
  if (obj === undefined) return undefined;
  const female = readValues(ctx, field(obj, 'female'), `${path}.female`, rule);
  const male = readValues(ctx, field(obj, 'male'), `${path}.male`, rule);
  return female && male ? { female, male } : undefined;
}
