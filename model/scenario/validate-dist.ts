/**
 * Checks one Dist (MODEL.md "Distributions"): a plain number or a distribution object,
 * each parameter a finite number, the shape rules (lowest ≤ most likely ≤ highest, sd > 0,
 * ...) and the DOMAIN of the field (a probability stays within 0..1, a count is not negative, ...),
 * applied to the fixed number or to the distribution's point and bound values.
 */
import { normalInterval } from '../numeric/math.ts';
import type { Dist, DistSpec } from './types.ts';
import { type Ctx, type Rec, at, checkKeys, error, field, isRecord, num, show } from './issues.ts';
import type { IssueCode } from './issue-messages.ts';
import {
  MAX_COUNT,
  MAX_FTE_CHANGE,
  MAX_GSD,
  MAX_MONEY,
  MAX_PER_1000,
  MAX_RATE,
  MAX_RELATIVE_CHANGE,
} from './limits.ts';

/** What values a field may take. See docs/scenario-format.md for the table. */
export type Domain =
  | 'probability'
  | 'count'
  | 'rate'
  | 'age'
  | 'money'
  | 'relative'
  | 'per1000'
  | 'changeProbability'
  | 'changeCount'
  | 'changeAge'
  | 'changeFte'
  | 'any';

interface DomainRule {
  min?: number;
  /** min is exclusive */
  above?: boolean;
  max?: number;
  /** The message below the least value (issue-messages.ts), with `(got …)`. */
  code?: IssueCode;
  /** The message above the largest value (default `code`). */
  maxCode?: IssueCode;
  /** The values of both messages, besides the value got. */
  values?: Readonly<Record<string, string | number>>;
}

const change = (bound: number): DomainRule => ({
  min: -bound,
  max: bound,
  code: 'domain.change',
  values: { min: num(-bound), max: num(bound) },
});

export const DOMAINS: Readonly<Record<Domain, DomainRule>> = {
  probability: { min: 0, max: 1, code: 'domain.probability' },
  count: {
    min: 0,
    max: MAX_COUNT,
    code: 'domain.negative',
    maxCode: 'domain.countTooHigh',
    values: { max: num(MAX_COUNT) },
  },
  rate: {
    min: -1,
    above: true,
    max: MAX_RATE,
    code: 'domain.rateTooLow',
    maxCode: 'domain.rateTooHigh',
    values: { max: MAX_RATE, percent: MAX_RATE * 100 },
  },
  age: { min: 0, max: 120, code: 'domain.age' },
  money: {
    min: 0,
    max: MAX_MONEY,
    code: 'domain.moneyNegative',
    maxCode: 'domain.moneyTooHigh',
    values: { max: num(MAX_MONEY) },
  },
  relative: {
    min: -1,
    max: MAX_RELATIVE_CHANGE,
    code: 'domain.relativeTooLow',
    maxCode: 'domain.relativeTooHigh',
    values: { max: MAX_RELATIVE_CHANGE, times: MAX_RELATIVE_CHANGE + 1 },
  },
  per1000: {
    min: 0,
    max: MAX_PER_1000,
    code: 'domain.negative',
    maxCode: 'domain.per1000TooHigh',
    values: { max: num(MAX_PER_1000) },
  },
  changeProbability: change(1),
  changeCount: change(MAX_COUNT),
  changeAge: change(120),
  changeFte: change(MAX_FTE_CHANGE),
  any: {},
};

/** The domain of the value of an absolute policy on a parameter with domain `valid`. */
export function absoluteChangeDomain(
  valid: 'probability' | 'count' | 'money' | 'age' | 'fte',
): Domain {
  if (valid === 'probability') return 'changeProbability';
  if (valid === 'count' || valid === 'money') return 'changeCount';
  if (valid === 'age') return 'changeAge';
  return 'changeFte';
}

export const DIST_KINDS = ['uniform', 'triangular', 'pert', 'normal', 'lognormal'] as const;
type DistKind = (typeof DIST_KINDS)[number];

const PARAMS: Readonly<Record<DistKind, readonly string[]>> = {
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['median', 'gsd'],
};
const OPTIONAL: Readonly<Record<DistKind, readonly string[]>> = {
  uniform: [],
  triangular: [],
  pert: [],
  normal: ['min', 'max'],
  lognormal: [],
};

/**
 * The least share of a bounded normal that must fall between its bounds. Bounds are met by
 * redrawing (MODEL.md §1), about 1/share draws per value: at 1 % a yearly bounded normal
 * costs a run about 2.5 times as much as an unbounded one (docs/engine.md).
 */
export const MIN_NORMAL_MASS = 0.01;

function inDomain(v: number, d: DomainRule): boolean {
  if (d.min !== undefined && (d.above ? v <= d.min : v < d.min)) return false;
  return d.max === undefined || v <= d.max;
}

function checkDomain(ctx: Ctx, v: number, path: string, domain: Domain): boolean {
  const d = DOMAINS[domain];
  if (inDomain(v, d)) return true;
  const high = d.max !== undefined && v > d.max;
  const code = high ? (d.maxCode ?? d.code) : d.code;
  error(ctx, path, code!, { ...d.values, value: show(v) });
  return false;
}

/** The widest standard deviation of a normal in a domain: the span of its values. */
function sdLimit(domain: Domain): number {
  const d = DOMAINS[domain];
  return d.min !== undefined && d.max !== undefined ? d.max - d.min : Infinity;
}

