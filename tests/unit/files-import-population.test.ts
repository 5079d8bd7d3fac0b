/** Population by year, age and sex from a long CSV table (Eurostat's proj_23np, the OECD). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import exampleland from '../../app/data/examples/exampleland.json';
import { importPopulation } from '../../app/files/import-population.ts';
import { formatProblem } from '../../app/files/long-table.ts';
import type { ImportProblem } from '../../app/files/long-table.ts';
import { populationToCsv } from '../../app/files/table-csv.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { englishT } from '../../app/i18n/translate.ts';

const messages = (r: { errors: ImportProblem[] }) =>
  r.errors.map((p) => formatProblem(p, englishT));

const EUROSTAT_HEADER =
  'DATAFLOW,LAST UPDATE,freq,projection,sex,age,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG';

/** Eurostat's proj_23np as SDMX-CSV: ages Y_LT1, Y1 … Y99, Y_GE100. */
function eurostat(years: number[], value: (year: number, sex: string, age: number) => number) {
  const lines = [EUROSTAT_HEADER];
  for (const sex of ['F', 'M', 'T']) {
    for (let age = 0; age <= 100; age++) {
      const code = age === 0 ? 'Y_LT1' : age === 100 ? 'Y_GE100' : `Y${age}`;
      for (const year of years) {
        const v =
          sex === 'T' ? value(year, 'F', age) + value(year, 'M', age) : value(year, sex, age);
        lines.push(
          `ESTAT:PROJ_23NP(1.0),20/06/23 23:00:00,A,BSL,${sex},${code},PER,MT,${year},${v},`,
        );
      }
    }
  }
  return lines.join('\n');
}

const malta = (year: number, sex: string, age: number) =>
  2000 + age * 10 + (year - 2025) * 3 + (sex === 'F' ? 1 : 0);

