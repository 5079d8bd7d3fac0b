/** Stock by age and sex from a long CSV table (Eurostat, OECD, a spreadsheet). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import exampleland from '../../app/data/examples/exampleland.json';
import { importStock } from '../../app/files/import-stock.ts';
import { formatProblem } from '../../app/files/long-table.ts';
import { stockToCsv } from '../../app/files/table-csv.ts';
import { englishT } from '../../app/i18n/translate.ts';

const AGES = { min: 20, max: 24 };
const messages = (r: { errors: Parameters<typeof formatProblem>[0][] }) =>
  r.errors.map((p) => formatProblem(p, englishT));

describe('importStock', () => {
  it('reads age,sex,value in any row order', () => {
    const r = importStock(
      'age,sex,value\n20,F,10\n21,F,11\n22,F,12\n23,F,13\n24,F,14\n24,M,4\n20,M,0\n21,M,1\n22,M,2\n23,M,3\n',
      { ages: AGES },
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.stock).toEqual({ female: [10, 11, 12, 13, 14], male: [0, 1, 2, 3, 4] });
    expect(r.summary).toMatchObject({
      rowsRead: 10,
      rowsUsed: 10,
      ages: { min: 20, max: 24, open: false },
      totals: { female: 60, male: 10 },
      columns: { age: 'age', sex: 'sex', value: 'value' },
    });
  });

  it('reads Eurostat codes (Y20, F/M) and SDMX-CSV names, using only the base year', () => {
    const rows = [
      'DATAFLOW,LAST UPDATE,freq,unit,isco08,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
    ];
    for (const year of [2024, 2025]) {
      for (const sex of ['F', 'M']) {
        for (let age = 20; age <= 24; age++) {
          const v = (year - 2000) * 100 + age + (sex === 'M' ? 1000 : 0);
          rows.push(`ESTAT:X(1.0),01/03/25 11:00:00,A,PER,OC222,${sex},Y${age},BE,${year},${v},`);
        }
      }
    }
    const r = importStock(rows.join('\r\n'), { ages: AGES, baseYear: 2025 });
    expect(r.errors).toEqual([]);
    expect(r.stock?.female).toEqual([2520, 2521, 2522, 2523, 2524]);
    expect(r.stock?.male).toEqual([3520, 3521, 3522, 3523, 3524]);
    expect(r.summary.columns).toEqual({
      age: 'age',
      sex: 'sex',
      year: 'TIME_PERIOD',
      value: 'OBS_VALUE',
    });
    expect(r.summary.years).toEqual([2025]);
    expect(r.summary.ignored).toContain('geo');
    expect(r.warnings.map((p) => formatProblem(p, englishT))).toEqual([
      'column TIME_PERIOD: 10 rows of other years (2024) left out: only the base year 2025 is used',
    ]);
  });

  it('refuses a table without the base year, naming the years it has', () => {
    const r = importStock('year,age,sex,value\n2019,20,F,1\n2020,20,F,1\n2021,20,F,1\n', {
      ages: AGES,
      baseYear: 2025,
    });
    expect(messages(r)).toEqual([
      'column year: no row is for the base year 2025 (the table has 2019–2021); to use the figures of another year, leave the year column out',
    ]);
    expect(r.stock).toBeUndefined();
  });

  it('reads ;-separated text with decimal commas and a byte order mark', () => {
    const r = importStock('\uFEFFAge;Sex;Value\n20;W;1,5\n21;female;2\n20;male;0,25\n', {
      ages: { min: 20, max: 21 },
    });
    expect(r.errors).toEqual([]);
    expect(r.stock).toEqual({ female: [1.5, 2], male: [0.25, 0] });
    expect(r.summary).toMatchObject({ separator: ';', decimalComma: true });
    expect(r.warnings.map((p) => formatProblem(p, englishT))).toEqual([
      'no row for male, age 21: set to 0',
    ]);
  });

  it('sets missing ages to 0 with a warning, a missing sex too', () => {
    const r = importStock('age,sex,value\n20,F,5\n24,F,9\n', { ages: AGES });
    expect(r.stock).toEqual({ female: [5, 0, 0, 0, 9], male: [0, 0, 0, 0, 0] });
    expect(r.warnings.map((p) => formatProblem(p, englishT))).toEqual([
      'no row for female, ages 21–23: set to 0',
      'no row for male: every age set to 0',
    ]);
  });

  it('reports ages outside the workforce ages, row by row, unless asked to leave them out', () => {
    const text =
      'age,sex,value\nY_LT1,F,1\nY19,F,2\nY20,F,3\nY24,M,4\nY25,M,5\nY_GE100,M,6\n100+,F,7\n';
    const refused = importStock(text, { ages: AGES });
    expect(messages(refused)).toEqual([
      'row 2, column age: age 0 is outside the workforce ages 20–24; leave such rows out, or choose to have them left out',
      'row 3, column age: age 19 is outside the workforce ages 20–24; leave such rows out, or choose to have them left out',
      'row 6, column age: age 25 is outside the workforce ages 20–24; leave such rows out, or choose to have them left out',
      'row 7, column age: age 100 and over is outside the workforce ages 20–24; leave such rows out, or choose to have them left out',
      'row 8, column age: age 100 and over is outside the workforce ages 20–24; leave such rows out, or choose to have them left out',
    ]);
    expect(refused.stock).toBeUndefined();

    const dropped = importStock(text, { ages: AGES, dropOutside: true });
    expect(dropped.errors).toEqual([]);
    expect(dropped.stock).toEqual({ female: [3, 0, 0, 0, 0], male: [0, 0, 0, 0, 4] });
    expect(dropped.warnings.map((p) => formatProblem(p, englishT))[0]).toBe(
      'column age: 5 rows of ages outside the workforce ages 20–24 (0, 19, 25, 100) left out, as chosen: 21 people',
    );
  });

  it('puts an open group at the oldest workforce age there, and spreads a younger one up to it', () => {
    const ok = importStock('age,sex,value\n23,F,1\nY_GE24,F,2\n', {
      ages: AGES,
    });
    expect(ok.stock?.female).toEqual([0, 0, 0, 1, 2]);
    const spread = importStock('age,sex,value\n20,F,1\n21,F,1\nY_GE22,F,7\n', {
      ages: AGES,
      split: 'even',
    });
    expect(spread.errors).toEqual([]);
    expect(spread.stock?.female).toEqual([1, 1, 3, 2, 2]);
    const gap = importStock('age,sex,value\n20,F,1\nY_GE22,F,2\n', { ages: AGES });
    expect(messages(gap)).toEqual([
      'row 3, column age: no row for female, age 21, between "20" (row 2) and "Y_GE22" (row 3); groups of ages must follow one another without a gap',
    ]);
  });

  it('refuses totals of both sexes (T) and of all ages', () => {
    const r = importStock('age,sex,value\n20,F,1\n20,T,3\nTOTAL,F,9\n', { ages: AGES });
    expect(messages(r)).toEqual([
      'row 3, column sex: "T" is the total of both sexes; the import needs females and males in separate rows: leave the total rows out',
      'row 4, column age: "TOTAL" is the total of all ages; leave the total rows out',
    ]);
  });

  it('names the row and the column of every bad value', () => {
    const text = [
      'age,sex,value',
      '20,F,1', // 2
      '21,F,-4', // 3
      '22,F,:', // 4
      '23,F,', // 5
      '24,X,1', // 6
      'Y24-20,M,1', // 7
      'abc,M,1', // 8
      '20,M', // 9
      '21,M,"1,5"', // 10
      '22,M,3 p', // 11
      '23,M,1', // 12
      '24,M,1', // 13
      '20,M,"12,5a"', // 14
    ].join('\n');
    const r = importStock(text, { ages: AGES });
    expect(messages(r)).toEqual([
      'row 3, column value: "-4" is below 0; a count cannot be negative',
      'row 4, column value: there is no value (":"); fill it in or leave the row out',
      'row 5, column value: the value is empty',
      'row 6, column sex: "X" is not female or male; leave these rows out',
      'row 7, column age: "Y24-20" is not a group of ages: it runs from 24 down to 20',
      'row 8, column age: "abc" is not an age (write 20 or Y20; Y_LT1 for under one; Y_GE100 or 100+ for 100 and over; 25-29 or Y25-29 for a group)',
      'row 9, column value: the row ends before this column (it has 2 fields, the header 3)',
      'row 10, column value: "1,5" is not a number (the columns are separated by ",", so the decimal mark is a dot)',
      'row 11, column value: "3 p" is not a number',
      'row 14, column value: "12,5a" is not a number',
    ]);
    expect(r.errors.every((e) => e.row !== undefined && e.column !== undefined)).toBe(true);
  });

  it('refuses a decimal dot in ;-separated text, saying why', () => {
    const r = importStock('age;sex;value\n20;F;1.234\n', { ages: AGES });
    expect(messages(r)).toEqual([
      'row 2, column value: "1.234" is not a number (the columns are separated by ";", so the decimal mark is a comma; write no thousands separators)',
    ]);
  });

  it('refuses a second value for the same age and sex, naming how the rows differ', () => {
    const r = importStock(
      'geo,sex,age,OBS_VALUE\nBE,F,Y20,1\nNL,F,Y20,2\nBE,F,Y21,3\nBE,F,Y21,3\n',
      { ages: AGES },
    );
    expect(messages(r)).toEqual([
      'row 3, column OBS_VALUE: a second value for female, age 20 (the first is in row 2); the two rows differ in geo ("BE" and "NL"): keep the rows of one only',
      'row 5, column OBS_VALUE: a second value for female, age 21 (the first is in row 4)',
    ]);
  });

  it('names a missing column at the header, row 1', () => {
    expect(messages(importStock('age,gender,count\n20,F,1\n', { ages: AGES }))).toEqual([]);
    expect(messages(importStock('age,sex\n20,F\n', { ages: AGES }))).toEqual([
      'row 1: there is no column for the value (a column named value or OBS_VALUE)',
    ]);
    expect(messages(importStock('Age Sex Value\n20 F 1\n', { ages: AGES }))).toEqual([
      'row 1: there is no column for the age (a column named age)',
      'row 1: there is no column for the sex (a column named sex)',
      'row 1: there is no column for the value (a column named value or OBS_VALUE)',
      'row 1: the header has one column only; are the columns separated by something other than ","? Use commas, semicolons or tabs',
    ]);
    expect(messages(importStock('', { ages: AGES }))).toEqual([
      'the text is empty; paste or choose a CSV table with a header row',
    ]);
    expect(messages(importStock('age,sex,value\n', { ages: AGES }))).toEqual([
      'row 1: the table has a header but no rows of data',
    ]);
  });

  it('reads an OECD-style table with codes and labels (the code column comes first)', () => {
    const text = [
      'REF_AREA,Reference area,SEX,Sex,AGE,Age,TIME_PERIOD,Time period,OBS_VALUE,OBS_STATUS',
      'NOR,Norway,F,Female,Y20,20 years,2025,2025,310,A',
      'NOR,Norway,M,Male,Y20,20 years,2025,2025,40,A',
      'NOR,Norway,F,Female,Y21,21 years,2025,2025,320.5,A',
      'NOR,Norway,M,Male,Y21,21 years,2025,2025,41,A',
    ].join('\n');
    const r = importStock(text, { ages: { min: 20, max: 21 }, baseYear: 2025 });
    expect(r.errors).toEqual([]);
    expect(r.stock).toEqual({ female: [310, 320.5], male: [40, 41] });
    expect(r.summary.columns).toEqual({
      age: 'AGE',
      sex: 'SEX',
      year: 'TIME_PERIOD',
      value: 'OBS_VALUE',
    });
  });

  it('reads code:label cells and word ages', () => {
    const r = importStock(
      'sex\tage\tvalue\nF:Females\t20 years\t1\nM:Males\t21\t2\nwomen\tY21\t3\nmen\t20 years old\t4\n',
      { ages: { min: 20, max: 21 } },
    );
    expect(r.errors).toEqual([]);
    expect(r.stock).toEqual({ female: [1, 3], male: [4, 2] });
  });

  it('refuses Eurostat’s wide TSV layout with a pointer to the long one', () => {
    const r = importStock(
      'freq,unit,sex,age,geo\\TIME_PERIOD\t2024 \t2025 \nA,NR,F,Y20,BE\t1 \t2 \n',
      {
        ages: AGES,
      },
    );
    expect(messages(r)[0]).toMatch(/^row 1: this is a wide table .*SDMX-CSV/);
  });
});

describe('round trip', () => {
  it('gives back the stock of every profession of the example', () => {
    const ages = exampleland.ages;
    for (const p of exampleland.professions) {
      const r = importStock(stockToCsv(p.stock, ages), { ages });
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(r.stock).toEqual(p.stock);
    }
  });

  it('gives back any stock exactly', () => {
    const valueArb = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }),
    );
    const caseArb = fc.integer({ min: 1, max: 20 }).chain((span) =>
      fc.record({
        min: fc.integer({ min: 0, max: 100 }),
        span: fc.constant(span),
        female: fc.array(valueArb, { minLength: span + 1, maxLength: span + 1 }),
        male: fc.array(valueArb, { minLength: span + 1, maxLength: span + 1 }),
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ min, span, female, male }) => {
        const ages = { min, max: min + span };
        const stock = { female, male };
        const r = importStock(stockToCsv(stock, ages), { ages });
        expect(r.errors).toEqual([]);
        expect(r.stock).toEqual(stock);
      }),
      { numRuns: 200 },
    );
  });
});

describe('any text', () => {
  it('never throws, and gives a stock only without errors', () => {
    const unit = fc.constantFrom(
      'age',
      'sex',
      'value',
      'year',
      'F',
      'M',
      'T',
      'Y20',
      'Y_GE100',
      'Y20-24',
      '65+',
      'Y_LT25',
      '20',
      '21',
      '2025',
      ',',
      ';',
      '\t',
      '\n',
      '"',
      '1,5',
      ':',
      '-',
      ' ',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 60 })), (text: string) => {
        const r = importStock(text, { ages: AGES, baseYear: 2025 });
        expect(r.stock === undefined).toBe(r.errors.length > 0);
        if (r.stock) expect(r.stock.female).toHaveLength(5);
      }),
      { numRuns: 500 },
    );
  });
});
