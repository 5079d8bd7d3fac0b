/**
 * Population data sets the draft names: loaded on demand, handed to the parser, and
 * resolved for the simulation. Loaded data sets stay for the page's life (see
 * dataset-store.ts), and the browser's cache keeps their files for later visits.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { datasetInfo } from '../data/population/catalog.ts';
import { englishT, type Translate } from '../i18n/translate.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { datasetStore, failureText, loadingText } from './dataset-store.ts';
import type { DatasetSnapshot, DatasetStore } from './dataset-store.ts';

export interface DatasetsState {
  /** Loaded data sets by id, for parseScenario's `datasets` option. The same object until
   *  a data set is added. */
  datasets: Readonly<Record<string, PopulationInline>>;
  /** A data set being loaded, in words ("Loading the population of Italy…"), or null. */
  loading: string | null;
  /** Why the data set the draft names could not be loaded, in words; absent otherwise. */
  error?: string;
}

/** The shipped data set the draft names (`population.dataset`), if it is a known id. */
export function namedDataset(draft: unknown): string | undefined {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return undefined;
  const population = (draft as Record<string, unknown>).population;
  if (typeof population !== 'object' || population === null) return undefined;
  const id = (population as Record<string, unknown>).dataset;
  return typeof id === 'string' && datasetInfo(id) !== undefined ? id : undefined;
}

/** What {@link useDatasets} returns for the data set `id` in `snapshot`, its words in the
 *  language of `t`. */
export function datasetsState(
  snapshot: DatasetSnapshot,
  id: string | undefined,
  t: Translate = englishT,
): DatasetsState {
  const { datasets } = snapshot;
  if (id === undefined || Object.prototype.hasOwnProperty.call(datasets, id)) {
    return { datasets, loading: null };
  }
  const error = failureText(snapshot, id, t);
  // Until the load starts (in an effect) it is as good as started.
  if (error !== undefined && !snapshot.pending.has(id)) return { datasets, loading: null, error };
  return { datasets, loading: loadingText(id, t) };
}

/** The store's snapshot, kept up to date. */
export function useDatasetSnapshot(store: DatasetStore = datasetStore): DatasetSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Loads the data set the draft names and returns the loaded ones. */
export function useDatasets(draft: unknown, store: DatasetStore = datasetStore): DatasetsState {
  const snapshot = useDatasetSnapshot(store);
  const { t } = useFormats();
  const id = namedDataset(draft);
  useEffect(() => {
    // Once per id named: a data set that failed is tried again when the draft names it
    // anew (or from the control's "Try again"), not in a loop.
    if (id !== undefined) store.request(id);
  }, [id, store]);
  return datasetsState(snapshot, id, t);
}
