/**
 * Checks on what comes back from the database. IndexedDB keeps whatever was written, by this
 * version of the app or an older one, or by hand, so a record is read as `unknown`: every
 * field is checked here as a file would be (its type, its range, the length of its texts), and
 * its document is checked for size cheaply (`documentProblem`, before anything renders it)
 * and then goes through `parseScenario` (the one restore layer) before it is opened. A record
 * that fails is named and set aside, never opened, and removed only when the planner asks.
 */
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { MAX_NAME_CHARS } from '../../model/scenario/limits.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import type { Translate } from '../i18n/translate.ts';
import { words, type Words } from '../shell/words.ts';
import type { SavedLink, SavedRecord, WorkingRecord } from './schema.ts';
import { documentProblem } from './document-checks.ts';
import { describeValue, groupDigits, isPlainObject, valueWords } from './values.ts';

export { describeValue, groupDigits, isPlainObject } from './values.ts';
export {
  documentProblem,
  FAR_TOO_LONG,
  MAX_DEPTH,
  MAX_DOCUMENT_BYTES,
  MAX_LIST_ITEMS,
} from './document-checks.ts';

/** A record, or what is wrong with it (a message to say, library.json). */
export type Checked<T> = { ok: true; record: T } | { ok: false; problem: Words };

/** One line of the library's list. */
export interface LibraryEntry {
  /** The record's key. */
  id: string;
  name: string;
  /** ms since 1970, or null when unknown (a damaged record). */
  modified: number | null;
  /** Why the record cannot be opened, or null. */
  damaged: Words | null;
}

/** The largest distance from 1970 of a JavaScript date, in ms (±100 000 000 days). */
export const MAX_TIME = 8.64e15;
/** The longest record id, tab id or writer kept (the app's own are 32 characters). */
export const MAX_KEY_CHARS = 100;
/** The longest name of a saved record: a scenario name, or a library name with "(copy 2)". */
export const MAX_RECORD_NAME_CHARS = MAX_NAME_CHARS;

/** A time `new Date()` can hold: finite, at most `MAX_TIME` from 1970 either way. */
export const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_TIME;
/** The highest revision kept: counting on from it stays a safe integer for ever. */
export const MAX_REVISION = 2 ** 50;
const isRevision = (v: unknown): v is number =>
  Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= MAX_REVISION;
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY_CHARS;

/** Which key of a record a problem is about (library.problem.noKey). */
type KeyName = 'id' | 'linkId' | 'tab';

function idProblem(what: KeyName, v: unknown): Words | null {
  if (typeof v !== 'string' || v.length === 0) return words('library.problem.noKey', { what });
  if (v.length > MAX_KEY_CHARS) {
    return words('library.problem.keyTooLong', {
      what,
      length: groupDigits(v.length),
      max: String(MAX_KEY_CHARS),
    });
  }
  return null;
}

function timeProblem(v: unknown): Words | null {
  if (isTime(v)) return null;
  if (typeof v !== 'number' || Number.isNaN(v)) return words('library.problem.noDate');
  return words('library.problem.dateOutOfRange', { value: valueWords(v) });
}

function linkProblem(v: unknown): Words | null {
  if (v === null) return null;
  if (!isPlainObject(v)) return words('library.problem.linkNotObject', { value: valueWords(v) });
  if (idProblem('linkId', v.id)) return words('library.problem.linkNoId');
  if (!isRevision(v.revision)) return words('library.problem.linkNoRevision');
  return null;
}

function readLink(v: unknown): SavedLink | null {
  return isPlainObject(v) && isId(v.id) && isRevision(v.revision)
    ? { id: v.id, revision: v.revision }
    : null;
}

/** A saved scenario's record, or what is wrong with it (the first wrong field). */
export function readSavedRecord(value: unknown): Checked<SavedRecord> {
  if (!isPlainObject(value)) return { ok: false, problem: words('library.problem.notObject') };
  const { id, name, document, modified, revision, valid, writer } = value;
  const problem =
    idProblem('id', id) ??
    (typeof name !== 'string'
      ? words('library.problem.noName')
      : name.length > MAX_RECORD_NAME_CHARS
        ? words('library.problem.nameTooLong', {
            length: groupDigits(name.length),
            max: String(MAX_RECORD_NAME_CHARS),
          })
        : null) ??
    timeProblem(modified) ??
    (isRevision(revision) ? null : words('library.problem.noRevision')) ??
    (typeof valid === 'boolean' ? null : words('library.problem.noValidity')) ??
    (typeof writer !== 'string'
      ? words('library.problem.noWriter')
      : writer.length > MAX_KEY_CHARS
        ? words('library.problem.writerTooLong', { length: groupDigits(writer.length) })
        : null) ??
    ('document' in value ? null : words('library.problem.noScenario'));
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    record: {
      id: id as string,
      name: name as string,
      document,
      modified: modified as number,
      revision: revision as number,
      valid: valid as boolean,
      writer: writer as string,
    },
  };
}