describe('importPopulation', () => {
  it('reads Eurostat’s proj_23np (Y_LT1, Y_GE100, TIME_PERIOD, OBS_VALUE) without the totals', () => {
    const text = eurostat([2025, 2026, 2027], malta)
      .split('\n')
      .filter((l) => !l.includes(',T,'))
      .join('\n');
    const r = importPopulation(text, { projection: { first: 2025, last: 2027 } });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const p = r.population!;
    expect(p.ages).toEqual({ min: 0, max: 100 });
    expect(p.years).toEqual([2025, 2026, 2027]);
    expect(p.female).toHaveLength(3);
    expect(p.female[0]).toHaveLength(101);
    expect(p.female[0][0]).toBe(2001);
    expect(p.male[2][100]).toBe(2000 + 1000 + 6);
    expect(r.summary).toMatchObject({
      rowsRead: 606,
      rowsUsed: 606,
      ages: { min: 0, max: 100, open: true },
      years: [2025, 2026, 2027],
      totalsYear: 2025,
      columns: { age: 'age', sex: 'sex', year: 'TIME_PERIOD', value: 'OBS_VALUE' },
    });
    expect(r.summary.totals.female).toBe(p.female[0].reduce((a, b) => a + b, 0));
  });

  it('refuses the rows of both sexes (T), naming each row and the sex column', () => {
    const r = importPopulation(eurostat([2025], malta));
    expect(r.population).toBeUndefined();
    expect(r.errors).toHaveLength(101);
    expect(formatProblem(r.errors[0], englishT)).toBe(
      'row 204, column sex: "T" is the total of both sexes; the import needs females and males in separate rows: leave the total rows out',
    );
    expect(r.errors.every((e) => e.column === 'sex' && e.row !== undefined)).toBe(true);
  });

  it('refuses a second projection, naming the column that differs', () => {
    const text = 'age,sex,year,value,projection\n0,F,2025,1,BSL\n0,M,2025,1,BSL\n0,F,2025,2,LFRT\n';
    expect(messages(importPopulation(text))).toEqual([
      'row 4, column value: a second value for 2025, female, age 0 (the first is in row 2); the two rows differ in projection ("BSL" and "LFRT"): keep the rows of one only',
    ]);
  });

  it('reads an OECD-style table with ;-separation and decimal commas', () => {
    const text = [
      'LOCATION;SEX;AGE;TIME;Value',
      'NOR;F;0;2025;10,5',
      'NOR;M;0;2025;11',
      'NOR;F;1;2025;12',
      'NOR;M;1;2025;13',
      'NOR;F;Y_GE2;2025;14',
      'NOR;M;Y_GE2;2025;15,25',
    ].join('\r\n');
    const r = importPopulation(text);
    expect(r.errors).toEqual([]);
    expect(r.population).toEqual({
      ages: { min: 0, max: 2 },
      years: [2025],
      female: [[10.5, 12, 14]],
      male: [[11, 13, 15.25]],
    });
  });

  it('takes the last age as open, with a warning, when the table has no open group', () => {
    const r = importPopulation(
      'year,age,sex,value\n2025,0,F,1\n2025,1,F,2\n2025,0,M,3\n2025,1,M,4\n',
    );
    expect(r.population?.ages).toEqual({ min: 0, max: 1 });
    expect(r.warnings.map((p) => formatProblem(p, englishT))).toEqual([
      'column age: the table has no open age group (such as Y_GE100 or 100+): age 1, the last, is taken as "1 and over"',
    ]);
  });

  it('names every missing age, year and sex', () => {
    const r = importPopulation(
      'year,age,sex,value\n2025,0,F,1\n2025,1,F,2\n2025,2+,F,3\n2025,0,M,1\n2026,0,F,1\n2026,2+,F,3\n',
    );
    expect(messages(r)).toEqual([
      'no row for 2026, female, age 1',
      'no row for 2025, male, ages 1–2',
      'no rows for male in 2026',
    ]);
  });

  it('refuses single ages inside the open group and a second open group', () => {
    const r = importPopulation(
      'year,age,sex,value\n2025,0,F,1\n2025,85+,F,2\n2025,90,F,1\n2025,Y_GE90,M,1\n',
    );
    expect(messages(r)).toEqual([
      'row 5, column age: "Y_GE90" is a second open age group (the first is 85 and over, in row 3); the table needs one',
      'row 4, column age: age 90 lies inside the open age group 85 and over; leave it out, or leave the open group out',
    ]);
  });

  it('refuses a single age equal to the open group as a second value', () => {
    const r = importPopulation(
      'year,age,sex,value\n2025,0,F,1\n2025,1,F,2\n2025,1+,F,2\n2025,0,M,1\n2025,1+,M,1\n',
    );
    expect(messages(r)).toEqual([
      'row 4, column value: a second value for 2025, female, age 1 and over (the first is in row 3)',
    ]);
  });

  it('warns when the table does not cover the projected years', () => {
    const r = importPopulation(
      'year,age,sex,value\n2025,0+,F,1\n2025,0+,M,1\n2027,0+,F,1\n2027,0+,M,1\n',
      {
        projection: { first: 2025, last: 2028 },
      },
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((p) => formatProblem(p, englishT))).toEqual([
      'column year: the projection runs 2025–2028, and the table has no rows for 2026, 2028: the scenario will list this as a problem until its years are covered',
    ]);
  });

  it('needs a year column', () => {
    expect(messages(importPopulation('age,sex,value\n0,F,1\n'))).toEqual([
      'row 1: there is no column for the year (a column named year or TIME_PERIOD)',
    ]);
  });

  it('names the row and column of a bad year or value', () => {
    const r = importPopulation(
      'age,sex,year,value\n0,F,2025,"12,5a"\n0,M,2025-Q1,1\n0,M,2025,1e400\n',
    );
    expect(messages(r)).toEqual([
      'row 2, column value: "12,5a" is not a number',
      'row 3, column year: "2025-Q1" is not a year (write 2025)',
      'row 4, column value: "1e400" is not a number',
    ]);
  });
});

describe('round trip', () => {
  it('gives back the example’s population exactly', () => {
    const population: PopulationInline = exampleland.population;
    const r = importPopulation(populationToCsv(population), {
      projection: { first: 2025, last: 2045 },
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.population).toEqual(population);
  });
});

describe('any text', () => {
  it('never throws, and gives a population only without errors', () => {
    const unit = fc.constantFrom(
      'age',
      'sex',
      'value',
      'year',
      'TIME_PERIOD',
      'F',
      'M',
      'T',
      'Y_LT1',
      'Y_GE100',
      'Y0-4',
      'Y_LT5',
      '5+',
      '0',
      '1',
      '2025',
      '2026',
      ',',
      ';',
      '\t',
      '\n',
      '\r\n',
      '"',
      '1,5',
      ':',
      ' ',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 80 })), (text: string) => {
        const r = importPopulation(text, { projection: { first: 2025, last: 2026 } });
        expect(r.population === undefined).toBe(r.errors.length > 0);
        if (r.population) {
          const n = r.population.ages.max - r.population.ages.min + 1;
          for (const row of [...r.population.female, ...r.population.male]) {
            expect(row).toHaveLength(n);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
