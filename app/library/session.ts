/**
 * The library of one tab: the saved scenarios, the autosaved working scenario, and which
 * saved scenario the draft belongs to. Plain TypeScript behind `useLibrary`; the database,
 * the tab channel, ids and time come in as dependencies.
 *
 * Rules it keeps:
 * - nothing is written before the working scenario has been restored (or not);
 * - a failed write never touches the draft: it is reported once, and the file route offered;
 * - a save over a revision that is no longer the stored one asks first (conflict.ts);
 * - a damaged record is reported, never opened, never deleted;
 * - a deleted record is kept here until its undo notice goes away.
 */
import { isNewerElsewhere } from './conflict.ts';
import type { DbEvents, LibraryDb, SaveRequest } from './database.ts';
import { debounce, type Debounced, type Timers } from './debounce.ts';
import { descends } from './lineage.ts';
import {
  damagedMessage,
  damagedWorkingMessage,
  faultMessage,
  faultOf,
  MESSAGES,
  type StorageFault,
} from './messages.ts';
import {
  copyName,
  isValidDocument,
  openableDocument,
  readSavedRecord,
  scenarioName,
  type Datasets,
  type LibraryEntry,
} from './records.ts';
import { loadRestore, sameJson, type LoadedRestore, type RestorePlan } from './restore.ts';
import { DB_VERSION, type SavedLink, type SavedRecord, type WorkingRecord } from './schema.ts';
import type { TabChannel, TabMessage } from './tab-channel.ts';

export type Availability = 'opening' | 'ready' | 'unavailable';

export interface LibrarySnapshot {
  availability: Availability;
  /** Why saving is not available, in words, when it is not. */
  reason: string | null;
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
}

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
  linkInAddress(): { document: unknown } | undefined;
  /** Replaces the draft (with the app's undo notice). */
  open(document: unknown, what: string): void;
  notify(message: string): void;
  /** The population data sets loaded in the page, for checking documents that name one. */
  datasets(): Datasets;
  /** A synchronous copy of the working scenario for a page going away (stash.ts). */
  stash: { put(record: WorkingRecord): void; take(): unknown };
  /** Asks the browser to keep the storage (navigator.storage.persist). */
  persist(): void;
  autosaveMs?: number;
  timers?: Timers;
}

/** "Nothing": the draft was never written, so any draft differs from it. */
const NOTHING: unique symbol = Symbol('nothing');
type Maybe = unknown;

export const AUTOSAVE_MS = 1000;
/** How long a restore waits for the share link in the address to open. */
export const LINK_WAIT_MS = 8000;

export class LibrarySession {
  private db: LibraryDb | null = null;
  private channel: TabChannel | null = null;
  private stopped = false;
  private ready = false;
  private tab: string;
  private persisted = false;
  private readonly autosave: Debounced<null>;
  private listeners = new Set<() => void>();
  private snap: LibrarySnapshot;

  private draft: Maybe = NOTHING;
  /** The draft last written as the working scenario. */
  private lastWritten: Maybe = NOTHING;
  private link: SavedLink | null = null;
  /** The draft as last saved or opened (the draft is "saved" while it is this one). */
  private savedDraft: Maybe = NOTHING;
  /** A draft this session put in (opened, restored, taken): it keeps its link. */
  private expected: Maybe = NOTHING;
  /** What the draft belonged to before it was replaced, for the app's undo. */
  private before: { draft: Maybe; link: SavedLink | null; savedDraft: Maybe } | null = null;
  private conflict: { request: SaveRequest; theirs: SavedRecord } | null = null;
  private deleted: { id: string; value: unknown; name: string } | null = null;
  /** A restore waiting for the share link in the address to open first (restore.ts). */
  private waiting: {
    plan: Extract<RestorePlan, { kind: 'adopt' | 'after-link' }>;
    saved: boolean;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;

  constructor(private readonly deps: SessionDeps) {
    this.tab = deps.tab;
    this.autosave = debounce(
      () => void this.writeWorking(),
      deps.autosaveMs ?? AUTOSAVE_MS,
      deps.timers,
    );
    this.snap = this.build({
      availability: 'opening',
      reason: null,
      entries: [],
      fault: null,
      newerElsewhere: false,
    });
  }

  // --- React plumbing (useSyncExternalStore) ---

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): LibrarySnapshot => this.snap;

