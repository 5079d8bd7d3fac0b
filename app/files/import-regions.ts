/**
 * Long CSV tables with a region column, for a scenario with regions (MODEL.md §6,
 * docs/regions-editing.md): `region,age,sex,value` for headcounts, `region,age,sex,year,value`
 * for a population, or Eurostat's `geo` column of NUTS codes. Each row's region is matched to
 * a region of the scenario by its id or its name (case and accents aside; `ITC1:Piemonte`, a
 * code with its label, matches by either). Rows of other regions are refused with one message
 * listing the codes, or left out when the planner chooses. The rows of each region are then
 * read as a national table is (import-stock.ts, import-population.ts), so every problem keeps
 * its row and column.
 */
import type { BySex, PopulationInline } from '../../model/scenario/types.ts';
import { words, wordsList, type WordsValue } from '../shell/words.ts';
import { startSummary, stockFromTable, yearList } from './import-stock.ts';
import type { ImportSummary, StockImportOptions } from './import-stock.ts';
import { populationFromTable } from './import-population.ts';
import type { PopulationImportOptions } from './import-population.ts';
import { quote, readLongTable } from './long-table.ts';
import type { Cell, Column, ImportProblem, LongTable } from './long-table.ts';

export interface RegionRef {
  id: string;
  name: string;
}

/** Header names (lower case) of a region column; the first such column wins. */
export const REGION_COLUMN_NAMES: readonly string[] = [
  'region',
  'geo',
  'nuts',
  'nuts_id',
  'nuts code',
  'nuts_code',
  'region id',
  'region_id',
  'regionid',
];

/** The region column of a header, when it has one. */
export function findRegionColumn(header: readonly string[]): Column | undefined {
  const index = header.findIndex((h) => REGION_COLUMN_NAMES.includes(h.trim().toLowerCase()));
  return index >= 0 ? { index, name: header[index] } : undefined;
}

