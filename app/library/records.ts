/**
 * Checks on what comes back from the database. IndexedDB keeps whatever was written, by this
 * version of the app or an older one, or by hand, so a record is read as `unknown`: its shape
 * is checked here and its document goes through `parseScenario` (the one restore layer)
 * before it is opened. A damaged record is reported, never opened and never deleted.
 */
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { SCENARIO_SCHEMA, type PopulationInline } from '../../model/scenario/types.ts';
import type { SavedLink, SavedRecord, WorkingRecord } from './schema.ts';

export type Checked<T> = { ok: true; record: T } | { ok: false; problem: string };

/** One line of the library's list. */
export interface LibraryEntry {
  /** The record's key. */
  id: string;
  name: string;
  /** ms since 1970, or null when unknown (a damaged record). */
  modified: number | null;
  /** Why the record cannot be opened, or null. */
  damaged: string | null;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isRevision = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function readLink(v: unknown): SavedLink | null | undefined {
  if (v === null) return null;
  if (isPlainObject(v) && isId(v.id) && isRevision(v.revision)) {
    return { id: v.id, revision: v.revision };
  }
  return undefined;
}

/** A saved scenario's record, or what is wrong with it. */
export function readSavedRecord(value: unknown): Checked<SavedRecord> {
  if (!isPlainObject(value)) return { ok: false, problem: 'the record is not an object' };
  const { id, name, document, modified, revision, valid, writer } = value;
  if (!isId(id)) return { ok: false, problem: 'the record has no id' };
  if (typeof name !== 'string') return { ok: false, problem: 'the record has no name' };
  if (!isTime(modified)) return { ok: false, problem: 'the record has no date' };
  if (!isRevision(revision)) return { ok: false, problem: 'the record has no revision' };
  if (typeof valid !== 'boolean' || typeof writer !== 'string') {
    return { ok: false, problem: 'the record is incomplete' };
  }
  if (!('document' in value)) return { ok: false, problem: 'the record has no scenario' };
  return { ok: true, record: { id, name, document, modified, revision, valid, writer } };
}

/** A tab's working scenario record, or what is wrong with it. */
export function readWorkingRecord(value: unknown): Checked<WorkingRecord> {
  if (!isPlainObject(value)) return { ok: false, problem: 'the record is not an object' };
  const { tab, document, modified, valid } = value;
  const link = readLink(value.link);
  if (!isId(tab) || !isTime(modified) || typeof valid !== 'boolean' || link === undefined) {
    return { ok: false, problem: 'the record is incomplete' };
  }
  if (!('document' in value)) return { ok: false, problem: 'the record has no scenario' };
  return { ok: true, record: { tab, document, modified, valid, link } };
}

/** Population data sets loaded in the page, by id (parseScenario's `datasets`). */
export type Datasets = Readonly<Record<string, PopulationInline>>;
const NO_DATASETS: Datasets = Object.freeze({});

/** The list line of a stored value under the key `id`. */
export function entryOf(
  id: string,
  value: unknown,
  datasets: Datasets = NO_DATASETS,
): LibraryEntry {
  const checked = readSavedRecord(value);
  if (!checked.ok) {
    const name =
      isPlainObject(value) && typeof value.name === 'string' && value.name.trim() !== ''
        ? value.name
        : 'Damaged record';
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
      (b.modified ?? -1) - (a.modified ?? -1) ||
      a.name.localeCompare(b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export type Openable = { ok: true; document: unknown } | { ok: false; problem: string };

/**
 * Whether a stored document may become the draft. It must be an `hwf-scenario/1` object that
 * `parseScenario` accepts, except when it was saved with its problems (`valid` false: a draft
 * in the middle of an edit), or when it names a population data set the page has not loaded
 * yet (the app loads it and checks again); then it opens as it was left, its problems listed
 * in the editor.
 */
export function openableDocument(
  document: unknown,
  valid: boolean,
  datasets: Datasets = NO_DATASETS,
): Openable {
  if (!isPlainObject(document)) return { ok: false, problem: 'it holds no scenario' };
  if (document.schema !== SCENARIO_SCHEMA) {
    return { ok: false, problem: `it is not an ${SCENARIO_SCHEMA} scenario` };
  }
  const parsed = parseScenario(document, { datasets });
  if (parsed.ok || !valid || namesMissingDataset(document, datasets)) return { ok: true, document };
  return { ok: false, problem: formatIssue(parsed.errors[0]) };
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

/** The scenario's own name, for a first save. */
export function scenarioName(document: unknown): string {
  const name = isPlainObject(document) && typeof document.name === 'string' ? document.name : '';
  return cleanName(name) ?? 'Untitled scenario';
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