  private build(
    base: Pick<LibrarySnapshot, 'availability' | 'reason' | 'entries' | 'fault' | 'newerElsewhere'>,
  ): LibrarySnapshot {
    const current =
      this.link && base.entries.some((e) => e.id === this.link?.id) ? this.link : null;
    return {
      ...base,
      currentId: current?.id ?? null,
      saved: current !== null && this.draft === this.savedDraft,
      conflict: this.conflict
        ? { name: this.conflict.theirs.name, theirsModified: this.conflict.theirs.modified }
        : null,
      deleted: this.deleted ? { name: this.deleted.name } : null,
    };
  }

  private update(change: Partial<LibrarySnapshot> = {}): void {
    if (this.stopped) return;
    this.snap = this.build({ ...this.snap, ...change });
    for (const listener of this.listeners) listener();
  }

  // --- life cycle ---

  async start(): Promise<void> {
    let db: LibraryDb;
    try {
      db = await this.deps.openDb({
        blocked: () => this.deps.notify(MESSAGES.blocked),
        blocking: () => this.retire(MESSAGES.outdated),
        terminated: () => this.retire(MESSAGES.lost),
      });
    } catch (error) {
      if (this.stopped) return;
      const tooNew = (error as { name?: unknown } | null)?.name === 'VersionError';
      const reason = tooNew ? MESSAGES.tooNew : MESSAGES.unavailableMenu;
      this.deps.notify(tooNew ? MESSAGES.tooNew : MESSAGES.unavailable);
      this.update({ availability: 'unavailable', reason });
      return;
    }
    if (this.stopped) {
      db.close();
      return;
    }
    this.db = db;
    this.channel = this.deps.openChannel((message) => this.received(message));
    this.channel?.post({ kind: 'schema', version: DB_VERSION, writer: this.tab });
    this.update({ availability: 'ready' });
    await this.refresh();
    await this.restoreWorking();
    if (this.stopped) return;
    this.ready = true;
    this.autosave.schedule(null);
  }

  /** Writes what is pending and lets go of the database (the page is going away). */
  stop(): void {
    this.flush();
    this.stopped = true;
    if (this.waiting) clearTimeout(this.waiting.timer);
    this.channel?.close();
    this.db?.close();
    this.db = null;
  }

  /** Writes the pending autosave now (the page is being hidden). */
  flush(): void {
    this.autosave.flush();
  }

  /** The page is going away: stash what is not written yet, and write it. */
  leave(): void {
    const record = this.unwritten();
    if (record) this.deps.stash.put(record);
    this.flush();
  }

  /** The working record to write, or null when there is nothing new to write (yet). */
  private unwritten(): WorkingRecord | null {
    const { draft } = this;
    // Not before the restore (or while it waits for the link in the address), not while a
    // scenario this session opened is on its way in.
    if (!this.db || !this.ready || this.waiting || draft === NOTHING) return null;
    if (this.expected !== NOTHING) return null;
    if (draft === this.lastWritten) return null;
    return {
      tab: this.tab,
      document: draft,
      modified: this.deps.now(),
      valid: isValidDocument(draft, this.deps.datasets()),
      link: this.link,
    };
  }

  /** Another tab needs a newer database, or the browser closed it: stop writing here. */
  private retire(message: string): void {
    this.flush(); // its transaction starts now; close() lets it finish
    this.db?.close();
    this.db = null;
    this.deps.notify(message);
    this.update({ availability: 'unavailable', reason: message });
  }

