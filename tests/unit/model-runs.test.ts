/** One rule for how many runs a simulation makes (MODEL.md §2b.11): deterministic is one. */
import { describe, expect, it } from 'vitest';
import { totalRuns, type SimulationRequest } from '../../app/engine/runner.ts';
import { requestKey } from '../../app/engine/scenario-hash.ts';
import { runsOf } from '../../model/projection/runs.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { exampleJson } from '../helpers/scenarios.ts';

function minimal(): Scenario {
  const r = parseScenario(exampleJson('minimal'));
  if (!r.ok) throw new Error(r.errors[0].message);
  return r.scenario;
}

const request = (runs: number, deterministic: boolean): SimulationRequest => ({
  scenario: minimal(),
  runs,
  seed: 7,
  deterministic,
});

describe('runsOf', () => {
  it('is 1 in deterministic mode, else the runs asked for, else the scenario’s', () => {
    const sc = minimal();
    expect(sc.simulation.runs).toBe(1000);
    expect(runsOf(sc, true)).toBe(1);
    expect(runsOf(sc, true, 500)).toBe(1);
    expect(runsOf(sc, false, 500)).toBe(500);
    expect(runsOf(sc, false)).toBe(1000);
  });

  it('the simulation, the app’s runner and its cache all count runs by it', () => {
    const sc = minimal();
    for (const [deterministic, runs] of [
      [true, 40],
      [false, 40],
    ] as const) {
      const want = runsOf(sc, deterministic, runs);
      expect(simulate(sc, { deterministic, runs }).runs).toBe(want);
      expect(totalRuns(request(runs, deterministic))).toBe(want);
    }
    expect(simulate(sc, { deterministic: true }).runs).toBe(runsOf(sc, true));
    // A deterministic result is the same whatever number of runs was asked for: one key.
    expect(requestKey(request(40, true))).toBe(requestKey(request(5000, true)));
    expect(requestKey(request(40, false))).not.toBe(requestKey(request(5000, false)));
  });
});
