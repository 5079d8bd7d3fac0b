/**
 * The kinds of lever of the presentation mode: which inputs of a profession a lever can move
 * (the catalog's parameters marked `lever`), the ones offered first, how many a facilitator
 * shows, and each kind's labels, unit and the range and step of its slider around the
 * reference value.
 */
import type { MessageKey, Translate } from '../i18n/translate.ts';
import type { PARAMETERS, ParameterKey } from '../../model/catalog.ts';

/** The inputs a lever can move: the catalog's parameters marked `lever` (model/catalog.ts).
 *  RULES below must give each its slider, or the type check fails. */
export type LeverKind = {
  [K in ParameterKey]: (typeof PARAMETERS)[K]['lever'] extends true ? K : never;
}[ParameterKey];

/** The levers offered first, in this order. */
export const DEFAULT_LEVER_KINDS: readonly LeverKind[] = [
  'intake',
  'retirementMeanAge',
  'attrition',
  'immigration',
  'fte',
];

/** A facilitator shows between 3 and 6 levers. */
export const MIN_LEVERS = 3;
export const MAX_LEVERS = 6;

/** A lever as chosen: which input of which profession (of which region, for a lever of
 *  one region of a regional scenario: training places only, see ./regional-levers.ts). */
export interface LeverChoice {
  professionId: string;
  kind: LeverKind;
  region?: string;
}

/** The lever kinds that may be set for one region. */
export const REGIONAL_LEVER_KINDS: readonly LeverKind[] = ['intake'];

/** The unit a lever's value is said in: a percent change, a percent, a percent a year,
 *  years, people a year (each its own messages, `workshop.lever.value.*` and
 *  `workshop.lever.change.*`). */
export type LeverUnit = 'change' | 'percent' | 'percentYear' | 'years' | 'peopleYear';

/** How a lever shows its value. */
export type Display =
  /** Percent change from the reference point value. */
  | 'change'
  /** The point value times `scale` (100 for shares shown in percent). */
  | 'value';

interface KindRule {
  /** The label ("Training places"). */
  label: MessageKey;
  /** The label inside a sentence ("training places"). */
  inSentence: MessageKey;
  /** The unit after the value. */
  unit: LeverUnit;
  display: Display;
  /** Display = point × scale (display 'value'). */
  scale: number;
  /** The range and step the slider offers around the reference, in display units. */
  span: (ref: number) => { low: number; high: number; step: number };
}

const shareSpan = (ref: number) => ({ low: 0, high: Math.max(2 * ref, ref + 2), step: 0.1 });
const trendSpan = (ref: number) => ({ low: ref - 2, high: ref + 2, step: 0.1 });
const trendRule = (label: MessageKey, inSentence: MessageKey): KindRule => ({
  label,
  inSentence,
  unit: 'percentYear',
  display: 'value',
  scale: 100,
  span: trendSpan,
});

/** Round step of about `x`: 1, 2 or 5 times a power of ten, at least 1. */
export function niceStep(x: number): number {
  if (!(x > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const m = x / power;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * power;
}

export const RULES: Readonly<Record<LeverKind, KindRule>> = {
  intake: {
    label: 'workshop.lever.kind.intake',
    inSentence: 'workshop.lever.inSentence.intake',
    unit: 'change',
    display: 'change',
    scale: 1,
    span: () => ({ low: -50, high: 100, step: 5 }),
  },
  completion: {
    label: 'workshop.lever.kind.completion',
    inSentence: 'workshop.lever.inSentence.completion',
    unit: 'percent',
    display: 'value',
    scale: 100,
    span: (ref) => ({ low: ref - 20, high: ref + 20, step: 1 }),
  },
  retirementMeanAge: {
    label: 'workshop.lever.kind.retirementMeanAge',
    inSentence: 'workshop.lever.inSentence.retirementMeanAge',
    unit: 'years',
    display: 'value',
    scale: 1,
    span: (ref) => ({ low: Math.floor(ref - 5), high: Math.ceil(ref + 5), step: 0.5 }),
  },
  attrition: {
    label: 'workshop.lever.kind.attrition',
    inSentence: 'workshop.lever.inSentence.attrition',
    unit: 'percentYear',
    display: 'value',
    scale: 100,
    span: shareSpan,
  },
  emigration: {
    label: 'workshop.lever.kind.emigration',
    inSentence: 'workshop.lever.inSentence.emigration',
    unit: 'percentYear',
    display: 'value',
    scale: 100,
    span: shareSpan,
  },
  immigration: {
    label: 'workshop.lever.kind.immigration',
    inSentence: 'workshop.lever.inSentence.immigration',
    unit: 'peopleYear',
    display: 'value',
    scale: 1,
    span: (ref) => {
      const step = niceStep(ref / 20);
      return { low: 0, high: Math.max(3 * ref, ref + 20 * step), step };
    },
  },
  fte: {
    label: 'workshop.lever.kind.fte',
    inSentence: 'workshop.lever.inSentence.fte',
    unit: 'change',
    display: 'change',
    scale: 1,
    span: () => ({ low: -30, high: 30, step: 1 }),
  },
  unmet: {
    label: 'workshop.lever.kind.unmet',
    inSentence: 'workshop.lever.inSentence.unmet',
    unit: 'percent',
    display: 'value',
    scale: 100,
    span: (ref) => ({ low: Math.min(0, ref), high: Math.max(2 * ref, ref + 15), step: 0.5 }),
  },
  trendEpidemiology: trendRule(
    'workshop.lever.kind.trendEpidemiology',
    'workshop.lever.inSentence.trendEpidemiology',
  ),
  trendSociocultural: trendRule(
    'workshop.lever.kind.trendSociocultural',
    'workshop.lever.inSentence.trendSociocultural',
  ),
  trendTechnology: trendRule(
    'workshop.lever.kind.trendTechnology',
    'workshop.lever.inSentence.trendTechnology',
  ),
  trendEfficiency: trendRule(
    'workshop.lever.kind.trendEfficiency',
    'workshop.lever.inSentence.trendEfficiency',
  ),
};

/** The demand trends: a trend the scenario leaves out stands for no change (0 % a year), so
 *  a profession whose demand follows the population (the "utilisation" method) has a lever
 *  for each, starting from 0; the "ratio" method ignores trends, so it has none. */
export const TREND_KINDS: ReadonlySet<LeverKind> = new Set([
  'trendEpidemiology',
  'trendSociocultural',
  'trendTechnology',
  'trendEfficiency',
]);

/** Whether `kind` is one of the demand-side levers. */
export function isDemandLever(kind: LeverKind): boolean {
  return kind === 'unmet' || TREND_KINDS.has(kind);
}

/** Every lever kind, in the order a facilitator is offered them. */
export const LEVER_KINDS = Object.keys(RULES) as LeverKind[];

/** The label of a lever kind, for the chooser ("Training places"). */
export function leverKindLabel(kind: LeverKind, t: Translate): string {
  return t(RULES[kind].label);
}

/** The label of a lever kind inside a sentence ("training places"). */
export function leverKindInSentence(kind: LeverKind, t: Translate): string {
  return t(RULES[kind].inSentence);
}
