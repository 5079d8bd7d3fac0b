/**
 * Limits on what a scenario may hold, besides the numeric domains: the length of its texts
 * and the characters of its ids. The validation applies them (with a message naming the
 * field); the library and the share links use them to refuse or set aside, before any
 * rendering, a stored draft or a link that exceeds them (docs/scenario-format.md).
 */

/** The longest name of a scenario, a profession or a crisis, in characters. */
export const MAX_NAME_CHARS = 200;
/** The longest description of a scenario, in characters. */
export const MAX_DESCRIPTION_CHARS = 10_000;
/** The longest id of a profession (ids are what policies and rules refer to). */
export const MAX_ID_CHARS = 40;
/** An id: letters, digits, `-` and `_` only (they reach CSV files and file names). */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
