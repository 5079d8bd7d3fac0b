/**
 * Reading numbers as people type them: a decimal comma ("0,025"), spaces or apostrophes
 * between thousands ("1 200", "1'200"), a percent sign ("2.5%" = 0.025) and a typographic
 * minus. Text that is not (yet) a number ("1e", "abc") is reported as such, never guessed.
 */

export type NumberText =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const GROUPED_COMMAS = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Reads one number typed into a field. */
export function parseNumberText(input: string): NumberText {
  let s = input.trim();
  if (s === '') return { kind: 'empty' };
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/[\u2212\u2012\u2013]/g, '-').replace(/(\d)[\s\u00a0\u202f\u2009'’](?=\d)/g, '$1');
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both: the last one is the decimal mark ("1.200,5" or "1,200.5").
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
    if (s.includes(',')) return { kind: 'invalid', text: input };
  } else if (comma >= 0) {
    // Several commas can only separate thousands; one comma is a decimal comma.
    if (s.indexOf(',') !== comma) {
      if (!GROUPED_COMMAS.test(s)) return { kind: 'invalid', text: input };
      s = s.replace(/,/g, '');
    } else s = s.replace(',', '.');
  }
  if (!PLAIN.test(s)) return { kind: 'invalid', text: input };
  const value = Number(s) * scale;
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text: input };
}

/** The text a field shows for a value of the draft. */
export function textOfValue(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
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
 *  `undefined` means: remove the field. */
export function draftValueOfText(text: string, emptyAs: EmptyAs = 'text'): unknown {
  const r = parseNumberText(text);
  if (r.kind === 'number') return r.value;
  if (r.kind === 'empty') return emptyAs === 'null' ? null : emptyAs === 'remove' ? undefined : '';
  return text;
}

/** Does the typed text already stand for this draft value? (Then the text is kept.) */
export function textMatchesValue(text: string, v: unknown, emptyAs: EmptyAs = 'text'): boolean {
  const r = parseNumberText(text);
  if (r.kind === 'number') return typeof v === 'number' && Object.is(r.value, v);
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
