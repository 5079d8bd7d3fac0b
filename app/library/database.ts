/**
 * The library's IndexedDB, through idb: opening (versioned, migrated step by step, with the
 * blocked / blocking / terminated cases reported), and every read and write as one
 * transaction. Values come back as `unknown` and are checked by records.ts; errors (a full
 * disk, a closed connection) are thrown to the caller, which keeps the work in the page.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import { words, type Words } from '../shell/words.ts';
import { decideSave } from './conflict.ts';
import {
  entryOf,
  readSavedRecord,
  setAsideOf,
  sortEntries,
  type Datasets,
  type LibraryEntry,
  type RecordRef,
  type SetAsideEntry,
} from './records.ts';
import { usableWorking } from './restore.ts';
import {
  BY_MODIFIED,
  DB_NAME,
  DB_VERSION,
  migrate,
  type SavedRecord,
  type SchemaOps,
  type WorkingRecord,
} from './schema.ts';

/** Keys and values as stored, by anyone: the app writes string keys, others may not. */
interface LibrarySchema extends DBSchema {
  scenarios: { key: IDBValidKey; value: unknown; indexes: { modified: number } };
  working: { key: IDBValidKey; value: unknown; indexes: { modified: number } };
}

/** How many working scenarios (one per tab) are kept, newest first. */
export const KEEP_WORKING = 8;

export interface SaveRequest {
  id: string;
  /** The name of a new record (a stored record keeps its own, perhaps renamed elsewhere). */
  name: string;
  document: unknown;
  valid: boolean;
  /** The revision this draft started from; null for a new record. */
  base: number | null;
  writer: string;
  now: number;
}

export type SaveResult =
  | { kind: 'saved'; record: SavedRecord }
  /** A newer revision is stored (from another tab): nothing was written. */
  | { kind: 'conflict'; theirs: SavedRecord }
  /** The stored record is damaged: nothing was written over it. */
  | { kind: 'damaged'; problem: Words };

export interface LibraryDb {
  /** Every record as a list line, newest first (documents checked with `datasets`). */
  list(datasets?: Datasets): Promise<LibraryEntry[]>;
  /** The stored value of a saved scenario (unchecked), or undefined. */
  read(id: string): Promise<unknown>;
  save(request: SaveRequest): Promise<SaveResult>;
  /** Renames a record; false when it is gone or damaged. */
  rename(id: string, name: string, now: number): Promise<boolean>;
  /** Deletes a record and returns what it was (for undo), or undefined when already gone. */
  remove(id: string): Promise<unknown>;
  /**
   * Puts a deleted record back under its id, or under `freshId` when that id has been taken
   * meanwhile (nothing is overwritten). Returns the id used.
   */
  putBack(value: unknown, id: string, freshId: string): Promise<string>;
  readWorking(tab: string): Promise<unknown>;
  /**
   * The most recently written working scenario of any tab (unchecked), or undefined; with
   * `accept`, the most recent one it accepts (records it refuses are set aside, not in the way).
   */
  newestWorking(accept?: (value: unknown) => boolean): Promise<unknown>;
  /**
   * The records set aside that the list does not show: working scenarios that cannot be
   * restored, and saved ones under a key the app never writes. (Optional: a stand-in may
   * have none.)
   */
  setAside?(datasets: Datasets): Promise<SetAsideEntry[]>;
  /** The stored values of `refs` (undefined for one gone). */
  readRecords?(refs: readonly RecordRef[]): Promise<unknown[]>;
  /**
   * Deletes the records of `refs` that are still set aside (`stillBad` says so of a stored
   * value); returns how many were deleted.
   */
  discard?(
    refs: readonly RecordRef[],
    stillBad: (ref: RecordRef, value: unknown) => boolean,
  ): Promise<number>;
  /** Writes a tab's working scenario and forgets all but the `KEEP_WORKING` newest. */
  writeWorking(record: WorkingRecord): Promise<void>;
  close(): void;
}

export interface DbEvents {
  /** Our upgrade waits for another tab that holds an older version open. */
  blocked(): void;
  /** Another tab wants a newer version: this connection must close (after a last flush). */
  blocking(): void;
  /** The browser closed the connection. */
  terminated(): void;
}

/** Opens (creating or upgrading) the library. Throws when IndexedDB is unavailable. */
export async function openLibraryDb(events: DbEvents): Promise<LibraryDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new Error('IndexedDB is not available');
  }
  const db = await openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, transaction) {
      const raw = unwrap(database);
      const tx = unwrap(transaction);
      const ops: SchemaOps = {
        hasStore: (name) => raw.objectStoreNames.contains(name),
        createStore: (name, keyPath) => void raw.createObjectStore(name, { keyPath }),
        createIndex: (store, name, keyPath) =>
          void tx.objectStore(store).createIndex(name, keyPath),
      };
      migrate(ops, oldVersion, newVersion ?? DB_VERSION);
    },
    blocked: () => events.blocked(),
    blocking: () => events.blocking(),
    terminated: () => events.terminated(),
  });
  return idbLibrary(db);
}