  private received(message: TabMessage): void {
    if (message.writer === this.tab) return;
    if (message.kind === 'schema') {
      if (message.version > DB_VERSION) this.retire(MESSAGES.outdated);
      return;
    }
    if (message.kind === 'saved' && isNewerElsewhere(this.link, message.id, message.revision)) {
      this.update({ newerElsewhere: true });
    }
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    if (!this.db) return;
    try {
      const entries = await this.db.list(this.deps.datasets());
      this.update({ entries });
    } catch {
      // The list stays as it was; a write will report what is wrong.
    }
  }

  private async restoreWorking(): Promise<void> {
    if (!this.db) return;
    const link = this.deps.linkInAddress();
    let loaded: LoadedRestore;
    try {
      const stashed = this.deps.stash.take();
      loaded = await loadRestore(this.db, this.tab, stashed, link, this.deps.datasets());
    } catch {
      return; // nothing restored; the database reports itself at the next write
    }
    const { plan, saved, stored, problem } = loaded;
    // A damaged record of this tab is never written over: a new id from now on.
    if (loaded.ownDamaged) this.tab = this.deps.renewTab();
    if (problem) this.deps.notify(damagedWorkingMessage(problem));
    if (plan.kind === 'nothing' || this.stopped) return;
    const { record } = plan;
    if (plan.kind !== 'open' && link?.document != null) {
      this.waiting = {
        plan,
        saved,
        timer: setTimeout(() => this.linkOpened(NOTHING), LINK_WAIT_MS),
      };
      // The link may have opened already (or will not open: it is the scenario on screen).
      if (sameJson(this.draft, link.document)) this.linkOpened(this.draft);
      return;
    }
    this.put(record.document, record.link, saved ? record.document : NOTHING, MESSAGES.restored);
    // This tab's record in the database needs no new write; a stashed one, or one of another
    // tab, is written under this tab's id.
    if (record.document === stored) this.lastWritten = record.document;
  }

  /**
   * The link in the address has opened (`next`, its scenario), or did not open in time
   * (NOTHING): the waiting restore takes over the link's scenario, or opens over it.
   */
  private linkOpened(next: Maybe): void {
    const waiting = this.waiting;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.waiting = null;
    const { plan, saved } = waiting;
    const { record } = plan;
    if (plan.kind === 'adopt' && next !== NOTHING && sameJson(next, record.document)) {
      this.link = record.link;
      this.savedDraft = saved ? next : NOTHING;
      this.before = null;
    } else {
      this.put(record.document, record.link, saved ? record.document : NOTHING, MESSAGES.restored);
    }
    this.autosave.schedule(null);
    this.update();
  }

  /** Opens `document` as the draft, belonging to `link`. */
  private put(document: unknown, link: SavedLink | null, savedDraft: Maybe, what: string): void {
    this.before = { draft: this.draft, link: this.link, savedDraft: this.savedDraft };
    this.link = link;
    this.savedDraft = savedDraft;
    this.expected = document;
    this.lastWritten = NOTHING;
    this.deps.open(document, what);
    this.update({ newerElsewhere: false });
    void this.refresh();
  }

  // --- the draft ---

  /** The app's draft changed (an edit, or a replacement from anywhere). */
  draftChanged(next: unknown): void {
    const previous = this.draft;
    this.draft = next;
    if (next === this.expected) {
      this.expected = NOTHING;
    } else if (this.before && next === this.before.draft) {
      // The app's undo went back to the draft before a replacement.
      ({ link: this.link, savedDraft: this.savedDraft } = this.before);
      this.before = null;
    } else if (previous !== NOTHING && !descends(previous, next)) {
      this.before = { draft: previous, link: this.link, savedDraft: this.savedDraft };
      this.link = null;
      this.savedDraft = NOTHING;
      // A scenario from elsewhere: the link in the address, if a restore waits for it.
      this.linkOpened(next);
    }
    if (this.ready && this.db && next !== this.lastWritten) this.autosave.schedule(null);
    this.update(this.link ? {} : { newerElsewhere: false });
  }

