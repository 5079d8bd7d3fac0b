/**
 * "Summit" in the presentation's footer: the planning summit on a whole page over the
 * presentation (../shell/use-sheet-dialog.ts). Before a summit: what it is and "Start the
 * summit" from the workshop's baseline. During one: the round, the form a role's proposal
 * is typed into, the proposals and the plan (./summit-rounds.tsx); then the debrief
 * (./debrief.tsx), printed on A4, with the plan to download, to put in the editor, or as
 * the report. Esc or Close goes back to the presentation with the focus on the button.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { downloadBlob } from '../charts/export.ts';
import { scenarioFileName, scenarioText } from '../files/scenario-file.ts';
import { ReportView } from '../report/report-view.tsx';
import { useSheetDialog } from '../shell/use-sheet-dialog.ts';
import { linkFor, pageAddress } from '../share/share-state.ts';
import { useRuns } from '../workshop/use-compare.ts';
import type { Workshop } from '../workshop/use-workshop.ts';
import { Debrief } from './debrief.tsx';
import { ProposalForm } from './proposal-form.tsx';
import { SummitRounds } from './summit-rounds.tsx';
import { accepted, planDraft } from './summit.ts';
import './summit.css';

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
            <PlanReportButton workshop={w} onReport={onReport} />
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
        <Debrief workshop={w} titleId={`${titleId}-debrief`} />
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

/** "Report of the plan": the app's report of the plan's result (once it has run). */
function PlanReportButton({ workshop: w, onReport }: { workshop: Workshop; onReport: () => void }) {
  const last = w.summit.steps[w.summit.steps.length - 1];
  const items = useMemo(() => (last?.ok ? [last.item] : []), [last]);
  const [outcome] = useRuns(w.runs, items, w.result?.deterministic ?? false, true);
  return (
    <button type="button" disabled={outcome?.status !== 'done'} onClick={onReport}>
      Report of the plan
    </button>
  );
}

/** The button and, while open, the summit's sheet or the plan's report. */
export function SummitButton({ workshop: w }: { workshop: Workshop }) {
  const [open, setOpen] = useState<'closed' | 'summit' | 'report'>('closed');
  const [page, setPage] = useState<Page>('rounds');
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && open === 'closed') button.current?.focus();
    wasOpen.current = open !== 'closed';
  }, [open]);
  const close = useCallback(() => setOpen('closed'), []);
  const back = useCallback(() => setOpen('summit'), []);

  const state = w.summit.state;
  const last = w.summit.steps[w.summit.steps.length - 1];
  const items = useMemo(() => (open === 'report' && last?.ok ? [last.item] : []), [open, last]);
  const [outcome] = useRuns(w.runs, items, w.result?.deterministic ?? false, open === 'report');
  const link = useMemo(
    () =>
      open === 'report' && state
        ? linkFor(planDraft(state), true, pageAddress(location.href))
        : null,
    [open, state],
  );

  return (
    <>
      <button
        ref={button}
        type="button"
        className="hwf-sheet-button hwf-summit-button"
        aria-haspopup="dialog"
        onClick={() => setOpen('summit')}
      >
        {state ? `Summit · round ${state.round}` : 'Summit'}
      </button>
      {open === 'summit' && (
        <SummitSheet
          workshop={w}
          page={page}
          setPage={setPage}
          onReport={() => setOpen('report')}
          onClose={close}
        />
      )}
      {open === 'report' && outcome?.status === 'done' && last?.ok && link && (
        <ReportView
          result={outcome.result}
          scenario={last.item.scenario}
          link={link}
          onClose={back}
        />
      )}
    </>
  );
}
