/**
 * A cheap look at a stored document before anything renders or parses it: a draft far over
 * the scenario's limits (too many professions, a text far too long, too large, too deep) is
 * set aside and shown read-only instead of freezing the page (docs/library.md).
 */
import {
  MAX_DESCRIPTION_CHARS,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_NESTING,
} from '../../model/scenario/limits.ts';
import { LIMITS, SCENARIO_SCHEMA } from '../../model/scenario/types.ts';
import { words, type Words } from '../shell/words.ts';
import { groupDigits, isPlainObject, valueWords } from './values.ts';

/**
 * The largest stored document the app opens, in bytes of its JSON text (estimated): the
 * largest scenario within the limits (30 professions, 80 ages, an inline population of 121
 * ages over 60 years) is well under 1 MB.
 */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** The longest list in a document opened (ages, years, professions, policies…). */
export const MAX_LIST_ITEMS = 1000;
/** The deepest nesting of a document opened: as deep as a scenario may nest. */
export const MAX_DEPTH = MAX_NESTING;
/** A text "far too long": ten times the limit of its field (the editor shows the rest). */
export const FAR_TOO_LONG = 10;

/** The first few levels of a document that must hold short texts: path → limit. */
function textLimit(path: readonly (string | number)[]): number {
  const [a, b, c] = path;
  if (path.length === 1 && a === 'name') return MAX_NAME_CHARS;
  if (path.length === 1 && a === 'description') return MAX_DESCRIPTION_CHARS;
  if (path.length === 3 && (a === 'professions' || a === 'shocks') && typeof b === 'number') {
    if (c === 'name') return MAX_NAME_CHARS;
    if (c === 'id') return MAX_ID_CHARS;
  }
  return MAX_DESCRIPTION_CHARS;
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

interface Node {
  value: unknown;
  path: (string | number)[];
}

/**
 * Why a stored document must not be opened in the editor, or null. Cheap: it stops at the
 * first problem, and never looks at more than `MAX_DOCUMENT_BYTES` of it, so a document of
 * any size is judged in a few milliseconds, before anything renders it:
 * - not an `hwf-scenario/1` object;
 * - more professions than a scenario may have;
 * - a text far too long (ten times its field's limit);
 * - larger than `MAX_DOCUMENT_BYTES`, a list longer than `MAX_LIST_ITEMS`, nested deeper than
 *   `MAX_DEPTH`;
 * - a value no scenario file can hold (NaN, Infinity, a date, a map, binary data…).
 */
export function documentProblem(document: unknown): Words | null {
  if (!isPlainObject(document)) return words('library.problem.noScenarioInside');
  if (document.schema !== SCENARIO_SCHEMA) {
    return words('library.problem.wrongSchema', { schema: SCENARIO_SCHEMA });
  }
  const { professions } = document;
  if (Array.isArray(professions) && professions.length > LIMITS.maxProfessions) {
    return words('library.problem.tooManyProfessions', {
      count: groupDigits(professions.length),
      max: String(LIMITS.maxProfessions),
    });
  }
  const tooLargeBytes = words('library.problem.tooLargeBytes', {
    mb: String(MAX_DOCUMENT_BYTES / 1024 / 1024),
  });
  let bytes = 0;
  const stack: Node[] = [{ value: document, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (bytes > MAX_DOCUMENT_BYTES) return tooLargeBytes;
    // Where in the document, for the messages: "at professions[0].name", or nothing.
    const at =
      path.length > 0 ? { hasPath: 'yes', path: pathText(path) } : { hasPath: 'no', path: '' };
    const unfit = () => words('library.problem.unfitValue', { value: valueWords(value), ...at });
    switch (typeof value) {
      case 'string': {
        const limit = textLimit(path) * FAR_TOO_LONG;
        if (value.length > limit) {
          return words('library.problem.longText', { length: groupDigits(value.length), ...at });
        }
        bytes += value.length + 2;
        continue;
      }
      case 'number':
        if (!Number.isFinite(value)) return unfit();
        bytes += 8;
        continue;
      case 'boolean':
        bytes += 5;
        continue;
      case 'undefined':
        continue;
      case 'object':
        break;
      default:
        return unfit();
    }
    if (value === null) {
      bytes += 4;
      continue;
    }
    if (path.length >= MAX_DEPTH) return words('library.problem.tooDeep', at);
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        return words('library.problem.longList', { count: groupDigits(value.length), ...at });
      }
      bytes += 2 + value.length;
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (!isPlainObject(value)) return unfit();
    const keys = Object.keys(value);
    if (keys.length > MAX_LIST_ITEMS) {
      return words('library.problem.manyFields', { count: groupDigits(keys.length), ...at });
    }
    bytes += 2;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (key.length > MAX_DESCRIPTION_CHARS) {
        return words('library.problem.longFieldName', { length: groupDigits(key.length), ...at });
      }
      bytes += key.length + 4;
      stack.push({ value: value[key], path: [...path, key] });
    }
  }
  return bytes > MAX_DOCUMENT_BYTES ? tooLargeBytes : null;
}
