/**
 * Eurostat downloads as they come (docs/files.md, "Eurostat downloads").
 *
 * - The **bulk download (TSV)**: tab separated, years across. The first header cell names
 *   the dimensions and the time, `freq,unit,sex,age,geo\TIME_PERIOD` (older files `…\time`);
 *   the first cell of a row holds the row's codes, `A,NR,F,Y35-44,DE`; then one column per
 *   year (`2019 `), each cell a number, optionally followed by a space and flags (`12.5 b`,
 *   `7 bp`), or `:` for a missing value (`: c`, `:z`). `readEurostatTsv` turns it into the
 *   long table the importers read (`freq,unit,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG`),
 *   one row per value, each keeping its row and year column of the file for the messages.
 * - **Several tables in one**: a file with several countries (`geo`), units or projections
 *   holds one table for each; `chooseRows` finds such columns and keeps the rows of the value
 *   the caller picks (or says which values there are).
 * - **Totals**: sex `T`, ages `TOTAL` and `UNK`, and sums of groups the table also has
 *   (`Y_GE65` beside `Y65-74` and `Y_GE75`) are left out with a note when the table has the
 *   parts, or refused when it has nothing else.
 * - **Flags** (`b` break in series, `e` estimated, `p` provisional, …) stay visible as notes.
 *
 * Never throws.
 */
import { words, type Words } from '../shell/words.ts';
import { parseCsv, stripBom } from './csv.ts';
import type { CsvTable } from './csv.ts';
import { quote, readAge, readSex, readYear } from './table-cells.ts';
import type { ImportProblem, LongRecord, LongTable, ReadOptions } from './long-table.ts';

export { flagNotes, missingNote } from './eurostat-notes.ts';

/** `freq,unit,sex,age,geo\TIME_PERIOD`: the dimensions, then the time. */
const CORNER = /^([A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*)*)\s*\\\s*([A-Za-z][\w ]*?)\s*$/;

/** Eurostat's flags (the letters after a value); what each means is said by the message
 *  files.eurostat.flagMeaning. */
export const FLAGS: ReadonlySet<string> = new Set([
  'b',
  'c',
  'd',
  'e',
  'f',
  'n',
  'p',
  'r',
  's',
  'u',
  'z',
]);

/** Does the text start as Eurostat's bulk download (a first cell `…\TIME_PERIOD`, tabs)? */
export function isEurostatTsv(text: string): boolean {
  const line = /[^\r\n]*\S[^\r\n]*/.exec(stripBom(text))?.[0] ?? '';
  const tab = line.indexOf('\t');
  return tab > 0 && CORNER.test(line.slice(0, tab).trim());
}

/** Is the text a Eurostat download: the bulk TSV, or SDMX-CSV (a first column DATAFLOW or
 *  STRUCTURE)? */
export function isEurostatDownload(text: string): boolean {
  const line = /[^\r\n]*\S[^\r\n]*/.exec(stripBom(text))?.[0] ?? '';
  return isEurostatTsv(line) || /^\s*"?(?:dataflow|structure)"?\s*[,;\t]/i.test(line);
}

/** A TSV value cell: the number, its flags, and whether it is missing (`:`). */
export function splitFlags(text: string): { value: string; flags: string; missing: boolean } {
  const t = text.trim();
  const gone = /^:\s*([a-z]*)$/i.exec(t);
  if (gone) return { value: t, flags: gone[1], missing: true };
  const m = /^(\S+)\s+([a-z]{1,4})$/i.exec(t);
  if (m && [...m[2].toLowerCase()].every((f) => FLAGS.has(f))) {
    return { value: m[1], flags: m[2], missing: false };
  }
  return { value: t, flags: '', missing: false };
}

export interface EurostatTsv {
  /** The long form: the dimensions, the time, `OBS_VALUE` and `OBS_FLAG`. */
  csv: CsvTable;
  /** The value column's name for the messages: the years (`2019–2023`). */
  valueName: string;
  errors: ImportProblem[];
  notes: ImportProblem[];
}

