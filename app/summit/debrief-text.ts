/**
 * The summit's plan table and debrief in words, ready to draw: made once in the presenter's
 * window from the results of the plan's steps (./debrief-figures.ts), drawn there and sent
 * as plain JSON to the projector window, so the room reads exactly what the facilitator
 * reads. Pure.
 */
import { createMoney, type Money } from '../charts/money.ts';
import { shortageWords } from '../charts/readout.ts';
import type { Formats } from '../format.ts';
import { MINUS } from '../format.ts';
import type { HwfResult } from '../../model/result/result.ts';
import {
  movedMost,
  planRows,
  presentValue,
  stepEffects,
  uncertainties,
} from './debrief-figures.ts';
import { accepted, baselineName, type Proposal, type SummitState } from './summit.ts';

/** The plan against the baseline, in words. */
export interface PlanTableText {
  /** "2040". */
  year: string;
  rows: { name: string; baseline: string; plan: string; baselineGap: string; planGap: string }[];
  /** The present value of cost, when the scenario has costs. */
  cost: { span: string; baseline: string; plan: string } | null;
}

/** The debrief in words. */
export interface DebriefText {
  heading: string;
  meta: string;
  /** The accepted proposals, "… (round 1)". */
  plan: string[];
  table: PlanTableText;
  moved: string;
  /** Each accepted proposal's step; empty with fewer than two. */
  steps: { title: string; shortage: string; gap: string; cost: string | null }[];
  cost: string;
  uncertain: string[];
}

/** "+EUR 12.5 million", "−EUR 3 million". */
function signedMoney(value: number, money: Money): string {
  if (value === 0) return money.amount(0);
  return value > 0 ? `+${money.amount(value)}` : `${MINUS}${money.amount(-value)}`;
}

/** "Nurses › Migration: immigration" is "Migration: immigration" in the nurses' line. */
function withoutName(label: string, name: string): string {
  const prefix = `${name} › `;
  return label.startsWith(prefix) ? label.slice(prefix.length) : label;
}

/** The plan against the baseline in words. */
export function planTableText(baseline: HwfResult, plan: HwfResult, f: Formats): PlanTableText {
  const pvBase = presentValue(baseline);
  const pvPlan = presentValue(plan);
  const money = plan.cost ? createMoney(f.locale, plan.cost.currency) : null;
  return {
    year: f.year(plan.targetYear),
    rows: planRows(baseline, plan).map((r) => ({
      name: r.name,
      baseline: f.percent(r.baseline.shortage),
      plan: f.percent(r.plan.shortage),
      baselineGap: f.signed(r.baseline.gap),
      planGap: f.signed(r.plan.gap),
    })),
    cost:
      money && pvBase && pvPlan
        ? {
            span: f.years(plan.years[1] ?? plan.years[0], plan.years[plan.years.length - 1]),
            baseline: money.amount(pvBase.p50),
            plan: money.amount(pvPlan.p50),
          }
        : null,
  };
}

/** What {@link debriefText} needs besides the results. */
export interface DebriefInput {
  state: SummitState;
  title: (p: Proposal) => string;
  /** A sensitivity input's label (JSON path → words). */
  label: (path: string) => string;
  f: Formats;
  date: Date;
}