/** A tab's working scenario record, or what is wrong with it (the first wrong field). */
export function readWorkingRecord(value: unknown): Checked<WorkingRecord> {
  if (!isPlainObject(value)) return { ok: false, problem: words('library.problem.notObject') };
  const { tab, document, modified, valid } = value;
  const missing =
    typeof tab !== 'string' ||
    tab === '' ||
    typeof modified !== 'number' ||
    Number.isNaN(modified) ||
    typeof valid !== 'boolean' ||
    !('link' in value);
  const problem = missing
    ? words('library.problem.incomplete')
    : (idProblem('tab', tab) ??
      timeProblem(modified) ??
      linkProblem(value.link) ??
      ('document' in value ? null : words('library.problem.noScenario')));
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    record: {
      tab: tab as string,
      document,
      modified: modified as number,
      valid: valid as boolean,
      link: readLink(value.link),
    },
  };
}

/** Population data sets loaded in the page, by id (parseScenario's `datasets`). */
export type Datasets = Readonly<Record<string, PopulationInline>>;
const NO_DATASETS: Datasets = Object.freeze({});

/** The longest name shown for a record set aside (its own may be of any length). */
const SHOWN_NAME_CHARS = 80;

/** A name to show for a stored value that may be damaged: its own, shortened, or null. */
export function shownName(value: unknown): string | null {
  if (!isPlainObject(value)) return null;
  const own = value.name;
  const document = value.document;
  const name =
    typeof own === 'string' && own.trim() !== ''
      ? own
      : isPlainObject(document) && typeof document.name === 'string' && document.name.trim() !== ''
        ? document.name
        : null;
  if (name === null) return null;
  const short = name
    .slice(0, SHOWN_NAME_CHARS * 2)
    .replace(/\s+/g, ' ')
    .trim();
  return short.length > SHOWN_NAME_CHARS ? `${short.slice(0, SHOWN_NAME_CHARS - 1)}…` : short;
}

/** The list line of a stored value under the key `id`. */
export function entryOf(
  id: string,
  value: unknown,
  datasets: Datasets = NO_DATASETS,
): LibraryEntry {
  const checked = readSavedRecord(value);
  if (!checked.ok) {
    const own = isPlainObject(value) ? value.name : undefined;
    const name = (typeof own === 'string' ? shownName({ name: own }) : null) ?? 'Damaged record';
    return { id, name, modified: null, damaged: checked.problem };
  }
  const opened = openableDocument(checked.record.document, checked.record.valid, datasets);
  return {
    id,
    name: checked.record.name,
    modified: checked.record.modified,
    damaged: opened.ok ? null : opened.problem,
  };
}

