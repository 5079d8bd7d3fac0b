/**
 * Levers of the presentation mode: a few of a profession's inputs as large sliders. Pure
 * rules, no React: which levers exist (the kinds: ./lever-kinds.ts), their ranges and steps
 * (taken once from a reference scenario, the workshop's baseline), how a lever reads its
 * value from the draft, and how moving it changes the draft.
 *
 * The rule of a lever (docs/workshop.md): it moves the input's point value. A plain number
 * becomes the new value; a distribution is shifted as a whole (lowest, most likely, highest,
 * mean and bounds all move by the same amount, so its shape and spread stay); a lognormal
 * gets the new median and keeps its geometric spread. FTE per head by age is scaled, every
 * age by the same factor. A lever never leaves the values a scenario allows: its range stops
 * where the shifted distribution would cross a limit (a share below 0 or above 100 %).
 */
import { pointOf } from '../editor/dist-forms.ts';
import { getAtPath, setAtPath } from '../../model/scenario/json-path.ts';
import { MINUS, type Formats } from '../format.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { PARAMETERS } from '../../model/catalog.ts';
import { DOMAINS } from '../../model/scenario/validate-dist.ts';
import {
  draftRegions,
  isRegionMap,
  lowestFactor,
  regionMapPoint,
  scaleRegionMap,
} from './regional-levers.ts';
import {
  draftProfessions,
  ftePoint,
  isRec,
  reach,
  roundTo,
  setFte,
  shiftDist,
  stepDecimals,
  tidy,
} from './lever-values.ts';
import {
  DEFAULT_LEVER_KINDS,
  type Display,
  type LeverChoice,
  type LeverKind,
  type LeverUnit,
  REGIONAL_LEVER_KINDS,
  RULES,
  TREND_KINDS,
  leverKindLabel,
} from './lever-kinds.ts';

export { draftProfessions, reach, shiftDist, stepDecimals };
export type { LeverChoice, LeverKind, LeverUnit } from './lever-kinds.ts';
export {
  DEFAULT_LEVER_KINDS,
  LEVER_KINDS,
  MAX_LEVERS,
  MIN_LEVERS,
  REGIONAL_LEVER_KINDS,
  isDemandLever,
  leverKindInSentence,
  leverKindLabel,
  niceStep,
} from './lever-kinds.ts';

/** The path of the profession that holds `path` ("professions[0]"). */
const professionPath = (path: string): string => path.slice(0, path.indexOf(']') + 1);

/** The input a lever moves in `draft`: the value at its path; a trend left out of a
 *  profession with the "utilisation" method is 0. */
function inputAt(kind: LeverKind, draft: unknown, path: string): unknown {
  const value = getAtPath(draft, path);
  if (value !== undefined || !TREND_KINDS.has(kind)) return value;
  const demand = getAtPath(draft, `${professionPath(path)}.demand`);
  return isRec(demand) && demand.method === 'utilisation' ? 0 : undefined;
}

/** Path under `professions[i]` of a lever's input. */
const fieldOf = (kind: LeverKind) => PARAMETERS[kind].path;

/** The values the scenario allows for a lever's point and bounds (the catalog's domain). */
function domainOf(kind: LeverKind): readonly [number, number] {
  const rule = DOMAINS[PARAMETERS[kind].valid];
  return [rule.min ?? -Infinity, rule.max ?? Infinity];
}

/** A lever ready for a slider: everything in display units. */
export interface Lever extends LeverChoice {
  /** Stable key: `${professionId}:${kind}`. */
  id: string;
  professionName: string;
  /** The region's name, for a lever of one region. */
  regionName?: string;
  /** JSON path of the input, e.g. `professions[0].training.intake`. */
  path: string;
  unit: LeverUnit;
  display: Display;
  /** The reference point value (in the input's own unit). */
  ref: number;
  min: number;
  max: number;
  step: number;
  /** Decimals of the values on the slider's grid. */
  decimals: number;
}

/** Whether a lever of `kind` reads `v` as values by region (a regional scenario's input). */
const regional = (kind: LeverKind, v: unknown): boolean =>
  REGIONAL_LEVER_KINDS.includes(kind) && isRegionMap(v);

