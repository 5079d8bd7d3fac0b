/**
 * Pasting from a spreadsheet into an age table: a column (or two, women and men) of values
 * separated by tabs and line breaks, with decimal commas or thousands separators. The plan
 * fills from the focused cell down; when the block does not fit, nothing is written and the
 * message says why, so nothing is lost.
 */
import { parseNumberText } from './number-text.ts';

/** Rows of cells: tab separated (semicolons when there is no tab), trailing blank lines cut. */
export function splitPasted(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const sep = lines.some((l) => l.includes('\t'))
    ? '\t'
    : lines.some((l) => l.includes(';'))
      ? ';'
      : undefined;
  return lines.map((l) => (sep === undefined ? [l] : l.split(sep)));
}

/** Does the text hold more than one cell (else the field's own paste is used)? */
export function isBlockPaste(text: string): boolean {
  const rows = splitPasted(text);
  return rows.length > 1 || (rows.length === 1 && rows[0].length > 1);
}

export type CommaStyle = 'decimal' | 'thousands';

const THOUSANDS = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/;

/**
 * How commas are meant in a block: as thousands separators when every cell with a comma
 * looks like "1,200" or "12,345.5"; otherwise as decimal commas ("0,5", "12,25").
 */
export function detectCommaStyle(cells: readonly string[]): CommaStyle {
  const withComma = cells.map((c) => c.trim().replace(/\s/g, '')).filter((c) => c.includes(','));
  return withComma.length > 0 && withComma.every((c) => THOUSANDS.test(c))
    ? 'thousands'
    : 'decimal';
}

/** One cell: a number, null when blank, or the text itself when it is not a number. */
export function parsePastedCell(cell: string, style: CommaStyle): number | string | null {
  const t = cell.trim();
  if (t === '') return null;
  const s = style === 'thousands' && THOUSANDS.test(t.replace(/\s/g, '')) ? t.replace(/,/g, '') : t;
  const r = parseNumberText(s);
  return r.kind === 'number' ? r.value : t;
}

export interface PasteTarget {
  /** Row and column of the focused cell. */
  startRow: number;
  startCol: number;
  rows: number;
  /** Column names, e.g. ['Women', 'Men']. */
  columns: readonly string[];
  /** Words for a row, e.g. `age 20`. */
  rowName: (row: number) => string;
}

export interface CellWrite {
  row: number;
  col: number;
  /** A number, or text that is not a number (kept, so the checks point at it). */
  value: number | string;
}

export type PastePlan =
  { ok: true; writes: CellWrite[]; message: string } | { ok: false; message: string };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Where each pasted value goes, or why nothing can be pasted. */
export function planPaste(text: string, target: PasteTarget): PastePlan {
  let rows = splitPasted(text);
  let header = false;
  if (
    rows.length > 1 &&
    rows[0].every((c) => c.trim() !== '' && parseNumberText(c).kind === 'invalid')
  ) {
    rows = rows.slice(1);
    header = true;
  }
  if (rows.length === 0) return { ok: false, message: 'There are no values to paste.' };
  const width = Math.max(...rows.map((r) => r.length));
  const roomRows = target.rows - target.startRow;
  const roomCols = target.columns.length - target.startCol;
  const from = `${target.columns[target.startCol]}, ${target.rowName(target.startRow)}`;
  if (width > roomCols) {
    return {
      ok: false,
      message:
        `The pasted block has ${plural(width, 'column', 'columns')}, but only ` +
        `${plural(roomCols, 'column', 'columns')} from ${target.columns[target.startCol]} on; ` +
        'nothing was pasted. Paste one column, or start in the first column.',
    };
  }
  if (rows.length > roomRows) {
    return {
      ok: false,
      message:
        `The pasted block has ${plural(rows.length, 'row', 'rows')}, but only ` +
        `${plural(roomRows, 'row', 'rows')} from ${target.rowName(target.startRow)} down to ` +
        `${target.rowName(target.rows - 1)}; nothing was pasted. Select a higher cell, or ` +
        'paste fewer rows.',
    };
  }
  const style = detectCommaStyle(rows.flat());
  const writes: CellWrite[] = [];
  let blanks = 0;
  let texts = 0;
  rows.forEach((cells, r) => {
    for (let c = 0; c < width; c++) {
      const v = parsePastedCell(cells[c] ?? '', style);
      if (v === null) blanks++;
      else if (typeof v === 'string') texts++;
      writes.push({ row: target.startRow + r, col: target.startCol + c, value: v ?? 0 });
    }
  });
  const notes = [
    `Pasted ${plural(writes.length, 'value', 'values')} from ${from}.`,
    header ? 'The first line was read as a heading and left out.' : '',
    blanks ? `${plural(blanks, 'blank cell was', 'blank cells were')} read as 0.` : '',
    texts ? `${plural(texts, 'cell is', 'cells are')} not a number: kept as pasted, to fix.` : '',
    style === 'thousands' ? 'Commas were read as thousands separators.' : '',
  ];
  return { ok: true, writes, message: notes.filter(Boolean).join(' ') };
}
