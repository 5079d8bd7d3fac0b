/**
 * The summit kept in this browser (app/summit/summit-store.ts), over stand-in backends: what
 * a reload reads back, writes in the order asked, the page's change winning over a slow
 * first read, a damaged record or proposal set aside with a notice, and storage that fails
 * (cannot open, read or write): the summit goes on in the page and says so. IndexedDB
 * itself is exercised in the browser.
 */
import { describe, expect, it } from 'vitest';
import { PROGRESS_DB } from '../../app/learn/progress.ts';
import { DB_NAME } from '../../app/library/schema.ts';
import { englishT } from '../../app/i18n/translate.ts';
import {
  SUMMIT_DB,
  SUMMIT_NOT_KEPT,
  SUMMIT_NOT_READ,
  SummitStore,
  type StoreNotice,
  type SummitBackend,
} from '../../app/summit/summit-store.ts';
import {
  CHANGE_UNITS,
  decide,
  nextRound,
  propose,
  startSummit,
  type ProposalPolicy,
  type SummitState,
} from '../../app/summit/summit.ts';
import type { RegionalPolicyParameter as Lever } from '../../model/regions/types.ts';

const NOT_READ = SUMMIT_NOT_READ;

/** A store's notice in English. */
const say = (notice: StoreNotice | null) =>
  notice === null ? null : englishT(notice.key, notice.values);

const baseline = { name: 'Exampleland', baseYear: 2025, professions: [{ id: 'nurse' }] };

const policy = (parameter: Lever, value: number): ProposalPolicy => ({
  profession: 'nurse',
  parameter,
  kind: CHANGE_UNITS[parameter].kind,
  value,
  startYear: 2027,
  fullYear: 2027,
});

/** A summit in round 2 with an accepted, a declined and an open proposal. */
function summitA(): SummitState {
  let s = startSummit(baseline);
  s = propose(s, 'universities', policy('training.intake', 0.15)).state;
  s = propose(s, 'ministry-of-finance', policy('fte', -0.05)).state;
  s = decide(decide(s, 1, 'accepted'), 2, 'declined');
  s = nextRound(s);
  return propose(s, 'patients', policy('exits.attrition', -0.005)).state;
}

/** Another summit: one proposal only. */
function summitB(): SummitState {
  return propose(startSummit(baseline), 'regions', policy('training.intake', 0.3)).state;
}

/** A backend over one slot, as a database that outlives the page would be. `delay(i)` is
 *  how long the i-th write takes (ms). */
function memoryBackend(slot: { value?: unknown } = {}, delay: (i: number) => number = () => 0) {
  const writes: (SummitState | null)[] = [];
  const backend: SummitBackend = {
    read: () => Promise.resolve(structuredClone(slot.value)),
    write: async (state) => {
      const wait = delay(writes.length);
      writes.push(state);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (state === null) delete slot.value;
      else slot.value = structuredClone(state);
    },
  };
  return { slot, writes, backend };
}

const storeOver = (backend: SummitBackend) => new SummitStore(() => Promise.resolve(backend));

/** The notices a store shows, each time it changes. */
function noticesOf(store: SummitStore): (StoreNotice | null)[] {
  const seen: (StoreNotice | null)[] = [];
  store.subscribe(() => {
    const { notice } = store.get();
    if (notice !== seen[seen.length - 1]) seen.push(notice);
  });
  return seen;
}

describe('SummitStore', () => {
  it('uses a database of its own', () => {
    expect(SUMMIT_DB).toBe('hwf-summit');
    expect(SUMMIT_DB).not.toBe(DB_NAME);
    expect(SUMMIT_DB).not.toBe(PROGRESS_DB);
  });

  it('loads the summit kept, and nothing when none is', async () => {
    const { backend } = memoryBackend({ value: summitA() });
    const store = storeOver(backend);
    expect(store.get()).toEqual({ state: null, loaded: false, notice: null });
    await store.load();
    expect(store.get()).toEqual({ state: summitA(), loaded: true, notice: null });

    const empty = storeOver(memoryBackend().backend);
    await empty.load();
    expect(empty.get()).toEqual({ state: null, loaded: true, notice: null });
  });

  it('writes through, so a reload reads the summit as it was left', async () => {
    const { slot, backend } = memoryBackend();
    const first = storeOver(backend);
    await first.load();
    first.replace(summitB());
    first.replace(summitA());
    expect(first.get().state).toEqual(summitA());
    await first.settled();

    const second = storeOver(memoryBackend(slot).backend);
    await second.load();
    expect(second.get()).toEqual({ state: summitA(), loaded: true, notice: null });
  });

  it('writes one after another, the latest last, however long a write takes', async () => {
    // The first write is slow: were the writes not queued, it would land last.
    const { slot, writes, backend } = memoryBackend({}, (i) => (i === 0 ? 30 : 0));
    const store = storeOver(backend);
    store.replace(summitA());
    store.replace(summitB());
    await store.settled();
    expect(writes).toEqual([summitA(), summitB()]);
    expect(slot.value).toEqual(summitB());
  });

  it('keeps a summit changed in the page before the kept one was read', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { slot, backend } = memoryBackend({ value: summitA() });
    const slow: SummitBackend = {
      read: async () => (await gate, backend.read()),
      write: (state) => backend.write(state),
    };
    const store = storeOver(slow);
    const loading = store.load();
    store.replace(summitB());
    release();
    await loading;
    expect(store.get()).toEqual({ state: summitB(), loaded: true, notice: null });
    await store.settled();
    expect(slot.value).toEqual(summitB());

    // Changed before the load was even asked for: the same.
    const early = storeOver(memoryBackend({ value: summitA() }).backend);
    early.replace(null);
    await early.load();
    expect(early.get()).toMatchObject({ state: null, loaded: true });
  });

  it('loads once however often it is asked', async () => {
    let opened = 0;
    const store = new SummitStore(() => {
      opened++;
      return Promise.resolve(memoryBackend({ value: summitA() }).backend);
    });
    await Promise.all([store.load(), store.load()]);
    await store.load();
    store.replace(summitB());
    await store.settled();
    expect(opened).toBe(1);
    expect(store.get().state).toEqual(summitB());
  });

  it('deletes the kept summit when it ends', async () => {
    const { slot, writes, backend } = memoryBackend({ value: summitA() });
    const store = storeOver(backend);
    await store.load();
    store.replace(null);
    expect(store.get().state).toBeNull();
    await store.settled();
    expect(writes).toEqual([null]);
    expect('value' in slot).toBe(false);
    const reload = storeOver(memoryBackend(slot).backend);
    await reload.load();
    expect(reload.get()).toEqual({ state: null, loaded: true, notice: null });
  });

  it('tells its listeners of every change, and stops when asked', async () => {
    const store = storeOver(memoryBackend().backend);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    await store.load();
    store.replace(summitA());
    expect(calls).toBe(2);
    stop();
    store.replace(summitB());
    expect(calls).toBe(2);
  });
});

