/**
 * "Learn" in the header: opens the lessons (learn-view.tsx) over the app, on the list or on
 * the lesson a `#lesson=<id>` link names (lesson-link.ts), whether the page was loaded with
 * the link or it was pasted into the address bar later. The lessons run on the app's runner;
 * "Open this lesson's scenario in the editor" opens it as the working scenario, with the
 * app's undo, and closes Learn.
 */
import { useCallback, useRef, useState } from 'react';
import type { SimulationRunner } from '../engine/runner.ts';
import { useT } from '../i18n/language-root.tsx';
import { LESSONS } from './lessons/index.ts';
import { useLessonLink } from './lesson-link.ts';
import { LearnView, type LearnRequest } from './learn-view.tsx';
import './learn.css';
import { useFocusReturn } from '../shell/use-focus-return.ts';

export interface LearnButtonProps {
  /** The app's runner (the lessons' simulations run on it). */
  runner: Pick<SimulationRunner, 'run'>;
  /** Opens a scenario as the working scenario; `what` names it in the undo notice. */
  openInEditor: (scenario: unknown, what: string) => void;
}

export function LearnButton({ runner, openInEditor }: LearnButtonProps) {
  const t = useT();
  const [request, setRequest] = useState<LearnRequest | null>(null);
  const seq = useRef(0);
  const button = useRef<HTMLButtonElement>(null);

  const show = useCallback((lessonId: string | null) => {
    seq.current += 1;
    setRequest({ lessonId, seq: seq.current });
  }, []);
  useLessonLink(show);

  useFocusReturn(request !== null, button);

  const close = useCallback(() => setRequest(null), []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="hwf-sheet-button hwf-learn-button"
        aria-haspopup="dialog"
        onClick={() => show(null)}
      >
        {t('learn.button.label')}
      </button>
      {request && (
        <LearnView
          lessons={LESSONS}
          runner={runner}
          request={request}
          openInEditor={openInEditor}
          onClose={close}
        />
      )}
    </>
  );
}