/** The debrief, once every step of the plan has its result (null before). */
export function debriefText(
  input: DebriefInput,
  results: readonly (HwfResult | null)[],
): DebriefText | null {
  const { state, title, label, f, date } = input;
  const base = results[0];
  const last = results[results.length - 1];
  if (!base || !last || results.some((r) => r === null)) return null;
  const plan = accepted(state);
  if (results.length !== plan.length + 1) return null;
  const year = f.year(last.targetYear);
  const effects = stepEffects(plan, results);
  const most = movedMost(effects);
  const money = last.cost ? createMoney(f.locale, last.cost.currency) : null;
  const pvBase = presentValue(base);
  const pvPlan = presentValue(last);
  const n = state.proposals.length;
  const futures = last.deterministic
    ? 'one future, without chance'
    : `${f.integer(last.runs)} futures, the same for every step, so each step’s difference is the proposal’s, not chance`;

  return {
    heading: `Summit debrief: ${baselineName(state)}`,
    meta: [
      new Intl.DateTimeFormat(f.locale, { dateStyle: 'long' }).format(date),
      state.round === 1 ? '1 round' : `${state.round} rounds`,
      `${n === 1 ? '1 proposal' : `${n} proposals`}, ${plan.length} accepted`,
      futures,
    ].join(' · '),
    plan: plan.map((p) => `${title(p)} (round ${p.round})`),
    table: planTableText(base, last, f),
    moved: most
      ? `${title(most.proposal)}: for ${most.professionName.toLowerCase()} in ${year}, ${shortageWords(most.shortageBefore, f)} before it and ${shortageWords(most.shortageAfter, f)} after it; the median gap went from ${f.signed(most.gapBefore)} to ${f.signed(most.gapAfter)} FTE.`
      : 'No proposal was accepted, so nothing moved.',
    steps:
      effects.length > 1
        ? effects.map((e) => ({
            title: title(e.proposal),
            shortage: `${f.percent(e.shortageBefore)} → ${f.percent(e.shortageAfter)}`,
            gap: `${f.signed(e.gapBefore)} → ${f.signed(e.gapAfter)}`,
            cost: money && e.costChange !== null ? signedMoney(e.costChange, money) : null,
          }))
        : [],
    cost:
      money && pvBase && pvPlan
        ? `The plan costs ${money.amount(pvPlan.p50)} in present value (90 % of futures: ${money.amount(pvPlan.p5)} to ${money.amount(pvPlan.p95)}), against ${money.amount(pvBase.p50)} for the baseline: ${signedMoney(pvPlan.p50 - pvBase.p50, money)}.`
        : 'The scenario has no costs, so the plan’s cost is not known: add them in the editor’s Costs section and run the summit’s plan again.',
    uncertain: uncertainties(last).map((u) => {
      const spread = last.deterministic
        ? `the gap is ${f.signed(u.figures.gap)} FTE in the one future run, so its spread is not known.`
        : `in 9 futures out of 10 the gap lies between ${f.signed(u.figures.gapLow)} and ${f.signed(u.figures.gapHigh)} FTE.`;
      const drivers =
        u.drivers.length > 0
          ? ` What drives it most: ${u.drivers.map((d) => withoutName(label(d), u.name)).join('; ')}.`
          : '';
      return `${u.name}: in ${year} ${shortageWords(u.figures.shortage, f)}; ${spread}${drivers}`;
    }),
  };
}

const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const allStrings = (v: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((k) => typeof v[k] === 'string');

/** Whether a value received on the channel is a plan table in words. */
export function isPlanTableText(v: unknown): v is PlanTableText {
  return (
    isRec(v) &&
    typeof v.year === 'string' &&
    Array.isArray(v.rows) &&
    v.rows.every(
      (r) => isRec(r) && allStrings(r, ['name', 'baseline', 'plan', 'baselineGap', 'planGap']),
    ) &&
    (v.cost === null || (isRec(v.cost) && allStrings(v.cost, ['span', 'baseline', 'plan'])))
  );
}

/** Whether a value received on the channel is a debrief in words. */
export function isDebriefText(v: unknown): v is DebriefText {
  return (
    isRec(v) &&
    allStrings(v, ['heading', 'meta', 'moved', 'cost']) &&
    strings(v.plan) &&
    strings(v.uncertain) &&
    isPlanTableText(v.table) &&
    Array.isArray(v.steps) &&
    v.steps.every(
      (s) =>
        isRec(s) &&
        allStrings(s, ['title', 'shortage', 'gap']) &&
        (s.cost === null || typeof s.cost === 'string'),
    )
  );
}
