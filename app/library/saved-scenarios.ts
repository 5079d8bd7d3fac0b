/**
 * The saved scenarios of "My scenarios": save, save as, open, rename, duplicate, delete with
 * undo, the conflict dialog's state when another tab saved first, and what other tabs
 * announce on the tab channel.
 *
 * Rules it keeps:
 * - a save over a revision that is no longer the stored one asks first (conflict.ts);
 * - a damaged record is reported, never opened, never deleted;
 * - a deleted record is kept here until its undo notice goes away.
 */
import { words } from '../shell/words.ts';
import { isNewerElsewhere } from './conflict.ts';
import type { SaveRequest } from './database.ts';
import { damagedMessage, damagedSaveMessage, goneMessage, MESSAGES } from './messages.ts';
import { copyName, freeName, openableDocument, readSavedRecord, scenarioName } from './records.ts';
import type { SavedRecord } from './schema.ts';
import type { SessionCore } from './session-core.ts';
import type { TabMessage } from './tab-channel.ts';
import type { WorkingCopy } from './working-copy.ts';

/** Saved scenarios and conflicts with other tabs; the draft is opened through the working copy. */
export class SavedScenarios {
  private conflict: { request: SaveRequest; theirs: SavedRecord } | null = null;
  private deleted: { id: string; value: unknown; name: string } | null = null;

  constructor(
    private readonly core: SessionCore,
    private readonly working: WorkingCopy,
  ) {}

  /** "Save": over the saved scenario the draft belongs to, or as a new one. */
  async save(): Promise<void> {
    const { core } = this;
    const { draft, link } = core.lineage;
    const { t } = core.deps;
    // A record deleted since (here or elsewhere) is written again under its id.
    if (!link) return this.saveAs(freeName(scenarioName(draft, t), this.names()));
    const name = this.nameOf(link.id) ?? scenarioName(draft, t);
    await this.write({ id: link.id, name, base: link.revision });
  }

  /** "Save as…": a new saved scenario named `name`, which the draft then belongs to. */
  async saveAs(name: string): Promise<void> {
    await this.write({ id: this.core.deps.newId(), name, base: null });
  }

  private async write(target: { id: string; name: string; base: number | null }): Promise<void> {
    const { core } = this;
    const { db, deps } = core;
    if (!db) return deps.notify(deps.t(core.snap.reason ?? MESSAGES.unavailable));
    const { draft } = core.lineage;
    const request: SaveRequest = {
      ...target,
      document: draft,
      valid: core.valid,
      writer: core.tab,
      now: deps.now(),
    };
    try {
      const result = await db.save(request);
      if (result.kind === 'conflict') {
        this.conflict = { request, theirs: result.theirs };
        core.update({
          conflict: { name: result.theirs.name, theirsModified: result.theirs.modified },
        });
        return;
      }
      if (result.kind === 'damaged') {
        deps.notify(damagedSaveMessage(deps.t, target.name, result.problem));
        return this.saveAs(freeName(target.name, this.names()));
      }
      const { record } = result;
      const lineage = core.lineage;
      const link = { id: record.id, revision: record.revision };
      if (core.apply({ kind: 'saved', draft, link }) !== lineage) this.working.relinked();
      core.channel?.post({ kind: 'saved', ...link, writer: core.tab });
      core.succeeded();
      core.update({ newerElsewhere: false });
      await core.refresh();
    } catch (error) {
      core.failed(error, true);
    }
  }

  /** The planner's answer to a conflict. */
  async resolve(choice: 'mine' | 'theirs' | 'cancel'): Promise<void> {
    const { core } = this;
    const pending = this.conflict;
    this.conflict = null;
    core.update({ conflict: null });
    if (!pending || choice === 'cancel') return;
    const { request, theirs } = pending;
    if (choice === 'mine') {
      await this.write({ id: request.id, name: request.name, base: theirs.revision });
      return;
    }
    const opened = openableDocument(theirs.document, theirs.valid, core.deps.datasets());
    if (!opened.ok)
      return core.deps.notify(damagedMessage(core.deps.t, theirs.name, opened.problem));
    this.working.open(
      theirs.document,
      { id: theirs.id, revision: theirs.revision },
      true,
      core.deps.t('library.opened.theirs', { name: theirs.name }),
    );
  }

