/**
 * The working scenario of one tab: restored when the page starts (restore.ts), waiting for
 * the share link in the address when there is one, written about a second after the last
 * change, and at once when the page goes away.
 *
 * Rules it keeps:
 * - nothing is written before the working scenario has been restored (or not);
 * - a share link that is refused in a new tab restores the planner's last work, as a tab
 *   without a link does (the restore waits for the link's verdict);
 * - an untouched built-in example (or a blank new scenario) is not the planner's work: it
 *   is never written, so it never takes the place of their work as the newest working
 *   scenario, nor pushes it out of the eight kept;
 * - nothing is written while a scenario the library opened is on its way to the app;
 * - a failed write never touches the draft: it is reported once (session-core.ts).
 */
import type { Translate } from '../i18n/translate.ts';
import { EXAMPLES, exampleDocument } from '../data/examples/index.ts';
import { newScenarioTemplate } from '../scenario/templates.ts';
import { debounce, type Debounced } from './debounce.ts';
import { classifyChange, NOTHING } from './lineage.ts';
import { damagedWorkingMessage, MESSAGES } from './messages.ts';
import { loadRestore, sameJson, type LoadedRestore, type RestorePlan } from './restore.ts';
import type { SavedLink, WorkingRecord } from './schema.ts';
import type { AddressLink, SessionCore } from './session-core.ts';

export const AUTOSAVE_MS = 1000;
/** How long a restore waits for the share link in the address to open. */
export const LINK_WAIT_MS = 8000;

/** Whether `document` is a built-in example, or the new-scenario template, untouched. */
export function isUntouchedExample(document: unknown, t?: Translate): boolean {
  if (typeof document !== 'object' || document === null) return false;
  const name = (document as { name?: unknown }).name;
  // The name first: a draft named otherwise is not compared as a whole.
  const same = builtIns(t).filter((b) => b.name === name);
  if (same.length === 0) return false;
  const text = jsonText(document);
  return text !== null && same.some((b) => b.text === text);
}

let english: { name: unknown; text: string | null }[] | null = null;
const translated = new WeakMap<Translate, { name: unknown; text: string | null }[]>();

/** The built-in documents as written (English) and, with `t`, as opened in its language. */
function builtIns(t?: Translate): { name: unknown; text: string | null }[] {
  const words = (docs: unknown[]) =>
    docs.map((d) => ({ name: (d as { name?: unknown }).name, text: jsonText(d) }));
  // The template's base year is this year's; a template of another year is an edit.
  english ??= words([...EXAMPLES.map((e) => e.document()), newScenarioTemplate()]);
  if (!t) return english;
  let own = translated.get(t);
  if (!own) {
    own = words([...EXAMPLES.map((e) => exampleDocument(e, t)), newScenarioTemplate(undefined, t)]);
    translated.set(t, own);
  }
  return [...english, ...own];
}

function jsonText(document: unknown): string | null {
  try {
    return JSON.stringify(document);
  } catch {
    return null;
  }
}

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
  /** The last draft checked by `isExample`, and the answer (drafts are never changed). */
  private exampleCheck: { draft: unknown; example: boolean } = { draft: NOTHING, example: false };

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
    // An untouched example is not the planner's work (a saved one is: it belongs to a link).
    if (link === null && this.isExample(draft)) return null;
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

  private isExample(draft: unknown): boolean {
    const { deps } = this.core;
    if (!deps.isExample) return false;
    if (this.exampleCheck.draft !== draft) {
      this.exampleCheck = { draft, example: deps.isExample(draft) };
    }
    return this.exampleCheck.example;
  }

  /** What to restore, read from the database; null when the database fails. */
  private async load(
    link: AddressLink | undefined,
    stashed: unknown,
  ): Promise<LoadedRestore | null> {
    const { core } = this;
    if (!core.db) return null;
    try {
      return await loadRestore(core.db, core.tab, stashed, link, core.deps.datasets(), (d) =>
        this.isExample(d),
      );
    } catch {
      return null; // nothing restored; the database reports itself at the next write
    }
  }

  private async restoreWorking(): Promise<void> {
    const { core } = this;
    const { deps } = core;
    const link = deps.linkInAddress();
    const loaded = await this.load(link, deps.stash.take());
    if (!loaded) return;
    const { plan, saved, problem } = loaded;
    // A damaged record of this tab is never written over: a new id from now on.
    if (loaded.ownDamaged) core.tab = deps.renewTab();
    if (problem) deps.notify(damagedWorkingMessage(deps.t, problem));
    if (core.stopped) return;
    if (plan.kind === 'nothing') {
      // A new tab with a share link: the link's scenario, unless the link is refused; then
      // the planner's last work, as in a tab without a link.
      if (link === undefined || (await this.linkOpens(link)) || core.stopped) return;
      const latest = await this.load(undefined, undefined);
      if (!latest || core.stopped) return;
      if (latest.problem && !sameJson(latest.problem, problem)) {
        deps.notify(damagedWorkingMessage(deps.t, latest.problem));
      }
      if (latest.plan.kind === 'open') this.openRestored(latest.plan.record, latest);
      return;
    }
    const { record } = plan;
    if (plan.kind !== 'open' && link?.document != null) {
      this.waiting = {
        plan,
        saved,
        timer: setTimeout(() => this.linkOpened(NOTHING), LINK_WAIT_MS),
      };
      // A refused link opens nothing: the tab's own scenario opens at once.
      void link.opened?.then((opens) => {
        if (!opens) this.linkOpened(NOTHING);
      });
      // The link may have opened already (or will not open: it is the scenario on screen).
      const { draft } = core.lineage;
      if (sameJson(draft, link.document)) this.linkOpened(draft);
      return;
    }
    this.openRestored(record, loaded);
  }

  private openRestored(record: WorkingRecord, loaded: LoadedRestore): void {
    this.open(record.document, record.link, loaded.saved, this.core.deps.t(MESSAGES.restored));
    // This tab's record in the database needs no new write; a stashed one, or one of another
    // tab, is written under this tab's id.
    if (record.document === loaded.stored) this.lastWritten = record.document;
  }

  /**
   * Whether the link in the address opens: false at once when it cannot be decoded, else its
   * verdict, waited for at most {@link LINK_WAIT_MS} (a link still loading its population
   * data set by then counts as opening; nothing is restored over it).
   */
  private async linkOpens(link: AddressLink): Promise<boolean> {
    if (link.document === null) return false;
    if (!link.opened) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), LINK_WAIT_MS);
    });
    try {
      return await Promise.race([link.opened.catch(() => false), late]);
    } finally {
      clearTimeout(timer);
    }
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
      this.open(record.document, record.link, saved, core.deps.t(MESSAGES.restored));
    }
    this.autosave.schedule(null);
    core.update();
  }
}
