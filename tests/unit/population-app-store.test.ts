/** The page's population data sets: loaded on demand, once, kept; failures in words. */
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../app/data/population/catalog.ts';
import {
  createDatasetStore,
  loadFailedText,
  loadingText,
} from '../../app/population/dataset-store.ts';
import { datasetsState, namedDataset } from '../../app/population/use-datasets.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import { exampleJson } from '../helpers/scenarios.ts';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the data set store', () => {
  it('loads a data set once, keeps it, and changes the map only when one is added', async () => {
    const loader = vi.fn(loadDataset);
    const store = createDatasetStore(loader);
    const empty = store.getSnapshot().datasets;
    const seen: unknown[] = [];
    const stop = store.subscribe(() => seen.push(store.getSnapshot()));

    store.request('wpp2019-it');
    store.request('wpp2019-it');
    expect(store.getSnapshot().pending.has('wpp2019-it')).toBe(true);
    expect(store.getSnapshot().datasets).toBe(empty);
    const italy = await store.load('wpp2019-it');
    expect(loader).toHaveBeenCalledTimes(1);

    const after = store.getSnapshot();
    expect(after.pending.size).toBe(0);
    expect(after.datasets).not.toBe(empty);
    expect(Object.keys(after.datasets)).toEqual(['wpp2019-it']);
    expect(after.datasets['wpp2019-it']).toBe(italy);
    // Numbers only: no catalog entry in what the parser gets.
    expect(Object.keys(italy).sort()).toEqual(['ages', 'female', 'male', 'years']);

    // Asking again changes nothing.
    expect(await store.load('wpp2019-it')).toBe(italy);
    store.request('wpp2019-it');
    expect(store.getSnapshot()).toBe(after);
    expect(loader).toHaveBeenCalledTimes(1);

    await store.load('wpp2019-mt');
    expect(Object.keys(store.getSnapshot().datasets)).toEqual(['wpp2019-it', 'wpp2019-mt']);
    expect(store.getSnapshot().datasets['wpp2019-it']).toBe(italy);
    expect(seen.length).toBe(4); // pending and done, twice
    stop();
  });

  it('reports a failed load in words, and loads on a later try', async () => {
    let attempt = deferred<Awaited<ReturnType<typeof loadDataset>>>();
    const store = createDatasetStore(() => attempt.promise);
    store.request('wpp2019-pt');
    attempt.reject(new TypeError('Failed to fetch dynamically imported module'));
    await expect(store.load('wpp2019-pt')).rejects.toThrow(/The population of Portugal/);
    const failed = store.getSnapshot();
    expect(failed.pending.size).toBe(0);
    expect(failed.failed['wpp2019-pt']).toBe(
      'The population of Portugal could not be loaded (Failed to fetch dynamically imported ' +
        'module). Check the connection and try again.',
    );
    expect(datasetsState(failed, 'wpp2019-pt')).toEqual({
      datasets: failed.datasets,
      loading: null,
      error: failed.failed['wpp2019-pt'],
    });

    attempt = deferred();
    store.request('wpp2019-pt');
    expect(store.getSnapshot().failed).toEqual({});
    expect(datasetsState(store.getSnapshot(), 'wpp2019-pt').loading).toBe(
      'Loading the population of Portugal…',
    );
    attempt.resolve(await loadDataset('wpp2019-pt'));
    await store.load('wpp2019-pt');
    expect(datasetsState(store.getSnapshot(), 'wpp2019-pt')).toEqual({
      datasets: store.getSnapshot().datasets,
      loading: null,
    });
  });

  it('words loading and failure with the country', () => {
    expect(loadingText('wpp2019-it')).toBe('Loading the population of Italy…');
    expect(loadFailedText('wpp2019-mt', new Error('offline'))).toMatch(
      /^The population of Malta could not be loaded \(offline\)\./,
    );
  });
});

describe('what useDatasets returns', () => {
  it('names a known data set of the draft only', () => {
    expect(namedDataset({ population: { dataset: 'wpp2019-se' } })).toBe('wpp2019-se');
    expect(namedDataset({ population: { dataset: 'wpp2019-fr' } })).toBeUndefined();
    expect(namedDataset({ population: { dataset: 3 } })).toBeUndefined();
    expect(namedDataset({ population: { ages: {}, years: [] } })).toBeUndefined();
    expect(namedDataset({})).toBeUndefined();
    expect(namedDataset(null)).toBeUndefined();
    expect(namedDataset('text')).toBeUndefined();
  });

  it('says "Loading the population of Italy…" until it is there (even before the load starts)', () => {
    const store = createDatasetStore(loadDataset);
    const state = datasetsState(store.getSnapshot(), 'wpp2019-it');
    expect(state).toEqual({
      datasets: store.getSnapshot().datasets,
      loading: 'Loading the population of Italy…',
    });
    expect(datasetsState(store.getSnapshot(), undefined).loading).toBeNull();
  });

  it('gives the parser and resolvePopulation what they need', async () => {
    const store = createDatasetStore(loadDataset);
    const doc = {
      ...(exampleJson('exampleland') as object),
      population: { dataset: 'wpp2019-it' },
    };
    expect(parseScenario(doc, { datasets: store.getSnapshot().datasets }).ok).toBe(false);
    await store.load('wpp2019-it');
    const { datasets } = datasetsState(store.getSnapshot(), namedDataset(doc));
    const r = parseScenario(doc, { datasets });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
    expect(resolvePopulation(r.scenario.population, datasets)).toBe(datasets['wpp2019-it']);
  });
});
