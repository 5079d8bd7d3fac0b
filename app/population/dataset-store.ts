/**
 * The shipped population data sets the page has loaded, kept for the page's life. One
 * store serves the whole app: `useDatasets` (what the parser and the simulation get) and
 * the population control (its pyramid and "Start from a country") read the same data sets,
 * so each file is fetched once.
 *
 * Each data set is a separate chunk, fetched the first time it is asked for. Once fetched,
 * the browser's HTTP cache keeps the file, so a data set used before loads without a
 * network on a later visit as long as that cache holds it (there is no service worker).
 */
import { datasetInfo, loadDataset } from '../data/population/catalog.ts';
import type { LoadedDataset } from '../data/population/catalog.ts';
import { toPopulationInline } from '../data/population/read-dataset.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

/** What the store holds at one moment. A new object on every change. */
export interface DatasetSnapshot {
  /** Loaded data sets by id (numbers only, for the parser). A new object only when a data
   *  set is added, so the parse that depends on it is not repeated for nothing. */
  datasets: Readonly<Record<string, PopulationInline>>;
  /** Ids being fetched. */
  pending: ReadonlySet<string>;
  /** Why a data set could not be loaded, by id (cleared when it is tried again): the
   *  planner's message in English. Shown in the reader's language as
   *  `loadFailedText(id, reasons[id], t)`. */
  failed: Readonly<Record<string, string>>;
  /** The same failures in the error's own words ("offline"), by id; absent in snapshots
   *  made elsewhere. */
  reasons?: Readonly<Record<string, string>>;
}

export interface DatasetStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => DatasetSnapshot;
  /** Starts loading `id` unless it is loaded or being loaded (a failed one is retried). */
  request: (id: string) => void;
  /** The data set `id`, loaded if need be; rejects with the planner's message on failure. */
  load: (id: string) => Promise<PopulationInline>;
}

type Loader = (id: string) => Promise<LoadedDataset | PopulationInline>;

/** "Loading the population of Italy…", in the language of `t`. */
export function loadingText(id: string, t: Translate = englishT): string {
  return t('population.loading', { country: datasetInfo(id)?.country ?? id });
}

/** The error's own words. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The planner's message for a data set that could not be loaded (`error`: the error, or
 *  its words), in the language of `t`. */
export function loadFailedText(id: string, error: unknown, t: Translate = englishT): string {
  const country = datasetInfo(id)?.country ?? id;
  return t('population.loadFailed', { country, why: reasonOf(error) });
}

/** Why data set `id` could not be loaded, in the language of `t`; undefined when it has not
 *  failed. */
export function failureText(
  snapshot: DatasetSnapshot,
  id: string,
  t: Translate = englishT,
): string | undefined {
  const message = snapshot.failed[id];
  if (message === undefined) return undefined;
  const reason = snapshot.reasons?.[id];
  return reason === undefined ? message : loadFailedText(id, reason, t);
}

const NONE: Readonly<Record<string, PopulationInline>> = Object.freeze({});

/** A store that loads through `loader` (loadDataset in the app; a stub in tests). */
export function createDatasetStore(loader: Loader = loadDataset): DatasetStore {
  let snapshot: DatasetSnapshot = {
    datasets: NONE,
    pending: new Set(),
    failed: Object.freeze({}),
    reasons: Object.freeze({}),
  };
  const listeners = new Set<() => void>();
  const inFlight = new Map<string, Promise<PopulationInline>>();

  const publish = (next: DatasetSnapshot) => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  const withoutId = <T>(record: Readonly<Record<string, T>>, id: string) => {
    const rest = { ...record };
    delete rest[id];
    return Object.freeze(rest);
  };

  const load = (id: string): Promise<PopulationInline> => {
    if (Object.prototype.hasOwnProperty.call(snapshot.datasets, id)) {
      return Promise.resolve(snapshot.datasets[id]);
    }
    const running = inFlight.get(id);
    if (running) return running;
    const pending = new Set(snapshot.pending).add(id);
    publish({
      ...snapshot,
      pending,
      failed: withoutId(snapshot.failed, id),
      reasons: withoutId(snapshot.reasons ?? {}, id),
    });
    const done = (change: Partial<DatasetSnapshot>) => {
      inFlight.delete(id);
      const rest = new Set(snapshot.pending);
      rest.delete(id);
      publish({ ...snapshot, ...change, pending: rest });
    };
    const promise = Promise.resolve()
      .then(() => loader(id))
      .then(
        (data) => {
          // Only the numbers: the catalog entry stays in the catalog.
          const numbers = Object.freeze(toPopulationInline(data));
          done({ datasets: Object.freeze({ ...snapshot.datasets, [id]: numbers }) });
          return numbers;
        },
        (error: unknown) => {
          const message = loadFailedText(id, error);
          done({
            failed: Object.freeze({ ...snapshot.failed, [id]: message }),
            reasons: Object.freeze({ ...snapshot.reasons, [id]: reasonOf(error) }),
          });
          throw new Error(message, { cause: error });
        },
      );
    inFlight.set(id, promise);
    return promise;
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    request: (id) => {
      load(id).catch(() => undefined); // the failure is in the snapshot
    },
    load,
  };
}

/** The page's store. */
export const datasetStore: DatasetStore = createDatasetStore();
