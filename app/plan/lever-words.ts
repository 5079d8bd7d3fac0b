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
import { MINUS } from '../format.ts';
import { isShareParameter, leverDisplay, PARAMETER_WORDS } from './lever-kinds.ts';

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

const years = (start: number, full: number) =>
  start === full ? `from ${start}` : `from ${start} to ${full}`;

/** "Nurses: training places". */
export function leverName(s: Pick<Scenario, 'professions'>, p: Policy): string {
  return `${professionName(s, p.profession)}: ${PARAMETER_WORDS[p.parameter] ?? p.parameter}`;
}

/** "Nurses: training places, +% from 2027 to 2029"; "+ people a year" for an absolute
 *  change. */
export function policyTitle(s: Pick<Scenario, 'professions'>, p: Policy): string {
  const unit = p.kind === 'relative' ? '+%' : `+ ${leverDisplay(p).unit}`;
  const region = 'region' in p && typeof p.region === 'string' ? ` (${p.region})` : '';
  return `${leverName(s, p)}${region}, ${unit} ${years(p.startYear, p.fullYear)}`;
}

/** A lever value as typed and shown: "+12 %" of a relative change, "+204 people a year",
 *  "+1.5 years", "−0.5 percentage points"; "no change" for 0. */
export function changeWords(
  p: Pick<Policy, 'parameter' | 'kind'>,
  value: number,
  locale?: string,
): string {
  if (Math.abs(value) < 1e-12) return 'no change';
  const d = leverDisplay(p);
  if (d.percent) return percentWords(value, locale, true);
  if (d.scale === 100) return `${numberWords(value * 100, 1, locale, true)} ${d.unit}`;
  const digits = p.parameter === 'fte' ? 2 : Math.abs(value) >= 20 ? 0 : 1;
  return `${numberWords(value, digits, locale, true)} ${d.unit}`;
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

/** A level of a parameter: "1 344 a year", "2.4 % a year", "65 years of age". */
export function levelWords(p: Pick<Policy, 'parameter'>, level: number, locale?: string): string {
  const unit = leverDisplay({ parameter: p.parameter, kind: 'absolute' }).levelUnit;
  const text = isShareParameter(p.parameter)
    ? percentWords(level, locale)
    : p.parameter === 'fte'
      ? numberWords(level, 2, locale)
      : p.parameter === 'exits.retirement.meanAge'
        ? numberWords(level, 1, locale)
        : numberWords(level, 0, locale);
  return unit ? `${text} ${unit}` : text;
}

/** Level before the policy starts → level when it is in full ("1 200 → 1 344 a year"),
 *  or '' when the scenario does not give the level. */
export function fromToWords(s: Scenario, index: number, locale?: string): string {
  const p = s.policies[index];
  const from = levelIn(s, index, p.startYear - 1);
  const to = levelIn(s, index, p.fullYear);
  if (from === null || to === null) return '';
  const unit = leverDisplay({ parameter: p.parameter, kind: 'absolute' }).levelUnit;
  const a = levelWords(p, from, locale);
  const b = levelWords(p, to, locale);
  return unit && a.endsWith(unit) && b.endsWith(unit)
    ? `${a.slice(0, -unit.length).trim()} → ${b}`
    : `${a} → ${b}`;
}

/** The value a policy has in `s`: its point value. */
export function policyValue(s: Scenario, index: number): number {
  return pointValue(s.policies[index].value);
}

/**
 * Policy `index` of `s` (the scenario with the plan's values) in words: "Nurses: training
 * places +12 % (1 200 → 1 344 a year)"; "Nurses: training places, no change".
 */
export function policyValueWords(s: Scenario, index: number, locale?: string): string {
  const p = s.policies[index];
  const value = policyValue(s, index);
  const change = changeWords(p, value, locale);
  if (change === 'no change') return `${leverName(s, p)}, no change`;
  const levels = fromToWords(s, index, locale);
  return `${leverName(s, p)} ${change}${levels ? ` (${levels})` : ''}`;
}

/** "Task shifting from General practitioners to Nurses". */
export function substitutionTitle(s: Scenario, r: number): string {
  const rule = s.substitution[r];
  if (!rule) return `Task shifting rule ${r + 1}`;
  return `Task shifting from ${professionName(s, rule.from)} to ${professionName(s, rule.to)}`;
}

/** "Task shifting from GPs to Nurses: 20 % of the demand moves". */
export function substitutionValueWords(
  s: Scenario,
  r: number,
  share: number,
  locale?: string,
): string {
  return `${substitutionTitle(s, r)}: ${percentWords(share, locale)} of the demand moves`;
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
