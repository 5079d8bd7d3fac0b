/** What the library says to the planner, and which storage failure an error is. */
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { say, type Words } from '../shell/words.ts';
import type { SetAsideEntry } from './records.ts';

/** The library's notices, by the key of their message (library.json). */
export const MESSAGES = {
  full: 'library.notice.full',
  failed: 'library.notice.failed',
  unavailable: 'library.notice.unavailable',
  unavailableMenu: 'library.notice.unavailableMenu',
  blocked: 'library.notice.blocked',
  outdated: 'library.notice.outdated',
  tooNew: 'library.notice.tooNew',
  lost: 'library.notice.lost',
  /** What the app's undo notice calls the restored working scenario. */
  restored: 'library.opened.restored',
  notRenamed: 'library.notice.notRenamed',
} as const satisfies Record<string, MessageKey>;

/** Why saving is not available here: the key of a notice. */
export type LibraryReason = (typeof MESSAGES)[keyof typeof MESSAGES];

export function damagedMessage(t: Translate, name: string, problem: Words): string {
  return t('library.notice.damaged', { name, problem: say(t, problem) });
}

/** A save found the stored copy damaged: it is left alone, and the draft saved beside it. */
export function damagedSaveMessage(t: Translate, name: string, problem: Words): string {
  return t('library.notice.damagedSave', { name, problem: say(t, problem) });
}

/** The scenario to open or copy is gone. */
export function goneMessage(t: Translate, name: string): string {
  return t('library.notice.gone', { name });
}

export function damagedWorkingMessage(t: Translate, problem: Words): string {
  return t('library.notice.damagedWorking', { problem: say(t, problem) });
}

/** What a record set aside is, in words: “Name” (a working scenario), or what it is. */
export function setAsideLabel(t: Translate, entry: SetAsideEntry): string {
  return entry.name !== null
    ? t('library.setAside.named', { store: entry.store, name: entry.name })
    : t('library.setAside.unnamed', { store: entry.store });
}

/** A record set aside as the title of its line: “The saved scenario “Name””. */
export function setAsideTitle(t: Translate, entry: SetAsideEntry): string {
  return entry.name !== null
    ? t('library.setAside.namedTitle', { store: entry.store, name: entry.name })
    : t('library.setAside.unnamedTitle', { store: entry.store });
}

/** Records set aside when the page started (those the saved list does not show). */
export function setAsideMessage(t: Translate, entries: readonly SetAsideEntry[]): string {
  const list = entries
    .slice(0, 3)
    .map((entry) => setAsideLabel(t, entry))
    .join(', ');
  const more = Math.max(0, entries.length - 3);
  return t('library.notice.setAside', { list, more, moreCount: String(more) });
}

/** Records set aside were downloaded and removed, or removed. */
export function clearedMessage(t: Translate, count: number, downloaded: boolean): string {
  const values = { n: count, count: String(count) };
  return downloaded
    ? t('library.notice.clearedDownloaded', values)
    : t('library.notice.clearedRemoved', values);
}

export type StorageFault = 'full' | 'failed';

/** A quota error (by name, or the legacy code 22) is "full"; anything else "failed". */
export function faultOf(error: unknown): StorageFault {
  const e = error as { name?: unknown; code?: unknown } | null;
  if (e && (e.name === 'QuotaExceededError' || e.code === 22)) return 'full';
  return 'failed';
}

export function faultMessage(t: Translate, fault: StorageFault): string {
  return t(fault === 'full' ? MESSAGES.full : MESSAGES.failed);
}