describe('SummitStore when storage fails', () => {
  it('goes on in the page when storage cannot be opened, and says so once', async () => {
    const store = new SummitStore(() => Promise.reject(new Error('SecurityError')));
    const notices = noticesOf(store);
    await store.load();
    expect(store.get()).toEqual({ state: null, loaded: true, notice: SUMMIT_NOT_KEPT });
    store.replace(summitA());
    store.replace(summitB());
    await store.settled();
    expect(store.get()).toEqual({ state: summitB(), loaded: true, notice: SUMMIT_NOT_KEPT });
    expect(notices).toEqual([SUMMIT_NOT_KEPT]);
    expect(say(SUMMIT_NOT_KEPT)).toMatch(/^The summit cannot be kept in this browser/);
  });

  it('says so when it cannot be opened at the first change, before any load', async () => {
    const store = new SummitStore(() => Promise.reject(new Error('SecurityError')));
    store.replace(summitA());
    expect(store.get().state).toEqual(summitA());
    await store.settled();
    expect(store.get()).toMatchObject({ state: summitA(), notice: SUMMIT_NOT_KEPT });
  });

  it('goes on when a write fails (a full disk), and stops writing', async () => {
    let tried = 0;
    const store = storeOver({
      read: () => Promise.resolve(undefined),
      write: () => {
        tried++;
        return Promise.reject(new Error('QuotaExceededError'));
      },
    });
    const notices = noticesOf(store);
    await store.load();
    store.replace(summitA());
    store.replace(summitB());
    expect(store.get().state).toEqual(summitB());
    await store.settled();
    expect(tried).toBe(1);
    expect(store.get()).toEqual({ state: summitB(), loaded: true, notice: SUMMIT_NOT_KEPT });
    expect(notices).toEqual([null, SUMMIT_NOT_KEPT]);
  });

  it('goes on when the kept summit cannot be read, and writes no more', async () => {
    let tried = 0;
    const store = storeOver({
      read: () => Promise.reject(new Error('InvalidStateError')),
      write: () => {
        tried++;
        return Promise.resolve();
      },
    });
    await store.load();
    expect(store.get()).toEqual({ state: null, loaded: true, notice: SUMMIT_NOT_KEPT });
    store.replace(summitA());
    await store.settled();
    expect(store.get().state).toEqual(summitA());
    expect(tried).toBe(0);
  });

  it.each([
    ['text', 'a summit'],
    ['null', null],
    ['another version', { ...summitA(), version: 2 }],
    ['round 0', { ...summitA(), round: 0 }],
    ['no baseline', { ...summitA(), baseline: 'Exampleland' }],
    ['proposals not a list', { ...summitA(), proposals: {} }],
  ])('sets aside a damaged record (%s) and starts anew', async (_what, value) => {
    const { slot, backend } = memoryBackend({ value });
    const store = storeOver(backend);
    await store.load();
    expect(store.get()).toEqual({ state: null, loaded: true, notice: NOT_READ });
    expect(say(NOT_READ)).toBe(
      'The summit kept in this browser could not be read, so a new one starts.',
    );
    // The next summit replaces it.
    store.replace(summitB());
    await store.settled();
    expect(slot.value).toEqual(summitB());
  });

  it('leaves out a proposal that cannot be read, keeping the rest', async () => {
    const a = summitA();
    const damaged = {
      ...a,
      proposals: a.proposals.map((p, i) => (i === 1 ? { ...p, status: 'maybe' } : p)),
    };
    const store = storeOver(memoryBackend({ value: damaged }).backend);
    await store.load();
    expect(store.get()).toMatchObject({
      state: { ...a, proposals: [a.proposals[0], a.proposals[2]] },
      loaded: true,
    });
    expect(say(store.get().notice)).toBe(
      'One proposal of the kept summit could not be read and was left out.',
    );

    const two = { ...a, proposals: [a.proposals[0], { id: 9 }, 'proposal'] };
    const other = storeOver(memoryBackend({ value: two }).backend);
    await other.load();
    expect(other.get().state?.proposals).toEqual([a.proposals[0]]);
    expect(say(other.get().notice)).toBe(
      '2 proposals of the kept summit could not be read and were left out.',
    );
  });
});