  /** Autosaves the draft as this tab's working scenario, unless it is written already. */
  private async writeWorking(): Promise<void> {
    const { db, draft } = this;
    const record = this.unwritten();
    if (!db || !record) return;
    this.lastWritten = draft;
    try {
      await db.writeWorking(record);
      this.succeeded();
    } catch (error) {
      if (this.lastWritten === draft) this.lastWritten = NOTHING;
      this.failed(error, false);
    }
  }

  private succeeded(): void {
    if (!this.persisted) {
      this.persisted = true;
      this.deps.persist();
    }
    this.update({ fault: null });
  }

  /** Reports a failed write: always after the planner's action, once for autosaves. */
  private failed(error: unknown, asked: boolean): void {
    const fault = faultOf(error);
    if (asked || this.snap.fault !== fault) this.deps.notify(faultMessage(fault));
    this.update({ fault });
  }

  // --- the planner's actions ---

  /** "Save": over the saved scenario the draft belongs to, or as a new one. */
  async save(): Promise<void> {
    // A record deleted since (here or elsewhere) is written again under its id.
    const link = this.link;
    if (!link) return this.saveAs(this.freeName(scenarioName(this.draft)));
    const name = this.snap.entries.find((e) => e.id === link.id)?.name ?? scenarioName(this.draft);
    await this.write({ id: link.id, name, base: link.revision });
  }

  /** "Save as…": a new saved scenario named `name`, which the draft then belongs to. */
  async saveAs(name: string): Promise<void> {
    await this.write({ id: this.deps.newId(), name, base: null });
  }

  private async write(target: { id: string; name: string; base: number | null }): Promise<void> {
    const db = this.db;
    if (!db) return this.deps.notify(this.snap.reason ?? MESSAGES.unavailable);
    const draft = this.draft;
    const request: SaveRequest = {
      ...target,
      document: draft,
      valid: isValidDocument(draft, this.deps.datasets()),
      writer: this.tab,
      now: this.deps.now(),
    };
    try {
      const result = await db.save(request);
      if (result.kind === 'conflict') {
        this.conflict = { request, theirs: result.theirs };
        this.update();
        return;
      }
      if (result.kind === 'damaged') {
        this.deps.notify(
          `The saved copy of “${target.name}” is damaged (${result.problem}) and stays as it is; this scenario is saved beside it.`,
        );
        return this.saveAs(this.freeName(target.name));
      }
      const { record } = result;
      if (this.draft === draft || descends(draft, this.draft)) {
        this.link = { id: record.id, revision: record.revision };
        this.savedDraft = draft;
        this.lastWritten = NOTHING; // the working record learns its link
        this.autosave.schedule(null);
      }
      this.channel?.post({
        kind: 'saved',
        id: record.id,
        revision: record.revision,
        writer: this.tab,
      });
      this.succeeded();
      this.update({ newerElsewhere: false });
      await this.refresh();
    } catch (error) {
      this.failed(error, true);
    }
  }

  /** The planner's answer to a conflict. */
  async resolve(choice: 'mine' | 'theirs' | 'cancel'): Promise<void> {
    const pending = this.conflict;
    this.conflict = null;
    this.update();
    if (!pending || choice === 'cancel') return;
    const { request, theirs } = pending;
    if (choice === 'mine') {
      await this.write({ id: request.id, name: request.name, base: theirs.revision });
      return;
    }
    const opened = openableDocument(theirs.document, theirs.valid, this.deps.datasets());
    if (!opened.ok) return this.deps.notify(damagedMessage(theirs.name, opened.problem));
    this.put(
      theirs.document,
      { id: theirs.id, revision: theirs.revision },
      theirs.document,
      `the version of “${theirs.name}” saved in another tab`,
    );
  }

