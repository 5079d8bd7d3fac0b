/**
 * The working scenario kept in sessionStorage as the page goes away. The autosave's last
 * IndexedDB write, started while the page unloads, may land after the reloaded page has
 * read the database; sessionStorage is written at once and survives the reload of its tab,
 * so the restore takes whichever copy is newer. Best effort: a scenario too large for
 * sessionStorage relies on the IndexedDB write alone.
 */
import type { WorkingRecord } from './schema.ts';

const STASH_KEY = 'hwf-scenario-lab.working';

export function stashWorking(record: WorkingRecord): void {
  try {
    sessionStorage.setItem(STASH_KEY, JSON.stringify(record));
  } catch {
    // Full or blocked: the IndexedDB write is still on its way.
  }
}

/** The stashed record (unchecked), removed from the stash; undefined when there is none. */
export function takeStashedWorking(): unknown {
  try {
    const text = sessionStorage.getItem(STASH_KEY);
    sessionStorage.removeItem(STASH_KEY);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
