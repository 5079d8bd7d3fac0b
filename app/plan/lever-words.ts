/**
 * Levers and policies in a planner's words, from a valid scenario: a policy's name
 * ("Nurses: training places, +% from 2027 to 2029"), a change ("+12 %", "+204 people a
 * year") and the level it leads to, computed from the scenario's own numbers where it has
 * them ("Nurses: training places +12 % (1 200 → 1 344 a year)"). Point values throughout,
 * as the deterministic run reads a range. Pure, no React.
 */
import { pointValue } from '../../model/numeric/distributions.ts';
import { wordView } from '../../model/regions/word-view.ts';
import type { Policy, Profession, Scenario } from '../../model/scenario/types.ts';
import { MINUS, type Formats } from '../format.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import {
  isShareParameter,
  leverDisplay,
  PARAMETER_WORDS,
  unitWords,
  withUnit,
  type LevelUnit,
} from './lever-kinds.ts';

/** What the words need: the reader's locale for numbers, `t` for the words. */
export type Words = Pick<Formats, 'locale' | 't'>;

/** ramp(y; start, full) of MODEL.md §2. */
export function ramp(y: number, start: number, full: number): number {
  if (y < start) return 0;
  if (y >= full) return 1;
  return (y - start) / (full - start);
}

const real = (s: string) => s.replace(/-/g, MINUS);

function numberWords(v: number, digits: number, locale?: string, signed = false): string {
  const f = new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  const rounded = Number(v.toFixed(digits));
  return real(f.format(rounded === 0 ? 0 : rounded));
}

function percentWords(share: number, locale?: string, signed = false): string {
  const f = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  const rounded = Math.round(share * 1000) / 1000;
  return real(f.format(rounded === 0 ? 0 : rounded));
}

/** The profession's name, else its code. */
export function professionName(s: Pick<Scenario, 'professions'>, id: string): string {
  return s.professions.find((p) => p.id === id)?.name ?? id;
}

/** "Nurses: training places". */
export function leverName(s: Pick<Scenario, 'professions'>, p: Policy, t: Translate): string {
  const parameter = PARAMETER_WORDS[p.parameter];
  return t('plan.lever.name', {
    profession: professionName(s, p.profession),
    parameter: parameter ? t(parameter) : p.parameter,
  });
}

/** "Nurses: training places, +% from 2027 to 2029"; "+ people a year" for an absolute
 *  change. */
export function policyTitle(s: Pick<Scenario, 'professions'>, p: Policy, t: Translate): string {
  const unit =
    p.kind === 'relative'
      ? t('plan.policy.unitRelative')
      : t('plan.policy.unitAbsolute', { unit: unitWords(leverDisplay(p).unit, t) });
  const name = leverName(s, p, t);
  const lever =
    'region' in p && typeof p.region === 'string'
      ? t('plan.policy.inRegion', { lever: name, region: p.region })
      : name;
  const start = String(p.startYear);
  return p.startYear === p.fullYear
    ? t('plan.policy.title', { lever, unit, start })
    : t('plan.policy.titleRamp', { lever, unit, start, full: String(p.fullYear) });
}

/** Is a lever's value no change at all? */
export function isNoChange(value: number): boolean {
  return Math.abs(value) < 1e-12;
}

/** A lever value as typed and shown: "+12 %" of a relative change, "+204 people a year",
 *  "+1.5 years", "−0.5 percentage points"; "no change" for 0. */
export function changeWords(
  p: Pick<Policy, 'parameter' | 'kind'>,
  value: number,
  f: Words,
): string {
  if (isNoChange(value)) return f.t('plan.change.none');
  const d = leverDisplay(p);
  if (d.percent) return percentWords(value, f.locale, true);
  if (d.scale === 100) return withUnit(numberWords(value * 100, 1, f.locale, true), d.unit, f.t);
  const digits = p.parameter === 'fte' ? 2 : Math.abs(value) >= 20 ? 0 : 1;
  return withUnit(numberWords(value, digits, f.locale, true), d.unit, f.t);
}

/** The point value of the parameter a policy changes, before any policy; null when the
 *  scenario does not give it as one number (FTE per head by age). */
export function baseLevel(prof: Profession, p: Pick<Policy, 'parameter'>): number | null {
  switch (p.parameter) {
    case 'training.intake':
      return prof.training ? pointValue(prof.training.intake) : null;
    case 'training.completion':
      return prof.training ? pointValue(prof.training.completion) : null;
    case 'training.entryRate':
      return prof.training ? pointValue(prof.training.entryRate) : null;
    case 'immigration.perYear':
      return prof.immigration ? pointValue(prof.immigration.perYear) : 0;
    case 'exits.attrition':
      return prof.exits?.attrition !== undefined ? pointValue(prof.exits.attrition) : 0;
    case 'exits.emigration':
      return prof.exits?.emigration !== undefined ? pointValue(prof.exits.emigration) : 0;
    case 'exits.retirement.meanAge':
      return prof.exits?.retirement ? pointValue(prof.exits.retirement.meanAge) : null;
    case 'fte':
      return typeof prof.fte === 'number' ? prof.fte : null;
    default:
      return null;
  }
}

/** The scenario seen nationally (a regional one through its sums). */
function national(s: Scenario): Scenario {
  return s.regions ? wordView(s) : s;
}

