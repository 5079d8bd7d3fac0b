/**
 * The planning summit in the workshop: its state (./summit.ts) kept in IndexedDB
 * (./summit-store.ts), the facilitator's actions, and every scenario it needs parsed and
 * ready to run (the baseline, the plan, the plan step by step) with the baseline's
 * population data set loaded, so the summit works after a reload whatever the editor holds.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { regionalLabel } from '../editor/region-words.ts';
import type { Formats } from '../format.ts';
import { useDatasets } from '../population/use-datasets.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import { useRuns, type CompareRuns, type Outcome, type RunItem } from '../workshop/use-compare.ts';
import {
  debriefText,
  planTableText,
  type DebriefText,
  type PlanTableText,
} from './debrief-text.ts';
import type { RoleId } from './roles.ts';
import {
  accepted,
  decide,
  nextRound,
  planDraft,
  planSteps,
  propose,
  proposalTitle,
  startSummit,
  trialDraft,
  withdraw,
  type Proposal,
  type ProposalPolicy,
  type ProposalStatus,
  type SummitState,
} from './summit.ts';
import { SummitStore } from './summit-store.ts';

let shared: SummitStore | null = null;
/** The page's one summit store. */
function summitStore(): SummitStore {
  shared ??= new SummitStore();
  return shared;
}

/** A scenario document parsed for a run, or why it cannot run. */
export type Prepared = { ok: true; item: RunItem } | { ok: false; problem: string };

/** Where the summit's sheet stands: closed, the rounds, the debrief, or the plan's report. */
export type SummitView = 'closed' | 'rounds' | 'debrief' | 'report';

/** The summit and what the facilitator can do with it. */
export interface Summit {
  state: SummitState | null;
  loaded: boolean;
  notice: string | null;
  /** Starts a summit from `baseline` (a scenario document); false with a notice if it has problems. */
  start: (baseline: unknown) => boolean;
  /** Adds an open proposal; the proposal, or null with a notice when the plan with it
   *  would not be a valid scenario. */
  propose: (role: RoleId, policy: ProposalPolicy) => Proposal | null;
  decide: (id: number, status: ProposalStatus) => void;
  withdraw: (id: number) => void;
  nextRound: () => void;
  /** Ends the summit: nothing is kept. */
  end: () => void;
  /** The plan step by step (baseline first), ready to run. */
  steps: Prepared[];
  /** `draft` ready to run with the baseline's data, or its first problem. */
  prepare: (draft: unknown) => Prepared;
  /** The proposal shown on the stage, if one is. */
  discussing: number | null;
  setDiscussing: (id: number | null) => void;
  setNotice: (notice: string | null) => void;
  /** "Universities: +15 % training places from 2027". */
  title: (proposal: Proposal) => string;
  view: SummitView;
  setView: (view: SummitView) => void;
  /** The runs of the plan's steps (while the sheet is open), in the order of `steps`. */
  outcomes: Outcome[];
  /** The plan against the baseline in words, once both have run. */
  planTable: PlanTableText | null;
  /** The debrief in words, while it is shown and once every step has run. */
  debrief: DebriefText | null;
}

/** What the summit needs of the workshop. */
export interface SummitInput {
  f: Formats;
  /** The workshop's runs (shared with its comparison). */
  runs: CompareRuns;
  deterministic: boolean;
  store?: SummitStore;
}

