/**
 * The Plan view's search state (app/plan/plan-store.ts) on a runner that answers at once:
 * progress while it runs, the plan found with the keys of its scenario, a second search
 * cancelled midway keeps the first plan, a new search replaces one under way, a scenario
 * without costs fails with the reason in words; the key of a scenario ignores its plan
 * question and changes with anything else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CandidateEvaluation, PlanSpec } from '../../model/plan/types.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { PlanSearchStore, scenarioKey, type PlanRunner } from '../../app/plan/plan-store.ts';

const doc = JSON.parse(
  readFileSync(new URL('../../app/data/examples/exampleland-costs.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const parsed = parseScenario(doc);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const scenario: Scenario = parsed.scenario;

/** One lever (recruitment from abroad, 0–400 in steps of 50): risk falls as it grows. */
const SPEC: PlanSpec = {
  levers: [{ policy: 2, min: 0, max: 400, step: 50 }],
  target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.2 },
  objective: 'presentValue',
};

const pv = { mean: 1e9, p5: 9e8, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 1.1e9 };

/** A runner whose batches wait for `gate` (when given) before answering. */
function runner(gate?: () => Promise<void>): PlanRunner & { batches: number } {
  const r = {
    batches: 0,
    async evaluateCandidates(
      _req: unknown,
      candidates: readonly number[][],
      o?: { signal?: AbortSignal },
    ) {
      r.batches++;
      if (gate) await gate();
      if (o?.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      return candidates.map(([v]): CandidateEvaluation => ({
        levers: [v],
        presentValue: 1e9 + v * 1e6,
        worstShortageProbability: Math.max(0, 0.5 - v / 500),
        worstYear: 2032,
      }));
    },
    run: () =>
      Promise.resolve({
        cost: { presentValue: pv },
        years: [],
        professions: [],
      } as unknown as HwfResult),
  };
  return r;
}

describe('the Plan view’s search state', () => {
  it('reports progress, then the plan with its scenario’s keys', async () => {
    const store = new PlanSearchStore();
    const seen: string[] = [];
    store.subscribe(() => {
      const s = store.getState();
      seen.push(`${s.status}${s.progress ? ` ${s.progress.done}/${s.progress.about}` : ''}`);
    });
    await store.start(runner(), { scenario, spec: SPEC });
    const state = store.getState();
    expect(state.status).toBe('done');
    expect(seen[0]).toBe('running 0/0');
    expect(seen.some((s) => /^running [1-9]\d*\/\d+$/.test(s))).toBe(true);
    const found = state.found!;
    expect(found.plan.feasible).toBe(true);
    expect(found.plan.levers).toEqual([{ policy: 2, value: 150 }]);
    expect(found.scenario.policies[2].value).toBe(150);
    expect(found.key).toBe(scenarioKey(scenario));
    expect(found.plannedKey).toBe(scenarioKey(found.scenario));
    expect(found.plannedKey).not.toBe(found.key);
    expect(found.before).toBeNull();
  });

  it('keeps the plan found when a second search is cancelled midway', async () => {
    const store = new PlanSearchStore();
    await store.start(runner(), { scenario, spec: SPEC });
    const first = store.getState().found;
    let release: () => void = () => undefined;
    const slow = runner(() => new Promise<void>((r) => (release = r)));
    const second = store.start(slow, { scenario, spec: SPEC });
    expect(store.getState().status).toBe('running');
    store.cancel();
    release();
    await second;
    expect(store.getState().status).toBe('cancelled');
    expect(store.getState().found).toBe(first);
  });

  it('replaces a search under way by a new one', async () => {
    const store = new PlanSearchStore();
    let release: () => void = () => undefined;
    const slow = runner(() => new Promise<void>((r) => (release = r)));
    const first = store.start(slow, { scenario, spec: SPEC });
    const second = store.start(runner(), {
      scenario,
      spec: { ...SPEC, target: { ...SPEC.target, maxShortageProbability: 0.1 } },
    });
    release();
    await Promise.all([first, second]);
    expect(store.getState().status).toBe('done');
    expect(store.getState().found?.plan.levers).toEqual([{ policy: 2, value: 200 }]);
  });

  it('fails with the reason in words for a scenario without costs', async () => {
    const store = new PlanSearchStore();
    await store.start(runner(), { scenario: { ...scenario, costs: undefined }, spec: SPEC });
    expect(store.getState().status).toBe('failed');
    expect(store.getState().problem).toMatch(/costs/);
  });

  it('records the scenario’s own result once, for the shortage before the plan', async () => {
    const store = new PlanSearchStore();
    await store.start(runner(), { scenario, spec: SPEC });
    const a = { runs: 1 } as unknown as HwfResult;
    store.setBefore(a);
    store.setBefore({ runs: 2 } as unknown as HwfResult);
    expect(store.getState().found?.before).toBe(a);
  });

  it('keys a version of the scenario by everything but its plan question', () => {
    expect(scenarioKey({ ...scenario, plan: SPEC })).toBe(scenarioKey(scenario));
    const changed = { ...scenario, simulation: { ...scenario.simulation, runs: 100 } };
    expect(scenarioKey(changed)).not.toBe(scenarioKey(scenario));
  });
});
