/**
 * The lessons' progress (app/learn/progress.ts): records read back are checked, the status
 * of a lesson in the list, and the store over a backend — what a second page reads after a
 * reload, the page's changes winning over a slow first read, writes in order, and storage
 * that fails (cannot open, cannot read, cannot write): the lessons go on in the page and
 * the notice comes once. IndexedDB itself is exercised in the browser (tests/e2e/learn).
 */
import { describe, expect, it } from 'vitest';
import {
  NO_PROGRESS,
  NOT_KEPT,
  PROGRESS_DB,
  ProgressStore,
  readProgress,
  statusOf,
  type LessonProgress,
  type ProgressBackend,
} from '../../app/learn/progress.ts';
import { DB_NAME } from '../../app/library/schema.ts';

/** A backend over a Map, as a database that outlives the page would be. */
function mapBackend(data = new Map<unknown, unknown>()) {
  const writes: [string, LessonProgress][] = [];
  const backend: ProgressBackend = {
    readAll: () => Promise.resolve([...data.entries()]),
    write: (id, value) => {
      writes.push([id, value]);
      data.set(id, structuredClone(value));
      return Promise.resolve();
    },
  };
  return { data, writes, backend };
}

const locked: LessonProgress = {
  prediction: 30,
  predictedAt: 1_700_000_000_000,
  revealed: true,
  goalReached: false,
  lastLever: 140,
};

describe('readProgress', () => {
  it('keeps a complete record as it is', () => {
    expect(readProgress({ ...locked, extra: 'ignored' })).toEqual(locked);
    expect(readProgress({ ...locked, prediction: 'more' })).toEqual({
      ...locked,
      prediction: 'more',
    });
  });

  it.each([
    ['text', 'a prediction'],
    ['null', null],
    ['an array', [locked]],
  ])('refuses %s', (_what, value) => {
    expect(readProgress(value)).toBeUndefined();
  });

  it('reads a damaged field as no progress for that field', () => {
    expect(
      readProgress({
        prediction: Number.NaN,
        predictedAt: 5,
        revealed: 'yes',
        goalReached: 1,
        lastLever: Infinity,
      }),
    ).toEqual(NO_PROGRESS);
    expect(readProgress({ prediction: 'x'.repeat(5000) })?.prediction).toBeNull();
    expect(readProgress({ prediction: 40, predictedAt: 'today' })).toEqual({
      ...NO_PROGRESS,
      prediction: 40,
    });
  });
});

describe('statusOf', () => {
  it('is new, started or done', () => {
    expect(statusOf(undefined)).toBe('new');
    expect(statusOf(NO_PROGRESS)).toBe('new');
    expect(statusOf({ ...NO_PROGRESS, prediction: 'more' })).toBe('started');
    expect(statusOf({ ...NO_PROGRESS, lastLever: 3 })).toBe('started');
    expect(statusOf(locked)).toBe('started');
    expect(statusOf({ ...locked, goalReached: true })).toBe('done');
  });
});

