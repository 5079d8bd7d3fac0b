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
import { useT } from '../i18n/language-root.tsx';
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
  const t = useT();
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  useSheetDialog(root, onClose);
  const s = w.summit;
  const state = s.state;
  const baseline = w.snapshots.find((x) => x.id === 'baseline')?.draft ?? w.draft;
  const debrief = state !== null && page === 'debrief';

  const download = () => {
    if (!state) return;
    const plan = planDraft(state, t);
    downloadBlob(
      new Blob([scenarioText(plan)], { type: 'application/json' }),
      scenarioFileName(plan),
    );
    s.setNotice(t('summit.sheet.downloaded', { file: scenarioFileName(plan) }));
  };
  const toEditor = () => {
    if (!state) return;
    w.showOnStage([], planDraft(state, t));
  };
  const end = () => {
    if (window.confirm(t('summit.sheet.confirmEnd'))) s.end();
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
          {state ? t('summit.name.round', { round: state.round }) : t('summit.name.plain')}
        </h2>
        <button type="button" aria-keyshortcuts="Escape" onClick={onClose}>
          {t('summit.sheet.close')}
        </button>
        {state && !debrief && (
          <>
            <button type="button" onClick={s.nextRound}>
              {t('summit.sheet.nextRound')}
            </button>
            <button type="button" className="hwf-summit-primary" onClick={() => setPage('debrief')}>
              {t('summit.sheet.debrief')}
            </button>
            <button type="button" onClick={end}>
              {t('summit.sheet.end')}
            </button>
          </>
        )}
        {debrief && (
          <>
            <button type="button" onClick={() => setPage('rounds')}>
              {t('summit.sheet.backToRounds')}
            </button>
            <button type="button" className="hwf-summit-primary" onClick={() => window.print()}>
              {t('summit.sheet.print')}
            </button>
            <button type="button" onClick={download}>
              {t('summit.sheet.download')}
            </button>
            <button type="button" disabled={planResult(w) === null} onClick={onReport}>
              {t('summit.sheet.report')}
            </button>
            <button type="button" onClick={toEditor} disabled={accepted(state).length === 0}>
              {t('summit.sheet.toEditor')}
            </button>
          </>
        )}
      </div>
      <p className="hwf-summit-notice" role="status">
        {s.notice ?? ''}
      </p>
      {!s.loaded ? (
        <p className="hwf-summit-hint">{t('summit.sheet.reading')}</p>
      ) : !state ? (
        <section className="hwf-summit-start" aria-label={t('summit.sheet.startLabel')}>
          <p>{t('summit.sheet.intro')}</p>
          <p>{t('summit.sheet.kept')}</p>
          <button type="button" className="hwf-summit-primary" onClick={() => s.start(baseline)}>
            {t('summit.sheet.start')}
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
  const t = useT();
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
        ? linkFor(planDraft(state, t), true, pageAddress(location.href))
        : null,
    [view, state, t],
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
        {state ? t('summit.button.round', { round: state.round }) : t('summit.button.label')}
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
