/**
 * What to restore when the page starts, as pure decisions.
 *
 * - A share link in the address of a new tab takes precedence: nothing is restored.
 * - A reload of a tab keeps its link in the address (share links write the working
 *   scenario there), but this tab's own working scenario, stashed as the page went away,
 *   is at least as new: if it is the link's scenario, it keeps its saved state when the
 *   link opens; if not (edits after the address was written, or a draft with problems,
 *   which has no link of its own), it opens once the link has opened.
 * - Without a link: this tab's working scenario, else the newest one of any tab.
 */
import type { LibraryDb } from './database.ts';
import type { Datasets } from './records.ts';
import { isPlainObject, openableDocument, readSavedRecord, readWorkingRecord } from './records.ts';
import type { WorkingRecord } from './schema.ts';
import type { Words } from '../shell/words.ts';

export type Usable = { ok: true; record: WorkingRecord } | { ok: false; problem: Words };

/** A working record that can be restored, or what is wrong with it. */
export function usableWorking(value: unknown, datasets: Datasets): Usable {
  const checked = readWorkingRecord(value);
  if (!checked.ok) return checked;
  const opened = openableDocument(checked.record.document, checked.record.valid, datasets);
  return opened.ok ? checked : opened;
}

/** The newest usable record among `values` (undefined: none stored), and the first problem. */
export function newestUsable(
  values: readonly unknown[],
  datasets: Datasets,
): { record: WorkingRecord | null; problem: Words | null } {
  let record: WorkingRecord | null = null;
  let problem: Words | null = null;
  for (const value of values) {
    if (value === undefined) continue;
    const usable = usableWorking(value, datasets);
    if (!usable.ok) problem ??= usable.problem;
    else if (!record || usable.record.modified > record.modified) record = usable.record;
  }
  return { record, problem };
}

export type RestorePlan =
  | { kind: 'nothing' }
  /** Open the record now. */
  | { kind: 'open'; record: WorkingRecord }
  /** The link in the address is this record: when it opens, it keeps the record's saved state. */
  | { kind: 'adopt'; record: WorkingRecord }
  /** The link in the address is older: open the record once the link has opened. */
  | { kind: 'after-link'; record: WorkingRecord };

/**
 * @param own this tab's working scenario (found only on a reload of the tab)
 * @param newest the newest working scenario of any tab
 * @param link the scenario of the share link in the address (null: not readable), or
 *   undefined when the address has no link
 */
export function planRestore(
  own: WorkingRecord | null,
  newest: WorkingRecord | null,
  link: { document: unknown } | { document: null } | undefined,
): RestorePlan {
  if (link === undefined) {
    const record = own ?? newest;
    return record ? { kind: 'open', record } : { kind: 'nothing' };
  }
  if (!own) return { kind: 'nothing' };
  if (link.document !== null && sameJson(link.document, own.document)) {
    return { kind: 'adopt', record: own };
  }
  return { kind: 'after-link', record: own };
}

export interface LoadedRestore {
  plan: RestorePlan;
  /** The record is exactly the revision of the saved scenario it belongs to. */
  saved: boolean;
  /** The document stored as this tab's record in the database (no need to write it again). */
  stored: unknown;
  /** Why a working record could not be used, when one could not. */
  problem: Words | null;
  /** This tab's record is damaged: the tab writes under a new id from now on. */
  ownDamaged: boolean;
}

/**
 * Reads what `planRestore` needs: this tab's record (in the database, and the copy stashed
 * as the page went away), else the newest of any tab. Throws when the database does.
 */
export async function loadRestore(
  db: Pick<LibraryDb, 'readWorking' | 'newestWorking' | 'read'>,
  tab: string,
  stashed: unknown,
  link: { document: unknown } | undefined,
  datasets: Datasets,
  /** Whether a document is an untouched built-in example: another tab's copy of one is not
   *  the planner's work (copies written before examples stopped being autosaved). */
  isExample: (document: unknown) => boolean = () => false,
): Promise<LoadedRestore> {
  const value = await db.readWorking(tab);
  const inDb = newestUsable([value], datasets);
  const ownStash = isPlainObject(stashed) && stashed.tab === tab ? stashed : undefined;
  const mine = newestUsable([inDb.record ?? undefined, ownStash], datasets);
  let stored = inDb.record?.document;
  let newest: WorkingRecord | null = null;
  let problem = inDb.problem ?? mine.problem;
  if (!mine.record && link === undefined) {
    // The newest one that can be restored: one set aside never hides the others.
    const accept = (v: unknown) => {
      const usable = usableWorking(v, datasets);
      return usable.ok && !(usable.record.link === null && isExample(usable.record.document));
    };
    const any = newestUsable([await db.newestWorking(accept)], datasets);
    newest = any.record;
    problem ??= any.problem;
    stored = undefined; // another tab's: copied under this tab's id
  }
  const plan = planRestore(mine.record, newest, link);
  const saved = plan.kind !== 'nothing' && (await isSavedRevision(db, plan.record));
  return { plan, saved, stored, problem, ownDamaged: value !== undefined && !inDb.record };
}

/** Whether a working record is exactly the revision of the saved scenario it belongs to. */
async function isSavedRevision(
  db: Pick<LibraryDb, 'read'>,
  record: WorkingRecord,
): Promise<boolean> {
  if (!record.link) return false;
  // An unreadable saved record only means the draft is not known to be saved.
  const saved = readSavedRecord(await db.read(record.link.id).catch(() => undefined));
  return (
    saved.ok &&
    saved.record.revision === record.link.revision &&
    sameJson(saved.record.document, record.document)
  );
}

/** Two JSON documents with the same text. */
export function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
