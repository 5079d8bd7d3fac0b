/**
 * The report view: the report document over the whole page, with "Back to the app" and
 * "Print or save as PDF". A modal view: the page behind it is inert while it is open, Esc
 * goes back, and the print stylesheet (report.css) prints the report alone, on A4.
 */
import { useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LinkState } from '../share/share-state.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useT } from '../i18n/language-root.tsx';
import { ReportDocument } from './report-document.tsx';
import { useSheetDialog } from '../shell/use-sheet-dialog.ts';
import './report.css';

/** Props of {@link ReportView}. */
export interface ReportViewProps {
  result: HwfResult;
  scenario: Scenario;
  link: LinkState;
  /** Why the results are not of the scenario being edited, if they are not. */
  note?: string;
  /** Goes back to the app (Esc too); keep it the same function between renders. */
  onClose: () => void;
}

/** The report in a portal over the page. */
export function ReportView({ result, scenario, link, note, onClose }: ReportViewProps) {
  const t = useT();
  const titleId = useId();
  const hintId = useId();
  const root = useRef<HTMLDivElement>(null);
  // The date of the report: when it was opened.
  const [date] = useState(() => new Date());

  useSheetDialog(root, onClose);

  return createPortal(
    <div
      ref={root}
      className="hwf-sheet hwf-report"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="hwf-sheet-bar hwf-report-bar">
        <button type="button" aria-keyshortcuts="Escape" onClick={onClose}>
          {t('report.view.back')}
        </button>
        <button
          type="button"
          className="hwf-report-print"
          aria-describedby={hintId}
          onClick={() => window.print()}
        >
          {t('report.view.print')}
        </button>
        <p id={hintId} className="hwf-report-hint">
          {t('report.view.printHint')}
        </p>
      </div>
      <ReportDocument
        result={result}
        scenario={scenario}
        link={link}
        date={date}
        note={note}
        titleId={titleId}
      />
    </div>,
    document.body,
  );
}
