/**
 * The six forms of an uncertain input as the distribution editor offers them, reading a
 * draft value as a form, and changing the form while keeping what the user had where it
 * still makes sense (the point value, the bounds, the spread).
 */
import type { Dist, DistSpec } from '../../model/scenario/types.ts';
import { type PointFields, pointValue } from '../../model/numeric/distributions.ts';
import { englishT, type MessageKey } from '../i18n/translate.ts';
import { isRec } from './draft.ts';

export const DIST_FORMS = [
  'fixed',
  'uniform',
  'triangular',
  'pert',
  'normal',
  'lognormal',
] as const;
export type DistForm = (typeof DIST_FORMS)[number];
export type RangeForm = Exclude<DistForm, 'fixed'>;

/** The forms as the editor's choice names them (message keys). */
export const FORM_LABELS: Readonly<Record<DistForm, MessageKey>> = {
  fixed: 'editor.dist.form.fixed',
  uniform: 'editor.dist.form.uniform',
  triangular: 'editor.dist.form.triangular',
  pert: 'editor.dist.form.pert',
  normal: 'editor.dist.form.normal',
  lognormal: 'editor.dist.form.lognormal',
};

export interface ParamSpec {
  key: string;
  /** The field's label, a message key. */
  words: MessageKey;
  /** The label in English, as the model's (English) messages name the parameter. */
  label: string;
  optional?: boolean;
}

const param = (key: string, words: MessageKey, optional = false): ParamSpec =>
  optional
    ? { key, words, label: englishT(words), optional }
    : { key, words, label: englishT(words) };

const LOWEST = param('min', 'editor.dist.param.lowest');
const MOST_LIKELY = param('mode', 'editor.dist.param.mostLikely');
const HIGHEST = param('max', 'editor.dist.param.highest');

export const FORM_PARAMS: Readonly<Record<RangeForm, readonly ParamSpec[]>> = {
  uniform: [LOWEST, HIGHEST],
  triangular: [LOWEST, MOST_LIKELY, HIGHEST],
  pert: [LOWEST, MOST_LIKELY, HIGHEST],
  normal: [
    param('mean', 'editor.dist.param.mean'),
    param('sd', 'editor.dist.param.sd'),
    param('min', 'editor.dist.param.lowerBound', true),
    param('max', 'editor.dist.param.upperBound', true),
  ],
  lognormal: [param('median', 'editor.dist.param.median'), param('gsd', 'editor.dist.param.gsd')],
};

/** The form of a draft value: anything that is not a distribution object is "fixed". */
export function formOf(v: unknown): DistForm | 'unknown' {
  if (!isRec(v)) return 'fixed';
  const d = v.dist;
  return typeof d === 'string' && (DIST_FORMS as readonly string[]).includes(d) && d !== 'fixed'
    ? (d as DistForm)
    : 'unknown';
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A complete distribution of the draft whose shape is valid, else undefined. */
export function readDist(v: unknown): Dist | undefined {
  if (num(v)) return v;
  if (!isRec(v)) return undefined;
  const { min, mode, max, mean, sd, median, gsd } = v;
  const resample = v.resample === 'yearly' ? ({ resample: 'yearly' } as const) : {};
  switch (v.dist) {
    case 'uniform':
      return num(min) && num(max) && min <= max
        ? { dist: 'uniform', min, max, ...resample }
        : undefined;
    case 'triangular':
    case 'pert':
      return num(min) && num(mode) && num(max) && min <= mode && mode <= max
        ? { dist: v.dist, min, mode, max, ...resample }
        : undefined;
    case 'normal': {
      if (!num(mean) || !num(sd) || !(sd > 0)) return undefined;
      if ((min !== undefined && !num(min)) || (max !== undefined && !num(max))) return undefined;
      if (num(min) && num(max) && min > max) return undefined;
      const out: DistSpec = { dist: 'normal', mean, sd, ...resample };
      if (num(min)) out.min = min;
      if (num(max)) out.max = max;
      return out;
    }
    case 'lognormal':
      return num(median) && num(gsd) && median > 0 && gsd > 1
        ? { dist: 'lognormal', median, gsd, ...resample }
        : undefined;
    default:
      return undefined;
  }
}

/** The point value of a draft value, when it can be told (the model's rule, on the fields
 *  of the draft that are filled in). */
export function pointOf(v: unknown): number | undefined {
  const fields = pointFields(v);
  return fields === undefined ? undefined : pointValue(fields);
}

/** The fields the point value needs, when the draft has them as numbers; bounds of a
 *  normal that are not numbers yet count as absent. */
function pointFields(v: unknown): PointFields | undefined {
  if (num(v)) return v;
  if (!isRec(v)) return undefined;
  const { min, mode, max, mean, median } = v;
  switch (v.dist) {
    case 'uniform':
      return num(min) && num(max) ? { dist: 'uniform', min, max } : undefined;
    case 'triangular':
    case 'pert':
      return num(mode) ? { dist: v.dist, mode } : undefined;
    case 'normal': {
      if (!num(mean)) return undefined;
      const out: PointFields = { dist: 'normal', mean };
      if (num(min)) out.min = min;
      if (num(max)) out.max = max;
      return out;
    }
    case 'lognormal':
      return num(median) ? { dist: 'lognormal', median } : undefined;
    default:
      return undefined;
  }
}

const tidy = (x: number): number => Number(x.toPrecision(10));

/**
 * The value in another form: the point value stays, bounds and spread are kept where the
 * old form had them, and otherwise start ±20 % around the point value (±`zeroSpread` around
 * a point value of 0).
 */
export function changeForm(v: unknown, form: DistForm, zeroSpread = 1): unknown {
  const p = pointOf(v) ?? 0;
  if (form === 'fixed') return p;
  const old = isRec(v) ? v : {};
  const spread = Math.abs(p) * 0.2 || zeroSpread;
  const lo = num(old.min) && old.min <= p ? old.min : tidy(p - spread);
  const hi = num(old.max) && old.max >= p ? old.max : tidy(p + spread);
  const resample = old.resample === 'yearly' ? { resample: 'yearly' } : {};
  switch (form) {
    case 'uniform':
      return { dist: 'uniform', min: lo, max: hi, ...resample };
    case 'triangular':
    case 'pert':
      return { dist: form, min: lo, mode: p, max: hi, ...resample };
    case 'normal': {
      const sd = num(old.sd) && old.sd > 0 ? old.sd : tidy((hi - lo) / 4);
      return { dist: 'normal', mean: p, sd, ...resample };
    }
    case 'lognormal':
      return {
        dist: 'lognormal',
        median: p > 0 ? p : 1,
        gsd: num(old.gsd) && old.gsd > 1 ? old.gsd : 1.2,
        ...resample,
      };
  }
}

/** Marks a distribution as drawn every year, or once per future (the field is left out). */
export function withResample(v: unknown, yearly: boolean): unknown {
  if (!isRec(v)) return v;
  const rest = { ...v };
  delete rest.resample;
  return yearly ? { ...rest, resample: 'yearly' } : rest;
}