export function useSummit({ f, runs, deterministic, store = summitStore() }: SummitInput): Summit {
  const { t } = f;
  const stored = useSyncExternalStore(store.subscribe, store.get, store.get);
  const [notice, setNotice] = useState<string | null>(null);
  const [discussing, setDiscussing] = useState<number | null>(null);
  const state = stored.state;
  const { datasets } = useDatasets(state?.baseline);

  useEffect(() => {
    void store.load();
  }, [store]);

  const prepare = useCallback(
    (draft: unknown): Prepared => {
      const parsed = parseScenario(draft, { datasets });
      if (!parsed.ok) return { ok: false, problem: formatIssue(parsed.errors[0]) };
      return {
        ok: true,
        item: {
          scenario: parsed.scenario,
          population: resolvePopulation(parsed.scenario.population, datasets),
        },
      };
    },
    [datasets],
  );

  const start = useCallback(
    (baseline: unknown): boolean => {
      const ready = prepare(baseline);
      if (!ready.ok) {
        setNotice(t('summit.notice.cannotStart', { problem: ready.problem }));
        return false;
      }
      store.replace(startSummit(baseline));
      setDiscussing(null);
      setNotice(t('summit.notice.started'));
      return true;
    },
    [prepare, store, t],
  );

  const title = useCallback(
    (p: Proposal) => (state ? proposalTitle(p, state.baseline, f) : ''),
    [state, f],
  );

  const add = useCallback(
    (role: RoleId, policy: ProposalPolicy): Proposal | null => {
      if (!state) return null;
      const next = propose(state, role, policy);
      const ready = prepare(trialDraft(next.state, next.proposal));
      if (!ready.ok) {
        setNotice(t('summit.notice.cannotApply', { problem: ready.problem }));
        return null;
      }
      store.replace(next.state);
      setNotice(t('summit.notice.proposed', { id: next.proposal.id, title: title(next.proposal) }));
      return next.proposal;
    },
    [state, prepare, store, title, t],
  );

  const decideOne = useCallback(
    (id: number, status: ProposalStatus) => {
      if (!state) return;
      const p = state.proposals.find((x) => x.id === id);
      if (!p) return;
      store.replace(decide(state, id, status));
      setNotice(
        t(
          status === 'accepted'
            ? 'summit.notice.accepted'
            : status === 'declined'
              ? 'summit.notice.declined'
              : 'summit.notice.reopened',
          { title: title(p) },
        ),
      );
    },
    [state, store, title, t],
  );

  const remove = useCallback(
    (id: number) => {
      if (!state) return;
      const p = state.proposals.find((x) => x.id === id);
      store.replace(withdraw(state, id));
      if (discussing === id) setDiscussing(null);
      if (p) setNotice(t('summit.notice.withdrawn', { title: title(p) }));
    },
    [state, store, title, discussing, t],
  );

  const next = useCallback(() => {
    if (!state) return;
    store.replace(nextRound(state));
    setNotice(t('summit.notice.round', { round: state.round + 1 }));
  }, [state, store, t]);

  const end = useCallback(() => {
    store.replace(null);
    setDiscussing(null);
    setNotice(t('summit.notice.ended'));
  }, [store, t]);

  const acceptedKey = state ? JSON.stringify(accepted(state).map((p) => p.id)) : '';
  const steps = useMemo(
    () => (state ? planSteps(state, t).map(prepare) : []),
    // The steps change only with the baseline and the accepted proposals.
    [state?.baseline, acceptedKey, prepare, t],
  );

  const [view, setViewState] = useState<SummitView>('closed');
  const [date, setDate] = useState(() => new Date());
  const setView = useCallback((next: SummitView) => {
    if (next === 'debrief') setDate(new Date());
    setViewState(next);
  }, []);
  const items = useMemo(() => steps.flatMap((x) => (x.ok ? [x.item] : [])), [steps]);
  const outcomes = useRuns(runs, items, deterministic, view !== 'closed' && state !== null);
  const results = useMemo(
    () => outcomes.map((o) => (o.status === 'done' ? o.result : null)),
    [outcomes],
  );
  const planTable = useMemo(() => {
    const first = results[0];
    const last = results[results.length - 1];
    return first && last && items.length === steps.length ? planTableText(first, last, f) : null;
  }, [results, items.length, steps.length, f]);
  const debrief = useMemo(() => {
    if (view !== 'debrief' || !state || items.length !== steps.length) return null;
    const draft = planDraft(state, t);
    const label = (path: string) => regionalLabel(path, draft, t);
    return debriefText({ state, title, label, f, date }, results);
  }, [view, state, items.length, steps.length, title, f, t, date, results]);

  return {
    view,
    setView,
    outcomes,
    planTable,
    debrief,
    state,
    loaded: stored.loaded,
    notice: notice ?? (stored.notice ? t(stored.notice.key, stored.notice.values) : null),
    start,
    propose: add,
    decide: decideOne,
    withdraw: remove,
    nextRound: next,
    end,
    steps,
    prepare,
    discussing,
    setDiscussing,
    setNotice,
    title,
  };
}
