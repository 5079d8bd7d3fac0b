/**
 * What the projector window shows of the summit (plain JSON in the workshop's picture,
 * ../workshop/sync.ts): the round, the plan's accepted proposals in words, and the proposal
 * on the stage while the room discusses it.
 */
import { isDebriefText, type DebriefText } from './debrief-text.ts';
import { accepted, type Proposal, type SummitState } from './summit.ts';

export interface SummitPicture {
  round: number;
  /** The accepted proposals' titles, in order. */
  plan: string[];
  /** The title of the proposal on the stage, if one is and it is still open. */
  discussing: string | null;
  /** The debrief, while the facilitator shows it (the projector shows it instead of the
   *  charts). */
  debrief?: DebriefText | null;
}

/** The picture of a summit (null without one). */
export function summitPicture(
  state: SummitState | null,
  discussing: number | null,
  title: (p: Proposal) => string,
  debrief: DebriefText | null = null,
): SummitPicture | null {
  if (!state) return null;
  const open = state.proposals.find((p) => p.id === discussing && p.status === 'open');
  return {
    round: state.round,
    plan: accepted(state).map(title),
    discussing: open ? title(open) : null,
    debrief,
  };
}

/** Whether a value received on the channel is a summit picture. */
export function isSummitPicture(v: unknown): v is SummitPicture {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return (
    Number.isInteger(r.round) &&
    (r.round as number) >= 1 &&
    Array.isArray(r.plan) &&
    r.plan.every((x) => typeof x === 'string') &&
    (r.discussing === null || typeof r.discussing === 'string') &&
    (r.debrief === undefined || r.debrief === null || isDebriefText(r.debrief))
  );
}
