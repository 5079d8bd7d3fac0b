/** Small readings of stored values, shared by the record and document checks. */
import { words, type Words } from '../shell/words.ts';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A short description of a stored value, for a problem's wording (never the value itself). */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return `a text of ${groupDigits(v.length)} characters`;
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'bigint') return 'a big integer';
  if (isPlainObject(v)) return 'an object';
  return `a ${Object.prototype.toString.call(v).slice(8, -1)}`;
}

/** The same description, for a problem the planner reads (library.json). */
export function valueWords(v: unknown): Words {
  if (typeof v === 'string') return words('library.value.text', { length: groupDigits(v.length) });
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) {
    return words('library.value.literal', { value: describeValue(v) });
  }
  if (v === undefined) return words('library.value.nothing');
  if (Array.isArray(v)) return words('library.value.list');
  if (typeof v === 'bigint') return words('library.value.bigInteger');
  if (isPlainObject(v)) return words('library.value.object');
  return words('library.value.other', { type: Object.prototype.toString.call(v).slice(8, -1) });
}

/** 2000 → "2 000", as the app writes counts. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
