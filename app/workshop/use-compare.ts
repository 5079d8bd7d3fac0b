/**
 * Runs the kept scenarios for the comparison with the workshop's own runner (made once, on
 * first need, with the app's `createRunner()`), one after another, and keeps every result
 * by its request key (scenario, population, runs, seed, mode), so a scenario is run once.
 * Each run is exactly the scenario run alone: the same seed gives the same streams.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createRunner } from '../engine/create-runner.ts';
import type { SimulationRequest, SimulationRunner } from '../engine/runner.ts';
import { requestKey } from '../engine/scenario-hash.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { CompareEntry, Snapshot } from './compare.ts';

export type Outcome =
  | { status: 'running' }
  | { status: 'done'; result: HwfResult }
  | { status: 'error'; error: string };

/** Results kept at most (the oldest finished ones go first). */
const KEEP = 24;

/** A queue of runs on one runner, with a cache of their outcomes. */
export class CompareRuns {
  private runner: SimulationRunner | null = null;
  private readonly outcomes = new Map<string, Outcome>();
  private queue: { key: string; request: SimulationRequest }[] = [];
  private controller: AbortController | null = null;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly create: () => SimulationRunner = () => createRunner().runner) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Grows whenever an outcome changes. */
  readonly getVersion = (): number => this.version;

  /** The outcome of `key` (running until known). */
  outcome(key: string): Outcome {
    return this.outcomes.get(key) ?? { status: 'running' };
  }

  /** Asks for the result of `request` (nothing happens when it is known or queued). */
  request(key: string, request: SimulationRequest): void {
    if (this.outcomes.has(key)) return;
    this.outcomes.set(key, { status: 'running' });
    this.queue.push({ key, request });
    this.pump();
  }

  /** Stops the run under way and the runner; later requests start afresh. */
  dispose(): void {
    this.controller?.abort(new DOMException('the workshop closed', 'AbortError'));
    this.controller = null;
    for (const [key, o] of this.outcomes) if (o.status === 'running') this.outcomes.delete(key);
    this.queue = [];
    this.runner?.dispose();
    this.runner = null;
  }

  private pump(): void {
    if (this.controller || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const controller = new AbortController();
    this.controller = controller;
    this.runner ??= this.create();
    let run: Promise<HwfResult>;
    try {
      run = this.runner.run(job.request, { signal: controller.signal });
    } catch (error) {
      run = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    run
      .then(
        (result) => {
          if (!controller.signal.aborted) this.settle(job.key, { status: 'done', result });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const message = error instanceof Error ? error.message : String(error);
          this.settle(job.key, { status: 'error', error: message });
        },
      )
      .finally(() => {
        if (this.controller === controller) {
          this.controller = null;
          this.pump();
        }
      });
  }

  private settle(key: string, outcome: Outcome): void {
    this.outcomes.delete(key);
    this.outcomes.set(key, outcome);
    // Forget the oldest finished results beyond KEEP.
    for (const [k, o] of this.outcomes) {
      if (this.outcomes.size <= KEEP) break;
      if (o.status !== 'running') this.outcomes.delete(k);
    }
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }
}

/** The request of a kept scenario, in the app's mode. */
export function snapshotRequest(
  snapshot: Pick<Snapshot, 'scenario' | 'population'>,
  deterministic: boolean,
): SimulationRequest {
  return {
    scenario: snapshot.scenario,
    population: snapshot.population,
    runs: snapshot.scenario.simulation.runs,
    seed: snapshot.scenario.simulation.seed,
    deterministic,
  };
}

/** A scenario to run, as the comparison and the summit hand it over. */
export type RunItem = Pick<Snapshot, 'scenario' | 'population'>;

/** The outcome of each item (in order) on `runs`; runs start only while `active`. */
export function useRuns(
  runs: CompareRuns,
  items: readonly RunItem[],
  deterministic: boolean,
  active: boolean,
): Outcome[] {
  const version = useSyncExternalStore(runs.subscribe, runs.getVersion, runs.getVersion);
  const requests = useMemo(
    () =>
      items.map((s) => {
        const request = snapshotRequest(s, deterministic);
        return { key: requestKey(request), request };
      }),
    [items, deterministic],
  );
  useEffect(() => {
    if (active) for (const r of requests) runs.request(r.key, r.request);
  }, [runs, requests, active]);
  // `version` grows with every new outcome.
  return useMemo(() => requests.map((r) => runs.outcome(r.key)), [runs, requests, version]);
}

/** The comparison's entries on `runs` (the workshop's, shared with the summit); runs start
 *  only while `active`. */
export function useCompareRuns(
  runs: CompareRuns,
  snapshots: readonly Snapshot[],
  deterministic: boolean,
  active: boolean,
): CompareEntry[] {
  const outcomes = useRuns(runs, snapshots, deterministic, active);
  return useMemo(
    () =>
      snapshots.map((s, i): CompareEntry => {
        const o = outcomes[i];
        return o.status === 'done'
          ? { id: s.id, status: 'done', result: o.result }
          : o.status === 'error'
            ? { id: s.id, status: 'error', error: o.error }
            : { id: s.id, status: 'running' };
      }),
    [snapshots, outcomes],
  );
}
