/** Small readings of stored values, shared by the record and document checks. */

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

/** 2000 → "2 000", as the app writes counts. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