/** The point value of the input a lever moves (of a region map: the sum of its regions'). */
function pointAt(kind: LeverKind, v: unknown): number | undefined {
  if (regional(kind, v)) return regionMapPoint(v);
  return kind === 'fte' ? ftePoint(v) : pointOf(v);
}

/** The point values a lever may set without leaving the domain (shifted as a whole; a
 *  region map scaled as a whole). */
function pointLimits(kind: LeverKind, v: unknown): [number, number] {
  const [lo, hi] = domainOf(kind);
  if (regional(kind, v)) {
    const sum = regionMapPoint(v) ?? 0;
    return [sum * lowestFactor(v, (x) => pointLimits(kind, x)[0]), hi];
  }
  if (kind === 'fte') return [lo, hi];
  const r = reach(v);
  // A lognormal needs a median above zero.
  const floor = isRec(v) && v.dist === 'lognormal' ? Math.max(lo, 1e-6) : lo;
  return [floor + r.below, hi - r.above];
}

function toDisplay(lever: Pick<Lever, 'display' | 'ref' | 'kind'>, point: number): number {
  if (lever.display === 'change') return lever.ref > 0 ? (point / lever.ref - 1) * 100 : 0;
  return point * RULES[lever.kind].scale;
}

function fromDisplay(lever: Pick<Lever, 'display' | 'ref' | 'kind'>, value: number): number {
  if (lever.display === 'change') return lever.ref * (1 + value / 100);
  return value / RULES[lever.kind].scale;
}

/**
 * The lever `choice` with its range and step from `reference` (the baseline draft), or null
 * when the reference has no such profession or input, or when a percent change of it means
 * nothing (a reference of 0).
 */
export function makeLever(choice: LeverChoice, reference: unknown): Lever | null {
  const rule = RULES[choice.kind];
  const profession = draftProfessions(reference).find((p) => p.id === choice.professionId);
  if (!profession) return null;
  let path = `professions[${profession.index}].${fieldOf(choice.kind)}`;
  let regionName: string | undefined;
  if (choice.region !== undefined) {
    const region = draftRegions(reference).find((r) => r.id === choice.region);
    if (!region || !REGIONAL_LEVER_KINDS.includes(choice.kind)) return null;
    path = `${path}.${region.id}`;
    regionName = region.name;
  }
  const value = inputAt(choice.kind, reference, path);
  const ref = pointAt(choice.kind, value);
  if (ref === undefined || (rule.display === 'change' && !(ref > 0))) return null;
  const base = { kind: choice.kind, display: rule.display, ref };
  const refDisplay = toDisplay(base, ref);
  const span = rule.span(refDisplay);
  const [pLo, pHi] = pointLimits(choice.kind, value);
  const low = Math.max(span.low, toDisplay(base, pLo));
  const high = Math.min(span.high, Number.isFinite(pHi) ? toDisplay(base, pHi) : Infinity);
  const { step } = span;
  // The reference stays on the slider's grid: the ends are whole steps away from it.
  const decimals = Math.max(stepDecimals(step), Math.min(3, stepDecimals(tidy(refDisplay))));
  const below = Math.max(0, Math.floor((refDisplay - low) / step + 1e-9));
  const above = Math.max(0, Math.floor((high - refDisplay) / step + 1e-9));
  const min = roundTo(refDisplay - step * below, decimals);
  const max = roundTo(refDisplay + step * above, decimals);
  return {
    ...choice,
    id: `${choice.professionId}:${choice.kind}${choice.region === undefined ? '' : `:${choice.region}`}`,
    professionName: profession.name,
    ...(regionName === undefined ? {} : { regionName }),
    path,
    unit: rule.unit,
    display: rule.display,
    ref,
    min,
    max,
    step,
    decimals,
  };
}

/** The levers chosen, those the reference has (unknown ones left out). */
export function makeLevers(choices: readonly LeverChoice[], reference: unknown): Lever[] {
  return choices.map((c) => makeLever(c, reference)).filter((l): l is Lever => l !== null);
}

/** The default choice: the first levers the profession has, up to five. */
export function defaultLeverChoices(reference: unknown, professionId: string): LeverChoice[] {
  return DEFAULT_LEVER_KINDS.map((kind) => ({ professionId, kind })).filter(
    (c) => makeLever(c, reference) !== null,
  );
}