/** Does the table's header (its first non-blank line) name a region column? */
export function hasRegionColumn(text: string): boolean {
  const table = readLongTable(text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '', 'none');
  return findRegionColumn(table.csv.header) !== undefined;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** The id of the region a cell names (by id or name; `CODE:Label` by either part). */
export function matchRegion(text: string, regions: readonly RegionRef[]): string | undefined {
  const t = text.trim();
  const colon = t.indexOf(':');
  const tries = colon > 0 ? [t, t.slice(0, colon), t.slice(colon + 1)] : [t];
  for (const x of tries.map(fold)) {
    if (x === '') continue;
    const hit = regions.find((r) => fold(r.id) === x) ?? regions.find((r) => fold(r.name) === x);
    if (hit) return hit.id;
  }
  return undefined;
}

export interface RegionPart<T> {
  id: string;
  name: string;
  summary: ImportSummary;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  value?: T;
}

export interface RegionalImport<T> {
  /** Of the whole table (rows read, columns); per region in `parts`. */
  summary: ImportSummary;
  /** The region column as the header names it. */
  regionColumn?: string;
  /** The regions that have rows, in the scenario's order. */
  parts: RegionPart<T>[];
  /** Every problem: the table's, then each region's (named when the row does not say). */
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Present when there is no error: the value of each region that has rows. */
  value?: Record<string, T>;
}

export interface RegionOptions {
  regions: readonly RegionRef[];
  /** Leave out rows of regions that are not in the scenario (a note) instead of refusing. */
  dropUnknown?: boolean;
}

/** The codes of unknown regions, each with its first row, listed short. */
function codeList(unknown: Map<string, number[]>): WordsValue {
  const all = [...unknown].map(([code, rows]) =>
    words('files.regions.codeAt', { code: quote(code), row: String(rows[0]) }),
  );
  return all.length > 8
    ? words('files.regions.codesAndMore', {
        codes: wordsList(all.slice(0, 8), ', '),
        count: String(all.length - 8),
      })
    : wordsList(all, ', ');
}

function regionWords(regions: readonly RegionRef[]): string {
  return regions.map((r) => (r.name === r.id ? r.id : `${r.id} (${r.name})`)).join(', ');
}

/** A table's cells split by region, and the problems of the region column. */
function splitTable(
  table: LongTable,
  options: RegionOptions,
): {
  column?: Column;
  byRegion: Map<string, Cell[]>;
  errors: ImportProblem[];
  warnings: ImportProblem[];
} {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const byRegion = new Map<string, Cell[]>();
  const column = findRegionColumn(table.csv.header);
  if (!column) {
    if (table.csv.header.length > 0) {
      errors.push({
        row: table.csv.headerRow,
        message: words('files.regions.noColumn', { regions: regionWords(options.regions) }),
      });
    }
    return { byRegion, errors, warnings };
  }
  const unknown = new Map<string, number[]>();
  for (const cell of table.cells) {
    const text = cell.fields[column.index] ?? '';
    if (text.trim() === '') {
      errors.push({ row: cell.row, column: column.name, message: words('files.regions.empty') });
      continue;
    }
    const id = matchRegion(text, options.regions);
    if (id === undefined) {
      const code = text.trim();
      unknown.set(code, [...(unknown.get(code) ?? []), cell.row]);
      continue;
    }
    byRegion.set(id, [...(byRegion.get(id) ?? []), cell]);
  }
  if (unknown.size > 0) {
    const rows = [...unknown.values()].reduce((a, r) => a + r.length, 0);
    const unknownRegions = {
      n: unknown.size,
      count: String(unknown.size),
      codes: codeList(unknown),
    };
    if (options.dropUnknown) {
      warnings.push({
        column: column.name,
        message: words('files.regions.unknownLeftOut', {
          ...unknownRegions,
          rows,
          rowCount: String(rows),
        }),
      });
    } else {
      errors.push({
        column: column.name,
        message: words('files.regions.unknown', {
          ...unknownRegions,
          regions: regionWords(options.regions),
        }),
      });
    }
  }
  return { column, byRegion, errors, warnings };
}

/** The table of one region: its cells only, problems of its own. */
function regionTable(table: LongTable, cells: Cell[], column: Column): LongTable {
  return {
    ...table,
    cells,
    errors: [],
    rowsRead: cells.length,
    ignored: table.ignored.filter((name) => name !== column.name),
  };
}

/** A problem of region `name`: named in the message when the problem has no row. */
function named(name: string, p: ImportProblem): ImportProblem {
  return p.row === undefined
    ? { ...p, message: words('files.regions.ofRegion', { region: name, message: p.message }) }
    : p;
}

function regional<T>(
  text: string,
  year: 'optional' | 'required',
  options: RegionOptions,
  read: (table: LongTable) => {
    summary: ImportSummary;
    errors: ImportProblem[];
    warnings: ImportProblem[];
    value?: T;
  },
  /** The problem of regions without rows, and whether it stops the import. */
  missing: { error: boolean; problem: (names: string[]) => ImportProblem },
): RegionalImport<T> {
  const table = readLongTable(text, year);
  const summary = startSummary(table);
  const split = splitTable(table, options);
  const errors = [...table.errors, ...split.errors];
  const warnings = [...split.warnings];
  const out: RegionalImport<T> = { summary, parts: [], errors, warnings };
  if (!split.column) return out;
  out.regionColumn = split.column.name;
  summary.ignored = summary.ignored.filter((n) => n !== split.column!.name);
  for (const r of options.regions) {
    const cells = split.byRegion.get(r.id);
    if (!cells) continue;
    const result = read(regionTable(table, cells, split.column));
    out.parts.push({ id: r.id, name: r.name, ...result });
    errors.push(...result.errors.map((p) => named(r.name, p)));
    warnings.push(...result.warnings.map((p) => named(r.name, p)));
    summary.rowsUsed += result.summary.rowsUsed;
  }
  const absent = options.regions.filter((r) => !split.byRegion.has(r.id)).map((r) => r.name);
  if (absent.length > 0 && out.parts.length > 0) {
    (missing.error ? errors : warnings).push(missing.problem(absent));
  }
  if (out.parts.length === 0 && errors.length === 0) {
    errors.push({ message: words('files.regions.noRows') });
  }
  errors.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
  if (errors.length === 0) {
    out.value = Object.fromEntries(out.parts.map((p) => [p.id, p.value as T]));
  }
  return out;
}

/**
 * Headcounts by region. Regions without rows keep the headcount they have (a note says
 * which); the rows of each region are read as a national stock.
 */
export function importRegionalStock(
  text: string,
  options: RegionOptions & StockImportOptions,
): RegionalImport<BySex> {
  return regional(
    text,
    'optional',
    options,
    (table) => {
      const r = stockFromTable(table, options);
      return { ...r, value: r.stock };
    },
    {
      error: false,
      problem: (names) => ({
        message: words('files.regions.missingStock', {
          n: names.length,
          names: names.join(', '),
        }),
      }),
    },
  );
}

/** One population table per region, all with the same ages and years. */
export interface RegionPopulationTables {
  ages: { min: number; max: number };
  years: number[];
  regions: Record<string, { female: number[][]; male: number[][] }>;
}

/**
 * A population table per region. Every region of the scenario needs rows (the tables share
 * their ages and years, so one cannot be kept from before), and all regions the same ages and
 * years.
 */
export function importRegionalPopulation(
  text: string,
  options: RegionOptions & PopulationImportOptions,
): RegionalImport<PopulationInline> & { population?: RegionPopulationTables } {
  const r = regional(
    text,
    'required',
    options,
    (table) => {
      const p = populationFromTable(table, options);
      return { ...p, value: p.population };
    },
    {
      error: true,
      problem: (names) => ({
        message: words('files.regions.missingPopulation', { names: names.join(', ') }),
      }),
    },
  );
  const shape = (v: PopulationInline) =>
    words('files.regions.shape', {
      min: String(v.ages.min),
      max: String(v.ages.max),
      years: yearList(v.years),
    });
  const same = (a: PopulationInline, b: PopulationInline) =>
    JSON.stringify(shape(a)) === JSON.stringify(shape(b));
  const first = r.parts[0];
  if (r.errors.length > 0 || first?.value === undefined) return { ...r, value: undefined };
  for (const p of r.parts) {
    if (p.value && !same(p.value, first.value)) {
      r.errors.push({
        message: words('files.regions.differentShape', {
          region: p.name,
          shape: shape(p.value),
          first: first.name,
          firstShape: shape(first.value),
        }),
      });
    }
  }
  if (r.errors.length > 0) return { ...r, value: undefined };
  const { ages, years } = first.value;
  const regions = Object.fromEntries(
    r.parts.map((p) => [p.id, { female: p.value!.female, male: p.value!.male }]),
  );
  return { ...r, population: { ages, years, regions } };
}
