/**
 * Presenter and projector windows in sync without a server: a BroadcastChannel between the
 * windows of one browser. The presenter sends the picture (the current result, the
 * profession shown, what is revealed, the comparison) whenever it changes; a projector that
 * starts says hello and gets the picture at once, so closing and reopening it resyncs.
 *
 * The message rules are pure functions here; the two hooks at the end only move messages.
 */
import type { IntakeBaseline } from '../charts/intake-words.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { CompareEntry, CompareMeasure, VariantChanges } from './compare.ts';
import { isSummitPicture, type SummitPicture } from '../summit/summit-picture.ts';

/** The channel's name: one per origin. */
export const CHANNEL_NAME = 'hwf-workshop';

/** What the charts area shows; `where` (the regions' heat table) only for a result with
 *  regions (./where.ts). */
export type WorkshopView = 'result' | 'gap' | 'compare' | 'difference' | 'where';

/** The views, each with its label's message. */
export const WORKSHOP_VIEWS: readonly { value: WorkshopView; label: MessageKey }[] = [
  { value: 'result', label: 'workshop.view.result' },
  { value: 'gap', label: 'workshop.view.gap' },
  { value: 'compare', label: 'workshop.view.compare' },
  { value: 'difference', label: 'workshop.view.difference' },
  { value: 'where', label: 'workshop.view.where' },
];

/** A lever's setting as the room sees it (in the presenter's words). */
export interface LeverSetting {
  label: string;
  value: string;
}

/** Everything the projector draws: plain JSON. */
export interface WorkshopPicture {
  result: HwfResult | null;
  /** Today's and the planned intake of the profession shown (the headline's comparison). */
  intake?: IntakeBaseline | null;
  /** The profession shown (an id of `result.professions`). */
  professionId: string | null;
  /** False while the room makes its guess. */
  revealed: boolean;
  view: WorkshopView;
  measure: CompareMeasure;
  compare: CompareEntry[];
  /** Why the comparison is not like for like (another seed), or null. */
  caveat: string | null;
  /** The levers and where they stand, so the room knows what changed. */
  levers: LeverSetting[];
  /** What each kept variant changes against the baseline, in words. */
  changes: VariantChanges;
  /** The planning summit's round and plan, while one is under way. */
  summit?: SummitPicture | null;
}

export type WorkshopMessage =
  /** A projector started (or asks again): the presenter answers with the picture. */
  | { type: 'hello'; from: 'projector'; id: string }
  /** The presenter's picture; `seq` grows with every message of one presenter. */
  | { type: 'picture'; from: 'presenter'; id: string; seq: number; picture: WorkshopPicture }
  /** A window is closing. */
  | { type: 'bye'; from: 'presenter' | 'projector'; id: string };

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const VIEWS: readonly string[] = WORKSHOP_VIEWS.map((v) => v.value);
const isNumbers = (v: unknown): boolean =>
  Array.isArray(v) && v.every((x) => typeof x === 'number');

/** A region of a result as the Where view reads it: an id, a name and per profession its
 *  id and the probability of a shortage per year. */
function isRegion(v: unknown): boolean {
  return (
    isRec(v) &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    Array.isArray(v.professions) &&
    v.professions.every(
      (p) => isRec(p) && typeof p.id === 'string' && isNumbers(p.shortageProbability),
    )
  );
}

/** What the Where view draws: the years, the target year, the national shortage
 *  probabilities and at least one region. */
function isRegionalResult(v: Rec): boolean {
  return (
    isNumbers(v.years) &&
    typeof v.targetYear === 'number' &&
    Array.isArray(v.professions) &&
    v.professions.every((p) => isRec(p) && isNumbers(p.shortageProbability)) &&
    Array.isArray(v.regions) &&
    v.regions.length > 0 &&
    v.regions.every(isRegion)
  );
}

