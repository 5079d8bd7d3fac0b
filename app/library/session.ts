/**
 * The library of one tab, as `useLibrary` and the tests see it: plain TypeScript whose
 * database, tab channel, ids and time come in as dependencies. It opens the database and the
 * tab channel, and hands the work to its parts:
 * - the working copy (working-copy.ts): restore, the wait for a share link, autosave;
 * - the saved scenarios (saved-scenarios.ts): save, open, rename, duplicate, delete with
 *   undo, conflicts with other tabs;
 * - the draft's lineage (lineage.ts): which saved scenario the draft belongs to, whether it
 *   is saved, what the app's undo gives back — a pure reducer;
 * - what they share (session-core.ts): the snapshot, the outcome of a write.
 */
import type { LibraryDb } from './database.ts';
import { clearedMessage, MESSAGES, setAsideMessage, type LibraryReason } from './messages.ts';
import { entryOf, type RecordRef } from './records.ts';
import { usableWorking } from './restore.ts';
import { SavedScenarios } from './saved-scenarios.ts';
import { DB_VERSION } from './schema.ts';
import { SessionCore, type LibrarySnapshot, type SessionDeps } from './session-core.ts';
import type { TabMessage } from './tab-channel.ts';
import { WorkingCopy } from './working-copy.ts';

export type { Availability, LibrarySnapshot, SessionDeps } from './session-core.ts';
export { AUTOSAVE_MS, LINK_WAIT_MS } from './working-copy.ts';

/** The library of one tab: its life cycle, and the planner's actions. */
export class LibrarySession {
  private readonly core: SessionCore;
  private readonly working: WorkingCopy;
  private readonly saved: SavedScenarios;

  constructor(deps: SessionDeps) {
    this.core = new SessionCore(deps);
    this.working = new WorkingCopy(this.core);
    this.saved = new SavedScenarios(this.core, this.working);
  }

  // --- React plumbing (useSyncExternalStore) ---

  /** Calls `listener` after every change of the snapshot; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => this.core.subscribe(listener);

  /** The snapshot now (the same object until something changes). */
  snapshot = (): LibrarySnapshot => this.core.snap;

  // --- life cycle ---

  /** Opens the database and the tab channel, and restores the working scenario. */
  async start(): Promise<void> {
    const { core } = this;
    const { deps } = core;
    let db: LibraryDb;
    try {
      db = await deps.openDb({
        blocked: () => deps.notify(deps.t(MESSAGES.blocked)),
        blocking: () => this.retire(MESSAGES.outdated),
        terminated: () => this.retire(MESSAGES.lost),
      });
    } catch (error) {
      if (core.stopped) return;
      const tooNew = (error as { name?: unknown } | null)?.name === 'VersionError';
      const reason = tooNew ? MESSAGES.tooNew : MESSAGES.unavailableMenu;
      deps.notify(deps.t(tooNew ? MESSAGES.tooNew : MESSAGES.unavailable));
      core.update({ availability: 'unavailable', reason });
      return;
    }
    if (core.stopped) {
      db.close();
      return;
    }
    core.db = db;
    core.channel = deps.openChannel((message) => this.received(message));
    core.channel?.post({ kind: 'schema', version: DB_VERSION, writer: core.tab });
    core.update({ availability: 'ready' });
    await core.refresh();
    await this.working.restore();
    // Records the list does not show (a working scenario of a tab, a foreign key) are named.
    if (!core.stopped && core.snap.setAside.length > 0) {
      deps.notify(setAsideMessage(deps.t, core.snap.setAside));
    }
  }

  /** Writes what is pending and lets go of the database (the page is going away). */
  stop(): void {
    const { core } = this;
    this.flush();
    core.stopped = true;
    this.working.stop();
    core.channel?.close();
    core.db?.close();
    core.db = null;
  }

  /** Writes the pending autosave now (the page is being hidden). */
  flush(): void {
    this.working.flush();
  }

  /** The page is going away: stash what is not written yet, and write it. */
  leave(): void {
    this.working.leave();
  }

