/**
 * The notes an Eurostat import leaves (./eurostat-tsv.ts): the values skipped as missing
 * (`:`), each break in series (`b`) with its row and year, and the other flags counted with
 * their first places.
 */
import { words, wordsList, type Words, type WordsList } from '../shell/words.ts';
import { field } from './eurostat-tsv.ts';
import type { Cell, ImportProblem, LongRecord, LongTable } from './long-table.ts';

/** `row 4, column 2019` (a TSV), or `row 4 (2019)`. */
function place(row: number, column: string | undefined, year: string): Words {
  if (column) return words('files.place.rowColumn', { row: String(row), column });
  return year
    ? words('files.place.rowYear', { row: String(row), year })
    : words('files.place.row', { row: String(row) });
}

function places(list: readonly Words[]): { places: WordsList } {
  const shown = list.length > 3 ? [...list.slice(0, 3), words('files.place.more')] : list;
  return { places: wordsList(shown, '; ') };
}

/** The note on the values skipped as missing. */
export function missingNote(missing: readonly LongRecord[], table: LongTable): ImportProblem {
  const yearIndex = table.columns.year?.index ?? -1;
  const shown = missing.map((r) => place(r.row, r.valueColumn, field(r, yearIndex)));
  const n = missing.length;
  return {
    column: table.layout === 'eurostat-tsv' ? undefined : table.columns.value?.name,
    message: words('files.eurostat.missing', { n, count: String(n), ...places(shown) }),
  };
}

/** Notes on the flags of the values used: each break in series (`b`) with its row and
 *  year; the other flags counted, with their first places. */
export function flagNotes(cells: readonly Cell[], flagColumn?: string): ImportProblem[] {
  const notes: ImportProblem[] = [];
  const others = new Map<string, Cell[]>();
  for (const c of cells) {
    for (const f of new Set((c.flag ?? '').toLowerCase().replace(/[^a-z]/g, ''))) {
      if (f !== 'b') others.set(f, [...(others.get(f) ?? []), c]);
      else {
        const value = String(c.value);
        notes.push({
          row: c.row,
          column: c.valueColumn ?? flagColumn,
          message:
            c.valueColumn || c.year === undefined
              ? words('files.eurostat.break', { value })
              : words('files.eurostat.breakOfYear', { value, year: String(c.year) }),
        });
      }
    }
  }
  for (const [f, list] of [...others].sort((a, b) => a[0].localeCompare(b[0]))) {
    const shown = list.map((c) => place(c.row, c.valueColumn, c.year?.toString() ?? ''));
    notes.push({
      column: list[0].valueColumn ? undefined : flagColumn,
      message: words('files.eurostat.flagged', {
        n: list.length,
        count: String(list.length),
        flag: f,
        meaning: words('files.eurostat.flagMeaning', { flag: f }),
        ...places(shown),
      }),
    });
  }
  return notes;
}