function isIntake(v: unknown): v is IntakeBaseline {
  return (
    isRec(v) &&
    typeof v.today === 'number' &&
    (v.planned === undefined ||
      (isRec(v.planned) &&
        typeof v.planned.value === 'number' &&
        typeof v.planned.year === 'number'))
  );
}

function isPicture(v: unknown): v is WorkshopPicture {
  return (
    isRec(v) &&
    (v.result === null || isRec(v.result)) &&
    (v.intake === undefined || v.intake === null || isIntake(v.intake)) &&
    (v.professionId === null || typeof v.professionId === 'string') &&
    typeof v.revealed === 'boolean' &&
    typeof v.view === 'string' &&
    VIEWS.includes(v.view) &&
    // The Where view needs the regions of the result.
    (v.view !== 'where' || v.result === null || isRegionalResult(v.result)) &&
    (v.measure === 'gap' || v.measure === 'fte') &&
    Array.isArray(v.compare) &&
    (v.caveat === null || typeof v.caveat === 'string') &&
    Array.isArray(v.levers) &&
    isRec(v.changes) &&
    Object.values(v.changes).every((x) => typeof x === 'string') &&
    (v.summit === undefined || v.summit === null || isSummitPicture(v.summit))
  );
}

/** A message of this protocol, or null for anything else on the channel. */
export function readMessage(data: unknown): WorkshopMessage | null {
  if (!isRec(data) || typeof data.id !== 'string' || data.id === '') return null;
  const { id } = data;
  if (data.type === 'hello' && data.from === 'projector')
    return { type: 'hello', from: 'projector', id };
  if (data.type === 'bye' && (data.from === 'presenter' || data.from === 'projector')) {
    return { type: 'bye', from: data.from, id };
  }
  if (
    data.type === 'picture' &&
    data.from === 'presenter' &&
    typeof data.seq === 'number' &&
    Number.isInteger(data.seq) &&
    isPicture(data.picture)
  ) {
    return { type: 'picture', from: 'presenter', id, seq: data.seq, picture: data.picture };
  }
  return null;
}

/** What a projector knows. */
export interface ProjectorState {
  picture: WorkshopPicture | null;
  /** The presenter whose picture this is, and its latest message number. */
  presenter: string | null;
  seq: number;
  /** False before the first picture and after the presenter said bye. */
  connected: boolean;
}

export const INITIAL_PROJECTOR: ProjectorState = {
  picture: null,
  presenter: null,
  seq: -1,
  connected: false,
};

/**
 * The projector's state after `message`: a newer picture replaces the old one (an older
 * message of the same presenter, arriving late, is ignored; a new presenter, e.g. the
 * presenter's page reloaded, starts afresh). The presenter's bye keeps the last picture.
 */
export function projectorReceive(state: ProjectorState, message: WorkshopMessage): ProjectorState {
  if (message.type === 'picture') {
    if (message.id === state.presenter && message.seq <= state.seq) return state;
    return { picture: message.picture, presenter: message.id, seq: message.seq, connected: true };
  }
  if (message.type === 'bye' && message.from === 'presenter' && message.id === state.presenter) {
    return { ...state, connected: false };
  }
  return state;
}

/** The projectors a presenter knows of, after `message`. */
export function presenterReceive(
  projectors: ReadonlySet<string>,
  message: WorkshopMessage,
): ReadonlySet<string> {
  if (message.from !== 'projector') return projectors;
  if (message.type === 'hello' && !projectors.has(message.id))
    return new Set([...projectors, message.id]);
  if (message.type === 'bye' && projectors.has(message.id)) {
    const next = new Set(projectors);
    next.delete(message.id);
    return next;
  }
  return projectors;
}

/** Whether the presenter answers `message` with its picture at once. */
export function wantsPicture(message: WorkshopMessage): boolean {
  return message.type === 'hello';
}

/** A random id for one window. */
export function windowId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The address of the projector window, next to the current page. */
export function projectorUrl(href: string): string {
  const url = new URL(href);
  url.search = '?view=projector';
  url.hash = '';
  return url.toString();
}
