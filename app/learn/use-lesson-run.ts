/**
 * One simulation of a lesson at a time, on the app's runner: a new run cancels the one
 * under way (its AbortController), so the latest wins and an older result never lands
 * after a newer one. A run can wait a moment first (`delay`), so a lever dragged across
 * its range runs once it rests. Leaving the page cancels what is running.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HwfResult } from '../../model/result/result.ts';
import type { SimulationRunner } from '../engine/runner.ts';
import { useT } from '../i18n/language-root.tsx';
import { checkScenario, runRequest } from './learn-state.ts';

export type LessonRunner = Pick<SimulationRunner, 'run'>;

export interface LessonRun<T> {
  status: 'idle' | 'waiting' | 'running' | 'done' | 'failed';
  /** The latest finished result, and the tag of what it was run for. */
  result: HwfResult | null;
  tag: T | null;
  /** Runs done of the run under way. */
  done: number;
  total: number;
  /** Why the last run failed, in words. */
  problem: string | null;
}

/** Why a run failed: the scenario has a problem, or the simulation failed (with the
 *  checker's or the runner's words). */
type Failure = { kind: 'scenario' | 'simulation'; detail: string };

/** Runs lesson scenarios on `runner`; `start(document, tag, delay)` runs one (latest wins). */
export function useLessonRun<T>(runner: LessonRunner) {
  const t = useT();
  const [state, setState] = useState<Omit<LessonRun<T>, 'problem'> & { problem: Failure | null }>({
    status: 'idle',
    result: null,
    tag: null,
    done: 0,
    total: 0,
    problem: null,
  });
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stop = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    controller.current?.abort();
    controller.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    (document: unknown, tag: T, delay = 0) => {
      stop();
      const checked = checkScenario(document, t);
      if (!checked.ok) {
        setState((s) => ({
          ...s,
          status: 'failed',
          problem: { kind: 'scenario', detail: checked.message },
        }));
        return;
      }
      const own = new AbortController();
      controller.current = own;
      const go = () => {
        timer.current = null;
        const request = runRequest(checked.scenario);
        setState((s) => ({ ...s, status: 'running', done: 0, total: request.runs }));
        runner
          .run(request, {
            signal: own.signal,
            onProgress: (p) => {
              if (!own.signal.aborted) setState((s) => ({ ...s, done: p.done, total: p.total }));
            },
          })
          .then(
            (result) => {
              if (own.signal.aborted) return;
              controller.current = null;
              setState({ status: 'done', result, tag, done: 0, total: 0, problem: null });
            },
            (error: unknown) => {
              if (own.signal.aborted) return;
              controller.current = null;
              const reason = error instanceof Error ? error.message : String(error);
              setState((s) => ({
                ...s,
                status: 'failed',
                problem: { kind: 'simulation', detail: reason.replace(/[.!?]?$/, '.') },
              }));
            },
          );
      };
      if (delay > 0) {
        setState((s) => ({ ...s, status: 'waiting' }));
        timer.current = setTimeout(go, delay);
      } else go();
    },
    [runner, stop, t],
  );

  const { problem } = state;
  const words =
    problem === null
      ? null
      : problem.kind === 'scenario'
        ? t('learn.run.scenarioProblem', { problem: problem.detail })
        : t('learn.run.failed', { reason: problem.detail });
  return { ...state, problem: words, start, stop };
}
