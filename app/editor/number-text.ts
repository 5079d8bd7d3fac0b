/**
 * Reading numbers as planners type them, in the browser's locale (the one Intl uses by
 * default, as app/format.ts does): "30.162" is thirty thousand in Italian and "30,162" in
 * English. Also read: the other convention when only it fits ("1.200,5" in English), spaces,
 * no-break spaces or apostrophes between thousands ("1 200", "1'200"), a percent sign
 * ("2,5 %" = 0.025), a typographic minus and scientific notation ("1e-3"). Text that is not
 * (yet) a number ("1e", "abc") is reported as such, never guessed. The rule, exactly as
 * docs/number-entry.md states it:
 *
 * 1. Both marks ("1.200,5", "1,200.5"): the last one is the decimal mark, the other groups
 *    thousands.
 * 2. One mark several times ("1.200.000"): it groups thousands.
 * 3. One mark once: it is the decimal mark when it follows a zero or nothing ("0,025",
 *    ".5"), when not exactly three digits follow ("1,5", "2.25"), when more than three
 *    digits precede it, with an exponent, or when spaces already group the digits. Otherwise
 *    ("30,162", "30.162") either reading fits: the locale's own wins — a thousands separator
 *    where the locale groups thousands with that mark, a decimal mark otherwise.
 * 4. Such an entry is ambiguous, and the field asks, when the other reading is within 2× of
 *    the field's value before the entry while the locale's reading is more than 10× away.
 *
 * Thousands are groups of three digits. The number itself is read by `NumberParser` of
 * @internationalized/number, in the locale when the entry uses the locale's marks, else in
 * the other convention (en-US: decimal point, de-DE: decimal comma); a percent sign or an
 * exponent then moves the decimal point in the digits read.
 */
import { NumberParser } from '@internationalized/number';

/** The locale Intl uses when none is given: the browser's. */
export const BROWSER_LOCALE: string = new Intl.NumberFormat().resolvedOptions().locale;

/** A mark between digits that people type: a point or a comma. */
export type Mark = '.' | ',';

/** How a one-mark entry that fits both readings was read, and its other reading. */
export interface Doubt {
  mark: Mark;
  /** The mark was read as a thousands separator ('group') or as the decimal mark. */
  readAs: 'group' | 'decimal';
  /** The value of the other reading. */
  other: number;
}

export type NumberText =
  | { kind: 'empty' }
  | {
      kind: 'number';
      value: number;
      /** The marks as read: which one is the decimal mark, which one grouped thousands. */
      marks: { decimal?: Mark; group?: Mark };
      doubt?: Doubt;
    }
  | {
      /** Both readings are plausible for this field: the planner chooses. */
      kind: 'ambiguous';
      text: string;
      /** The locale's reading first, then the other. */
      readings: readonly [number, number];
    }
  | { kind: 'invalid'; text: string };

export interface ReadOptions {
  /** The locale to read in; default: the browser's. */
  locale?: string;
  /** The field's value before this entry: only a finite number makes an entry ambiguous. */
  current?: unknown;
}

interface LocaleMarks {
  decimal: string;
  group: string;
}

const marksCache = new Map<string, LocaleMarks>();

/** The locale's decimal mark and thousands separator, from Intl. */
export function localeMarks(locale: string = BROWSER_LOCALE): LocaleMarks {
  let m = marksCache.get(locale);
  if (!m) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345678.5);
    m = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    marksCache.set(locale, m);
  }
  return m;
}