/** The long form of a bulk download; undefined when the text is not one. */
export function readEurostatTsv(text: string): EurostatTsv | undefined {
  if (!isEurostatTsv(text)) return undefined;
  const wide = parseCsv(text, { separator: '\t' });
  const corner = wide.header[0];
  const [, dimText, time] = CORNER.exec(corner)!;
  const dims = dimText.split(',').map((d) => d.trim());
  const errors: ImportProblem[] = [];
  const years: { index: number; name: string }[] = [];
  wide.header.forEach((name, index) => {
    if (index === 0 || name === '') return;
    const year = readYear(name);
    if (year.ok) years.push({ index, name });
    else {
      errors.push({
        row: wide.headerRow,
        column: name,
        message: words('files.eurostat.notYearly', { problem: year.message }),
      });
    }
  });
  const records: LongRecord[] = [];
  for (const { row, fields } of wide.records) {
    const codes = fields[0].split(',').map((c) => c.trim());
    if (codes.length !== dims.length) {
      errors.push({
        row,
        column: corner,
        message: words('files.eurostat.codes', {
          cell: quote(fields[0]),
          codes: String(codes.length),
          dims: String(dims.length),
          names: dims.join(', '),
        }),
      });
      continue;
    }
    for (const y of years) {
      if (y.index >= fields.length) {
        errors.push({
          row,
          column: y.name,
          message: words('files.table.rowEnds', {
            fields: String(fields.length),
            header: String(wide.header.length),
          }),
        });
        break;
      }
      const cell = splitFlags(fields[y.index]);
      records.push({
        row,
        fields: [...codes, y.name, cell.value, cell.flags],
        valueColumn: y.name,
        ...(cell.missing ? { missing: true } : {}),
      });
    }
  }
  const span = years.length > 1 ? `${years[0].name}–${years[years.length - 1].name}` : '';
  const notes: ImportProblem[] = [];
  if (wide.records.length > 0 && years.length > 0) {
    const counts = {
      rows: wide.records.length,
      rowCount: String(wide.records.length),
      years: years.length,
      yearCount: String(years.length),
    };
    notes.push({
      message: span
        ? words('files.eurostat.readAsSpan', { ...counts, span })
        : words('files.eurostat.readAs', counts),
    });
  }
  return {
    csv: {
      ...wide,
      header: [...dims, time, 'OBS_VALUE', 'OBS_FLAG'],
      records,
    },
    valueName: span || (years[0]?.name ?? 'OBS_VALUE'),
    errors,
    notes,
  };
}

/** `F:Females` → `F` (label downloads write a code and its label). */
function codeOf(text: string): string {
  const t = text.trim();
  const colon = t.indexOf(':');
  return colon > 0 ? t.slice(0, colon).trim() : t;
}

export const field = (r: LongRecord, i: number) => (r.fields[i] ?? '').trim();

/** Is the record's value missing (`:`, `: c`, or empty in a table of flags)? */
export function isMissing(record: LongRecord, valueIndex: number): boolean {
  return record.missing === true || /^(?::\s*[a-z]*)?$/i.test(field(record, valueIndex));
}

/** A column whose values make more than one table, and the value picked. */
export interface SeriesChoice {
  /** As the header names it (`geo`). */
  column: string;
  /** What its values are, for the messages (files.eurostat.noun). */
  noun: SeriesNoun;
  /** The values the file holds, in the order of their first row. */
  values: string[];
  /** The value picked, when it is one of `values`. */
  chosen?: string;
}

/** Columns that never tell tables apart (SDMX-CSV's bookkeeping). */
const NOT_SERIES = new Set([
  'dataflow',
  'last update',
  'structure',
  'structure_id',
  'structure_name',
  'action',
  'obs_status',
  'conf_status',
  'unit_mult',
  'decimals',
]);

/** What the values of a column that makes several tables are. */
export type SeriesNoun = 'countries' | 'countriesOrRegions' | 'units' | 'projections' | 'values';

function nounOf(column: string, values: readonly string[]): SeriesNoun {
  const c = column.toLowerCase();
  if (c === 'geo' || c === 'ref_area') {
    const country = (v: string) => /^(?:[A-Z]{2}|EU\w*|EA\w*|EEA\w*|EFTA)$/.test(codeOf(v));
    return values.every(country) ? 'countries' : 'countriesOrRegions';
  }
  if (c === 'unit' || c === 'unit_measure') return 'units';
  if (c === 'projection') return 'projections';
  return 'values';
}

/** Do two rows with the same age, sex and year differ in column `i`? */
function splits(records: readonly LongRecord[], keyOf: (r: LongRecord) => string, i: number) {
  const seen = new Map<string, string>();
  for (const r of records) {
    const k = keyOf(r);
    const before = seen.get(k);
    if (before === undefined) seen.set(k, field(r, i));
    else if (before !== field(r, i)) return true;
  }
  return false;
}

/** Is column `i` another name for column `j` (a label beside its code)? */
function sameAs(records: readonly LongRecord[], i: number, j: number): boolean {
  const there = new Map<string, string>();
  const back = new Map<string, string>();
  for (const r of records) {
    const a = field(r, i);
    const b = field(r, j);
    if ((there.get(a) ?? b) !== b || (back.get(b) ?? a) !== a) return false;
    there.set(a, b);
    back.set(b, a);
  }
  return true;
}

/**
 * The rows to read: those of the values picked in the columns that make several tables,
 * without the totals when `totals` is 'leave out'. In a Eurostat download (TSV or
 * SDMX-CSV) a column without a pick stops the import with a message listing its values;
 * in another table the rows are read, and a second value for the same age is refused.
 */