  /** Opens a saved scenario as the draft. */
  async openEntry(id: string): Promise<void> {
    const entry = this.snap.entries.find((e) => e.id === id);
    const name = entry?.name ?? 'The scenario';
    const record = await this.readRecord(id, name);
    if (!record) return;
    this.put(
      record.document,
      { id: record.id, revision: record.revision },
      record.document,
      `“${record.name}” from your scenarios`,
    );
  }

  /** A saved record ready to open, or null (and a message). */
  private async readRecord(id: string, name: string): Promise<SavedRecord | null> {
    if (!this.db) return null;
    let value: unknown;
    try {
      value = await this.db.read(id);
    } catch (error) {
      this.failed(error, true);
      return null;
    }
    if (value === undefined) {
      this.deps.notify(`“${name}” is no longer in your scenarios (it was deleted in another tab).`);
      await this.refresh();
      return null;
    }
    const checked = readSavedRecord(value);
    const opened = checked.ok
      ? openableDocument(checked.record.document, checked.record.valid, this.deps.datasets())
      : checked;
    if (!checked.ok || !opened.ok) {
      this.deps.notify(damagedMessage(name, opened.ok ? '' : opened.problem));
      return null;
    }
    return checked.record;
  }

  async rename(id: string, name: string): Promise<void> {
    if (!this.db) return;
    try {
      const done = await this.db.rename(id, name, this.deps.now());
      if (!done)
        this.deps.notify(
          `The scenario could not be renamed: it is no longer in your scenarios, or damaged.`,
        );
      await this.changed();
    } catch (error) {
      this.failed(error, true);
    }
  }

  /** A copy of a saved scenario, named "… (copy)"; the draft is not changed. */
  async duplicate(id: string): Promise<void> {
    const entry = this.snap.entries.find((e) => e.id === id);
    const record = await this.readRecord(id, entry?.name ?? 'The scenario');
    if (!record || !this.db) return;
    const name = copyName(
      record.name,
      this.snap.entries.map((e) => e.name),
    );
    try {
      const result = await this.db.save({
        id: this.deps.newId(),
        name,
        document: record.document,
        valid: record.valid,
        base: null,
        writer: this.tab,
        now: this.deps.now(),
      });
      if (result.kind === 'saved') this.succeeded();
      await this.changed();
    } catch (error) {
      this.failed(error, true);
    }
  }

  /** Deletes a saved scenario; it is kept here until the undo notice goes away. */
  async remove(id: string): Promise<void> {
    if (!this.db) return;
    const entry = this.snap.entries.find((e) => e.id === id);
    try {
      const value = await this.db.remove(id);
      if (value !== undefined) this.deleted = { id, value, name: entry?.name ?? 'the scenario' };
      await this.changed();
    } catch (error) {
      this.failed(error, true);
    }
  }

  /** Puts the deleted scenario back (under a new id if its id was taken meanwhile). */
  async undoDelete(): Promise<void> {
    const deleted = this.deleted;
    if (!deleted || !this.db) return;
    try {
      await this.db.putBack(deleted.value, deleted.id, this.deps.newId());
      this.deleted = null;
      await this.changed();
    } catch (error) {
      this.failed(error, true);
    }
  }

  /** The undo notice went away: the deleted scenario is forgotten. */
  dismissDeleted(): void {
    this.deleted = null;
    this.update();
  }

  /** A name for "Save as…": the scenario's own, made different from the saved ones. */
  suggestedName(): string {
    return this.freeName(scenarioName(this.draft));
  }

  private async changed(): Promise<void> {
    this.channel?.post({ kind: 'changed', writer: this.tab });
    this.update();
    await this.refresh();
  }

  /** `name`, or "name (2)", … — one no saved scenario has. */
  private freeName(name: string): string {
    const taken = new Set(this.snap.entries.map((e) => e.name));
    if (!taken.has(name)) return name;
    for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
  }
}