function idbLibrary(db: IDBPDatabase<LibrarySchema>): LibraryDb {
  /** Deletes all but the `KEEP_WORKING` newest working scenarios (never `tab`'s). */
  const forgetOldWorking = async (tab: string) => {
    const tx = db.transaction('working', 'readwrite');
    let cursor = await tx.store.index(BY_MODIFIED).openCursor(null, 'prev');
    for (let kept = 0; cursor; cursor = await cursor.continue()) {
      if (kept < KEEP_WORKING || cursor.primaryKey === tab) kept++;
      else await cursor.delete();
    }
    await tx.done;
  };

  return {
    async list(datasets) {
      const tx = db.transaction('scenarios');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      // The app writes string keys only; anything else is not one of its records.
      const entries = keys.flatMap((key, i) =>
        typeof key === 'string' ? [entryOf(key, values[i], datasets)] : [],
      );
      return sortEntries(entries);
    },

    read: (id) => db.get('scenarios', id),

    async save(request) {
      const tx = db.transaction('scenarios', 'readwrite');
      const stored: unknown = await tx.store.get(request.id);
      let theirs: SavedRecord | undefined;
      if (stored !== undefined) {
        const checked = readSavedRecord(stored);
        if (!checked.ok) {
          await tx.done;
          return { kind: 'damaged', problem: checked.problem };
        }
        theirs = checked.record;
      }
      const decision = decideSave(request.base, theirs?.revision);
      if (decision.kind === 'conflict' && theirs) {
        await tx.done;
        return { kind: 'conflict', theirs };
      }
      const record: SavedRecord = {
        id: request.id,
        name: theirs?.name ?? request.name,
        document: request.document,
        modified: request.now,
        revision: decision.kind === 'write' ? decision.revision : 1,
        valid: request.valid,
        writer: request.writer,
      };
      await Promise.all([tx.store.put(record), tx.done]);
      return { kind: 'saved', record };
    },

    async rename(id, name, now) {
      const tx = db.transaction('scenarios', 'readwrite');
      const checked = readSavedRecord(await tx.store.get(id));
      if (!checked.ok) {
        await tx.done;
        return false;
      }
      await Promise.all([tx.store.put({ ...checked.record, name, modified: now }), tx.done]);
      return true;
    },

    async remove(id) {
      const tx = db.transaction('scenarios', 'readwrite');
      const value: unknown = await tx.store.get(id);
      if (value !== undefined) await tx.store.delete(id);
      await tx.done;
      return value;
    },

    async putBack(value, id, freshId) {
      const tx = db.transaction('scenarios', 'readwrite');
      const taken = (await tx.store.getKey(id)) !== undefined;
      const target = taken ? freshId : id;
      const record = typeof value === 'object' && value !== null ? { ...value, id: target } : value;
      await Promise.all([tx.store.put(record), tx.done]);
      return target;
    },

    readWorking: (tab) => db.get('working', tab),

    async newestWorking(accept) {
      const tx = db.transaction('working');
      // Newest first by the index (a record whose date is no key is not in it; one whose
      // date is a text sorts above every number, so it is skipped by `accept`).
      let cursor = await tx.store.index(BY_MODIFIED).openCursor(null, 'prev');
      let value: unknown;
      for (; cursor; cursor = await cursor.continue()) {
        if (!accept || accept(cursor.value)) {
          value = cursor.value;
          break;
        }
      }
      await tx.done;
      return value;
    },

    async setAside(datasets) {
      const tx = db.transaction(['scenarios', 'working']);
      const scenarios = tx.objectStore('scenarios');
      const working = tx.objectStore('working');
      const [savedKeys, workingKeys, workingValues] = await Promise.all([
        scenarios.getAllKeys(),
        working.getAllKeys(),
        working.getAll(),
      ]);
      const found: SetAsideEntry[] = [];
      // The app writes string keys only: a saved record under any other is not one of its own.
      for (const key of savedKeys) {
        if (typeof key === 'string') continue;
        const value: unknown = await scenarios.get(key);
        found.push(setAsideOf('scenarios', key, value, words('library.problem.foreignKey')));
      }
      workingKeys.forEach((key, i) => {
        const value: unknown = workingValues[i];
        const usable = usableWorking(value, datasets);
        if (!usable.ok) found.push(setAsideOf('working', key, value, usable.problem));
        else if (usable.record.tab !== key) {
          found.push(setAsideOf('working', key, value, words('library.problem.otherKey')));
        }
      });
      await tx.done;
      return found;
    },

    async readRecords(refs) {
      const tx = db.transaction(['scenarios', 'working']);
      const values = await Promise.all(
        refs.map((ref): Promise<unknown> => tx.objectStore(ref.store).get(ref.key)),
      );
      await tx.done;
      return values;
    },

    async discard(refs, stillBad) {
      const tx = db.transaction(['scenarios', 'working'], 'readwrite');
      let deleted = 0;
      for (const ref of refs) {
        const store = tx.objectStore(ref.store);
        const value: unknown = await store.get(ref.key);
        if (value === undefined || !stillBad(ref, value)) continue;
        await store.delete(ref.key);
        deleted++;
      }
      await tx.done;
      return deleted;
    },

    async writeWorking(record) {
      const tx = db.transaction('working', 'readwrite');
      const written = tx.store.put(record);
      // Committed at once: this may be the last thing a closing page does.
      if (typeof tx.commit === 'function') tx.commit();
      await Promise.all([written, tx.done]);
      await forgetOldWorking(record.tab);
    },

    close: () => db.close(),
  };
}
