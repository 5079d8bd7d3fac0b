/**
 * How many runs a simulation makes (MODEL.md §2b.11 and §3): deterministic mode is exactly
 * one run at the point values, whatever number of runs was asked for.
 */
import type { Scenario } from '../scenario/types.ts';

/** The number of runs: 1 in deterministic mode, else `runs` when given, else the
 *  scenario's own `simulation.runs`. */
export function runsOf(scenario: Scenario, deterministic: boolean, runs?: number): number {
  return deterministic ? 1 : (runs ?? scenario.simulation.runs);
}
