/**
 * The Plan view's search, kept outside the view so that switching to the projections and
 * back loses nothing: whether a search is running and how far it is, and the last plan
 * found with the scenario it was found for. A plan belongs to one version of the scenario
 * (its key, below): a changed scenario shows it as "for an earlier version"; the scenario
 * with the plan applied is the plan's own version. One store per page (`planSearch`).
 */
import { useSyncExternalStore } from 'react';
import type { HwfResult } from '../../model/result/result.ts';
import type { PlanSpec } from '../../model/plan/types.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import { canonicalJson, cyrb53 } from '../engine/scenario-hash.ts';
import { runPlanSearch, type PlanRun } from '../engine/plan-search.ts';
import type { SimulationRunner } from '../engine/runner.ts';

/** What the search runs on: the app's runner. */
export type PlanRunner = Pick<SimulationRunner, 'run' | 'evaluateCandidates'>;

/** A plan found, with what it was found for. */
export interface FoundPlan extends PlanRun {
  spec: PlanSpec;
  /** The working scenario searched (with its plan question). */
  searched: Scenario;
  /** Keys of the searched scenario and of the scenario with the plan applied. */
  key: string;
  plannedKey: string;
  /** The searched scenario's own result (the shortage before the plan), when known. */
  before: HwfResult | null;
}

export interface PlanSearchState {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  /** Candidates evaluated and about how many there will be, while running. */
  progress: { done: number; about: number } | null;
  /** The last plan found (kept through a cancelled or failed search). */
  found: FoundPlan | null;
  /** Why the last search failed, in words. */
  problem: string | null;
}

const IDLE: PlanSearchState = { status: 'idle', progress: null, found: null, problem: null };

/** The key of a version of a scenario: everything but the plan question (which the
 *  parser may not carry yet; the view compares the question itself). */
export function scenarioKey(s: Scenario): string {
  const text = canonicalJson({ ...s, plan: undefined });
  return `${cyrb53(text).toString(36)}-${text.length.toString(36)}`;
}

/** The key of a plan question. */
export function specKey(spec: PlanSpec | null | undefined): string {
  return spec ? canonicalJson(spec) : '';
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export class PlanSearchStore {
  private state: PlanSearchState = IDLE;
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  private run = 0;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PlanSearchState => this.state;

  private set(next: Partial<PlanSearchState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** Searches `scenario` with the question `spec` on `runner`; a search under way is
   *  cancelled first. `before` is the scenario's own result, when it is on screen. */
  async start(
    runner: PlanRunner,
    request: { scenario: Scenario; spec: PlanSpec; population?: PopulationInline },
    before: HwfResult | null = null,
  ): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const id = ++this.run;
    const searched: Scenario = { ...request.scenario, plan: request.spec };
    this.set({ status: 'running', progress: { done: 0, about: 0 }, problem: null });
    try {
      const out = await runPlanSearch(
        runner,
        { scenario: searched, population: request.population },
        {
          signal: controller.signal,
          onProgress: (done, about) => {
            if (id === this.run) this.set({ progress: { done, about: Math.max(done, about) } });
          },
        },
      );
      if (id !== this.run) return;
      this.set({
        status: 'done',
        progress: null,
        found: {
          ...out,
          spec: request.spec,
          searched,
          key: scenarioKey(searched),
          plannedKey: scenarioKey(out.scenario),
          before,
        },
      });
    } catch (error) {
      if (id !== this.run) return;
      if (isAbort(error)) this.set({ status: 'cancelled', progress: null });
      else {
        const reason = error instanceof Error ? error.message : String(error);
        this.set({ status: 'failed', progress: null, problem: reason });
      }
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  /** Stops the search under way; the plan found before stays. */
  cancel(): void {
    this.controller?.abort();
  }

  /** Records the searched scenario's own result, once it is on screen. */
  setBefore(result: HwfResult): void {
    const found = this.state.found;
    if (found && found.before === null) this.set({ found: { ...found, before: result } });
  }
}

/** The page's one search. */
export const planSearch = new PlanSearchStore();

/** The state of `store` (the page's search unless said), kept up to date. */
export function usePlanSearch(store: PlanSearchStore = planSearch): PlanSearchState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
