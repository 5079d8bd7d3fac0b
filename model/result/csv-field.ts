/**
 * One field of a CSV file: the single way every CSV table of HWF Scenario Lab turns a value
 * into text (the result table of `hwf simulate --format csv` and of the app's download, and
 * the stock and population tables of the import dialog).
 *
 * - **A number** is written at full precision (`String(n)`) and never changed: `-12.5` stays
 *   a number that a spreadsheet can add up. `null`, `undefined`, `NaN` and ±Infinity give an
 *   empty field.
 * - **Text** is quoted as RFC 4180 asks (when it holds a comma, a double quote or a line
 *   break), and it is kept from being run as a formula (CSV or formula injection): text that
 *   starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or the full-width `＝ ＋ － ＠`)
 *   would be taken by Excel, LibreOffice or Google Sheets as a formula, which can open links
 *   or send the sheet's contents elsewhere. Such text gets a leading `'` and is quoted
 *   (OWASP's rule), so a spreadsheet shows it as text. Any CSV reader gives back the
 *   original text with that one `'` in front.
 */

/** What a CSV field is written from. */
export type CsvValue = string | number | null | undefined;

/** The first characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** True when `text`, as the first characters of a cell, would be read as a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** One CSV field (see the top of this file). */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return '';
  if (startsLikeFormula(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (without its line end): the fields, each written by `csvField`. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}
