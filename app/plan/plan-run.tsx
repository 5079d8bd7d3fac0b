/**
 * Running the search: "Find the cheapest plan", its progress ("candidate 40 of about
 * 120", read out politely), "Cancel the search", and why it cannot run yet in words — with
 * the way to the editor's costs when those are missing.
 */
import type { Ref } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import type { Formats } from '../format.ts';
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
export function statusWords(state: PlanSearchState, f: Formats): string {
  const { t } = f;
  if (state.status === 'running') {
    const p = state.progress;
    if (!p || p.about === 0) return t('plan.run.starting');
    if (p.done >= p.about) return t('plan.run.lastFew', { done: f.integer(p.done) });
    return t('plan.run.progress', { done: f.integer(p.done), about: f.integer(p.about) });
  }
  if (state.status === 'cancelled') {
    return state.found ? t('plan.run.cancelledKept') : t('plan.run.cancelled');
  }
  if (state.status === 'failed') {
    return t('plan.run.failed', { reason: state.problem ?? t('plan.run.noReason') });
  }
  return '';
}

export function PlanRunBar(props: PlanRunBarProps) {
  const { state, problem, needsCosts, runs, onRun, onCancel, onEditCosts } = props;
  const f = useFormats();
  const { t } = f;
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
              {t('plan.run.editCosts')}
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
          {t('plan.run.find')}
        </button>
        {running && (
          <button type="button" ref={props.cancelRef} onClick={onCancel}>
            {t('plan.run.cancel')}
          </button>
        )}
        {runs !== null && !running && (
          <span className="hwf-help">{t('plan.run.runs', { runs: f.integer(runs) })}</span>
        )}
      </div>
      {running && (
        <div className="hwf-plan-track" aria-hidden="true">
          <div className="hwf-plan-fill" style={{ width: `${Math.round(share * 100)}%` }} />
        </div>
      )}
      <p className="hwf-plan-status" role="status" aria-live="polite">
        {statusWords(state, f)}
      </p>
    </div>
  );
}
