/**
 * Learn: a full-screen view over the app with the list of lessons and one lesson at a time,
 * in large type. A modal view like the report: the page behind is inert while it is open,
 * Escape or "Back to the app" closes it, and focus goes to the heading of each page shown.
 * Progress is read from and written to this browser (progress.ts); when it cannot be kept
 * the view says so once, quietly, and the lessons work as before.
 */
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';
import { ErrorBoundary } from '../shell/error-boundary.tsx';
import type { Lesson } from './lesson-types.ts';
import { editorWhat } from './learn-state.ts';
import { LessonList, doneWords } from './lesson-list.tsx';
import { LessonPage } from './lesson-page.tsx';
import {
  NO_PROGRESS,
  progressStore,
  useProgress,
  type LessonProgress,
  type ProgressStore,
} from './progress.ts';
import type { LessonRunner } from './use-lesson-run.ts';
import './learn.css';

/** What Learn is asked to show: a lesson by id, or the list (null). `seq` tells two
 *  requests for the same lesson apart, so each one is followed. */
export interface LearnRequest {
  lessonId: string | null;
  seq: number;
}

/** A page of Learn. */
export type LearnPage =
  { kind: 'list'; unknown?: string } | { kind: 'lesson'; id: string; attempt: number };

/** The page a request opens: the lesson, or the list naming an id no lesson has. */
export function pageFor(lessons: readonly Lesson[], lessonId: string | null): LearnPage {
  if (lessonId === null) return { kind: 'list' };
  return lessons.some((l) => l.id === lessonId)
    ? { kind: 'lesson', id: lessonId, attempt: 0 }
    : { kind: 'list', unknown: lessonId };
}

/** The message of a link to a lesson that does not exist. */
export function unknownLessonWords(id: string, t: Translate): string {
  const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  return shown === ''
    ? t('learn.view.noLessonNamed')
    : t('learn.view.unknownLesson', { id: shown });
}

/** The lessons in their order. */
export function orderedLessons(lessons: readonly Lesson[]): Lesson[] {
  return [...lessons].sort((a, b) => a.number - b.number);
}

export interface LearnViewProps {
  lessons: readonly Lesson[];
  runner: LessonRunner;
  request: LearnRequest;
  /** Opens a scenario as the app's working scenario (with the app's undo). */
  openInEditor: (scenario: unknown, what: string) => void;
  /** Closes Learn; keep it the same function between renders. */
  onClose: () => void;
  store?: ProgressStore;
}

const TITLE_ID = 'hwf-learn-title';

export function LearnView(props: LearnViewProps) {
  const { lessons, runner, request, openInEditor, onClose, store = progressStore } = props;
  const t = useT();
  const progress = useProgress(store);
  const [page, setPage] = useState<LearnPage>(() => pageFor(lessons, request.lessonId));
  const [seen, setSeen] = useState(request.seq);
  if (seen !== request.seq) {
    // A new request while open (a lesson link pasted into the address bar).
    setSeen(request.seq);
    setPage(pageFor(lessons, request.lessonId));
  }
  const ordered = orderedLessons(lessons);
  const lesson = page.kind === 'lesson' ? ordered.find((l) => l.id === page.id) : undefined;
  const index = lesson ? ordered.indexOf(lesson) : -1;
  const next = index >= 0 ? ordered[index + 1] : undefined;

  useEffect(() => {
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      app?.removeAttribute('inert');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  // Each page shown takes the focus at its heading, and starts at the top.
  const pageKey = page.kind === 'lesson' ? `${page.id}-${page.attempt}` : 'list';
  // (A lesson waits for the saved progress, to open where it was left.)
  const ready = progress.loaded || page.kind === 'list';
  useEffect(() => {
    const heading = document.getElementById(TITLE_ID);
    heading?.focus();
    heading?.closest('.hwf-learn')?.scrollTo?.({ top: 0 });
  }, [pageKey, ready]);

  const lessonId = lesson?.id;
  const update = useCallback(
    (change: (p: LessonProgress) => LessonProgress) => {
      if (lessonId !== undefined) store.update(lessonId, change);
    },
    [store, lessonId],
  );
  const open = (id: string) => setPage({ kind: 'lesson', id, attempt: 0 });
  const list = () => setPage({ kind: 'list' });

  return createPortal(
    <div className="hwf-sheet hwf-learn" role="dialog" aria-modal="true" aria-labelledby={TITLE_ID}>
      <div className="hwf-sheet-bar hwf-learn-bar">
        <button type="button" aria-keyshortcuts="Escape" onClick={onClose}>
          {t('learn.view.back')}
        </button>
        {page.kind === 'lesson' && (
          <button type="button" onClick={list}>
            {t('learn.view.allLessons')}
          </button>
        )}
        <p className="hwf-learn-bar-title">{t('learn.view.title')}</p>
        <p className="hwf-learn-count">
          {progress.loaded ? doneWords(lessons, progress.records, t) : ''}
        </p>
      </div>
      {progress.notice && (
        <p className="hwf-learn-notice" role="status">
          {t(progress.notice)}
        </p>
      )}
      <div className="hwf-learn-main">
        {lesson && !ready ? (
          <p role="status">{t('learn.view.opening')}</p>
        ) : lesson && page.kind === 'lesson' ? (
          <ErrorBoundary part={t('learn.view.thisLesson')} resetKey={pageKey}>
            <LessonPage
              key={pageKey}
              lesson={lesson}
              total={ordered.length}
              progress={progress.records[lesson.id] ?? NO_PROGRESS}
              update={update}
              runner={runner}
              titleId={TITLE_ID}
              onOpenInEditor={(document) => {
                openInEditor(document, editorWhat(lesson, t));
                onClose();
              }}
              onNext={next ? () => open(next.id) : null}
              onList={list}
              onRestart={() => {
                store.update(lesson.id, () => NO_PROGRESS);
                setPage({ kind: 'lesson', id: lesson.id, attempt: page.attempt + 1 });
              }}
            />
          </ErrorBoundary>
        ) : (
          <section className="hwf-learn-home" aria-labelledby={TITLE_ID}>
            <h2 id={TITLE_ID} tabIndex={-1} className="hwf-learn-title">
              {t('learn.view.heading', { count: ordered.length })}
            </h2>
            <p className="hwf-learn-intro">{t('learn.view.intro')}</p>
            {page.kind === 'list' && page.unknown !== undefined && (
              <p className="hwf-learn-problem" role="alert">
                {unknownLessonWords(page.unknown, t)}
              </p>
            )}
            <LessonList lessons={ordered} records={progress.records} onOpen={open} />
          </section>
        )}
      </div>
    </div>,
    document.body,
  );
}