export function chooseRows(
  all: LongRecord[],
  table: LongTable,
  options: ReadOptions,
): {
  records: LongRecord[];
  choices: SeriesChoice[];
  errors: ImportProblem[];
  notes: ImportProblem[];
  stop: boolean;
} {
  const { columns, csv } = table;
  const roleIndex = Object.values(columns).map((c) => c.index);
  const keyIndex = [columns.age, columns.sex, columns.year].flatMap((c) => (c ? [c.index] : []));
  const keyOf = (r: LongRecord) => keyIndex.map((i) => field(r, i)).join('\u0000');
  const found: number[] = [];
  csv.header.forEach((name, i) => {
    if (name === '' || roleIndex.includes(i) || i === table.flagColumn?.index) return;
    if (NOT_SERIES.has(name.toLowerCase()) || !splits(all, keyOf, i)) return;
    if (!found.some((j) => sameAs(all, i, j))) found.push(i);
  });
  let records = all;
  const choices = found.map((i) => {
    const values = [...new Set(all.map((r) => field(r, i)))];
    const choice: SeriesChoice = {
      column: csv.header[i],
      noun: nounOf(csv.header[i], values),
      values,
    };
    const pick = options.pick?.[choice.column];
    if (pick !== undefined && values.includes(pick)) {
      choice.chosen = pick;
      records = records.filter((r) => field(r, i) === pick);
    }
    return choice;
  });
  const errors: ImportProblem[] = [];
  if (table.layout !== 'long') {
    found.forEach((i, k) => {
      if (choices[k].chosen !== undefined || !splits(records, keyOf, i)) return;
      const values = [...new Set(records.map((r) => field(r, i)))];
      const list = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
      errors.push({
        message: words('files.eurostat.pickOne', {
          count: String(values.length),
          noun: choices[k].noun,
          column: choices[k].column,
          list,
        }),
      });
    });
  }
  if (errors.length > 0 || options.totals !== 'leave out') {
    return { records, choices, errors, notes: [], stop: errors.length > 0 };
  }
  const totals = leaveOutTotals(records, table);
  return { ...totals, choices, stop: totals.errors.length > 0 };
}

const SEX_TOTAL = /^(?:t|_t|total)$/i;
const AGE_TOTAL = /^(?:total|_t|t)$/i;
const AGE_UNKNOWN = /^(?:unk|_u|_x|y_unk)$/i;

/** Rows of totals left out: of both sexes when the table has females and males, of all or
 *  unknown ages and sums of groups when it has the ages; refused when it has nothing else. */
function leaveOutTotals(records: LongRecord[], table: LongTable) {
  const { sex, age } = table.columns;
  const errors: ImportProblem[] = [];
  const notes: ImportProblem[] = [];
  const what = table.layout === 'eurostat-tsv' ? 'value' : 'row';
  const drop = (
    out: (r: LongRecord) => boolean,
    key: Words['key'],
    values: Readonly<Record<string, string>> = {},
  ) => {
    const kept = records.filter((r) => !out(r));
    const n = records.length - kept.length;
    if (n > 0) notes.push({ message: words(key, { n, count: String(n), what, ...values }) });
    records = kept;
  };
  if (sex) {
    const sexes = new Set(
      records.map((r) => readSex(field(r, sex.index))).map((s) => s.ok && s.value),
    );
    const total = (r: LongRecord) => SEX_TOTAL.test(codeOf(field(r, sex.index)));
    if (sexes.has('female') && sexes.has('male')) {
      drop(total, 'files.eurostat.sexTotalsLeftOut');
    } else if (!sexes.has('female') && !sexes.has('male') && records.some(total)) {
      errors.push({ column: sex.name, message: words('files.eurostat.noSexSplit') });
    }
  }
  if (age) {
    const code = (r: LongRecord) => codeOf(field(r, age.index));
    const other = (r: LongRecord) => AGE_TOTAL.test(code(r)) || AGE_UNKNOWN.test(code(r));
    if (records.some((r) => readAge(field(r, age.index)).ok)) {
      drop(other, 'files.eurostat.ageTotalsLeftOut');
      for (const [label, parts] of sums(records, age.index)) {
        const shown = parts.map(quote).join(', ');
        drop((r) => field(r, age.index) === label, 'files.eurostat.sumLeftOut', {
          cell: quote(label),
          parts: shown,
        });
      }
    } else if (records.some(other)) {
      errors.push({ column: age.name, message: words('files.eurostat.noAgeSplit') });
    }
  }
  return { records, errors, notes };
}

/** Age cells that are the sum of other age cells of the table (`Y_GE65` beside `Y65-74` and
 *  `Y_GE75`), each with those parts. */
function sums(records: readonly LongRecord[], index: number): Map<string, string[]> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const r of records) {
    const label = field(r, index);
    if (spans.has(label)) continue;
    const a = readAge(label);
    if (!a.ok) continue;
    const v = a.value;
    const from = v.kind === 'single' ? v.age : v.from;
    spans.set(label, {
      from,
      to: v.kind === 'single' ? v.age : v.kind === 'open' ? Infinity : v.to,
    });
  }
  const out = new Map<string, string[]>();
  for (const [label, s] of spans) {
    const parts = [...spans]
      .filter(([, p]) => p.from >= s.from && p.to <= s.to && (p.from > s.from || p.to < s.to))
      .sort((a, b) => a[1].from - b[1].from || b[1].to - a[1].to);
    let reach = s.from; // every age below `reach` is covered by a part
    for (const [, p] of parts) if (p.from <= reach) reach = Math.max(reach, p.to + 1);
    if (reach > s.to || reach === Infinity)
      out.set(
        label,
        parts.map(([l]) => l),
      );
  }
  return out;
}
