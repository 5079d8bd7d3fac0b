/**
 * The delimited-text reader for the tables planners bring (Eurostat, OECD, spreadsheets):
 * RFC 4180 quoted fields with `""` for a quote and line breaks inside, CRLF, LF or CR line
 * ends, a leading byte order mark, and a separator (`,`, `;` or tab) found from the header
 * line. The fields are split by d3-dsv; this module adds what d3-dsv leaves to its caller:
 * the separator, row numbers, a quoted field that is never closed (reported, and its text
 * kept), and two habits of hand-made files that d3-dsv would misread (text after a closing
 * quote, spaces before an opening one), which are made regular first.
 * A file separated by `;` is taken to write numbers with a decimal comma, as spreadsheets
 * set to a European language do.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1, every line break
 * outside quotes starts the next row, and blank rows keep their number (they are skipped).
 * Never throws.
 */
import { dsvFormat } from 'd3';
import { words, type Words } from '../shell/words.ts';

export type Separator = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based row number; the header is row 1. */
  row: number;
  fields: string[];
}

export interface CsvTable {
  separator: Separator;
  /** True when numbers use a decimal comma (the separator is `;`). */
  decimalComma: boolean;
  /** The header's fields (the first non-blank row), trimmed. Empty for an empty text. */
  header: string[];
  /** The header's row number (1 unless blank rows come first). */
  headerRow: number;
  /** Data rows after the header, blank rows left out. */
  records: CsvRecord[];
  /** Damage the reader worked around (an unclosed quote). */
  problems: { row: number; message: Words }[];
}

const SEPARATORS: readonly Separator[] = [',', ';', '\t'];

const UNCLOSED = words('files.csv.unclosed');

/** The text without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of a header line: the most frequent of `,`, `;` and tab outside quotes
 *  (`,` when there is none, or on a tie). */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      // A blank first line says nothing; the header is the first line with text.
      if (i > 0 && text.slice(0, i).trim() !== '') break;
    } else if (!quoted && counts.has(c as Separator)) {
      counts.set(c as Separator, (counts.get(c as Separator) ?? 0) + 1);
    }
  }
  let best: Separator = ',';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/**
 * The text with every quoted field written as RFC 4180 has it, so that d3-dsv reads it as
 * intended: spaces before an opening quote are dropped, text after a closing quote is taken
 * into the field (`"x"y` is `xy`), and a quote that is never closed is closed at the end of
 * the text, its field holding the rest of it. `unclosed` is the row where such a field
 * starts. A text without quotes is given back as it is.
 */
function regularQuotes(text: string, separator: Separator): { text: string; unclosed?: number } {
  if (!text.includes('"')) return { text };
  let out = '';
  let copied = 0; // text before this index is in `out`
  let fieldStart = 0;
  let row = 1;
  let unclosed: number | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '"' && text.slice(fieldStart, i).trim() === '') {
      const startRow = row;
      let inner = '';
      let from = i + 1;
      let closed = false;
      for (i = from; i < n; i++) {
        if (text[i] !== '"') continue;
        inner += text.slice(from, i + 1); // with one quote, doubled below
        if (text[i + 1] === '"') {
          i++;
          from = i + 1;
          continue;
        }
        inner = inner.slice(0, -1);
        closed = true;
        i++;
        break;
      }
      if (!closed) {
        inner += text.slice(from, n);
        unclosed ??= startRow;
        i = n;
      }
      // Text after the closing quote (not RFC 4180) is kept, not lost.
      const after = i;
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i++;
      inner += text.slice(after, i);
      out += `${text.slice(copied, fieldStart)}"${inner.replaceAll('"', '""')}"`;
      copied = i;
      continue;
    }
    if (c === separator) fieldStart = i + 1;
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row++;
      fieldStart = i + 1;
    }
    i++;
  }
  return { text: out + text.slice(copied), unclosed };
}

/** Splits `text` into rows of fields. */
export function parseCsv(input: string, options: { separator?: Separator } = {}): CsvTable {
  const text = typeof input === 'string' ? stripBom(input) : '';
  const separator = options.separator ?? detectSeparator(text);
  const regular = regularQuotes(text, separator);
  const problems: CsvTable['problems'] =
    regular.unclosed === undefined ? [] : [{ row: regular.unclosed, message: UNCLOSED }];

  // One d3-dsv row per row of the file, blank rows included (as [""]), so that a row's
  // number is its place; a line break inside quotes stays inside its field.
  const rows: CsvRecord[] = [];
  dsvFormat(separator)
    .parseRows(regular.text)
    .forEach((fields, k) => {
      if (!(fields.length === 1 && fields[0].trim() === '')) rows.push({ row: k + 1, fields });
    });

  const [head, ...records] = rows;
  return {
    separator,
    decimalComma: separator === ';',
    header: head ? head.fields.map((f) => f.trim()) : [],
    headerRow: head ? head.row : 1,
    records,
    problems,
  };
}
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Digits grouped by spaces (`1 234 567`, also with no-break spaces). */
const SPACED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;

/** A number written in a CSV field, or undefined. With `decimalComma` the decimal mark is a
 *  comma and a dot is not accepted (it could be a thousands separator). Digits may be
 *  grouped by spaces. */
export function parseNumber(text: string, decimalComma: boolean): number | undefined {
  let t = text.trim();
  if (SPACED.test(t)) t = t.replace(/[ \u00a0\u202f]/g, '');
  if (decimalComma) {
    if (t.includes('.')) return undefined;
    t = t.replace(',', '.');
  }
  if (!NUMBER.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

/** How the separator is named in messages. */
export function separatorName(separator: Separator): Words {
  return separator === '\t'
    ? words('files.csv.separatorTabs')
    : words('files.csv.separatorChar', { separator });
}
