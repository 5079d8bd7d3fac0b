/** What the library says to the planner, and which storage failure an error is. */
import type { SetAsideEntry } from './records.ts';

export const MESSAGES = {
  full: "Your browser's storage is full: the scenario is kept in this page; download it as a file to keep it safe",
  failed:
    'The scenario could not be saved in this browser: it is kept in this page; download it as a file to keep it safe',
  unavailable: 'Saving is not available in this browser window',
  unavailableMenu:
    'Saving is not available in this browser window (a private window, or storage turned off). Your work stays in this page until you close it: download the scenario as a file to keep it.',
  blocked:
    'Another tab of HWF Scenario Lab is still open with an older version: close it to go on saving. Your work is kept in this page.',
  outdated:
    'HWF Scenario Lab was updated in another tab: reload this page to go on saving. Your work is kept in this page; download it as a file to keep it safe.',
  tooNew:
    'Your saved scenarios were written by a newer version of HWF Scenario Lab: reload the page to use it. Your work is kept in this page.',
  lost: 'The browser closed the storage of saved scenarios: reload the page to go on saving. Your work is kept in this page.',
  restored: 'your last working scenario',
  notRenamed: 'The scenario could not be renamed: it is no longer in your scenarios, or damaged.',
} as const;

export function damagedMessage(name: string, problem: string): string {
  return `“${name}” could not be opened: it is damaged (${problem}). It stays in your scenarios, unchanged.`;
}

/** A save found the stored copy damaged: it is left alone, and the draft saved beside it. */
export function damagedSaveMessage(name: string, problem: string): string {
  return `The saved copy of “${name}” is damaged (${problem}) and stays as it is; this scenario is saved beside it.`;
}

/** The scenario to open or copy is gone. */
export function goneMessage(name: string): string {
  return `“${name}” is no longer in your scenarios (it was deleted in another tab).`;
}

export function damagedWorkingMessage(problem: string): string {
  return `Your last working scenario could not be restored: it is damaged (${problem}). It stays in this browser's storage, unchanged: “My scenarios” offers to download it or discard it.`;
}

/** What a record set aside is, in words: “Name” (a working scenario), or what it is. */
export function setAsideLabel(entry: SetAsideEntry): string {
  const what = entry.store === 'working' ? 'working scenario' : 'saved scenario';
  return entry.name !== null ? `the ${what} “${entry.name}”` : `a ${what} with no readable name`;
}

/** Records set aside when the page started (those the saved list does not show). */
export function setAsideMessage(entries: readonly SetAsideEntry[]): string {
  const named = entries.slice(0, 3).map(setAsideLabel);
  const more = entries.length > 3 ? ` and ${entries.length - 3} more` : '';
  const list = `${named.join(', ')}${more}`;
  return `Set aside, not opened: ${list} (damaged, or too large to open here). Everything else is as it was; “My scenarios” offers to download or discard what was set aside.`;
}

/** Records set aside were downloaded and removed, or removed. */
export function clearedMessage(count: number, downloaded: boolean): string {
  const what = count === 1 ? 'record' : 'records';
  return downloaded
    ? `${count} damaged ${what} downloaded as a file and removed from this browser's storage; nothing else was changed.`
    : `${count} damaged ${what} removed from this browser's storage; nothing else was changed.`;
}

export type StorageFault = 'full' | 'failed';

/** A quota error (by name, or the legacy code 22) is "full"; anything else "failed". */
export function faultOf(error: unknown): StorageFault {
  const e = error as { name?: unknown; code?: unknown } | null;
  if (e && (e.name === 'QuotaExceededError' || e.code === 22)) return 'full';
  return 'failed';
}

export function faultMessage(fault: StorageFault): string {
  return fault === 'full' ? MESSAGES.full : MESSAGES.failed;
}
