/**
 * A small RFC 4180 CSV reader for the tables planners bring (Eurostat, OECD, spreadsheets):
 * quoted fields with `""` for a quote and line breaks inside, CRLF, LF or CR line ends, a
 * leading byte order mark, and a separator (`,`, `;` or tab) found from the header line.
 * A file separated by `;` is taken to write numbers with a decimal comma, as spreadsheets
 * set to a European language do.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1, every line break
 * outside quotes starts the next row, and blank rows keep their number (they are skipped).
 * Never throws.
 */

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
  problems: { row: number; message: string }[];
}

const SEPARATORS: readonly Separator[] = [',', ';', '\t'];

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

/** Splits `text` into rows of fields. */
export function parseCsv(input: string, options: { separator?: Separator } = {}): CsvTable {
  const text = typeof input === 'string' ? stripBom(input) : '';
  const separator = options.separator ?? detectSeparator(text);
  const rows: CsvRecord[] = [];
  const problems: CsvTable['problems'] = [];

  let row = 1;
  let fields: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (!(fields.length === 1 && fields[0].trim() === '')) rows.push({ row, fields });
    fields = [];
    row++;
  };

  while (i < n) {
    const c = text[i];
    if (c === '"' && field.trim() === '') {
      // A quoted field: everything up to the closing quote, `""` standing for `"`.
      const startRow = row;
      field = '';
      i++;
      let closed = false;
      while (i < n) {
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        field += q;
        i++;
      }
      if (!closed) {
        problems.push({
          row: startRow,
          message:
            'a quoted field is not closed: a " is missing, so the rest of the text was read into it',
        });
      }
      // Text after the closing quote (not RFC 4180) is kept, not lost.
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        field += text[i];
        i++;
      }
      continue;
    }
    if (c === separator) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRow();

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
export function separatorName(separator: Separator): string {
  return separator === '\t' ? 'tabs' : `"${separator}"`;
}
