/**
 * "Summit" in the presentation's footer: the planning summit on a whole page over the
 * presentation (../shell/use-sheet-dialog.ts). Before a summit: what it is and "Start the
 * summit" from the workshop's baseline. During one: the round, the form a role's proposal
 * is typed into, the proposals and the plan (./summit-rounds.tsx); then the debrief
 * (./debrief.tsx), printed on A4, with the plan to download, to put in the editor, or as
 * the report. Esc or Close goes back to the presentation with the focus on the button.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { downloadBlob } from '../charts/export.ts';
import { scenarioFileName, scenarioText } from '../files/scenario-file.ts';
import { ReportView } from '../report/report-view.tsx';
import { useSheetDialog } from '../shell/use-sheet-dialog.ts';
import { linkFor, pageAddress } from '../share/share-state.ts';
import type { Workshop } from '../workshop/use-workshop.ts';
import { Debrief } from './debrief.tsx';
import { ProposalForm } from './proposal-form.tsx';
import { SummitRounds } from './summit-rounds.tsx';
import { accepted, planDraft } from './summit.ts';
import './summit.css';
import { useFocusReturn } from '../shell/use-focus-return.ts';

type Page = 'rounds' | 'debrief';

interface SheetProps {
  workshop: Workshop;
  page: Page;
  setPage: (page: Page) => void;
  onReport: () => void;
  /** Keep it the same function between renders. */
  onClose: () => void;
}

function SummitSheet({ workshop: w, page, setPage, onReport, onClose }: SheetProps) {
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  useSheetDialog(root, onClose);
  const s = w.summit;
  const state = s.state;
  const baseline = w.snapshots.find((x) => x.id === 'baseline')?.draft ?? w.draft;
  const debrief = state !== null && page === 'debrief';

  const download = () => {
    if (!state) return;
    const plan = planDraft(state);
    downloadBlob(
      new Blob([scenarioText(plan)], { type: 'application/json' }),
      scenarioFileName(plan),
    );
    s.setNotice(`The plan is downloaded as ${scenarioFileName(plan)}.`);
  };
  const toEditor = () => {
    if (!state) return;
    w.showOnStage([], planDraft(state));
  };
  const end = () => {
    if (window.confirm('End the summit? Its rounds, proposals and plan will be gone.')) s.end();
  };

  return createPortal(
    <div
      ref={root}
      className="hwf-sheet hwf-summit"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-page={debrief ? 'debrief' : 'rounds'}
    >
      <div className="hwf-sheet-bar hwf-summit-bar">
        <h2 id={titleId} className="hwf-summit-heading">
          {state ? `Planning summit · round ${state.round}` : 'Planning summit'}
        </h2>
        <button type="button" aria-keyshortcuts="Escape" onClick={onClose}>
          Close
        </button>
        {state && !debrief && (
          <>
            <button type="button" onClick={s.nextRound}>
              Next round
            </button>
            <button type="button" className="hwf-summit-primary" onClick={() => setPage('debrief')}>
              Debrief
            </button>
            <button type="button" onClick={end}>
              End the summit
            </button>
          </>
        )}
        {debrief && (
          <>
            <button type="button" onClick={() => setPage('rounds')}>
              Back to the rounds
            </button>
            <button type="button" className="hwf-summit-primary" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" onClick={download}>
              Download the plan
            </button>
            <button type="button" disabled={planResult(w) === null} onClick={onReport}>
              Report of the plan
            </button>
            <button type="button" onClick={toEditor} disabled={accepted(state).length === 0}>
              Put the plan in the editor
            </button>
          </>
        )}
      </div>
      <p className="hwf-summit-notice" role="status">
        {s.notice ?? ''}
      </p>
      {!s.loaded ? (
        <p className="hwf-summit-hint">Reading the summit kept in this browser…</p>
      ) : !state ? (
        <section className="hwf-summit-start" aria-label="Start">
          <p>
            A planning summit builds a plan in rounds: each role proposes one change, the room sees
            it against the plan so far on the stage, and the facilitator accepts or declines it. The
            accepted proposals make the plan; the debrief says what moved the result, what it cost
            and what is still uncertain.
          </p>
          <p>
            The summit starts from the workshop’s baseline and is kept in this browser, so a reload
            loses nothing.
          </p>
          <button type="button" className="hwf-summit-primary" onClick={() => s.start(baseline)}>
            Start the summit from the baseline
          </button>
        </section>
      ) : debrief ? (
        <Debrief summit={s} titleId={`${titleId}-debrief`} />
      ) : (
        <div className="hwf-summit-body">
          <ProposalForm summit={s} baseline={state.baseline} />
          <SummitRounds workshop={w} onClose={onClose} />
        </div>
      )}
    </div>,
    document.body,
  );
}

/** The plan's result, once it has run (the last of the plan's steps). */
function planResult(w: Workshop) {
  const s = w.summit;
  const last = s.steps[s.steps.length - 1];
  const outcome = s.outcomes[s.outcomes.length - 1];
  return last?.ok && s.outcomes.length === s.steps.length && outcome?.status === 'done'
    ? { result: outcome.result, scenario: last.item.scenario }
    : null;
}

/** The button and, while open, the summit's sheet or the plan's report. */
export function SummitButton({ workshop: w }: { workshop: Workshop }) {
  const s = w.summit;
  const { view, setView } = s;
  const button = useRef<HTMLButtonElement>(null);
  useFocusReturn(view !== 'closed', button);
  // The sheet remembers its page (rounds or debrief) while the report is shown.
  const [page, setPage] = useState<Page>('rounds');
  const close = useCallback(() => setView('closed'), [setView]);
  const back = useCallback(() => setView(page), [setView, page]);
  const choose = useCallback(
    (next: Page) => {
      setPage(next);
      setView(next);
    },
    [setView],
  );

  const state = s.state;
  const plan = view === 'report' ? planResult(w) : null;
  const link = useMemo(
    () =>
      view === 'report' && state
        ? linkFor(planDraft(state), true, pageAddress(location.href))
        : null,
    [view, state],
  );

  return (
    <>
      <button
        ref={button}
        type="button"
        className="hwf-sheet-button hwf-summit-button"
        aria-haspopup="dialog"
        onClick={() => setView(page)}
      >
        {state ? `Summit · round ${state.round}` : 'Summit'}
      </button>
      {(view === 'rounds' || view === 'debrief') && (
        <SummitSheet
          workshop={w}
          page={view}
          setPage={choose}
          onReport={() => setView('report')}
          onClose={close}
        />
      )}
      {view === 'report' && plan && link && (
        <ReportView result={plan.result} scenario={plan.scenario} link={link} onClose={back} />
      )}
    </>
  );
}
