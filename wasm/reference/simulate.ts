/** Many-run simulation with the reference engine (being written). */
import type { Scenario } from '../../app/scenario/types.ts';
import type { HwfResult } from '../../app/scenario/result.ts';

export interface SimulateOptions {
  /** Overrides scenario.simulation.runs. */
  runs?: number;
  /** Overrides scenario.simulation.seed. */
  seed?: number;
  /** One run, every Dist at its point value, shocks off (MODEL.md §2b.11). */
  deterministic?: boolean;
  /** Called after each chunk of runs. */
  onProgress?: (done: number, total: number) => void;
}

export function simulate(_scenario: Scenario, _options: SimulateOptions = {}): HwfResult {
  throw new Error('not implemented yet');
}
