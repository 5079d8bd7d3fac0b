/**
 * One lesson, in steps that appear in turn: (1) the idea and the question, the planner's
 * prediction locked in; (2) the simulation run, the answer revealed with the verdict on the
 * prediction, the annotated chart and the explanation; (3) "Try it yourself" with one
 * lever and a goal; (4) the lesson's scenario opened in the editor, the next lesson, or the
 * lesson's link. Focus moves to each step's heading as it appears. What the planner does
 * is saved as progress (progress.ts); a page opened again comes back where it was left.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { localizeBuiltIn } from '../data/examples/localize.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { useFormats } from '../charts/formats-context.ts';
import type { Lesson } from './lesson-types.ts';
import {
  answerSafely,
  initialPrediction,
  judgeSafely,
  lessonText,
  leverValueIn,
  marksSafely,
  openingStage,
  predictionText,
  runningWords,
  snap,
  verdictWords,
  withLever,
} from './learn-state.ts';
import { LessonChartView } from './lesson-chart.tsx';
import { Predict } from './predict.tsx';
import type { LessonProgress } from './progress.ts';
import { ShareLesson } from './share-lesson.tsx';
import { TryIt } from './try-it.tsx';
import { useLessonRun, type LessonRunner } from './use-lesson-run.ts';

export interface LessonPageProps {
  lesson: Lesson;
  /** How many lessons there are ("Lesson 3 of 8"). */
  total: number;
  progress: LessonProgress;
  /** Changes this lesson's saved progress. */
  update: (change: (progress: LessonProgress) => LessonProgress) => void;
  runner: LessonRunner;
  /** The id of the page's title (the dialog is named by it). */
  titleId: string;
  /** Opens the scenario as the app's working scenario (and leaves Learn). */
  onOpenInEditor: (document: unknown) => void;
  /** Goes to the next lesson; null on the last one. */
  onNext: (() => void) | null;
  onList: () => void;
  /** Forgets this lesson's progress and starts it again. */
  onRestart: () => void;
}

type Focus = 'run' | 'reveal' | null;

