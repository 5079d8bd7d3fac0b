/**
 * The text a share link compresses: JSON without spaces, keys in the document's order,
 * and long arrays of whole numbers written as their second differences, which are small
 * and repetitive where the numbers follow a smooth curve (a population by age, a stock by
 * age). The text is JSON and is read back with `JSON.parse` only.
 *
 * Tagged arrays (format 1, never to be changed):
 * - `["~d", a, b, c, …]`: whole numbers x with x₀ = a, x₁ − x₀ = b, and from then on the
 *   differences of successive differences.
 * - `["~", …items]`: an array whose first item is a string starting with "~", escaped.
 */

/** Arrays shorter than this are written as they are: the tag would cost more than it saves. */
const MIN_DELTA_LENGTH = 8;
/** Second differences of numbers up to 2^50 stay exact (below 2^53). */
const MAX_DELTA_MAGNITUDE = 2 ** 50;
const DELTA_TAG = '~d';
const ESCAPE_TAG = '~';
/** Deeper than any scenario; keeps a cyclic or hostile value from exhausting the stack. */
const MAX_DEPTH = 200;

/** Thrown by {@link writeCompactJson} for a value that is not JSON data. */
export class NotJsonError extends Error {}

function isDeltaCandidate(items: readonly unknown[]): items is number[] {
  if (items.length < MIN_DELTA_LENGTH) return false;
  for (const x of items) {
    if (typeof x !== 'number' || !Number.isInteger(x) || Object.is(x, -0)) return false;
    if (Math.abs(x) > MAX_DELTA_MAGNITUDE) return false;
  }
  return true;
}

/** x₀, x₁ − x₀, then second differences. */
export function secondDifferences(xs: readonly number[]): number[] {
  const d = xs.slice();
  for (let order = 0; order < 2; order++) {
    for (let i = d.length - 1; i > order; i--) d[i] -= d[i - 1];
  }
  return d;
}

/** The inverse of {@link secondDifferences}. */
export function fromSecondDifferences(ds: readonly number[]): number[] {
  const x = ds.slice();
  for (let order = 1; order >= 0; order--) {
    for (let i = order + 1; i < x.length; i++) x[i] += x[i - 1];
  }
  return x;
}

function writeNumber(x: number): string {
  // JSON has no NaN or infinities (JSON.stringify writes null); it does have -0.
  if (!Number.isFinite(x)) return 'null';
  return Object.is(x, -0) ? '-0' : String(x);
}

function write(value: unknown, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) throw new NotJsonError('the scenario is nested too deeply');
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      out.push(writeNumber(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'object':
      break;
    default:
      // undefined, functions and symbols: as JSON.stringify, written as null in arrays
      // and left out of objects (see the object branch).
      if (typeof value === 'bigint') throw new NotJsonError('a scenario has no big integers');
      out.push('null');
      return;
  }
  if (value === null) {
    out.push('null');
    return;
  }
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (isDeltaCandidate(items)) {
      out.push(`[${JSON.stringify(DELTA_TAG)},${secondDifferences(items).join(',')}]`);
      return;
    }
    out.push('[');
    const first = items[0];
    if (typeof first === 'string' && first.startsWith(ESCAPE_TAG)) {
      out.push(JSON.stringify(ESCAPE_TAG), ',');
    }
    items.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, depth + 1, out);
    });
    out.push(']');
    return;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(item, depth + 1, out);
  }
  out.push('}');
}

/**
 * The compact text of a JSON value (what `JSON.stringify` accepts, minus `toJSON`).
 * Throws {@link NotJsonError} for big integers and values nested past 200 levels.
 */
export function writeCompactJson(value: unknown): string {
  const out: string[] = [];
  write(value, 0, out);
  return out.join('');
}

/** Thrown by {@link readCompactJson} for a tagged array that format 1 never writes. */
export class BadTagError extends Error {}

function untag(items: unknown[]): unknown[] {
  const first = items[0];
  if (typeof first !== 'string' || !first.startsWith(ESCAPE_TAG)) return items;
  if (first === ESCAPE_TAG) return items.slice(1);
  if (first === DELTA_TAG) {
    const ds = items.slice(1);
    if (ds.length < MIN_DELTA_LENGTH || !ds.every((d) => Number.isSafeInteger(d))) {
      throw new BadTagError('a packed list of numbers is damaged');
    }
    const xs = fromSecondDifferences(ds as number[]);
    if (!xs.every((x) => Number.isSafeInteger(x))) {
      throw new BadTagError('a packed list of numbers is damaged');
    }
    return xs;
  }
  throw new BadTagError(`unknown packed list ${JSON.stringify(first.slice(0, 20))}`);
}

/**
 * Reads text written by {@link writeCompactJson}. Throws a `SyntaxError` for text that is
 * not JSON and {@link BadTagError} for a tagged array that format 1 never writes.
 */
export function readCompactJson(text: string): unknown {
  // The reviver runs inside out, so the items of a tagged array are already read.
  return JSON.parse(text, (_key, value: unknown) => (Array.isArray(value) ? untag(value) : value));
}
