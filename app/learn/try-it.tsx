/**
 * Step 3 of a lesson, "Try it yourself": one lever of the lesson's scenario as a slider
 * (or typed), the changed scenario run once the lever rests (the newest position wins, an
 * older run is cancelled), how far its result is from the goal in words, and a clear
 * "Goal reached" when it gets there. Once the lever has moved, the chart of the changed
 * scenario shows below (the lesson's own is the one above).
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import type { HwfResult } from '../../model/result/result.ts';
import { useFormats } from '../charts/formats-context.ts';
import type { Lesson } from './lesson-types.ts';
import {
  goalSafely,
  goalWordsSafely,
  lessonText,
  marksSafely,
  runningWords,
  withLever,
} from './learn-state.ts';
import { LessonChartView } from './lesson-chart.tsx';
import { RangeEntry } from './range-entry.tsx';
import { useLessonRun, type LessonRunner } from './use-lesson-run.ts';

/** How long the lever rests before the changed scenario runs. */
export const LEVER_PAUSE_MS = 300;

export interface TryItProps {
  lesson: Lesson;
  /** The lesson's scenario as it comes (the lever at `original`). */
  base: unknown;
  /** The lever's value in `base`, whose result is `baseResult`. */
  original: number;
  baseResult: HwfResult;
  value: number;
  onChange: (value: number) => void;
  /** Called when a result of the changed scenario reaches the goal. */
  onReached: () => void;
  runner: LessonRunner;
}

export function TryIt(props: TryItProps) {
  const { lesson, base, original, baseResult, value, onChange, onReached, runner } = props;
  const { lever } = lesson.tryIt;
  const f = useFormats();
  const { t } = f;
  const run = useLessonRun<number>(runner);
  const { start, stop } = run;
  const first = useRef(true);

  useEffect(() => {
    const immediately = first.current;
    first.current = false;
    if (value === original) {
      stop();
      return;
    }
    start(withLever(base, lever, value), value, immediately ? 0 : LEVER_PAUSE_MS);
  }, [value, original, base, lever, start, stop]);

  // The result shown: the lesson's own at the original value, else the newest run's.
  const shown: { result: HwfResult; value: number } | null =
    value === original
      ? { result: baseResult, value: original }
      : run.result && run.tag !== null
        ? { result: run.result, value: run.tag }
        : null;
  const current = shown !== null && shown.value === value;
  const pending = !current && run.status !== 'failed';
  const reached = current && goalSafely(lesson, shown.result);

  const reachedNow = useEffectEvent(onReached);
  useEffect(() => {
    if (reached) reachedNow();
  }, [reached, value]);

  const state =
    run.status === 'failed' && !current
      ? 'failed'
      : pending
        ? 'running'
        : reached
          ? 'reached'
          : 'not-yet';
  return (
    <div className="hwf-learn-tryit">
      <p className="hwf-learn-task">{lessonText(lesson.tryIt.task, f)}</p>
      <RangeEntry
        className="hwf-learn-lever"
        label={lessonText(lever.label, f)}
        unit={lever.unit}
        min={lever.min}
        max={lever.max}
        step={lever.step}
        value={value}
        snapTyped
        onChange={onChange}
      />
      <div
        className={`hwf-learn-goal hwf-learn-goal-${state}`}
        role="status"
        data-state={state}
        data-value={shown?.value}
      >
        {state === 'failed' ? (
          <p>{run.problem}</p>
        ) : state === 'running' ? (
          <p>{runningWords(run.done, run.total, t)}</p>
        ) : (
          <>
            <p className="hwf-learn-goal-verdict">
              {reached ? (
                <>
                  <span aria-hidden="true">✓ </span>
                  {t('learn.tryIt.reached')}
                </>
              ) : (
                t('learn.tryIt.notYet')
              )}
            </p>
            {shown && <p>{goalWordsSafely(lesson, shown.result, f)}</p>}
          </>
        )}
      </div>
      {shown && shown.value !== original && (
        <div className={current ? undefined : 'hwf-learn-stale'} aria-busy={!current}>
          <LessonChartView
            chart={lesson.chart}
            result={shown.result}
            marks={marksSafely(lesson, shown.result, f)}
            changed
            scenario={base}
          />
        </div>
      )}
    </div>
  );
}