/** Space-like marks people group thousands with. */
const SPACE_GROUP = /(\d)[\s\u00a0\u202f\u2009'’](?=\d)/g;
const SPACED = /\d[\s\u00a0\u202f\u2009'’]\d/;
const SHAPE = /^([-+]?)([\d.,]*)(?:e([-+]?\d+))?$/i;

const other = (m: Mark): Mark => (m === '.' ? ',' : '.');

/** Digits grouped by `group` in threes ("1.200.000"), or plain digits when none. */
function ungroup(int: string, group: Mark): string | undefined {
  if (!int.includes(group)) return /^\d*$/.test(int) ? int : undefined;
  const parts = int.split(group);
  const ok = /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
  return ok ? parts.join('') : undefined;
}

interface Reading {
  decimal: Mark | null;
  /** The mark that grouped thousands, if one did. */
  group: Mark | null;
  int: string;
  frac: string;
}

/** The body read with `decimal` as the decimal mark (at most once) and the other mark
 *  grouping thousands before it. */
function readAs(body: string, decimal: Mark): Reading | undefined {
  const at = body.indexOf(decimal);
  if (at >= 0 && body.indexOf(decimal, at + 1) >= 0) return undefined;
  const intText = at < 0 ? body : body.slice(0, at);
  const frac = at < 0 ? '' : body.slice(at + 1);
  if (!/^\d*$/.test(frac)) return undefined;
  const int = ungroup(intText, other(decimal));
  if (int === undefined || int + frac === '') return undefined;
  const group = intText.includes(other(decimal)) ? other(decimal) : null;
  return { decimal: at < 0 ? null : decimal, group, int, frac };
}

const parsers = new Map<string, NumberParser>();
function parserFor(locale: string): NumberParser {
  let p = parsers.get(locale);
  if (!p) {
    p = new NumberParser(locale, { maximumFractionDigits: 20 });
    parsers.set(locale, p);
  }
  return p;
}

/** The value of a reading: NumberParser in the locale when its marks are the locale's, else
 *  in the other convention (en-US: decimal point, de-DE: decimal comma). */
function valueOf(sign: string, r: Reading, locale: string, power: number): number {
  const own = localeMarks(locale);
  const mark = r.decimal ?? own.decimal;
  const ownMarks = r.decimal === null || own.decimal === r.decimal;
  const convention = ownMarks ? locale : mark === ',' ? 'de-DE' : 'en-US';
  const text = `${sign}${r.int || '0'}${r.frac ? mark + r.frac : ''}`;
  const value = parserFor(convention).parse(text);
  // A percent sign or an exponent moves the decimal point in the digits read, so that
  // "2.5 %" is 0.025 exactly (not 2.5 × 0.01 = 0.025000000000000001).
  return power === 0 || Number.isNaN(value)
    ? value
    : Number(`${sign}${r.int || '0'}.${r.frac || '0'}e${power}`);
}

/** Is `x` within 2× of `ref` (same sign)? */
const near = (x: number, ref: number) => x / ref >= 0.5 && x / ref <= 2;
/** Is `x` more than 10× away from `ref` (or of the other sign)? */
const far = (x: number, ref: number) => !(x / ref >= 0.1 && x / ref <= 10);

/** Reads one number typed into a field (see the rule at the top of this file). */
export function parseNumberText(input: string, options: ReadOptions = {}): NumberText {
  const locale = options.locale ?? BROWSER_LOCALE;
  let s = input.trim();
  if (s === '') return { kind: 'empty' };
  const invalid = { kind: 'invalid', text: input } as const;
  let power = 0;
  if (s.endsWith('%')) {
    power = -2;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/[\u2212\u2012\u2013]/g, '-');
  const spaced = SPACED.test(s);
  s = s.replace(SPACE_GROUP, '$1');
  const shape = SHAPE.exec(s);
  if (!shape || !/\d/.test(shape[2])) return invalid;
  const [, sign, body, exp] = shape;
  power += exp === undefined ? 0 : Number(exp);
  const result = (r: Reading | undefined, doubt?: Omit<Doubt, 'other'>, alt?: Reading) => {
    if (!r) return invalid;
    const value = valueOf(sign, r, locale, power);
    if (!Number.isFinite(value)) return invalid;
    const marks = {
      ...(r.decimal ? { decimal: r.decimal } : {}),
      ...(r.group ? { group: r.group } : {}),
    };
    if (!doubt || !alt) return { kind: 'number', value, marks } as const;
    const otherValue = valueOf(sign, alt, locale, power);
    const current = options.current;
    if (
      typeof current === 'number' &&
      Number.isFinite(current) &&
      current !== 0 &&
      near(otherValue, current) &&
      far(value, current)
    ) {
      return { kind: 'ambiguous', text: input, readings: [value, otherValue] } as const;
    }
    return { kind: 'number', value, marks, doubt: { ...doubt, other: otherValue } } as const;
  };

  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  // No mark, or both: no doubt (with both, the last one is the decimal mark).
  if (lastComma < 0 && lastDot < 0) return result(readAs(body, '.'));
  if (lastComma >= 0 && lastDot >= 0) return result(readAs(body, lastComma > lastDot ? ',' : '.'));
  const mark: Mark = lastComma >= 0 ? ',' : '.';
  // The same mark several times groups thousands.
  if (body.indexOf(mark) !== body.lastIndexOf(mark)) return result(readAs(body, other(mark)));
  // One mark once: a decimal mark, unless it could group thousands.
  const [int, frac] = body.split(mark);
  const couldGroup =
    exp === undefined && !spaced && /^[1-9]\d{0,2}$/.test(int) && /^\d{3}$/.test(frac);
  const decimal = readAs(body, mark);
  if (!couldGroup) return result(decimal);
  const group = readAs(body, other(mark));
  return localeMarks(locale).group === mark
    ? result(group, { mark, readAs: 'group' }, decimal)
    : result(decimal, { mark, readAs: 'decimal' }, group);
}

/**
 * The text a field shows for a value of the draft. With a locale, a number is written with
 * the locale's decimal mark and no thousands separators ("0,025" in Italian), so that it
 * reads back as itself.
 */
export function textOfValue(v: unknown, locale?: string): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    const s = String(v);
    return locale !== undefined && localeMarks(locale).decimal === ',' ? s.replace('.', ',') : s;
  }
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return '';
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

/** What to write into the draft when a field is left blank. */
export type EmptyAs = 'text' | 'null' | 'remove';

/** The draft value for typed text: a number, or the text itself so the parser reports it.
 *  `undefined` means: remove the field. An ambiguous entry keeps the value before it
 *  (`options.current`) until the planner says which reading is meant. */
export function draftValueOfText(
  text: string,
  emptyAs: EmptyAs = 'text',
  options: ReadOptions = {},
): unknown {
  const r = parseNumberText(text, options);
  if (r.kind === 'number') return r.value;
  if (r.kind === 'ambiguous') return options.current;
  if (r.kind === 'empty') return emptyAs === 'null' ? null : emptyAs === 'remove' ? undefined : '';
  return text;
}

/** Does the typed text already stand for this draft value? (Then the text is kept.) */
export function textMatchesValue(
  text: string,
  v: unknown,
  emptyAs: EmptyAs = 'text',
  options: ReadOptions = {},
): boolean {
  const r = parseNumberText(text, options);
  if (r.kind === 'number') return typeof v === 'number' && Object.is(r.value, v);
  if (r.kind === 'ambiguous') return Object.is(v, options.current);
  if (r.kind === 'empty') {
    return emptyAs === 'text' ? v === '' || v === undefined : v === undefined || v === null;
  }
  return v === text;
}

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6 });

/** A number for reading: locale digits, at most six significant. */
export function formatNumber(v: number): string {
  return plain.format(v);
}

/** A share as a percent for reading: 0.025 → "2.5%". */
export function formatShare(v: number): string {
  return percent.format(v);
}

const spellers = new Map<string, Intl.NumberFormat>();

/**
 * A number that cannot be misread: all its digits, the locale's decimal mark, thousands
 * apart by a no-break space whatever the locale groups with ("30 162", "30.162" in English;
 * "30 162", "30,162" in Italian; "1 200" too, which Italian writes "1200").
 */
export function spellNumber(v: number, locale: string = BROWSER_LOCALE): string {
  let f = spellers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumSignificantDigits: 15, useGrouping: false });
    spellers.set(locale, f);
  }
  return f
    .formatToParts(v)
    .map((p) => (p.type === 'integer' ? p.value.replace(/\B(?=(\d{3})+$)/g, '\u00a0') : p.value))
    .join('');
}