/** Newest first; damaged records (no date) last; equal dates by name. */
export function sortEntries(entries: readonly LibraryEntry[]): LibraryEntry[] {
  return [...entries].sort(
    (a, b) =>
      (b.modified ?? -Infinity) - (a.modified ?? -Infinity) ||
      a.name.localeCompare(b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export type Openable = { ok: true; document: unknown } | { ok: false; problem: Words };

/**
 * Whether a stored document may become the draft. It must pass `documentProblem` (an
 * `hwf-scenario/1` object of a size the editor can take), and `parseScenario` must accept
 * it, except when it was saved with its problems (`valid` false: a draft in the middle of
 * an edit), or when it names a population data set the page has not loaded yet (the app
 * loads it and checks again); then it opens as it was left, its problems in the editor.
 */
export function openableDocument(
  document: unknown,
  valid: boolean,
  datasets: Datasets = NO_DATASETS,
): Openable {
  // Cheap checks first: a document too large for the editor is never parsed or rendered.
  const problem = documentProblem(document);
  if (problem !== null || !isPlainObject(document)) {
    return { ok: false, problem: problem ?? words('library.problem.noScenarioInside') };
  }
  const parsed = parseScenario(document, { datasets });
  if (parsed.ok || !valid || namesMissingDataset(document, datasets)) return { ok: true, document };
  // The scenario's first problem, as the parser says it.
  return {
    ok: false,
    problem: words('library.problem.scenario', { issue: formatIssue(parsed.errors[0]) }),
  };
}

function namesMissingDataset(document: Record<string, unknown>, datasets: Datasets): boolean {
  const population = document.population;
  if (!isPlainObject(population) || typeof population.dataset !== 'string') return false;
  return !Object.prototype.hasOwnProperty.call(datasets, population.dataset);
}

/** The longest name the library keeps. */
export const MAX_NAME = 120;

/** A name as typed, tidied (spaces collapsed, trimmed, shortened), or null when empty. */
export function cleanName(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
  return name === '' ? null : name;
}

/** The scenario's own name, for a first save ("Untitled scenario" in the app's language). */
export function scenarioName(document: unknown, t: Translate): string {
  const name = isPlainObject(document) && typeof document.name === 'string' ? document.name : '';
  return cleanName(name) ?? t('library.untitled');
}

/** "Name (copy)", or "Name (copy 2)", … — the first one not in `taken`. */
export function copyName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${base} (copy${n === 1 ? '' : ` ${n}`})`;
    if (!used.has(candidate)) return candidate;
  }
}

/** `name`, or "name (2)", … — the first one not in `taken`. */
export function freeName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  for (let n = 2; ; n++) if (!used.has(`${name} (${n})`)) return `${name} (${n})`;
}

/** The stores whose records can be set aside. */
export type StoreName = 'scenarios' | 'working';

/** Where a record set aside is: its store and its key there. */
export interface RecordRef {
  store: StoreName;
  key: IDBValidKey;
}

/** A stored record the app does not open, named with why, until the planner clears it. */
export interface SetAsideEntry extends RecordRef {
  /** The key as text, shortened (for lists and data attributes). */
  keyText: string;
  /** Its name, shortened, or null when it has none that can be read. */
  name: string | null;
  /** When it was written, when that can be read. */
  modified: number | null;
  problem: Words;
}

/** A key as short text. */
export function keyText(key: IDBValidKey): string {
  const text =
    typeof key === 'string' ? key : typeof key === 'number' ? String(key) : describeValue(key);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A damaged line of the saved list as a record set aside. */
export function setAsideOfEntry(entry: LibraryEntry): SetAsideEntry {
  return {
    store: 'scenarios',
    key: entry.id,
    keyText: keyText(entry.id),
    name: entry.name === 'Damaged record' ? null : entry.name,
    modified: entry.modified,
    problem: entry.damaged ?? words('library.problem.damaged'),
  };
}

/** A record set aside, from its store, key, stored value and problem. */
export function setAsideOf(
  store: StoreName,
  key: IDBValidKey,
  value: unknown,
  problem: Words,
): SetAsideEntry {
  const modified = isPlainObject(value) && isTime(value.modified) ? value.modified : null;
  return { store, key, keyText: keyText(key), name: shownName(value), modified, problem };
}

/** Every record set aside: the damaged lines of the list, then the others, in order. */
export function allSetAside(
  entries: readonly LibraryEntry[],
  others: readonly SetAsideEntry[],
): SetAsideEntry[] {
  return [...entries.filter((e) => e.damaged !== null).map(setAsideOfEntry), ...others];
}

/**
 * Stored values as the text of a JSON file, whatever they hold: numbers JSON cannot write
 * (NaN, Infinity) and big integers as text, dates as ISO text (or "Invalid Date"), maps and
 * sets as lists, binary data as a list of bytes, a value met again inside itself as
 * "[cycle]", and nesting past 200 levels as "[too deep]". Never throws.
 */
export function exportText(records: readonly { ref: RecordRef; value: unknown }[]): string {
  const file = {
    about:
      'Records set aside by HWF Scenario Lab: they could not be opened. Each has its store, key and value as stored.',
    records: records.map(({ ref, value }) => ({
      store: ref.store,
      key: toJson(ref.key, new Set(), 0),
      value: toJson(value, new Set(), 0),
    })),
  };
  return JSON.stringify(file, null, 2);
}

function toJson(value: unknown, seen: Set<object>, depth: number): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'string' || typeof value === 'boolean' || value === null
      ? value
      : value === undefined
        ? null
        : describeValue(value);
  }
  if (seen.has(value)) return '[cycle]';
  if (depth >= 200) return '[too deep]';
  seen.add(value);
  try {
    const next = (v: unknown) => toJson(v, seen, depth + 1);
    if (Array.isArray(value)) return Array.from(value, next);
    if (value instanceof Date) {
      return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    }
    if (value instanceof Map) return Array.from(value, ([k, v]) => [next(k), next(v)]);
    if (value instanceof Set) return Array.from(value, next);
    if (ArrayBuffer.isView(value)) {
      return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    }
    if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = next((value as Record<string, unknown>)[key]);
    return out;
  } catch {
    return describeValue(value);
  } finally {
    seen.delete(value);
  }
}
