/**
 * Population data sets the draft names (being built): loaded on demand, handed to the
 * parser, and resolved for the simulation.
 */
import type { PopulationInline } from '../scenario/types.ts';

export interface DatasetsState {
  /** Loaded data sets by id, for parseScenario's `datasets` option. */
  datasets: Readonly<Record<string, PopulationInline>>;
  /** A data set being loaded, in words, or null. */
  loading: string | null;
}

export function useDatasets(_draft: unknown): DatasetsState {
  return { datasets: EMPTY, loading: null };
}

const EMPTY: Readonly<Record<string, PopulationInline>> = Object.freeze({});
