/**
 * The planning summit's state and rules, pure (no React, no storage): the baseline the
 * summit started from, the round, and the proposals the roles make. A proposal is one
 * policy of the scenario (MODEL.md §1 "Policy"): a role asks to change one lever of one
 * profession (in one region, with regions) by so much from a year on. The facilitator
 * shows it against the plan so far, then accepts or declines it; the **plan** is the
 * baseline with every accepted proposal's policy added, in the order they were made.
 *
 * A proposal's words ("Universities: +15 % training places from 2027") are derived from
 * its policy, so they always say what the scenario does. See docs/summit-guide.md.
 */
import { policyParameterLabels } from '../scenario/labels.ts';
import { MINUS, type Formats } from '../format.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { POLICY_PARAMETERS, type PolicyParameter } from '../../model/catalog.ts';
import {
  MOBILITY_OUT,
  REGIONAL_POLICY_PARAMETERS,
  type RegionalPolicyParameter,
} from '../../model/regions/types.ts';
import { ROLE_IDS, inSentence, roleById, type RoleId } from './roles.ts';

/** The unit the room speaks of a lever's change: percent, percentage points, years. */
export type ChangeUnitName = 'percent' | 'points' | 'years';

/** What the facilitator decided of a proposal. */
export type ProposalStatus = 'open' | 'accepted' | 'declined';

/** A policy as a proposal adds it to the scenario (a plain number as its value). */
export interface ProposalPolicy {
  profession: string;
  parameter: RegionalPolicyParameter;
  kind: 'relative' | 'absolute';
  value: number;
  startYear: number;
  fullYear: number;
  /** One region of a scenario with regions; left out = every region alike. */
  region?: string;
}

/** One role's proposal. */
export interface Proposal {
  /** 1, 2, 3… in the order made. */
  id: number;
  round: number;
  role: RoleId;
  policy: ProposalPolicy;
  status: ProposalStatus;
}

/** The summit: what it started from, where it stands. */
export interface SummitState {
  version: 1;
  /** The scenario document the summit measures from (the workshop's baseline). */
  baseline: unknown;
  round: number;
  proposals: Proposal[];
  /** The id the next proposal gets (ids are never reused, even after a withdrawal). */
  nextId: number;
}

/** How a lever's change is entered and said: the policy's kind, and the change in the
 *  unit the room speaks (percent, percentage points, years). */
export interface ChangeUnit {
  kind: 'relative' | 'absolute';
  /** Display value × 1/scale = the policy's value. */
  scale: number;
  /** Percent, percentage points or years ({@link unitWords}). */
  unit: ChangeUnitName;
  step: number;
  min: number;
  max: number;
}

const PERCENT = (min: number, max: number): ChangeUnit => ({
  kind: 'relative',
  scale: 100,
  unit: 'percent',
  step: 1,
  min,
  max,
});
const POINTS = (step: number, limit: number): ChangeUnit => ({
  kind: 'absolute',
  scale: 100,
  unit: 'points',
  step,
  min: -limit,
  max: limit,
});

/** The change of each lever a role may propose. */
export const CHANGE_UNITS: Readonly<Record<RegionalPolicyParameter, ChangeUnit>> = {
  'training.intake': PERCENT(-50, 100),
  'training.completion': POINTS(0.5, 30),
  'training.entryRate': POINTS(0.5, 30),
  'immigration.perYear': PERCENT(-100, 300),
  'exits.attrition': POINTS(0.1, 5),
  'exits.emigration': POINTS(0.1, 5),
  'exits.retirement.meanAge': {
    kind: 'absolute',
    scale: 1,
    unit: 'years',
    step: 0.5,
    min: -5,
    max: 5,
  },
  fte: PERCENT(-30, 30),
  [MOBILITY_OUT]: PERCENT(-100, 100),
};

const UNIT_WORDS: Readonly<Record<ChangeUnitName, MessageKey>> = {
  percent: 'summit.unit.percent',
  points: 'summit.unit.points',
  years: 'summit.unit.years',
};

/** The unit in words: "%", "percentage points", "years". */
export function unitWords(unit: ChangeUnitName, t: Translate): string {
  return t(UNIT_WORDS[unit]);
}

/** The lever's words: "training places"; moving out with regions. */
export function leverWords(parameter: RegionalPolicyParameter, t: Translate): string {
  return parameter === MOBILITY_OUT
    ? t('summit.lever.movingOut')
    : policyParameterLabels(t)[parameter];
}

/** The levers a proposal may change: the scenario's policy parameters, and moving out
 *  between regions when the scenario has regions. */
export function proposalLevers(regional: boolean): RegionalPolicyParameter[] {
  return regional ? [...POLICY_PARAMETERS, MOBILITY_OUT] : [...POLICY_PARAMETERS];
}

/** The policy value of a change entered in the room's unit. */
export function policyValue(parameter: RegionalPolicyParameter, shown: number): number {
  return Number((shown / CHANGE_UNITS[parameter].scale).toPrecision(12));
}