describe('ProgressStore', () => {
  it('uses a database of its own, never the library’s', () => {
    expect(PROGRESS_DB).toBe('hwf-learn');
    expect(PROGRESS_DB).not.toBe(DB_NAME);
  });

  it('writes through, and a new page reads what the last one wrote', async () => {
    const { data, backend } = mapBackend();
    const first = new ProgressStore(() => Promise.resolve(backend));
    await first.load();
    expect(first.getState()).toEqual({ records: {}, loaded: true, notice: null });
    first.update('a', (p) => ({ ...p, prediction: 30, predictedAt: 1 }));
    first.update('a', (p) => ({ ...p, revealed: true }));
    first.update('b', (p) => ({ ...p, goalReached: true }));
    expect(first.get('a')).toEqual({
      ...NO_PROGRESS,
      prediction: 30,
      predictedAt: 1,
      revealed: true,
    });
    await first.flushed();

    const second = new ProgressStore(() => Promise.resolve(mapBackend(data).backend));
    expect(second.get('a')).toEqual(NO_PROGRESS);
    await second.load();
    expect(second.get('a')).toEqual({
      ...NO_PROGRESS,
      prediction: 30,
      predictedAt: 1,
      revealed: true,
    });
    expect(statusOf(second.get('b'))).toBe('done');
    expect(second.getState().notice).toBeNull();
  });

  it('writes in the order asked, each lesson’s latest last', async () => {
    const { writes, backend } = mapBackend();
    const store = new ProgressStore(() => Promise.resolve(backend));
    for (let lever = 1; lever <= 5; lever++) store.update('a', (p) => ({ ...p, lastLever: lever }));
    await store.flushed();
    expect(writes.map(([, v]) => v.lastLever)).toEqual([1, 2, 3, 4, 5]);
  });

  it('skips damaged records and keys that are not lesson ids', async () => {
    const data = new Map<unknown, unknown>([
      ['good', locked],
      ['bad', 'not a record'],
      [7, locked],
    ]);
    const store = new ProgressStore(() => Promise.resolve(mapBackend(data).backend));
    await store.load();
    expect(Object.keys(store.getState().records)).toEqual(['good']);
  });

  it('keeps a change made before the stored records came', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { backend } = mapBackend(new Map([['a', locked]]));
    const slow: ProgressBackend = {
      readAll: async () => (await gate, backend.readAll()),
      write: (id, value) => backend.write(id, value),
    };
    const store = new ProgressStore(() => Promise.resolve(slow));
    const loading = store.load();
    store.update('a', () => ({ ...NO_PROGRESS, prediction: 'fewer', predictedAt: 2 }));
    release();
    await loading;
    expect(store.get('a').prediction).toBe('fewer');
  });

  it('loads once however often it is asked', async () => {
    let opened = 0;
    const store = new ProgressStore(() => {
      opened++;
      return Promise.resolve(mapBackend().backend);
    });
    await Promise.all([store.load(), store.load(), store.load()]);
    store.update('a', (p) => ({ ...p, lastLever: 1 }));
    await store.flushed();
    expect(opened).toBe(1);
  });

  it('goes on in the page when storage cannot be opened, and says so once', async () => {
    const notices: (string | null)[] = [];
    const store = new ProgressStore(() => Promise.reject(new Error('SecurityError')));
    store.subscribe(() => {
      const { notice } = store.getState();
      if (notice !== notices[notices.length - 1]) notices.push(notice);
    });
    await store.load();
    expect(store.getState()).toMatchObject({ loaded: true, notice: NOT_KEPT });
    store.update('a', (p) => ({ ...p, prediction: 10, predictedAt: 3 }));
    store.update('a', (p) => ({ ...p, revealed: true }));
    await store.flushed();
    expect(store.get('a')).toMatchObject({ prediction: 10, revealed: true });
    // The notice came once and stayed: later changes neither repeat nor drop it.
    expect(notices).toEqual([NOT_KEPT]);
  });

  it('goes on when a write fails (a full disk), and stops writing', async () => {
    let tried = 0;
    const failing: ProgressBackend = {
      readAll: () => Promise.resolve([]),
      write: () => {
        tried++;
        return Promise.reject(new Error('QuotaExceededError'));
      },
    };
    const store = new ProgressStore(() => Promise.resolve(failing));
    await store.load();
    store.update('a', (p) => ({ ...p, lastLever: 1 }));
    store.update('a', (p) => ({ ...p, lastLever: 2 }));
    await store.flushed();
    expect(tried).toBe(1);
    expect(store.get('a').lastLever).toBe(2);
    expect(store.getState().notice).toBe(NOT_KEPT);
  });

  it('goes on when the stored records cannot be read', async () => {
    const store = new ProgressStore(() =>
      Promise.resolve({
        readAll: () => Promise.reject(new Error('InvalidStateError')),
        write: () => Promise.resolve(),
      }),
    );
    await store.load();
    expect(store.getState()).toMatchObject({ loaded: true, records: {}, notice: NOT_KEPT });
  });

  it('tells its listeners of every change, and stops when asked', async () => {
    const store = new ProgressStore(() => Promise.resolve(mapBackend().backend));
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    await store.load();
    store.update('a', (p) => ({ ...p, lastLever: 1 }));
    expect(calls).toBe(2);
    stop();
    store.update('a', (p) => ({ ...p, lastLever: 2 }));
    expect(calls).toBe(2);
  });
});
