/**
 * Revisions of saved scenarios. A tab saves a scenario over the revision it started from
 * (its base); when the stored record has moved on (another tab or window saved it), the save
 * is not written and the planner chooses: keep mine (a save over the revision shown in the
 * dialog, which asks again if yet another one arrived) or take theirs. Nothing newer is ever
 * overwritten without that choice.
 */

export type SaveDecision =
  /** Write the record at `revision`. */
  | { kind: 'write'; revision: number }
  /** Someone else's revision is stored: ask. */
  | { kind: 'conflict'; theirs: number };

/**
 * What a save over `base` (null: a new record) does when `stored` is the revision in the
 * database now (undefined: no record).
 */
export function decideSave(base: number | null, stored: number | undefined): SaveDecision {
  if (stored === undefined) {
    // New, or deleted elsewhere since: the planner asked to save, so it is written (again).
    return { kind: 'write', revision: (base ?? 0) + 1 };
  }
  if (base !== null && stored === base) return { kind: 'write', revision: base + 1 };
  return { kind: 'conflict', theirs: stored };
}

/** Whether a revision announced by another tab is newer than the one this draft started from. */
export function isNewerElsewhere(
  link: { id: string; revision: number } | null,
  id: string,
  revision: number,
): boolean {
  return link !== null && link.id === id && revision > link.revision;
}
