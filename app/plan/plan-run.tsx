/**
 * Running the search: "Find the cheapest plan", its progress ("candidate 40 of about
 * 120", read out politely), "Cancel the search", and why it cannot run yet in words — with
 * the way to the editor's costs when those are missing.
 */
import type { Ref } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import type { PlanSearchState } from './plan-store.ts';

export interface PlanRunBarProps {
  state: PlanSearchState;
  /** Why the search cannot run, in words (null: it can). */
  problem: string | null;
  /** The problem is the missing costs: offer the way to them. */
  needsCosts: boolean;
  /** How many futures each candidate is run with. */
  runs: number | null;
  onRun: () => void;
  onCancel: () => void;
  onEditCosts: () => void;
  runRef?: Ref<HTMLButtonElement>;
  cancelRef?: Ref<HTMLButtonElement>;
}

/** The status line: the progress while running, else what became of the last search. */
export function statusWords(state: PlanSearchState, integer: (n: number) => string): string {
  if (state.status === 'running') {
    const p = state.progress;
    if (!p || p.about === 0) return 'Searching: starting…';
    if (p.done >= p.about) return `Searching: candidate ${integer(p.done)}, the last few…`;
    return `Searching: candidate ${integer(p.done)} of about ${integer(p.about)}`;
  }
  if (state.status === 'cancelled') {
    return state.found
      ? 'The search was cancelled. The plan found before is still shown.'
      : 'The search was cancelled.';
  }
  if (state.status === 'failed') return `The search failed: ${state.problem ?? 'no reason given'}.`;
  return '';
}

export function PlanRunBar(props: PlanRunBarProps) {
  const { state, problem, needsCosts, runs, onRun, onCancel, onEditCosts } = props;
  const f = useFormats();
  const running = state.status === 'running';
  const p = state.progress;
  const share = running && p && p.about > 0 ? Math.min(1, p.done / p.about) : 0;
  return (
    <div className="hwf-plan-run">
      {problem && (
        <p className="hwf-plan-problem" id="plan-run-problem">
          {problem}{' '}
          {needsCosts && (
            <button type="button" onClick={onEditCosts}>
              Go to the costs in the editor
            </button>
          )}
        </p>
      )}
      <div className="hwf-plan-run-buttons">
        <button
          type="button"
          className="hwf-plan-run-button"
          ref={props.runRef}
          disabled={problem !== null || running}
          aria-describedby={problem ? 'plan-run-problem' : undefined}
          onClick={onRun}
        >
          Find the cheapest plan
        </button>
        {running && (
          <button type="button" ref={props.cancelRef} onClick={onCancel}>
            Cancel the search
          </button>
        )}
        {runs !== null && !running && (
          <span className="hwf-help">
            Each candidate is run with the scenario’s {f.integer(runs)} futures and seed.
          </span>
        )}
      </div>
      {running && (
        <div className="hwf-plan-track" aria-hidden="true">
          <div className="hwf-plan-fill" style={{ width: `${Math.round(share * 100)}%` }} />
        </div>
      )}
      <p className="hwf-plan-status" role="status" aria-live="polite">
        {statusWords(state, f.integer)}
      </p>
    </div>
  );
}