/**
 * The level of policy `index`'s parameter in `year`, after every policy on it (in order,
 * point values, as the model applies them); null when the scenario has no one number for
 * it or the policy acts in one region only.
 */
export function levelIn(s: Scenario, index: number, year: number): number | null {
  const p = s.policies[index];
  if (!p || ('region' in p && p.region !== undefined)) return null;
  const view = national(s);
  const prof = view.professions.find((x) => x.id === p.profession);
  const base = prof ? baseLevel(prof, p) : null;
  if (base === null) return null;
  let v = base;
  for (const q of s.policies) {
    if (q.profession !== p.profession || q.parameter !== p.parameter) continue;
    if ('region' in q && q.region !== undefined) continue;
    const change = pointValue(q.value) * ramp(year, q.startYear, q.fullYear);
    v = q.kind === 'relative' ? v * (1 + change) : v + change;
  }
  if (isShareParameter(p.parameter)) return Math.min(1, Math.max(0, v));
  return Math.max(0, v);
}

/** A level of a parameter, its number alone: "1 344", "2.4 %", "65". */
function levelNumber(p: Pick<Policy, 'parameter'>, level: number, locale?: string): string {
  return isShareParameter(p.parameter)
    ? percentWords(level, locale)
    : p.parameter === 'fte'
      ? numberWords(level, 2, locale)
      : p.parameter === 'exits.retirement.meanAge'
        ? numberWords(level, 1, locale)
        : numberWords(level, 0, locale);
}

const levelUnitOf = (p: Pick<Policy, 'parameter'>): LevelUnit =>
  leverDisplay({ parameter: p.parameter, kind: 'absolute' }).levelUnit;

const LEVEL: Readonly<Record<LevelUnit, MessageKey | null>> = {
  aYear: 'plan.level.aYear',
  yearsOfAge: 'plan.level.yearsOfAge',
  ftePerHead: 'plan.level.ftePerHead',
  none: null,
};

const FROM_TO: Readonly<Record<LevelUnit, MessageKey>> = {
  aYear: 'plan.level.fromTo.aYear',
  yearsOfAge: 'plan.level.fromTo.yearsOfAge',
  ftePerHead: 'plan.level.fromTo.ftePerHead',
  none: 'plan.level.fromTo.none',
};

/** A level of a parameter: "1 344 a year", "2.4 % a year", "65 years of age". */
export function levelWords(p: Pick<Policy, 'parameter'>, level: number, f: Words): string {
  const text = levelNumber(p, level, f.locale);
  const key = LEVEL[levelUnitOf(p)];
  return key ? f.t(key, { level: text }) : text;
}

/** Level before the policy starts → level when it is in full ("1 200 → 1 344 a year"),
 *  or '' when the scenario does not give the level. */
export function fromToWords(s: Scenario, index: number, f: Words): string {
  const p = s.policies[index];
  const from = levelIn(s, index, p.startYear - 1);
  const to = levelIn(s, index, p.fullYear);
  if (from === null || to === null) return '';
  return f.t(FROM_TO[levelUnitOf(p)], {
    from: levelNumber(p, from, f.locale),
    to: levelNumber(p, to, f.locale),
  });
}

/** The value a policy has in `s`: its point value. */
export function policyValue(s: Scenario, index: number): number {
  return pointValue(s.policies[index].value);
}

/**
 * Policy `index` of `s` (the scenario with the plan's values) in words: "Nurses: training
 * places +12 % (1 200 → 1 344 a year)"; "Nurses: training places, no change".
 */
export function policyValueWords(s: Scenario, index: number, f: Words): string {
  const p = s.policies[index];
  const value = policyValue(s, index);
  const lever = leverName(s, p, f.t);
  if (isNoChange(value)) return f.t('plan.policy.noChange', { lever });
  const change = changeWords(p, value, f);
  const levels = fromToWords(s, index, f);
  return levels
    ? f.t('plan.policy.valueLevels', { lever, change, levels })
    : f.t('plan.policy.value', { lever, change });
}

/** "Task shifting from General practitioners to Nurses". */
export function substitutionTitle(s: Scenario, r: number, t: Translate): string {
  const rule = s.substitution[r];
  if (!rule) return t('plan.shifting.rule', { n: String(r + 1) });
  return t('plan.shifting.title', {
    from: professionName(s, rule.from),
    to: professionName(s, rule.to),
  });
}

/** "Task shifting from GPs to Nurses: 20 % of the demand moves". */
export function substitutionValueWords(s: Scenario, r: number, share: number, f: Words): string {
  return f.t('plan.shifting.value', {
    rule: substitutionTitle(s, r, f.t),
    share: percentWords(share, f.locale),
  });
}

/** A lever's value for a table whose header gives the unit: "+12 %", "204", "−0.5"
 *  ("+204" when `signed`). */
export function shortValue(
  p: Pick<Policy, 'parameter' | 'kind'> | null,
  value: number,
  locale?: string,
  signed = false,
): string {
  const d = leverDisplay(p);
  if (d.percent) return percentWords(value, locale, true);
  if (p === null) return percentWords(value, locale);
  const shown = value * d.scale;
  const digits = p.parameter === 'fte' ? 2 : Math.abs(shown) >= 20 ? 0 : 1;
  return numberWords(shown, digits, locale, signed);
}