export function LessonPage(props: LessonPageProps) {
  const { lesson, total, progress, update, runner, titleId } = props;
  const f = useFormats();
  const { t } = f;
  const { lever } = lesson.tryIt;
  // Its professions named in the reader's language (the numbers are the lesson's own).
  const [base] = useState(() => localizeBuiltIn(lesson.scenario(), t));
  const original = leverValueIn(base, lever);
  const locked = progress.prediction !== null;
  const [choice, setChoice] = useState(() =>
    initialPrediction(lesson.prediction, progress.prediction),
  );
  const [leverValue, setLeverValue] = useState(() =>
    progress.lastLever === null ? original : snap(progress.lastLever, lever),
  );
  const reveal = useLessonRun<'lesson'>(runner);
  const result = reveal.result;
  const [focus, setFocus] = useState<Focus>(null);
  const runHeading = useRef<HTMLHeadingElement>(null);
  const revealHeading = useRef<HTMLHeadingElement>(null);
  const tryId = useId();
  // The lesson's scenario in the reader's language (in English it stays as written).
  const lessonDocument = (doc: unknown) => {
    if (f.language === SOURCE_LANGUAGE) return doc;
    const { name, description } = (doc ?? {}) as { name?: unknown; description?: unknown };
    const words = {
      name: t('examples.lesson.name', {
        number: lesson.number,
        title: lessonText(lesson.title, f),
      }),
      description: t('examples.lesson.description', { idea: lessonText(lesson.idea, f) }),
    };
    return localizeBuiltIn(doc, t, {
      name: typeof name === 'string' ? [name, words.name] : undefined,
      description: typeof description === 'string' ? [description, words.description] : undefined,
    });
  };

  // A lesson revealed before shows its answer again when it is opened.
  const { start } = reveal;
  useEffect(() => {
    if (openingStage(progress) === 'revealed') start(base, 'lesson');
    // Only when the page opens: later reveals are the planner's own clicks.
  }, []);

  useEffect(() => {
    if (focus === 'run' && runHeading.current) {
      runHeading.current.focus();
      setFocus(null);
    } else if (focus === 'reveal' && result && revealHeading.current) {
      revealHeading.current.focus();
      setFocus(null);
    }
  }, [focus, result]);

  useEffect(() => {
    if (result && !progress.revealed) update((p) => ({ ...p, revealed: true }));
  }, [result, progress.revealed, update]);

  const lock = () => {
    if (choice === null) return;
    update((p) => ({ ...p, prediction: choice, predictedAt: Date.now() }));
    setFocus('run');
  };
  const runIt = () => {
    start(base, 'lesson');
    setFocus('reveal');
  };
  const moveLever = (value: number) => {
    setLeverValue(value);
    update((p) => ({ ...p, lastLever: value }));
  };
  const reached = () => {
    if (!progress.goalReached) update((p) => ({ ...p, goalReached: true }));
  };

  const running = reveal.status === 'running' || reveal.status === 'waiting';
  const answer = result ? answerSafely(lesson, result, f) : null;
  const predicted = progress.prediction;
  const right = result && predicted !== null ? judgeSafely(lesson, predicted, result) : false;

  return (
    <article className="hwf-learn-lesson" data-lesson={lesson.id}>
      <header className="hwf-learn-lesson-head">
        <p className="hwf-learn-kicker">
          {t('learn.page.kicker', { number: lesson.number, total })}
        </p>
        <h2 id={titleId} tabIndex={-1} className="hwf-learn-title">
          {lessonText(lesson.title, f)}
        </h2>
        <p className="hwf-learn-idea">{lessonText(lesson.idea, f)}</p>
      </header>

      <section className="hwf-learn-step" aria-labelledby={`${tryId}-1`}>
        <h3 id={`${tryId}-1`}>{t('learn.page.step1')}</h3>
        <Predict
          prediction={lesson.prediction}
          value={locked ? predicted : choice}
          locked={locked}
          onChange={setChoice}
          onLock={lock}
        />
      </section>

      {locked && (
        <section className="hwf-learn-step" aria-labelledby={`${tryId}-2`}>
          <h3 id={`${tryId}-2`} ref={runHeading} tabIndex={-1}>
            {t('learn.page.step2')}
          </h3>
          {!result && <p>{t('learn.page.runIntro')}</p>}
          {!result && (
            <button type="button" className="hwf-learn-primary" disabled={running} onClick={runIt}>
              {t('learn.page.run')}
            </button>
          )}
          <p className="hwf-learn-run-status" role="status">
            {running ? runningWords(reveal.done, reveal.total, t) : ''}
          </p>
          {reveal.status === 'failed' && (
            <p className="hwf-learn-problem" role="alert">
              {reveal.problem}
            </p>
          )}
          {result && answer && (
            <div className="hwf-learn-reveal">
              <h4 ref={revealHeading} tabIndex={-1} className="hwf-learn-reveal-heading">
                {t('learn.page.whatHappened')}
              </h4>
              <p className="hwf-learn-answer">{answer.words}</p>
              {predicted !== null && (
                <p className={right ? 'hwf-learn-verdict hwf-learn-right' : 'hwf-learn-verdict'}>
                  <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                  {verdictWords(right, predictionText(lesson.prediction, predicted, f), t)}
                </p>
              )}
              <LessonChartView
                chart={lesson.chart}
                result={result}
                marks={marksSafely(lesson, result, f)}
                scenario={base}
              />
              <h4>{t('learn.page.why')}</h4>
              <div className="hwf-learn-explanation">
                {lesson.explanation.map((paragraph, i) => (
                  <p key={i}>{lessonText(paragraph, f)}</p>
                ))}
              </div>
            </div>
          )}
        </section>
      )}

      {locked && result && (
        <section className="hwf-learn-step" aria-labelledby={`${tryId}-3`}>
          <h3 id={`${tryId}-3`}>{t('learn.page.step3')}</h3>
          <TryIt
            lesson={lesson}
            base={base}
            original={original}
            baseResult={result}
            value={leverValue}
            onChange={moveLever}
            onReached={reached}
            runner={runner}
          />
        </section>
      )}

      {locked && result && (
        <section className="hwf-learn-step hwf-learn-next" aria-labelledby={`${tryId}-4`}>
          <h3 id={`${tryId}-4`}>{t('learn.page.step4')}</h3>
          <p>{t('learn.page.furtherIntro')}</p>
          <div className="hwf-learn-actions">
            <button
              type="button"
              onClick={() =>
                props.onOpenInEditor(lessonDocument(withLever(base, lever, leverValue) ?? base))
              }
            >
              {t('learn.page.openInEditor')}
            </button>
            {props.onNext ? (
              <button type="button" className="hwf-learn-primary" onClick={props.onNext}>
                {t('learn.page.next')}
              </button>
            ) : (
              <button type="button" onClick={props.onList}>
                {t('learn.page.backToList')}
              </button>
            )}
            <ShareLesson id={lesson.id} />
          </div>
        </section>
      )}

      <footer className="hwf-learn-lesson-foot">
        <button type="button" className="hwf-learn-quiet" onClick={props.onRestart}>
          {t('learn.page.restart')}
        </button>
      </footer>
    </article>
  );
}
