/**
 * Shared plumbing of the scenario parser: the collector of errors and warnings, the facts
 * that later checks depend on, JSON paths and the wording of offending values.
 */
import type { ScenarioIssue } from './parse-types.ts';
import { type IssueCode, type IssueValues, issueMessage } from './issue-messages.ts';
import type { PopulationInline } from './types.ts';

export interface AgeRange {
  min: number;
  max: number;
}

/** Everything the checks share while walking one document. */
export interface Ctx {
  readonly errors: ScenarioIssue[];
  readonly warnings: ScenarioIssue[];
  readonly datasets: Readonly<Record<string, PopulationInline>>;
  /** Facts known to be valid; undefined when invalid (dependent checks are then skipped). */
  baseYear?: number;
  horizonYears?: number;
  ages?: AgeRange;
  /** 'none' = no population given, 'invalid' = given but broken, else its data. */
  population: 'none' | 'invalid' | PopulationInline;
  /** Valid ids of the professions, or undefined when the list itself is unusable. */
  professionIds?: string[];
}

export function newCtx(datasets: Readonly<Record<string, PopulationInline>>): Ctx {
  return { errors: [], warnings: [], datasets, population: 'none' };
}

/** An issue at `path`: its English message from its code and values (issue-messages.ts). */
export function issue(path: string, code: IssueCode, values?: IssueValues): ScenarioIssue {
  const message = issueMessage(code, values);
  return values === undefined
    ? { path, message, code }
    : { path, message, code, values: { ...values } };
}

export function error(ctx: Ctx, path: string, code: IssueCode, values?: IssueValues): void {
  ctx.errors.push(issue(path, code, values));
}

export function warn(ctx: Ctx, path: string, code: IssueCode, values?: IssueValues): void {
  ctx.warnings.push(issue(path, code, values));
}

/** `a.b` from `a` and `b`; `b` alone at the top. */
export function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function idx(path: string, i: number): string {
  return `${path}[${i}]`;
}

export type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property only: never `toString` or `__proto__` from the prototype. */
export function field(obj: Rec, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Warns about every key not in `known` (they are dropped from the output). */
export function checkKeys(ctx: Ctx, obj: Rec, path: string, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) warn(ctx, path, 'field.unknown', { field: clip(key, 40) });
  }
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A number as a planner reads it: 100 000 rather than 100000 (years stay 2025). */
export function num(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) >= 10_000) {
    const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    return n < 0 ? `-${s}` : s;
  }
  return String(n);
}

/** `a, b and c` */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** `2025–2045`, or one year alone. */
export function span(a: number, b: number): string {
  return a === b ? String(a) : `${a}–${b}`;
}

const PREVIEW = 40;

/** A short, safe rendering of any value for `(got {value})`: never throws, never huge. */
export function show(v: unknown): string {
  try {
    if (Array.isArray(v)) {
      const s = compact(v, 3);
      return s.length <= PREVIEW ? s : `a list of ${num(v.length)} values`;
    }
    if (isRecord(v)) {
      const s = compact(v, 3);
      return s.length <= PREVIEW ? s : `${s.slice(0, PREVIEW - 1)}…`;
    }
    return compact(v, 0);
  } catch {
    return 'a value that cannot be shown';
  }
}

function compact(v: unknown, depth: number): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'string':
      return JSON.stringify(clip(v, PREVIEW));
    case 'boolean':
      return String(v);
    case 'undefined':
      return 'nothing';
    case 'bigint':
      return `${v}n`;
    case 'object':
      break;
    default:
      return `a ${typeof v}`;
  }
  if (v === null) return 'null';
  if (depth <= 0) return Array.isArray(v) ? '[…]' : '{…}';
  let out = '';
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && out.length <= PREVIEW; i++) {
      out += (i ? ',' : '') + compact(v[i], depth - 1);
    }
    return `[${out.length > PREVIEW ? `${out.slice(0, PREVIEW)}…` : out}]`;
  }
  for (const key of Object.keys(v)) {
    out +=
      (out ? ',' : '') +
      `${JSON.stringify(clip(key, PREVIEW))}:${compact((v as Rec)[key], depth - 1)}`;
    if (out.length > PREVIEW) break;
  }
  return `{${out}}`;
}
