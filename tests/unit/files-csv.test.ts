/** The CSV reader: RFC 4180 quotes, line ends, byte order mark, separators, decimal comma. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, parseNumber } from '../../app/files/csv.ts';
import { csvField } from '../../model/result/result-csv.ts';
import { startsLikeFormula } from '../../model/result/csv-field.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads a header and rows, numbering rows from the header as row 1', () => {
    const t = parseCsv('age,sex,value\n20,F,10\n21,F,11\n');
    expect(t.header).toEqual(['age', 'sex', 'value']);
    expect(t.headerRow).toBe(1);
    expect(t.records).toEqual([
      { row: 2, fields: ['20', 'F', '10'] },
      { row: 3, fields: ['21', 'F', '11'] },
    ]);
    expect(t.separator).toBe(',');
    expect(t.decimalComma).toBe(false);
    expect(t.problems).toEqual([]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const t = parseCsv('a,b,c\n"x, y","say ""hi""","line 1\nline 2"\n3,4,5');
    expect(t.records[0].fields).toEqual(['x, y', 'say "hi"', 'line 1\nline 2']);
    // The quoted line break does not start a new row.
    expect(t.records[1]).toEqual({ row: 3, fields: ['3', '4', '5'] });
    expect(t.problems).toEqual([]);
  });

  it('reads CRLF, LF and CR line ends alike, with or without a final line break', () => {
    const want = [
      ['1', '2'],
      ['3', '4'],
    ];
    for (const text of ['a,b\r\n1,2\r\n3,4\r\n', 'a,b\n1,2\n3,4', 'a,b\r1,2\r3,4\r']) {
      expect(fields(text)).toEqual(want);
    }
    expect(parseCsv('a,b\r\n"x\r\ny",2\r\n').records[0].fields).toEqual(['x\r\ny', '2']);
  });

  it('drops a byte order mark', () => {
    const t = parseCsv('\uFEFFage;sex;value\n20;F;1,5\n');
    expect(t.header).toEqual(['age', 'sex', 'value']);
    expect(t.separator).toBe(';');
  });

  it('skips blank rows but keeps their numbers, as a spreadsheet shows them', () => {
    const t = parseCsv('a,b\n\n1,2\n   \n3,4\n');
    expect(t.records.map((r) => r.row)).toEqual([3, 5]);
    const late = parseCsv('\n\na,b\n1,2');
    expect(late.headerRow).toBe(3);
    expect(late.records[0].row).toBe(4);
  });

  it('says when a quote is not closed, and keeps the text', () => {
    const t = parseCsv('a,b\n1,"open\n2,3\n');
    expect(t.problems.map((p) => ({ row: p.row, message: say(englishT, p.message) }))).toEqual([
      { row: 2, message: expect.stringMatching(/not closed/) as string },
    ]);
    expect(t.records[0].fields).toEqual(['1', 'open\n2,3\n']);
  });

  it('keeps a quote inside an unquoted field, and text after a closing quote', () => {
    expect(fields('a,b\n5" tall,"x"y\n')).toEqual([['5" tall', 'xy']]);
  });

  it('reads an empty text as no header and no rows', () => {
    expect(parseCsv('')).toMatchObject({ header: [], records: [], problems: [] });
    expect(parseCsv('\uFEFF\n\n')).toMatchObject({ header: [], records: [] });
  });
});

describe('detectSeparator', () => {
  it('finds the separator of the header line', () => {
    expect(detectSeparator('age,sex,value\n1;2;3;4;5')).toBe(',');
    expect(detectSeparator('age;sex;value\n1,5;F;2')).toBe(';');
    expect(detectSeparator('age\tsex\tvalue\n')).toBe('\t');
    expect(detectSeparator('value\n1,5')).toBe(',');
  });

  it('ignores separators inside quotes and blank lines before the header', () => {
    expect(detectSeparator('"a;b;c";d,e;f\n')).toBe(';');
    expect(detectSeparator('"a,b,c";d\n')).toBe(';');
    expect(detectSeparator('\r\n\nage;sex\n')).toBe(';');
  });

  it('reads tab-separated text with commas in the values', () => {
    const t = parseCsv('age\tsex\tvalue\n20\tF\t1,234\n');
    expect(t.separator).toBe('\t');
    expect(t.records[0].fields).toEqual(['20', 'F', '1,234']);
  });
});

describe('parseNumber', () => {
  it('reads decimal dots, signs and exponents', () => {
    expect(parseNumber('12.5', false)).toBe(12.5);
    expect(parseNumber(' 42 ', false)).toBe(42);
    expect(parseNumber('-3', false)).toBe(-3);
    expect(parseNumber('.5', false)).toBe(0.5);
    expect(parseNumber('1.2e3', false)).toBe(1200);
  });

  it('reads a decimal comma in files separated by ";", and refuses a dot there', () => {
    expect(parseNumber('12,5', true)).toBe(12.5);
    expect(parseNumber('1 234,5', true)).toBe(1234.5);
    expect(parseNumber('12.5', true)).toBeUndefined();
    expect(parseNumber('1.234', true)).toBeUndefined();
    expect(parseNumber('12,5', false)).toBeUndefined();
  });

  it('reads digits grouped by spaces', () => {
    expect(parseNumber('1 234 567', false)).toBe(1234567);
    expect(parseNumber('12\u00a0345', false)).toBe(12345);
    expect(parseNumber('1 23', false)).toBeUndefined();
  });

  it('refuses what is not a plain finite number', () => {
    for (const t of ['', ':', '12,5a', 'abc', 'Infinity', 'NaN', '0x10', '1e999', '1..2', '--1']) {
      expect(parseNumber(t, false)).toBeUndefined();
    }
  });
});

describe('properties', () => {
  it('never throws on any text, and every row number is after the header', () => {
    const alphabet = fc.constantFrom('a', '1', ',', ';', '\t', '"', '\n', '\r', ' ', '\uFEFF', 'é');
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 80 })),
        (text: string) => {
          const t = parseCsv(text);
          for (const r of t.records) expect(r.row).toBeGreaterThan(t.headerRow);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back what csvField writes', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        (rows: string[][]) => {
          const text = ['h1,h2', ...rows.map((r) => r.map(csvField).join(','))].join('\r\n');
          const back = parseCsv(text, { separator: ',' }).records.map((r) => r.fields);
          // Blank rows (a single empty field) are skipped by design; rows of two never are.
          // Text that starts like a formula (here a carriage return) comes back after a `'`.
          const neutral = (c: string) => (startsLikeFormula(c) ? `'${c}` : c);
          expect(back).toEqual(rows.map((r) => r.map(neutral)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
