/**
 * The app's one simulation: a runner (worker pool, or this thread as a fallback) behind a
 * latest-wins scheduler. Every valid scenario is submitted; the shown result is the latest
 * finished one, or the latest progressive one while a run is under way, so the charts
 * never flash empty between runs.
 *
 * Progress is not part of the view: a long run reports it hundreds of times, and each
 * report would re-render the whole screen (the editor with it). The view changes only when
 * a result, the state of the run or the notice changes; `progress` is a source that the
 * progress bar subscribes to by itself.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { createRunner, type AdaptiveRunner } from '../engine/create-runner.ts';
import { SimulationScheduler, type SchedulerState } from '../engine/scheduler.ts';
import type { ProgressSource } from '../results/progress-bar.tsx';
import type { HwfResult } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';

export interface SimulationView {
  /** The result to show: finished, or the latest progressive one, or the last shown. */
  result: HwfResult | null;
  /** True while a run for the latest scenario is under way. */
  running: boolean;
  /** Runs done of the run under way, for the progress bar (subscribe to read it). */
  progress: ProgressSource;
  /** A failure of the latest run, in words. */
  error: string | null;
  /** Shown when the simulation runs in a slower way (in this page instead of in workers,
   *  or with the built-in engine instead of the WebAssembly core). */
  notice: string | null;
  /** The scenario the shown result belongs to. */
  resultScenario: Scenario | null;
  /** The runner the simulation uses (the least-cost plan search runs on it too). */
  runner: AdaptiveRunner;
}

/** The parts of the scheduler's state the screen shows, without the progress. */
interface ShownState {
  status: SchedulerState['status'];
  request: SchedulerState['request'];
  result: SchedulerState['result'];
  partial: SchedulerState['partial'];
  error: SchedulerState['error'];
}

function sameShown(a: ShownState, b: SchedulerState): boolean {
  return (
    a.status === b.status &&
    a.request === b.request &&
    a.result === b.result &&
    a.partial === b.partial &&
    a.error === b.error
  );
}

/** The scheduler's state without its progress: a new object only when something shown
 *  changes, so `useSyncExternalStore` skips the renders a progress report would cause. */
export function shownStateOf(scheduler: SimulationScheduler): () => ShownState {
  let shown: ShownState | null = null;
  return () => {
    const s = scheduler.getState();
    if (!shown || !sameShown(shown, s)) {
      shown = {
        status: s.status,
        request: s.request,
        result: s.result,
        partial: s.partial,
        error: s.error,
      };
    }
    return shown;
  };
}

/** The progress of the scheduler's run under way, as a source for the progress bar. */
export function progressOf(scheduler: SimulationScheduler): ProgressSource {
  return {
    subscribe: scheduler.subscribe,
    getSnapshot: () => {
      const s = scheduler.getState();
      return s.status === 'running' ? (s.progress ?? null) : null;
    },
  };
}

interface Handle {
  scheduler: SimulationScheduler;
  runner: AdaptiveRunner;
  shown: () => ShownState;
  progress: ProgressSource;
  dispose(): void;
}

/** Keeps one runner and scheduler for the page's lifetime. */
function useScheduler(): Handle {
  const ref = useRef<Handle | null>(null);
  if (!ref.current) {
    const { runner } = createRunner();
    const scheduler = new SimulationScheduler(runner, { startDelayMs: 30 });
    ref.current = {
      scheduler,
      runner,
      shown: shownStateOf(scheduler),
      progress: progressOf(scheduler),
      dispose() {
        scheduler.dispose();
        runner.dispose();
      },
    };
  }
  return ref.current;
}

export function useSimulation(
  scenario: Scenario | null,
  deterministic: boolean,
  population?: PopulationInline,
): SimulationView {
  const handle = useScheduler();
  const { t } = useFormats();
  const { scheduler, runner } = handle;
  const state = useSyncExternalStore(scheduler.subscribe, handle.shown);
  const notice = useSyncExternalStore(runner.subscribe, () => runner.notice);
  const shown = useRef<{ result: HwfResult; scenario: Scenario } | null>(null);

  useEffect(() => {
    if (!scenario) return;
    scheduler.submit({
      scenario,
      population,
      runs: scenario.simulation.runs,
      seed: scenario.simulation.seed,
      deterministic,
    });
  }, [scheduler, scenario, deterministic, population]);

  const latest = state.result ?? state.partial;
  if (latest && state.request) shown.current = { result: latest, scenario: state.request.scenario };

  return {
    result: shown.current?.result ?? null,
    resultScenario: shown.current?.scenario ?? null,
    running: state.status === 'running',
    progress: handle.progress,
    error:
      state.status === 'error' ? (state.error?.message ?? t('editor.simulation.failed')) : null,
    notice,
    runner,
  };
}