  /** Another tab needs a newer database, or the browser closed it: stop writing here. */
  private retire(reason: LibraryReason): void {
    const { core } = this;
    this.flush(); // its transaction starts now; close() lets it finish
    core.db?.close();
    core.db = null;
    core.deps.notify(core.deps.t(reason));
    core.update({ availability: 'unavailable', reason });
  }

  private received(message: TabMessage): void {
    if (message.writer === this.core.tab) return;
    if (message.kind === 'schema') {
      if (message.version > DB_VERSION) this.retire(MESSAGES.outdated);
      return;
    }
    this.saved.received(message);
  }

  // --- the draft ---

  /**
   * The app's draft changed (an edit, or a replacement from anywhere). `valid`: whether it
   * parses, as the caller's one parse found (the draft state's `parsed.ok`); it is stored
   * with what is written. Without it the draft is stored as one with problems, which opens
   * as it was left.
   */
  draftChanged(next: unknown, valid: boolean): void {
    this.working.draftChanged(next, valid);
  }

  // --- the planner's actions ---

  /** "Save": over the saved scenario the draft belongs to, or as a new one. */
  save(): Promise<void> {
    return this.saved.save();
  }

  /** "Save as…": a new saved scenario named `name`, which the draft then belongs to. */
  saveAs(name: string): Promise<void> {
    return this.saved.saveAs(name);
  }

  /** The planner's answer to a conflict. */
  resolve(choice: 'mine' | 'theirs' | 'cancel'): Promise<void> {
    return this.saved.resolve(choice);
  }

  /** Opens a saved scenario as the draft. */
  openEntry(id: string): Promise<void> {
    return this.saved.openEntry(id);
  }

  /** Renames a saved scenario. */
  rename(id: string, name: string): Promise<void> {
    return this.saved.rename(id, name);
  }

  /** A copy of a saved scenario, named "… (copy)"; the draft is not changed. */
  duplicate(id: string): Promise<void> {
    return this.saved.duplicate(id);
  }

  /** Deletes a saved scenario; it is kept here until the undo notice goes away. */
  remove(id: string): Promise<void> {
    return this.saved.remove(id);
  }

  /** Puts the deleted scenario back (under a new id if its id was taken meanwhile). */
  undoDelete(): Promise<void> {
    return this.saved.undoDelete();
  }

  /** The undo notice went away: the deleted scenario is forgotten. */
  dismissDeleted(): void {
    this.saved.dismissDeleted();
  }

  /** A name for "Save as…": the scenario's own, made different from the saved ones. */
  suggestedName(): string {
    return this.saved.suggestedName();
  }

  // --- records set aside ---

  /** The stored values of records set aside, as they are (for a file); [] when unavailable. */
  async readSetAside(refs: readonly RecordRef[]): Promise<{ ref: RecordRef; value: unknown }[]> {
    const { db } = this.core;
    if (!db?.readRecords) return [];
    try {
      const values = await db.readRecords(refs);
      return refs.flatMap((ref, i) => (values[i] === undefined ? [] : [{ ref, value: values[i] }]));
    } catch (error) {
      this.core.failed(error, true);
      return [];
    }
  }

  /**
   * Removes records set aside from the storage (those still set aside: one repaired or
   * rewritten meanwhile is kept), and says so; `downloaded`: they went to a file first.
   */
  async discardSetAside(refs: readonly RecordRef[], downloaded: boolean): Promise<void> {
    const { core } = this;
    const { db } = core;
    if (!db?.discard) return;
    const datasets = core.deps.datasets();
    const stillBad = (ref: RecordRef, value: unknown): boolean => {
      if (ref.store === 'working') {
        const usable = usableWorking(value, datasets);
        return !usable.ok || usable.record.tab !== ref.key;
      }
      return typeof ref.key !== 'string' || entryOf(ref.key, value, datasets).damaged !== null;
    };
    try {
      const count = await db.discard(refs, stillBad);
      core.deps.notify(clearedMessage(core.deps.t, count, downloaded));
      core.channel?.post({ kind: 'changed', writer: core.tab });
      await core.refresh();
    } catch (error) {
      core.failed(error, true);
    }
  }
}
