/**
 * The app's one simulation: a runner (worker pool, or this thread as a fallback) behind a
 * latest-wins scheduler. Every valid scenario is submitted; the shown result is the latest
 * finished one, or the latest progressive one while a run is under way, so the charts
 * never flash empty between runs.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { createRunner } from '../engine/create-runner.ts';
import { SimulationScheduler, type SchedulerState } from '../engine/scheduler.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';

export interface SimulationView {
  /** The result to show: finished, or the latest progressive one, or the last shown. */
  result: HwfResult | null;
  /** True while a run for the latest scenario is under way. */
  running: boolean;
  progress: { done: number; total: number } | null;
  /** A failure of the latest run, in words. */
  error: string | null;
  /** Shown when the simulation runs in a slower way (no workers, no WebAssembly). */
  notice: string | null;
  /** The scenario the shown result belongs to. */
  resultScenario: Scenario | null;
}

/** Keeps one runner and scheduler for the page's lifetime. */
function useScheduler() {
  const ref = useRef<{
    scheduler: SimulationScheduler;
    notice: string | null;
    dispose(): void;
  } | null>(null);
  if (!ref.current) {
    const { runner, notice } = createRunner();
    const scheduler = new SimulationScheduler(runner, { startDelayMs: 30 });
    ref.current = {
      scheduler,
      notice,
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
  const { scheduler } = handle;
  const state: SchedulerState = useSyncExternalStore(scheduler.subscribe, scheduler.getState);
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
    progress: state.status === 'running' ? (state.progress ?? null) : null,
    error: state.status === 'error' ? (state.error?.message ?? 'the simulation failed') : null,
    notice: handle.notice,
  };
}
