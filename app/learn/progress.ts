/**
 * The planner's progress in the lessons, kept in this browser's IndexedDB: a database of its
 * own ("hwf-learn", store "progress", one record per lesson id), apart from the library's.
 * What a lesson records: the prediction locked in (and when), whether the simulation was
 * run and revealed, whether the "try it yourself" goal was reached, and where the lever
 * was last.
 *
 * Storage may fail (a private window, a full disk, a browser that refuses IndexedDB): the
 * lessons then go on with the progress held in the page, and say once, quietly, that it is
 * not kept. Records read back are checked; a damaged one counts as no progress.
 */
import { openDB } from 'idb';
import { useEffect, useSyncExternalStore } from 'react';
import type { MessageKey } from '../i18n/translate.ts';

/** The database and store of the lessons' progress. */
export const PROGRESS_DB = 'hwf-learn';
export const PROGRESS_STORE = 'progress';
const PROGRESS_VERSION = 1;

/** What is kept of one lesson. */
export interface LessonProgress {
  /** The prediction locked in: a number or a choice's value; null before. */
  prediction: number | string | null;
  /** When it was locked in (ms since 1970), null before. */
  predictedAt: number | null;
  /** The simulation was run and its answer shown. */
  revealed: boolean;
  /** The "try it yourself" goal was reached at least once. */
  goalReached: boolean;
  /** The lever's last position, null when never moved. */
  lastLever: number | null;
}

export const NO_PROGRESS: LessonProgress = {
  prediction: null,
  predictedAt: null,
  revealed: false,
  goalReached: false,
  lastLever: null,
};

/** A lesson in the list: not started, started, or done (the goal reached). */
export type LessonStatus = 'new' | 'started' | 'done';

export function statusOf(progress: LessonProgress | undefined): LessonStatus {
  if (!progress) return 'new';
  if (progress.goalReached) return 'done';
  return progress.prediction !== null || progress.revealed || progress.lastLever !== null
    ? 'started'
    : 'new';
}

const MAX_TEXT = 200;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A stored value checked: the record, or undefined when it is not one. */
export function readProgress(value: unknown): LessonProgress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const prediction =
    finite(v.prediction) || (typeof v.prediction === 'string' && v.prediction.length <= MAX_TEXT)
      ? v.prediction
      : null;
  return {
    prediction,
    predictedAt: prediction !== null && finite(v.predictedAt) ? v.predictedAt : null,
    revealed: v.revealed === true,
    goalReached: v.goalReached === true,
    lastLever: finite(v.lastLever) ? v.lastLever : null,
  };
}

/** Where records are read and written (IndexedDB in the page; stand-ins in tests). */
export interface ProgressBackend {
  /** Every stored record with its key. */
  readAll(): Promise<[unknown, unknown][]>;
  write(id: string, value: LessonProgress): Promise<void>;
}

/** The one notice when progress cannot be kept (the key of its message). */
export const NOT_KEPT: MessageKey = 'learn.progress.notKept';

/** What the view reads. */
export interface ProgressState {
  /** Progress by lesson id. */
  records: Readonly<Record<string, LessonProgress>>;
  /** The stored progress has been read (or could not be). */
  loaded: boolean;
  /** Set once storage has failed: progress is kept in the page only (the key of the
   *  notice's message, shown in the reader's language). */
  notice: MessageKey | null;
}

/** The progress of every lesson, in the page, written through to a backend. */
export class ProgressStore {
  private state: ProgressState = { records: {}, loaded: false, notice: null };
  private readonly listeners = new Set<() => void>();
  private backend: Promise<ProgressBackend | null> | null = null;
  private loading: Promise<void> | null = null;
  /** Lessons changed in the page before the stored records came: the page's version wins. */
  private readonly touched = new Set<string>();
  /** Writes run one after another, in the order they were asked for. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly open: () => Promise<ProgressBackend>) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ProgressState => this.state;

  private set(next: Partial<ProgressState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of [...this.listeners]) listener();
  }

  private failed(): void {
    this.backend = Promise.resolve(null);
    if (this.state.notice === null) this.set({ notice: NOT_KEPT });
  }

  private connect(): Promise<ProgressBackend | null> {
    this.backend ??= this.open().then(
      (backend) => backend,
      () => {
        this.failed();
        return null;
      },
    );
    return this.backend;
  }

  /** Reads the stored progress (once; later calls wait for the same reading). */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const backend = await this.connect();
      let stored: [unknown, unknown][] = [];
      if (backend) {
        try {
          stored = await backend.readAll();
        } catch {
          this.failed();
        }
      }
      const records = { ...this.state.records };
      for (const [key, value] of stored) {
        if (typeof key !== 'string' || this.touched.has(key)) continue;
        const record = readProgress(value);
        if (record) records[key] = record;
      }
      this.set({ records, loaded: true });
    })();
    return this.loading;
  }

  /** The progress of lesson `id` (no progress when there is none). */
  get(id: string): LessonProgress {
    return this.state.records[id] ?? NO_PROGRESS;
  }

  /** Changes lesson `id`'s progress in the page at once, and writes it through. */
  update(id: string, change: (progress: LessonProgress) => LessonProgress): LessonProgress {
    const next = change(this.get(id));
    this.touched.add(id);
    this.set({ records: { ...this.state.records, [id]: next } });
    this.queue = this.queue.then(async () => {
      const backend = await this.connect();
      if (!backend) return;
      try {
        await backend.write(id, next);
      } catch {
        this.failed();
      }
    });
    return next;
  }

  /** Resolves once every write asked for so far has been tried (for tests). */
  flushed(): Promise<void> {
    return this.queue;
  }
}

/** The lessons' progress in this browser's IndexedDB (never the library's database). */
export async function indexedDbBackend(): Promise<ProgressBackend> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
  const db = await openDB(PROGRESS_DB, PROGRESS_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(PROGRESS_STORE)) {
        database.createObjectStore(PROGRESS_STORE);
      }
    },
  });
  return {
    async readAll() {
      const tx = db.transaction(PROGRESS_STORE, 'readonly');
      const [keys, values] = await Promise.all([
        tx.store.getAllKeys() as Promise<unknown[]>,
        tx.store.getAll() as Promise<unknown[]>,
      ]);
      await tx.done;
      return keys.map((key, i): [unknown, unknown] => [key, values[i]]);
    },
    async write(id, value) {
      await db.put(PROGRESS_STORE, { ...value }, id);
    },
  };
}

/** The page's progress. */
export const progressStore = new ProgressStore(indexedDbBackend);

/** The progress of `store` (the page's unless said), read from storage on first use. */
export function useProgress(store: ProgressStore = progressStore): ProgressState {
  useEffect(() => {
    void store.load();
  }, [store]);
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