/** The change in the room's unit of a policy value. */
export function shownValue(parameter: RegionalPolicyParameter, value: number): number {
  return Number((value * CHANGE_UNITS[parameter].scale).toPrecision(12));
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The professions and regions of a scenario document, ids and names. */
function named(draft: unknown, list: 'professions' | 'regions'): { id: string; name: string }[] {
  const items = isRec(draft) && Array.isArray(draft[list]) ? (draft[list] as unknown[]) : [];
  return items.flatMap((p) =>
    isRec(p) && typeof p.id === 'string'
      ? [{ id: p.id, name: typeof p.name === 'string' && p.name ? p.name : p.id }]
      : [],
  );
}

/** The professions of a scenario document. */
export const professionsOf = (draft: unknown) => named(draft, 'professions');
/** The regions of a scenario document (none without regions). */
export const regionsOf = (draft: unknown) => named(draft, 'regions');

const CHANGE_WORDS: Readonly<Record<ChangeUnitName, MessageKey>> = {
  percent: 'summit.change.percent',
  points: 'summit.change.points',
  years: 'summit.change.years',
};

/** "+15 %", "−0.5 percentage points", "+1 year" in the reader's locale. */
export function changeWords(policy: ProposalPolicy, f: Formats): string {
  const unit = CHANGE_UNITS[policy.parameter];
  const shown = shownValue(policy.parameter, policy.value);
  const n = new Intl.NumberFormat(f.locale, {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  })
    .format(shown)
    .replace('-', MINUS);
  return f.t(CHANGE_WORDS[unit.unit], { change: n, count: Math.abs(shown) });
}

/**
 * "Universities: +15 % training places from 2027": who proposes what, in the room's words
 * (one message, `summit.proposal.title`): a change in percent before the lever, any other
 * after it ("retirement age +1 year from 2028, in full by 2030"); the profession when the
 * scenario has several, the region when it is one.
 */
export function proposalTitle(proposal: Proposal, draft: unknown, f: Formats): string {
  const { policy } = proposal;
  const professions = professionsOf(draft);
  const who = professions.find((p) => p.id === policy.profession)?.name ?? policy.profession;
  const region = policy.region
    ? (regionsOf(draft).find((r) => r.id === policy.region)?.name ?? policy.region)
    : '';
  return f.t('summit.proposal.title', {
    role: f.t(roleById(proposal.role).name),
    unit: CHANGE_UNITS[policy.parameter].unit,
    change: changeWords(policy, f),
    lever: leverWords(policy.parameter, f.t),
    several: professions.length > 1 ? 'yes' : 'no',
    profession: inSentence(who),
    regional: policy.region ? 'yes' : 'no',
    region,
    phased: policy.fullYear > policy.startYear ? 'yes' : 'no',
    start: String(policy.startYear),
    full: String(policy.fullYear),
  });
}

/** The scenario's base year (0 when the document has none). */
export function baseYearOf(draft: unknown): number {
  return isRec(draft) && typeof draft.baseYear === 'number' ? draft.baseYear : 0;
}

/** A new summit from a baseline document. */
export function startSummit(baseline: unknown): SummitState {
  return { version: 1, baseline: structuredClone(baseline), round: 1, proposals: [], nextId: 1 };
}

/** The summit with a new open proposal of this round. */
export function propose(
  state: SummitState,
  role: RoleId,
  policy: ProposalPolicy,
): { state: SummitState; proposal: Proposal } {
  const id = state.nextId;
  const proposal: Proposal = {
    id,
    round: state.round,
    role,
    policy: { ...policy },
    status: 'open',
  };
  return {
    state: { ...state, proposals: [...state.proposals, proposal], nextId: id + 1 },
    proposal,
  };
}

/** The summit with proposal `id` accepted, declined or back on the table. */
export function decide(state: SummitState, id: number, status: ProposalStatus): SummitState {
  return {
    ...state,
    proposals: state.proposals.map((p) => (p.id === id ? { ...p, status } : p)),
  };
}

/** The summit without proposal `id`. */
export function withdraw(state: SummitState, id: number): SummitState {
  return { ...state, proposals: state.proposals.filter((p) => p.id !== id) };
}

/** The most rounds a summit has. */
export const MAX_ROUNDS = 999;

/** The summit in its next round (it stays in the last one). */
export function nextRound(state: SummitState): SummitState {
  return { ...state, round: Math.min(MAX_ROUNDS, state.round + 1) };
}

/** The accepted proposals, in the order they were made. */
export function accepted(state: SummitState): Proposal[] {
  return state.proposals.filter((p) => p.status === 'accepted');
}

/** The policy as the scenario document holds it. */
function policyEntry(policy: ProposalPolicy): Rec {
  const { region, ...rest } = policy;
  return region ? { ...rest, region } : { ...rest };
}

/** `draft` with `proposals`' policies added after its own, named as the summit's. */
export function withProposals(
  draft: unknown,
  proposals: readonly Proposal[],
  name?: string,
): unknown {
  const copy = structuredClone(draft);
  if (!isRec(copy)) return copy;
  const own: unknown[] = Array.isArray(copy.policies) ? (copy.policies as unknown[]) : [];
  if (proposals.length > 0)
    copy.policies = [...own, ...proposals.map((p) => policyEntry(p.policy))];
  if (name !== undefined) copy.name = name;
  return copy;
}

/** The baseline's name ("Exampleland"), or "Scenario". */
export function baselineName(state: SummitState, t: Translate): string {
  return isRec(state.baseline) && typeof state.baseline.name === 'string' && state.baseline.name
    ? state.baseline.name
    : t('summit.plan.untitled');
}

/** The plan: the baseline with every accepted proposal, named "… — summit plan". */
export function planDraft(state: SummitState, t: Translate): unknown {
  const name = t('summit.plan.name', { name: baselineName(state, t) });
  return withProposals(state.baseline, accepted(state), name);
}

/**
 * The plan step by step: the baseline, then the baseline with the first accepted proposal,
 * the first two, … (what each proposal added is the step from the one before it; the
 * futures are the same, as every step keeps the seed). The last step with a proposal is
 * the plan itself, named as {@link planDraft} names it.
 */
export function planSteps(state: SummitState, t: Translate): unknown[] {
  const list = accepted(state);
  return [
    state.baseline,
    ...list.map((_, i) =>
      i === list.length - 1
        ? planDraft(state, t)
        : withProposals(state.baseline, list.slice(0, i + 1)),
    ),
  ];
}

/** What the stage shows while a proposal is discussed: the plan with this proposal added
 *  (the plan itself for an accepted one, its policies in their order). */
export function trialDraft(state: SummitState, proposal: Proposal): unknown {
  const plan = accepted(state);
  if (plan.some((p) => p.id === proposal.id)) return withProposals(state.baseline, plan);
  return withProposals(state.baseline, [...plan, proposal]);
}

const MAX_PROPOSALS = 200;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const intIn = (v: unknown, lo: number, hi: number): v is number =>
  Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

function readPolicy(v: unknown): ProposalPolicy | null {
  if (!isRec(v)) return null;
  const parameter = v.parameter;
  if (typeof parameter !== 'string' || !Object.hasOwn(CHANGE_UNITS, parameter)) return null;
  const unit = CHANGE_UNITS[parameter as RegionalPolicyParameter];
  if (typeof v.profession !== 'string' || v.profession === '') return null;
  // The kind the room's unit says (a stored relative change of an absolute lever would be
  // titled one way and act another).
  if (v.kind !== unit.kind) return null;
  if (!finite(v.value) || !intIn(v.startYear, 1000, 9999) || !intIn(v.fullYear, 1000, 9999))
    return null;
  if (v.fullYear < v.startYear) return null;
  if (v.region !== undefined && (typeof v.region !== 'string' || v.region === '')) return null;
  // One region only for the levers a region may change on its own (MODEL.md §6).
  if (
    v.region !== undefined &&
    !(REGIONAL_POLICY_PARAMETERS as readonly string[]).includes(parameter)
  )
    return null;
  if (parameter === MOBILITY_OUT && v.region === undefined) return null;
  return {
    profession: v.profession,
    parameter: parameter as RegionalPolicyParameter,
    kind: unit.kind,
    value: v.value,
    startYear: v.startYear,
    fullYear: v.fullYear,
    ...(typeof v.region === 'string' ? { region: v.region } : {}),
  };
}

/**
 * A stored summit checked: the state, or null when it is not one. Proposals that cannot be
 * read are left out (counted in `dropped`), so one damaged entry does not lose the rest.
 */
export function readSummit(value: unknown): { state: SummitState; dropped: number } | null {
  if (!isRec(value) || value.version !== 1 || !isRec(value.baseline)) return null;
  if (!intIn(value.round, 1, MAX_ROUNDS) || !Array.isArray(value.proposals)) return null;
  const proposals: Proposal[] = [];
  const seen = new Set<number>();
  let dropped = 0;
  for (const p of value.proposals.slice(0, MAX_PROPOSALS)) {
    const policy = isRec(p) ? readPolicy(p.policy) : null;
    if (
      !isRec(p) ||
      !policy ||
      !intIn(p.id, 1, 1e6) ||
      seen.has(p.id) ||
      !intIn(p.round, 1, value.round) ||
      !(ROLE_IDS as readonly unknown[]).includes(p.role) ||
      (p.status !== 'open' && p.status !== 'accepted' && p.status !== 'declined')
    ) {
      dropped++;
      continue;
    }
    seen.add(p.id);
    proposals.push({ id: p.id, round: p.round, role: p.role as RoleId, policy, status: p.status });
  }
  dropped += Math.max(0, value.proposals.length - MAX_PROPOSALS);
  // A summit kept before ids were counted: the next id follows the largest.
  const largest = Math.max(0, ...proposals.map((p) => p.id));
  const nextId = intIn(value.nextId, largest + 1, 1e6 + 1) ? value.nextId : largest + 1;
  return {
    state: { version: 1, baseline: value.baseline, round: value.round, proposals, nextId },
    dropped,
  };
}

/** The parameter a proposal of `role` starts with: its first lever, else training places. */
export function firstLever(role: RoleId): PolicyParameter {
  return roleById(role).levers[0] ?? 'training.intake';
}