  /** Opens a saved scenario as the draft. */
  async openEntry(id: string): Promise<void> {
    const { t } = this.core.deps;
    const record = await this.readRecord(id, this.nameOf(id) ?? t('library.unknownName.open'));
    if (!record) return;
    this.working.open(
      record.document,
      { id: record.id, revision: record.revision },
      true,
      t('library.opened.saved', { name: record.name }),
    );
  }

  /** A saved record ready to open, or null (and a message). */
  private async readRecord(id: string, name: string): Promise<SavedRecord | null> {
    const { core } = this;
    if (!core.db) return null;
    let value: unknown;
    try {
      value = await core.db.read(id);
    } catch (error) {
      core.failed(error, true);
      return null;
    }
    if (value === undefined) {
      core.deps.notify(goneMessage(core.deps.t, name));
      await core.refresh();
      return null;
    }
    const checked = readSavedRecord(value);
    const opened = checked.ok
      ? openableDocument(checked.record.document, checked.record.valid, core.deps.datasets())
      : checked;
    if (!checked.ok || !opened.ok) {
      const problem = opened.ok ? words('library.problem.damaged') : opened.problem;
      core.deps.notify(damagedMessage(core.deps.t, name, problem));
      return null;
    }
    return checked.record;
  }

  /** Renames a saved scenario (its revision stays). */
  async rename(id: string, name: string): Promise<void> {
    const { core } = this;
    if (!core.db) return;
    try {
      const done = await core.db.rename(id, name, core.deps.now());
      if (!done) core.deps.notify(core.deps.t(MESSAGES.notRenamed));
      await this.changed();
    } catch (error) {
      core.failed(error, true);
    }
  }

  /** A copy of a saved scenario, named "… (copy)"; the draft is not changed. */
  async duplicate(id: string): Promise<void> {
    const { core } = this;
    const record = await this.readRecord(
      id,
      this.nameOf(id) ?? core.deps.t('library.unknownName.open'),
    );
    if (!record || !core.db) return;
    const name = copyName(record.name, this.names());
    try {
      const result = await core.db.save({
        id: core.deps.newId(),
        name,
        document: record.document,
        valid: record.valid,
        base: null,
        writer: core.tab,
        now: core.deps.now(),
      });
      if (result.kind === 'saved') core.succeeded();
      await this.changed();
    } catch (error) {
      core.failed(error, true);
    }
  }

  /** Deletes a saved scenario; it is kept here until the undo notice goes away. */
  async remove(id: string): Promise<void> {
    const { core } = this;
    if (!core.db) return;
    const name = this.nameOf(id) ?? core.deps.t('library.unknownName.deleted');
    try {
      const value = await core.db.remove(id);
      if (value !== undefined) this.deleted = { id, value, name };
      await this.changed();
    } catch (error) {
      core.failed(error, true);
    }
  }

  /** Puts the deleted scenario back (under a new id if its id was taken meanwhile). */
  async undoDelete(): Promise<void> {
    const { core, deleted } = this;
    if (!deleted || !core.db) return;
    try {
      await core.db.putBack(deleted.value, deleted.id, core.deps.newId());
      this.deleted = null;
      await this.changed();
    } catch (error) {
      core.failed(error, true);
    }
  }

  /** The undo notice went away: the deleted scenario is forgotten. */
  dismissDeleted(): void {
    this.deleted = null;
    this.core.update({ deleted: null });
  }

  /** A name for "Save as…": the scenario's own, made different from the saved ones. */
  suggestedName(): string {
    return freeName(scenarioName(this.core.lineage.draft, this.core.deps.t), this.names());
  }

  /** Another tab saved or changed the saved scenarios (the session passes on only those). */
  received(message: Exclude<TabMessage, { kind: 'schema' }>): void {
    const { core } = this;
    if (
      message.kind === 'saved' &&
      isNewerElsewhere(core.lineage.link, message.id, message.revision)
    ) {
      core.update({ newerElsewhere: true });
    }
    void core.refresh();
  }

  /** The list changed here: other tabs are told, and the list is read again. */
  private async changed(): Promise<void> {
    const { core, deleted } = this;
    core.channel?.post({ kind: 'changed', writer: core.tab });
    core.update({ deleted: deleted ? { name: deleted.name } : null });
    await core.refresh();
  }

  private nameOf(id: string): string | undefined {
    return this.core.snap.entries.find((e) => e.id === id)?.name;
  }

  /** The names of the saved scenarios, which a new one must not take. */
  private names(): string[] {
    return this.core.snap.entries.map((e) => e.name);
  }
}
