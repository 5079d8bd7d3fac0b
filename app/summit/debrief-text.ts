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
import { lowerFirst } from '../i18n/case.ts';

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
  const { t } = f;
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
  const futures = last.deterministic
    ? t('summit.debrief.oneFuture')
    : t('summit.debrief.futures', { futures: f.integer(last.runs) });

  return {
    heading: t('summit.debrief.heading', { name: baselineName(state, t) }),
    meta: [
      new Intl.DateTimeFormat(f.locale, { dateStyle: 'long' }).format(date),
      t('summit.debrief.rounds', { count: state.round }),
      t('summit.debrief.proposals', { count: state.proposals.length, accepted: plan.length }),
      futures,
    ].join(' · '),
    plan: plan.map((p) => t('summit.debrief.planItem', { title: title(p), round: p.round })),
    table: planTableText(base, last, f),
    moved: most
      ? t('summit.debrief.movedMost', {
          title: title(most.proposal),
          profession: lowerFirst(most.professionName, f.language),
          year,
          before: shortageWords(most.shortageBefore, f),
          after: shortageWords(most.shortageAfter, f),
          gapBefore: f.signed(most.gapBefore),
          gapAfter: f.signed(most.gapAfter),
        })
      : t('summit.debrief.nothingMoved'),
    steps:
      effects.length > 1
        ? effects.map((e) => ({
            title: title(e.proposal),
            shortage: t('summit.debrief.fromTo', {
              before: f.percent(e.shortageBefore),
              after: f.percent(e.shortageAfter),
            }),
            gap: t('summit.debrief.fromTo', {
              before: f.signed(e.gapBefore),
              after: f.signed(e.gapAfter),
            }),
            cost: money && e.costChange !== null ? signedMoney(e.costChange, money) : null,
          }))
        : [],
    cost:
      money && pvBase && pvPlan
        ? t('summit.debrief.planCost', {
            plan: money.amount(pvPlan.p50),
            low: money.amount(pvPlan.p5),
            high: money.amount(pvPlan.p95),
            baseline: money.amount(pvBase.p50),
            change: signedMoney(pvPlan.p50 - pvBase.p50, money),
          })
        : t('summit.debrief.noCosts'),
    uncertain: uncertainties(last).map((u) =>
      t('summit.debrief.uncertainty', {
        name: u.name,
        year,
        shortage: shortageWords(u.figures.shortage, f),
        oneRun: last.deterministic ? 'yes' : 'no',
        gap: f.signed(u.figures.gap),
        low: f.signed(u.figures.gapLow),
        high: f.signed(u.figures.gapHigh),
        driven: u.drivers.length > 0 ? 'yes' : 'no',
        drivers: u.drivers.map((d) => withoutName(label(d), u.name)).join(t('app.list.clauses')),
      }),
    ),
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
