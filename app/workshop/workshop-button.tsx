/**
 * "Workshop" in the header: opens the presentation mode (full screen where the browser
 * allows it) for a live policy workshop: levers, predict-first, the projector window and
 * the comparison of kept scenarios. The workshop's state and its link to the projector
 * window live here for the page's life, so the projector keeps its picture while the
 * presentation is closed. It also offers a new version of the offline app when one waits.
 */
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/language-root.tsx';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import type { ParseResult } from '../../model/scenario/parse.ts';
import { Presentation } from './presentation.tsx';
import { useAppUpdate } from './sw-register.ts';
import { useWorkshop } from './use-workshop.ts';
import './workshop.css';
import './workshop-projector.css';
import { useFocusReturn } from '../shell/use-focus-return.ts';

export interface WorkshopButtonProps {
  /** The working scenario's document (possibly invalid) and its last valid form. */
  draft: unknown;
  /** The draft's one parse (the draft state's). */
  parsed: ParseResult;
  scenario: Scenario | null;
  result: HwfResult | null;
  /** Change the working scenario (a lever moved in presentation mode). */
  change: (next: unknown) => void;
}

export function WorkshopButton({ draft, parsed, scenario, result, change }: WorkshopButtonProps) {
  const t = useT();
  const workshop = useWorkshop({ draft, parsed, result, change });
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const update = useAppUpdate();

  const enter = () => {
    workshop.start();
    setOpen(true);
    void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    setOpen(false);
  };
  useFocusReturn(open, button);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="hwf-sheet-button hwf-workshop-button"
        aria-haspopup="dialog"
        onClick={enter}
      >
        {t('workshop.button.label')}
      </button>
      {open && <Presentation workshop={workshop} scenario={scenario} onLeave={leave} />}
      {update.ready &&
        createPortal(
          <section className="hwf-update" aria-label={t('workshop.update.label')}>
            <p role="status">{t('workshop.update.ready')}</p>
            <button type="button" onClick={update.reload}>
              {t('workshop.update.reload')}
            </button>
            <button type="button" onClick={update.dismiss}>
              {t('workshop.update.later')}
            </button>
          </section>,
          document.body,
        )}
    </>
  );
}