/** Where the lever stands in `draft`, in display units (not clamped), or undefined. */
export function readLever(lever: Lever, draft: unknown): number | undefined {
  const point = pointAt(lever.kind, inputAt(lever.kind, draft, lever.path));
  return point === undefined ? undefined : tidy(toDisplay(lever, point));
}

/** The value in display units clamped to the lever's range and snapped to its step. */
export function snapLever(lever: Lever, value: number): number {
  const clamped = Math.min(lever.max, Math.max(lever.min, value));
  const steps = Math.round((clamped - lever.min) / lever.step);
  return Math.min(lever.max, roundTo(lever.min + steps * lever.step, lever.decimals));
}

/**
 * A copy of `draft` with the lever at `value` (display units; clamped to the lever's range
 * and to what the input allows), or undefined when the draft has no such input.
 */
export function applyLever(lever: Lever, draft: unknown, value: number): unknown {
  const current = inputAt(lever.kind, draft, lever.path);
  const point = pointAt(lever.kind, current);
  if (point === undefined) return undefined;
  const [pLo, pHi] = pointLimits(lever.kind, current);
  const wanted = fromDisplay(lever, Math.min(lever.max, Math.max(lever.min, value)));
  const target = Math.min(pHi, Math.max(pLo, wanted));
  const next = regional(lever.kind, current)
    ? scaleRegionMap(current, point > 0 ? target / point : 1, shiftDist)
    : lever.kind === 'fte'
      ? setFte(current, target)
      : shiftDist(current, target - point);
  if (next === undefined) return undefined;
  const copy = structuredClone(draft);
  if (TREND_KINDS.has(lever.kind)) {
    // A trend left out, in a scenario with no trends at all: the trends start here.
    const demand = getAtPath(copy, `${professionPath(lever.path)}.demand`);
    if (isRec(demand) && !isRec(demand.trends)) demand.trends = {};
  }
  return setAtPath(copy, lever.path, next) ? copy : undefined;
}

/** A lever moved by `steps` steps from where it stands in `draft`. */
export function nudgeLever(lever: Lever, draft: unknown, steps: number): unknown {
  const now = readLever(lever, draft);
  if (now === undefined) return undefined;
  return applyLever(lever, draft, snapLever(lever, snapLever(lever, now) + steps * lever.step));
}

const numberText = (x: number, decimals: number, sign: boolean, locale?: string): string =>
  new Intl.NumberFormat(locale, {
    maximumFractionDigits: decimals,
    signDisplay: sign ? 'exceptZero' : 'auto',
  })
    .format(x)
    .replace('-', MINUS);

/** A value in each unit ("63.5 years"). */
const VALUE_WORDS: Readonly<Record<LeverUnit, MessageKey>> = {
  change: 'workshop.lever.value.change',
  percent: 'workshop.lever.value.percent',
  percentYear: 'workshop.lever.value.percentYear',
  years: 'workshop.lever.value.years',
  peopleYear: 'workshop.lever.value.peopleYear',
};

/** The lever's value as the slider shows it: "+15 %", "63.5 years", "2.5 % a year". */
export function leverText(lever: Lever, value: number, f: Formats): string {
  const shown = roundTo(value, lever.decimals);
  const sign = lever.display === 'change';
  return f.t(VALUE_WORDS[lever.unit], {
    value: numberText(shown, lever.decimals, sign, f.locale),
  });
}

/** What a percent-change lever means in the input's own unit ("1 380 a year"), else ''. */
export function leverDetail(lever: Lever, value: number, f: Formats): string {
  if (lever.display !== 'change') return '';
  const point = fromDisplay(lever, value);
  if (lever.kind === 'intake') {
    const n = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 0 }).format(point);
    return f.t('workshop.lever.detail.intake', { count: n });
  }
  const n = new Intl.NumberFormat(f.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(point);
  return f.t('workshop.lever.detail.fte', { value: n });
}

/** A lever's label: "Training places", "Training places in Rural" for one region's. */
export function leverLabel(lever: Pick<Lever, 'kind' | 'regionName'>, t: Translate): string {
  const label = leverKindLabel(lever.kind, t);
  return lever.regionName === undefined
    ? label
    : t('workshop.lever.inRegion', { lever: label, region: lever.regionName });
}
