/**
 * What the parts of a tab's library share: its dependencies, the database and tab channel
 * once open, the draft's lineage and validity, and the snapshot React reads. The working
 * copy (working-copy.ts) and the saved scenarios (saved-scenarios.ts) both write, so the
 * outcome of a write (a fault reported, storage kept) is decided here, once.
 */
import type { DbEvents, LibraryDb } from './database.ts';
import type { Timers } from './debounce.ts';
import {
  currentId,
  INITIAL_LINEAGE,
  isSaved,
  reduceLineage,
  type LineageEvent,
  type LineageState,
} from './lineage.ts';
import type { Translate } from '../i18n/translate.ts';
import { faultMessage, faultOf, type LibraryReason, type StorageFault } from './messages.ts';
import type { Datasets, LibraryEntry, SetAsideEntry } from './records.ts';
import type { WorkingRecord } from './schema.ts';
import type { TabChannel, TabMessage } from './tab-channel.ts';

/** Whether the library can be used: still opening, open, or not in this window. */
export type Availability = 'opening' | 'ready' | 'unavailable';

/** What the menu shows: read through `useSyncExternalStore`, replaced on every change. */
export interface LibrarySnapshot {
  availability: Availability;
  /** Why saving is not available, when it is not: the key of its message. */
  reason: LibraryReason | null;
  entries: readonly LibraryEntry[];
  /** The saved scenario the draft belongs to (its id), or null. */
  currentId: string | null;
  /** The draft is exactly the saved scenario it belongs to. */
  saved: boolean;
  /** Another tab saved a newer revision of the draft's scenario. */
  newerElsewhere: boolean;
  /** The last write failed (and nothing has succeeded since). */
  fault: StorageFault | null;
  /** A save waiting for the planner's choice. */
  conflict: { name: string; theirsModified: number } | null;
  /** A deleted scenario that can still be put back. */
  deleted: { name: string } | null;
  /** Stored records set aside that the list does not show (records.ts, database.ts). */
  setAside: readonly SetAsideEntry[];
}

/** The share link in the address when the page started. */
export interface AddressLink {
  /** Its scenario, decoded but not checked; null when it cannot be decoded. */
  document: unknown;
  /** Whether it opens (true) or is refused (false), once the app has read it. */
  opened?: Promise<boolean>;
}

/** What the library of one tab needs from the page: the database, the tab channel, ids and time. */
export interface SessionDeps {
  openDb(events: DbEvents): Promise<LibraryDb>;
  openChannel(onMessage: (message: TabMessage) => void): TabChannel | null;
  /** This tab's id (also the writer of its records). */
  tab: string;
  /** A new id for this tab, kept across its reloads. */
  renewTab(): string;
  newId(): string;
  now(): number;
  /** The scenario of the share link in the address (null: unreadable); undefined: none. */
  linkInAddress(): AddressLink | undefined;
  /**
   * Whether a document is an untouched built-in example (or a blank new scenario): not the
   * planner's work, so it is never autosaved in place of their work. Without it, every
   * draft is written.
   */
  isExample?(document: unknown): boolean;
  /** Replaces the draft (with the app's undo notice). */
  open(document: unknown, what: string): void;
  notify(message: string): void;
  /** The messages in the app's language (the one shown when a message is made). */
  t: Translate;
  /** The population data sets loaded in the page, for checking documents that name one. */
  datasets(): Datasets;
  /** A synchronous copy of the working scenario for a page going away (stash.ts). */
  stash: { put(record: WorkingRecord): void; take(): unknown };
  /** Asks the browser to keep the storage (navigator.storage.persist). */
  persist(): void;
  autosaveMs?: number;
  timers?: Timers;
}

/** The state and the steps the parts of one tab's library share. */
export class SessionCore {
  /** The open database; null while opening, when unavailable, retired or stopped. */
  db: LibraryDb | null = null;
  channel: TabChannel | null = null;
  stopped = false;
  /** This tab's id; renewed when its own working record is damaged. */
  tab: string;
  lineage: LineageState = INITIAL_LINEAGE;
  /** Whether the draft parses, as its caller knows it: stored with what is written. */
  valid = false;
  snap: LibrarySnapshot;
  private persisted = false;
  private readonly listeners = new Set<() => void>();

  constructor(readonly deps: SessionDeps) {
    this.tab = deps.tab;
    this.snap = this.build({
      availability: 'opening',
      reason: null,
      entries: [],
      fault: null,
      newerElsewhere: false,
      conflict: null,
      deleted: null,
      setAside: [],
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Moves the lineage on by `event` (without telling anyone: `update` does). */
  apply(event: LineageEvent): LineageState {
    this.lineage = reduceLineage(this.lineage, event);
    return this.lineage;
  }

  private build(base: Omit<LibrarySnapshot, 'currentId' | 'saved'>): LibrarySnapshot {
    return {
      ...base,
      currentId: currentId(this.lineage, base.entries),
      saved: isSaved(this.lineage, base.entries),
    };
  }

  /** A new snapshot from the lineage and `change`, and the listeners told. */
  update(change: Partial<LibrarySnapshot> = {}): void {
    if (this.stopped) return;
    this.snap = this.build({ ...this.snap, ...change });
    for (const listener of this.listeners) listener();
  }

  /** Reads the list of saved scenarios again. */
  async refresh(): Promise<void> {
    if (!this.db) return;
    try {
      const datasets = this.deps.datasets();
      const entries = await this.db.list(datasets);
      const setAside = (await this.db.setAside?.(datasets)) ?? [];
      this.update({ entries, setAside });
    } catch {
      // The list stays as it was; a write will report what is wrong.
    }
  }

  /** A write succeeded: the fault is over, and the storage is worth keeping. */
  succeeded(): void {
    if (!this.persisted) {
      this.persisted = true;
      this.deps.persist();
    }
    this.update({ fault: null });
  }

  /** Reports a failed write: always after the planner's action, once for autosaves. */
  failed(error: unknown, asked: boolean): void {
    const fault = faultOf(error);
    if (asked || this.snap.fault !== fault) this.deps.notify(faultMessage(this.deps.t, fault));
    this.update({ fault });
  }
}
