/**
 * The check against history, kept outside its view so that switching to the projections
 * and back loses nothing: whether a check is running and how far it is, the last check made
 * with what it was made for (its key), and why the last one could not be made. One store per
 * page (`historyCheck`).
 */
import { countryDatasetId } from '../data/population/catalog.ts';
import { useSyncExternalStore } from 'react';
import { prepareBacktest, type PreparedBacktest } from '../../model/backtest/prepare.ts';
import { scorePrepared } from '../../model/backtest/run.ts';
import type { BacktestScore } from '../../model/backtest/score.ts';
import type { ObservedSeriesKey } from '../../model/observed/series.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import { canonicalJson, cyrb53 } from '../engine/scenario-hash.ts';
import type { SimulationRunner } from '../engine/runner.ts';
import {
  densitiesOf,
  loadObservedDensities,
  type ObservedDensities,
} from '../data/workforce/catalog.ts';
import { datasetStore } from '../population/dataset-store.ts';
import { sentence } from './history-words.ts';

/** What a check runs on: the app's runner. */
export type HistoryRunner = Pick<SimulationRunner, 'run'>;

/** What the planner asked: the scenario, the profession, the country's series and the year. */
export interface HistoryRequest {
  scenario: Scenario;
  professionId: string;
  /** ISO alpha-2, upper case. */
  iso2: string;
  series: ObservedSeriesKey;
  from: number;
}

/** A check made, with what it was made for. */
export interface HistoryCheck {
  key: string;
  iso2: string;
  series: ObservedSeriesKey;
  prepared: PreparedBacktest;
  result: HwfResult;
  score: BacktestScore;
}

export interface HistoryState {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  /** Futures run so far of all, while running (null while the data load). */
  progress: { done: number; total: number } | null;
  /** The last check made (kept through a cancelled or failed one). */
  check: HistoryCheck | null;
  /** Why the last check could not be made, and for which request: the model's refusal as a
   *  sentence (`refused`), or why the check failed (`failed`: the view says "The check
   *  failed: …" in the reader's language). */
  problem: string | null;
  problemKind: 'refused' | 'failed' | null;
  problemKey: string | null;
}

/** Where the data come from: the shipped files in the app, stubs in tests. */
export interface HistorySources {
  densities: () => Promise<ObservedDensities>;
  population: (datasetId: string) => Promise<PopulationInline>;
}

let densitiesLoaded: ObservedDensities | null = null;

/** The shipped observed densities, loaded once and then kept for the page's life. */
export function loadDensities(): Promise<ObservedDensities> {
  return loadObservedDensities().then((d) => (densitiesLoaded = d));
}

/** The shipped observed densities when they have been loaded, so that a view coming back
 *  shows its choices at once. */
export const loadedDensities = (): ObservedDensities | null => densitiesLoaded;

const SHIPPED: HistorySources = {
  densities: loadDensities,
  population: (id) => datasetStore.load(id),
};

const IDLE: HistoryState = {
  status: 'idle',
  progress: null,
  check: null,
  problem: null,
  problemKind: null,
  problemKey: null,
};

/** The key of a request: the same key, the same check. */
export function historyKey(r: Omit<HistoryRequest, 'scenario'> & { scenario: Scenario }): string {
  const text = canonicalJson({ ...r.scenario, plan: undefined });
  const scenario = `${cyrb53(text).toString(36)}-${text.length.toString(36)}`;
  return [scenario, r.professionId, r.iso2, r.series, r.from].join('|');
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function abortError(): Error {
  const error = new Error('the check was cancelled');
  error.name = 'AbortError';
  return error;
}

export class HistoryStore {
  private state: HistoryState = IDLE;
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  private run = 0;

  constructor(private readonly sources: HistorySources = SHIPPED) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): HistoryState => this.state;

  private set(next: Partial<HistoryState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** Checks `request` on `runner`; a check under way is cancelled first. */
  async start(runner: HistoryRunner, request: HistoryRequest): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const id = ++this.run;
    const key = historyKey(request);
    const current = () => id === this.run;
    this.set({
      status: 'running',
      progress: null,
      problem: null,
      problemKind: null,
      problemKey: null,
    });
    try {
      const datasetId = countryDatasetId(request.iso2);
      const [data, population] = await Promise.all([
        this.sources.densities(),
        this.sources.population(datasetId),
      ]);
      if (controller.signal.aborted) throw abortError();
      if (!current()) return;
      const prepared = prepareBacktest({
        scenario: request.scenario,
        professionId: request.professionId,
        from: request.from,
        datasetId,
        population,
        observed: densitiesOf(data, request.iso2, request.series),
      });
      if (!prepared.ok) {
        this.set({
          status: 'failed',
          progress: null,
          problem: sentence(prepared.message),
          problemKind: 'refused',
          problemKey: key,
        });
        return;
      }
      const past = prepared.value.scenario;
      const total = past.simulation.runs;
      this.set({ progress: { done: 0, total } });
      const result = await runner.run(
        {
          scenario: past,
          population,
          runs: total,
          seed: past.simulation.seed,
          deterministic: false,
        },
        {
          signal: controller.signal,
          onProgress: (p) => {
            if (current()) this.set({ progress: { done: p.done, total: p.total } });
          },
        },
      );
      if (!current()) return;
      this.set({
        status: 'done',
        progress: null,
        check: {
          key,
          iso2: request.iso2,
          series: request.series,
          prepared: prepared.value,
          result,
          score: scorePrepared(prepared.value, result),
        },
      });
    } catch (error) {
      if (!current()) return;
      if (isAbort(error) || controller.signal.aborted) {
        this.set({ status: 'cancelled', progress: null });
      } else {
        const reason = error instanceof Error ? error.message : String(error);
        this.set({
          status: 'failed',
          progress: null,
          problem: /[.!?]$/.test(reason) ? reason : `${reason}.`,
          problemKind: 'failed',
          problemKey: key,
        });
      }
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  /** Stops the check under way; the check made before stays. */
  cancel(): void {
    this.controller?.abort();
  }
}

/** The page's one check. */
export const historyCheck = new HistoryStore();

/** The state of `store` (the page's check unless said), kept up to date. */
export function useHistoryCheck(store: HistoryStore = historyCheck): HistoryState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
