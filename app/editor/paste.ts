/**
 * Pasting from a spreadsheet into an age table: a column (or two, women and men) of values
 * separated by tabs and line breaks, read like typed numbers in the browser's locale
 * (number-text.ts); a number that could be read two ways ("1,200") follows the other cells
 * or the locale, and the message says how it was read. The plan
 * fills from the focused cell down; when the block does not fit, nothing is written and the
 * message says why, so nothing is lost.
 */
import { englishT, type Translate } from '../i18n/translate.ts';
import { BROWSER_LOCALE, parseNumberText, spellNumber } from './number-text.ts';
import type { Mark } from './number-text.ts';

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

/** How a block's cells use a mark: to group thousands, or as the decimal mark. */
export type MarkUse = Partial<Record<Mark, 'group' | 'decimal'>>;

/**
 * How the cells that read one way only use each mark: "0,5" or "12,25" make the comma a
 * decimal mark, "1,200,000" or "1,200.5" make it group thousands. A mark used both ways
 * tells nothing.
 */
export function blockMarkUse(cells: readonly string[], locale: string = BROWSER_LOCALE): MarkUse {
  const seen: Record<Mark, Set<'group' | 'decimal'>> = { '.': new Set(), ',': new Set() };
  for (const c of cells) {
    const r = parseNumberText(c, { locale });
    if (r.kind !== 'number' || r.doubt) continue;
    if (r.marks.decimal) seen[r.marks.decimal].add('decimal');
    if (r.marks.group) seen[r.marks.group].add('group');
  }
  const use: MarkUse = {};
  for (const m of ['.', ','] as const) if (seen[m].size === 1) use[m] = [...seen[m]][0];
  return use;
}

/** A cell that could be read two ways ("1,200"), and how it was read. */
export interface PastedDoubt {
  text: string;
  mark: Mark;
  readAs: 'group' | 'decimal';
  value: number;
  /** Read as the block's other cells use the mark, or as the browser's language does. */
  by: 'block' | 'locale';
}

export interface PastedCell {
  /** A number, null when blank, or the text itself when it is not a number. */
  value: number | string | null;
  doubt?: PastedDoubt;
}

/**
 * One cell, read like a typed number in the browser's locale. A cell that could be read two
 * ways ("1,200": 1 200 or 1.2) follows the block's other cells when they use its mark one
 * way only, else the locale; `doubt` says how it was read.
 */
export function readPastedCell(
  cell: string,
  use: MarkUse = {},
  locale: string = BROWSER_LOCALE,
): PastedCell {
  const t = cell.trim();
  if (t === '') return { value: null };
  const r = parseNumberText(t, { locale });
  if (r.kind !== 'number') return { value: t };
  if (!r.doubt) return { value: r.value };
  const { mark, readAs, other } = r.doubt;
  const block = use[mark];
  const flip = block !== undefined && block !== readAs;
  return {
    value: flip ? other : r.value,
    doubt: {
      text: t,
      mark,
      readAs: flip ? block : readAs,
      value: flip ? other : r.value,
      by: block === undefined ? 'locale' : 'block',
    },
  };
}

/** "2 numbers such as “1,200” were read as 1 200: the comma separates thousands, as …" */
function doubtNote(doubts: readonly PastedDoubt[], locale: string, t: Translate): string {
  const kinds = new Map<string, PastedDoubt[]>();
  for (const d of doubts) {
    const key = `${d.mark}${d.readAs}${d.by}`;
    kinds.set(key, [...(kinds.get(key) ?? []), d]);
  }
  return [...kinds.values()]
    .map((ds) => {
      const d = ds[0];
      return t('editor.paste.doubt', {
        n: ds.length,
        count: String(ds.length),
        text: d.text,
        value: spellNumber(d.value, locale),
        mark: d.mark === ',' ? 'comma' : 'point',
        readAs: d.readAs,
        by: d.by,
      });
    })
    .join(' ');
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

/** Where each pasted value goes, or why nothing can be pasted (the message in the language
 *  of `t`). */
export function planPaste(
  text: string,
  target: PasteTarget,
  locale: string = BROWSER_LOCALE,
  t: Translate = englishT,
): PastePlan {
  let rows = splitPasted(text);
  let header = false;
  if (
    rows.length > 1 &&
    rows[0].every((c) => c.trim() !== '' && parseNumberText(c, { locale }).kind === 'invalid')
  ) {
    rows = rows.slice(1);
    header = true;
  }
  if (rows.length === 0) return { ok: false, message: t('editor.paste.nothing') };
  const width = Math.max(...rows.map((r) => r.length));
  const roomRows = target.rows - target.startRow;
  const roomCols = target.columns.length - target.startCol;
  const from = t('editor.paste.from', {
    column: target.columns[target.startCol],
    row: target.rowName(target.startRow),
  });
  if (width > roomCols) {
    return {
      ok: false,
      message: t('editor.paste.tooWide', {
        width: String(width),
        widthN: width,
        room: String(roomCols),
        roomN: roomCols,
        column: target.columns[target.startCol],
      }),
    };
  }
  if (rows.length > roomRows) {
    return {
      ok: false,
      message: t('editor.paste.tooLong', {
        rows: String(rows.length),
        rowsN: rows.length,
        room: String(roomRows),
        roomN: roomRows,
        from: target.rowName(target.startRow),
        to: target.rowName(target.rows - 1),
      }),
    };
  }
  const use = blockMarkUse(rows.flat(), locale);
  const writes: CellWrite[] = [];
  const doubts: PastedDoubt[] = [];
  let blanks = 0;
  let texts = 0;
  rows.forEach((cells, r) => {
    for (let c = 0; c < width; c++) {
      const { value: v, doubt } = readPastedCell(cells[c] ?? '', use, locale);
      if (v === null) blanks++;
      else if (typeof v === 'string') texts++;
      if (doubt) doubts.push(doubt);
      writes.push({ row: target.startRow + r, col: target.startCol + c, value: v ?? 0 });
    }
  });
  const notes = [
    t('editor.paste.pasted', { count: String(writes.length), n: writes.length, from }),
    header ? t('editor.paste.heading') : '',
    blanks ? t('editor.paste.blanks', { count: String(blanks), n: blanks }) : '',
    texts ? t('editor.paste.texts', { count: String(texts), n: texts }) : '',
    doubtNote(doubts, locale, t),
  ];
  return { ok: true, writes, message: notes.filter(Boolean).join(' ') };
}
