/**
 * The working scenario of one tab: restored when the page starts (restore.ts), waiting for
 * the share link in the address when there is one, written about a second after the last
 * change, and at once when the page goes away.
 *
 * Rules it keeps:
 * - nothing is written before the working scenario has been restored (or not);
 * - nothing is written while a scenario the library opened is on its way to the app;
 * - a failed write never touches the draft: it is reported once (session-core.ts).
 */
import { debounce, type Debounced } from './debounce.ts';
import { classifyChange, NOTHING } from './lineage.ts';
import { damagedWorkingMessage, MESSAGES } from './messages.ts';
import { loadRestore, sameJson, type LoadedRestore, type RestorePlan } from './restore.ts';
import type { SavedLink, WorkingRecord } from './schema.ts';
import type { SessionCore } from './session-core.ts';

export const AUTOSAVE_MS = 1000;
/** How long a restore waits for the share link in the address to open. */
export const LINK_WAIT_MS = 8000;

/** A restore waiting for the share link in the address to open first (restore.ts). */
interface LinkWait {
  plan: Extract<RestorePlan, { kind: 'adopt' | 'after-link' }>;
  saved: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/** The tab's working scenario: restore, the wait for a share link, and autosave. */
export class WorkingCopy {
  /** Set once the restore is done: nothing is written before. */
  private ready = false;
  /** The draft last written as the working scenario. */
  private lastWritten: unknown = NOTHING;
  private waiting: LinkWait | null = null;
  private readonly autosave: Debounced<null>;

  constructor(private readonly core: SessionCore) {
    const { deps } = core;
    this.autosave = debounce(() => void this.write(), deps.autosaveMs ?? AUTOSAVE_MS, deps.timers);
  }

  /** Restores the working scenario (or not); from then on, the draft is autosaved. */
  async restore(): Promise<void> {
    await this.restoreWorking();
    if (this.core.stopped) return;
    this.ready = true;
    this.autosave.schedule(null);
  }

  /** The app's draft changed (an edit, or a replacement from anywhere). */
  draftChanged(next: unknown, valid: boolean): void {
    const { core } = this;
    const change = classifyChange(core.lineage, next);
    core.valid = valid;
    core.apply({ kind: 'changed', draft: next });
    // A scenario from elsewhere: the link in the address, if a restore waits for it.
    if (change === 'elsewhere') this.linkOpened(next);
    if (this.ready && core.db && next !== this.lastWritten) this.autosave.schedule(null);
    core.update(core.lineage.link ? {} : { newerElsewhere: false });
  }

  /** Opens `document` as the draft, belonging to `link` (and saved as it is, or not). */
  open(document: unknown, link: SavedLink | null, saved: boolean, what: string): void {
    const { core } = this;
    core.apply({ kind: 'opened', draft: document, link, saved });
    this.lastWritten = NOTHING;
    core.deps.open(document, what);
    core.update({ newerElsewhere: false });
    void core.refresh();
  }

  /** The draft was saved: the working record is written again, to learn its link. */
  relinked(): void {
    this.lastWritten = NOTHING;
    this.autosave.schedule(null);
  }

  /** Writes the pending autosave now (the page is being hidden). */
  flush(): void {
    this.autosave.flush();
  }

  /** The page is going away: stash what is not written yet, and write it. */
  leave(): void {
    const record = this.unwritten();
    if (record) this.core.deps.stash.put(record);
    this.flush();
  }

  /** Stops waiting for the share link (the session stops). */
  stop(): void {
    if (this.waiting) clearTimeout(this.waiting.timer);
  }

  /** The working record to write, or null when there is nothing new to write (yet). */
  private unwritten(): WorkingRecord | null {
    const { core } = this;
    const { draft, expected, link } = core.lineage;
    // Not before the restore (or while it waits for the link in the address), not while a
    // scenario this session opened is on its way in.
    if (!core.db || !this.ready || this.waiting || draft === NOTHING) return null;
    if (expected !== NOTHING) return null;
    if (draft === this.lastWritten) return null;
    return { tab: core.tab, document: draft, modified: core.deps.now(), valid: core.valid, link };
  }

  /** Autosaves the draft as this tab's working scenario, unless it is written already. */
  private async write(): Promise<void> {
    const { core } = this;
    const { db } = core;
    const { draft } = core.lineage;
    const record = this.unwritten();
    if (!db || !record) return;
    this.lastWritten = draft;
    try {
      await db.writeWorking(record);
      core.succeeded();
    } catch (error) {
      if (this.lastWritten === draft) this.lastWritten = NOTHING;
      core.failed(error, false);
    }
  }

  private async restoreWorking(): Promise<void> {
    const { core } = this;
    const { db, deps } = core;
    if (!db) return;
    const link = deps.linkInAddress();
    let loaded: LoadedRestore;
    try {
      const stashed = deps.stash.take();
      loaded = await loadRestore(db, core.tab, stashed, link, deps.datasets());
    } catch {
      return; // nothing restored; the database reports itself at the next write
    }
    const { plan, saved, stored, problem } = loaded;
    // A damaged record of this tab is never written over: a new id from now on.
    if (loaded.ownDamaged) core.tab = deps.renewTab();
    if (problem) deps.notify(damagedWorkingMessage(problem));
    if (plan.kind === 'nothing' || core.stopped) return;
    const { record } = plan;
    if (plan.kind !== 'open' && link?.document != null) {
      this.waiting = {
        plan,
        saved,
        timer: setTimeout(() => this.linkOpened(NOTHING), LINK_WAIT_MS),
      };
      // The link may have opened already (or will not open: it is the scenario on screen).
      const { draft } = core.lineage;
      if (sameJson(draft, link.document)) this.linkOpened(draft);
      return;
    }
    this.open(record.document, record.link, saved, MESSAGES.restored);
    // This tab's record in the database needs no new write; a stashed one, or one of another
    // tab, is written under this tab's id.
    if (record.document === stored) this.lastWritten = record.document;
  }

  /**
   * The link in the address has opened (`next`, its scenario), or did not open in time
   * (NOTHING): the waiting restore takes over the link's scenario, or opens over it.
   */
  private linkOpened(next: unknown): void {
    const { core, waiting } = this;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.waiting = null;
    const { plan, saved } = waiting;
    const { record } = plan;
    if (plan.kind === 'adopt' && next !== NOTHING && sameJson(next, record.document)) {
      core.apply({ kind: 'adopted', link: record.link, saved });
    } else {
      this.open(record.document, record.link, saved, MESSAGES.restored);
    }
    this.autosave.schedule(null);
    core.update();
  }
}