/** Validates a Dist field; returns a fresh copy, or undefined after reporting errors. */
export function validateDist(ctx: Ctx, v: unknown, path: string, domain: Domain): Dist | undefined {
  if (v === undefined) {
    error(ctx, path, 'dist.missing');
    return undefined;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      error(ctx, path, 'dist.notFinite', { value: show(v) });
      return undefined;
    }
    return checkDomain(ctx, v, path, domain) ? v : undefined;
  }
  if (!isRecord(v)) {
    error(ctx, path, 'dist.invalid', { value: show(v) });
    return undefined;
  }
  const kinds = DIST_KINDS.join(', ');
  const kind = field(v, 'dist');
  if (kind === undefined) {
    error(ctx, path, 'dist.noKind', { kinds, value: show(v) });
    return undefined;
  }
  if (typeof kind !== 'string') {
    error(ctx, at(path, 'dist'), 'dist.kindNotText', { kinds, value: show(kind) });
    return undefined;
  }
  if (!(DIST_KINDS as readonly string[]).includes(kind)) {
    error(ctx, at(path, 'dist'), 'dist.unknownKind', { kind: show(kind), kinds });
    return undefined;
  }
  return validateSpec(ctx, v, path, kind as DistKind, domain);
}

function validateSpec(
  ctx: Ctx,
  v: Rec,
  path: string,
  kind: DistKind,
  domain: Domain,
): DistSpec | undefined {
  const before = ctx.errors.length;
  checkKeys(ctx, v, path, ['dist', 'resample', ...PARAMS[kind], ...OPTIONAL[kind]]);
  const out: Record<string, unknown> = { dist: kind };
  const p: Record<string, number> = {};
  const read = (name: string, required: boolean): void => {
    const x = field(v, name);
    if (x === undefined && !required) return;
    if (x === undefined) {
      error(ctx, at(path, name), `dist.paramMissing.${kind}`);
    } else if (typeof x !== 'number' || !Number.isFinite(x)) {
      error(ctx, at(path, name), 'number.any', { value: show(x) });
    } else {
      p[name] = x;
      out[name] = x;
    }
  };
  for (const name of PARAMS[kind]) read(name, true);
  for (const name of OPTIONAL[kind]) read(name, false);
  checkShape(ctx, p, path, kind, domain);
  // The domain applies to the point and bound values: the fixed points of the shape.
  const checked =
    kind === 'lognormal' ? ['median'] : kind === 'normal' ? ['mean', 'min', 'max'] : ['min', 'max'];
  for (const name of checked) {
    if (p[name] === undefined || (name === 'median' && !(p[name] > 0))) continue;
    checkDomain(ctx, p[name], at(path, name), domain);
  }
  const resample = field(v, 'resample');
  if (resample !== undefined) {
    if (resample === 'yearly') out.resample = 'yearly';
    else error(ctx, at(path, 'resample'), 'dist.resample', { value: show(resample) });
  }
  return ctx.errors.length > before ? undefined : (out as unknown as DistSpec);
}

/**
 * min ≤ mode ≤ max, sd > 0, median > 0, gsd > 1: on the parameters that are numbers. The
 * messages use the words of the distribution editor's form (app/editor/dist-forms.ts):
 * lowest, most likely, highest; lower and upper bound of a normal.
 */
function checkShape(
  ctx: Ctx,
  p: Record<string, number>,
  path: string,
  kind: DistKind,
  domain: Domain,
): void {
  const { min, mode, max } = p;
  if (kind === 'uniform' || (kind === 'normal' && min !== undefined && max !== undefined)) {
    if (min !== undefined && max !== undefined && min > max) {
      const code = kind === 'normal' ? 'dist.normalBoundsReversed' : 'dist.uniformReversed';
      error(ctx, path, code, { min, max });
    }
  } else if (kind === 'triangular' || kind === 'pert') {
    if (
      min !== undefined &&
      mode !== undefined &&
      max !== undefined &&
      !(min <= mode && mode <= max)
    ) {
      error(ctx, path, 'dist.modeOutside', { min, mode, max });
    }
  }
  if (kind === 'normal' && p.sd !== undefined && !(p.sd > 0)) {
    error(ctx, at(path, 'sd'), 'dist.sdNotPositive', { value: show(p.sd) });
  } else if (kind === 'normal' && p.sd !== undefined && p.sd > sdLimit(domain)) {
    error(ctx, at(path, 'sd'), 'dist.sdTooWide', {
      max: num(sdLimit(domain)),
      value: show(p.sd),
    });
  } else if (
    kind === 'normal' &&
    p.mean !== undefined &&
    (min !== undefined || max !== undefined)
  ) {
    // Bounds are met by redrawing (MODEL.md §1): they must leave room for the draws.
    const lo = min ?? -Infinity;
    const hi = max ?? Infinity;
    const mass = lo <= hi ? normalInterval((lo - p.mean) / p.sd, (hi - p.mean) / p.sd) : 1;
    if (mass < MIN_NORMAL_MASS) {
      error(ctx, path, 'dist.boundsKeepNothing', {
        min: min ?? '−∞',
        max: max ?? '∞',
        mean: p.mean,
        sd: p.sd,
        percent: (mass * 100).toPrecision(2),
      });
    }
  }
  if (kind === 'lognormal') {
    if (p.median !== undefined && !(p.median > 0)) {
      error(ctx, at(path, 'median'), 'dist.medianNotPositive', { value: show(p.median) });
    }
    if (p.gsd !== undefined && !(p.gsd > 1)) {
      error(ctx, at(path, 'gsd'), 'dist.gsdNotAboveOne', { value: show(p.gsd) });
    } else if (p.gsd !== undefined && p.gsd > MAX_GSD) {
      error(ctx, at(path, 'gsd'), 'dist.gsdTooHigh', { max: MAX_GSD, value: show(p.gsd) });
    }
  }
}
