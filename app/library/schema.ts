/**
 * The library's IndexedDB schema, version by version, and the shapes of its records.
 *
 * A migration is a pure function of a small `SchemaOps` interface: the database module hands
 * it idb's upgrade transaction, the tests a recorder. An upgrade runs every step from the
 * stored version to `DB_VERSION`, in order, inside the one upgrade transaction.
 *
 * NOTE: a released step never changes (browsers already ran it); a new schema is a new step.
 */

export const DB_NAME = 'hwf-scenario-lab';
export const DB_VERSION = 1;

/** Saved scenarios, one record each (`SavedRecord`), keyed by `id`. */
export const SCENARIOS = 'scenarios';
/** The autosaved working scenario of each tab (`WorkingRecord`), keyed by `tab`. */
export const WORKING = 'working';
/** Both stores have this index, for "newest first". */
export const BY_MODIFIED = 'modified';

/** A saved scenario, as written. Anything read back is checked by records.ts first. */
export interface SavedRecord {
  id: string;
  /** The name in the library (the scenario's own `name` is part of the document). */
  name: string;
  /** The scenario document exactly as the planner had it. */
  document: unknown;
  /** When the document or the name last changed, in ms since 1970. */
  modified: number;
  /** 1 when created, one more at every write of the document; a rename keeps it. */
  revision: number;
  /** Whether `parseScenario` accepted the document when it was saved. */
  valid: boolean;
  /** The tab that wrote this revision. */
  writer: string;
}

/** Which saved scenario a draft belongs to, and the revision it started from. */
export interface SavedLink {
  id: string;
  revision: number;
}

/** A tab's working scenario, autosaved as it is edited. */
export interface WorkingRecord {
  tab: string;
  document: unknown;
  modified: number;
  valid: boolean;
  link: SavedLink | null;
}

/** The part of an upgrade transaction a migration may use. */
export interface SchemaOps {
  hasStore(name: string): boolean;
  createStore(name: string, keyPath: string): void;
  createIndex(store: string, name: string, keyPath: string): void;
}

export type Migration = (ops: SchemaOps) => void;

/** `MIGRATIONS[i]` takes the database from version i to version i + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: saved scenarios and the working scenarios of the tabs.
  (ops) => {
    for (const [store, key] of [
      [SCENARIOS, 'id'],
      [WORKING, 'tab'],
    ] as const) {
      if (ops.hasStore(store)) continue;
      ops.createStore(store, key);
      ops.createIndex(store, BY_MODIFIED, 'modified');
    }
  },
];

/** The steps from `oldVersion` to `newVersion`, in order; throws for a version it cannot reach. */
export function migrationsBetween(
  oldVersion: number,
  newVersion: number,
  steps: readonly Migration[] = MIGRATIONS,
): Migration[] {
  if (!Number.isInteger(oldVersion) || !Number.isInteger(newVersion) || oldVersion < 0) {
    throw new RangeError(`no upgrade from version ${oldVersion} to ${newVersion}`);
  }
  if (newVersion > steps.length) {
    throw new RangeError(`version ${newVersion} is newer than this app knows`);
  }
  if (newVersion < oldVersion) {
    throw new RangeError(`the stored version ${oldVersion} is newer than ${newVersion}`);
  }
  return steps.slice(oldVersion, newVersion);
}

/** Runs every step from `oldVersion` to `newVersion` on `ops`. */
export function migrate(
  ops: SchemaOps,
  oldVersion: number,
  newVersion: number,
  steps: readonly Migration[] = MIGRATIONS,
): void {
  for (const step of migrationsBetween(oldVersion, newVersion, steps)) step(ops);
}
