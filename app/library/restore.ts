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
import type { Datasets } from './records.ts';
import { openableDocument, readWorkingRecord } from './records.ts';
import type { WorkingRecord } from './schema.ts';

export type Usable = { ok: true; record: WorkingRecord } | { ok: false; problem: string };

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
): { record: WorkingRecord | null; problem: string | null } {
  let record: WorkingRecord | null = null;
  let problem: string | null = null;
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

/** Two JSON documents with the same text. */
export function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
