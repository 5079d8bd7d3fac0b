/**
 * The cells of a long table, one at a time: an age (single, a group, an open group), a sex,
 * a year and a value, each read or refused with a sentence that quotes the cell.
 */
import { words, type Words } from '../shell/words.ts';
import { parseNumber } from './csv.ts';

export type Sex = 'female' | 'male';

export type Age =
  /** One year of age (`Y_LT1`, "under 1", is age 0). */
  | { kind: 'single'; age: number }
  /** An open-ended group: `from` and over (`Y_GE100`, `100+`). */
  | { kind: 'open'; from: number }
  /** A group of ages `from`…`to`, both included (`Y25-29`, `25–29`, `Y25T29`, `Y_LT5`). */
  | { kind: 'group'; from: number; to: number };

/** A cell read, or why it cannot be (a message to say, files.json). */
export type Read<T> = { ok: true; value: T } | { ok: false; message: Words };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(message: Words): Read<T> => ({ ok: false, message });

/** `"F:Females"` (a code and its label, as label downloads write them) → `F`. */
function codeOf(text: string): string {
  const t = text.trim();
  const colon = t.indexOf(':');
  return colon > 0 ? t.slice(0, colon).trim() : t;
}

/** What a cell holds, quoted for a message. */
export function quote(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `"${t}"`;
}

/** An age as Eurostat (`Y20`, `Y_LT1`, `Y_GE100`, `Y25-29`), the OECD (`Y25T29`) or a
 *  spreadsheet writes it: a single year, an open-ended group, or a group of ages. */
export function readAge(text: string): Read<Age> {
  const raw = text.trim();
  const t = codeOf(raw).toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return bad(words('files.cell.ageEmpty'));
  let m: RegExpExecArray | null;
  if ((m = /^y?_?(\d{1,3})(?: ?(?:years?|yrs?)(?: old)?)?$/.exec(t))) {
    return ok({ kind: 'single', age: Number(m[1]) });
  }
  if (/^(?:y_lt1|<1|< 1|under 1(?: years?)?|less than 1(?: years?)?|0 ?- ?<1)$/.test(t)) {
    return ok({ kind: 'single', age: 0 });
  }
  if (
    (m = /^(?:y_ge|y_ge_|>=|≥|ge)(\d{1,3})$/.exec(t)) ||
    (m = /^y?(\d{1,3}) ?\+$/.exec(t)) ||
    (m = /^(\d{1,3})(?: years?)? (?:and|or) (?:over|more|older|above)$/.exec(t))
  ) {
    return ok({ kind: 'open', from: Number(m[1]) });
  }
  if (
    (m = /^y?_?(\d{1,3}) ?(?:-|–|—|t|to) ?y?(\d{1,3})(?: years?)?$/.exec(t)) ||
    (m = /^from (\d{1,3}) to (\d{1,3})(?: years?)?$/.exec(t))
  ) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to < from) {
      return bad(
        words('files.cell.ageBackwards', { cell: quote(raw), from: String(from), to: String(to) }),
      );
    }
    return ok(from === to ? { kind: 'single', age: from } : { kind: 'group', from, to });
  }
  if ((m = /^(?:y_lt|< ?|under |less than )(\d{1,3})(?: years?)?$/.exec(t))) {
    const below = Number(m[1]);
    if (below === 0) return bad(words('files.cell.ageUnderZero', { cell: quote(raw) }));
    return ok({ kind: 'group', from: 0, to: below - 1 });
  }
  if (/^(?:total|_t|t|all ages|all)$/.test(t)) {
    return bad(words('files.cell.ageTotal', { cell: quote(raw) }));
  }
  if (/^(?:unk|_u|u|unknown|not stated|_x)$/.test(t)) {
    return bad(words('files.cell.ageUnknown', { cell: quote(raw) }));
  }
  return bad(words('files.cell.notAge', { cell: quote(raw) }));
}

/** Female or male; a total of both sexes is refused with its own message. */
export function readSex(text: string): Read<Sex> {
  const raw = text.trim();
  const t = codeOf(raw).toLowerCase();
  if (t === '') return bad(words('files.cell.sexEmpty'));
  if (['f', 'w', 'female', 'females', 'woman', 'women'].includes(t)) return ok('female');
  if (['m', 'male', 'males', 'man', 'men'].includes(t)) return ok('male');
  if (['t', '_t', 'total', 'both', 'both sexes', 'all', 'males and females'].includes(t)) {
    return bad(words('files.cell.sexTotal', { cell: quote(raw) }));
  }
  if (['u', '_u', 'unk', 'unknown', 'x', '_x', '_z', 'o', 'other'].includes(t)) {
    return bad(words('files.cell.sexOther', { cell: quote(raw) }));
  }
  return bad(words('files.cell.notSex', { cell: quote(raw) }));
}

/** A calendar year, `2025`. */
export function readYear(text: string): Read<number> {
  const raw = text.trim();
  const t = codeOf(raw);
  if (t === '') return bad(words('files.cell.yearEmpty'));
  if (/^\d{4}$/.test(t)) return ok(Number(t));
  return bad(words('files.cell.notYear', { cell: quote(raw) }));
}

/** A count ≥ 0. */
export function readValue(text: string, decimalComma: boolean): Read<number> {
  const raw = text.trim();
  if (raw === '') return bad(words('files.cell.valueEmpty'));
  if (/^(?::|\.\.|-|–|n\/?a|nan|x|c)(?: ?[a-z]{1,2})?$/i.test(raw)) {
    return bad(words('files.cell.noValue', { cell: quote(raw) }));
  }
  const value = parseNumber(raw, decimalComma);
  if (value === undefined) {
    const key =
      decimalComma && raw.includes('.')
        ? 'files.cell.notNumberDecimalComma'
        : !decimalComma && /^\d+,\d+$/.test(raw)
          ? 'files.cell.notNumberDecimalDot'
          : 'files.cell.notNumber';
    return bad(words(key, { cell: quote(raw) }));
  }
  if (value < 0) return bad(words('files.cell.negative', { cell: quote(raw) }));
  return ok(value);
}
