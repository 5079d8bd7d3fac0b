/**
 * "Role briefings": opens the planning summit's six role briefings (briefings.tsx) in a
 * full-screen dialog over the page, like the report: **Print** prints them, one role to an
 * A4 page (briefings.css), and **Close** or Esc goes back with the focus on the button.
 * It may open over the workshop's presentation (../shell/use-sheet-dialog.ts).
 */
import { useCallback, useId, useRef, useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { useSheetDialog } from '../shell/use-sheet-dialog.ts';
import { createPortal } from 'react-dom';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { RoleBriefings } from './briefings.tsx';
import { useFocusReturn } from '../shell/use-focus-return.ts';

/** Props of {@link BriefingsButton}. */
export interface BriefingsButtonProps {
  /** The working scenario (null when it has problems or none is open). */
  scenario: Scenario | null;
  /** The result on screen (null before the first run: the briefings then say so). */
  result: HwfResult | null;
}

interface DialogProps extends BriefingsButtonProps {
  /** Keep it the same function between renders. */
  onClose: () => void;
}

function BriefingsDialog({ scenario, result, onClose }: DialogProps) {
  const t = useT();
  const titleId = useId();
  const hintId = useId();
  const root = useRef<HTMLDivElement>(null);

  useSheetDialog(root, onClose);

  return createPortal(
    <div
      ref={root}
      className="hwf-sheet hwf-briefings"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="hwf-sheet-bar hwf-briefings-bar">
        <h2 id={titleId} className="hwf-briefings-title">
          {t('summit.briefings.title')}
        </h2>
        <button type="button" aria-keyshortcuts="Escape" onClick={onClose}>
          {t('summit.briefings.close')}
        </button>
        <button
          type="button"
          className="hwf-briefings-print"
          aria-describedby={hintId}
          onClick={() => window.print()}
        >
          {t('summit.briefings.print')}
        </button>
        <p id={hintId} className="hwf-briefings-hint">
          {t('summit.briefings.hint')}
        </p>
      </div>
      <RoleBriefings scenario={scenario} result={result} />
    </div>,
    document.body,
  );
}

/** The button and, while open, the briefings' dialog. */
export function BriefingsButton({ scenario, result }: BriefingsButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useFocusReturn(open, button);

  const close = useCallback(() => setOpen(false), []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="hwf-sheet-button hwf-briefings-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('summit.briefings.title')}
      </button>
      {open && <BriefingsDialog scenario={scenario} result={result} onClose={close} />}
    </>
  );
}
