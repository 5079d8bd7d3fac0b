/**
 * The planning summit kept in this browser's IndexedDB, so a reload (or a laptop that
 * restarts mid-summit) loses neither the rounds nor the proposals nor the plan: a database
 * of its own ("hwf-summit", store "summit", one record "current"), apart from the library.
 *
 * Storage may fail (a private window, a full disk): the summit then goes on in the page,
 * and says once that it is not kept. A record read back is checked (./summit.ts
 * `readSummit`); a damaged one is set aside, never thrown at the facilitator.
 */
import { openDB } from 'idb';
import type { MessageKey, MessageValues } from '../i18n/translate.ts';
import { readSummit, type SummitState } from './summit.ts';

export const SUMMIT_DB = 'hwf-summit';
export const SUMMIT_STORE = 'summit';
const KEY = 'current';

/** Where the summit is read and written (IndexedDB in the page; stand-ins in tests). */
export interface SummitBackend {
  read(): Promise<unknown>;
  write(state: SummitState | null): Promise<void>;
}

/** A notice of the store: a message and its values, said in the reader's language where it
 *  is shown. */
export interface StoreNotice {
  key: MessageKey;
  values?: MessageValues;
}

/** The one notice when the summit cannot be kept. */
export const SUMMIT_NOT_KEPT: StoreNotice = { key: 'summit.store.notKept' };

/** The notice when the summit kept could not be read. */
export const SUMMIT_NOT_READ: StoreNotice = { key: 'summit.store.notRead' };

/** The IndexedDB backend. */
export async function openSummitBackend(): Promise<SummitBackend> {
  const db = await openDB(SUMMIT_DB, 1, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(SUMMIT_STORE)) d.createObjectStore(SUMMIT_STORE);
    },
  });
  return {
    read: () => db.get(SUMMIT_STORE, KEY),
    write: async (state) => {
      if (state === null) await db.delete(SUMMIT_STORE, KEY);
      else await db.put(SUMMIT_STORE, state, KEY);
    },
  };
}

/** What the summit's view reads. */
export interface StoredSummit {
  state: SummitState | null;
  /** The stored summit has been read (or could not be). */
  loaded: boolean;
  /** Set when storage failed or a stored summit could not be read whole. */
  notice: StoreNotice | null;
}

/** The summit in the page, written through to a backend, one write after another. */
export class SummitStore {
  private current: StoredSummit = { state: null, loaded: false, notice: null };
  private readonly listeners = new Set<() => void>();
  private backend: Promise<SummitBackend | null> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private changed = false;

  constructor(private readonly open: () => Promise<SummitBackend> = openSummitBackend) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): StoredSummit => this.current;

  private set(next: Partial<StoredSummit>): void {
    this.current = { ...this.current, ...next };
    for (const listener of [...this.listeners]) listener();
  }

  private failed(): void {
    this.backend = Promise.resolve(null);
    this.set({ notice: SUMMIT_NOT_KEPT });
  }

  private connect(): Promise<SummitBackend | null> {
    this.backend ??= this.open().then(
      (b) => b,
      () => {
        this.failed();
        return null;
      },
    );
    return this.backend;
  }

  /** Reads the stored summit once (a summit changed in the page meanwhile wins). */
  async load(): Promise<void> {
    if (this.current.loaded) return;
    const backend = await this.connect();
    let value: unknown;
    try {
      value = backend ? await backend.read() : undefined;
    } catch {
      this.failed();
    }
    if (this.changed || this.current.loaded) {
      this.set({ loaded: true });
      return;
    }
    const read = value === undefined ? null : readSummit(value);
    const notice: StoreNotice | null =
      value !== undefined && read === null
        ? SUMMIT_NOT_READ
        : read && read.dropped > 0
          ? { key: 'summit.store.dropped', values: { count: read.dropped } }
          : this.current.notice;
    this.set({ state: read?.state ?? null, loaded: true, notice });
  }

  /** The summit becomes `state` (null: ended), at once in the page, then in storage. */
  replace(state: SummitState | null): void {
    this.changed = true;
    this.set({ state });
    this.queue = this.queue.then(async () => {
      const backend = await this.connect();
      if (!backend) return;
      try {
        await backend.write(state);
      } catch {
        this.failed();
      }
    });
  }

  /** Waits for the writes asked for so far (tests). */
  settled(): Promise<void> {
    return this.queue;
  }
}
