/**
 * Eurostat downloads as they are: the bulk TSV (years across, codes in the first cell, flags
 * after the values, `:` for missing) and SDMX-CSV 2.0 and 1.0 (with labels), read into a
 * stock and a population. The fixtures (tests/fixtures/eurostat/) were written from the
 * format description with made-up numbers; the expected numbers below are read off them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPopulation } from '../../app/files/import-population.ts';
import { importStock } from '../../app/files/import-stock.ts';
import type { StockImportOptions } from '../../app/files/import-stock.ts';
import { formatProblem } from '../../app/files/long-table.ts';
import type { ImportProblem } from '../../app/files/long-table.ts';
import { isEurostatDownload, isEurostatTsv, splitFlags } from '../../app/files/eurostat-tsv.ts';
import { englishT } from '../../app/i18n/translate.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/eurostat/${name}`, import.meta.url), 'utf8');
const HLTH = fixture('hlth_rs_phys-like.tsv');
const HLTH_SDMX2 = fixture('hlth_rs_phys-like.sdmx2.csv');
const HLTH_SDMX1 = fixture('hlth_rs_phys-like.sdmx1.csv');
const HLTH_LONG = fixture('hlth_rs_phys-like.long.csv');
const PROJ = fixture('proj_23np-like.tsv');
const PROJ_SDMX2 = fixture('proj_23np-like.sdmx2.csv');
const PROJ_SDMX1 = fixture('proj_23np-like.sdmx1.csv');
const PROJ_LONG = fixture('proj_23np-like.long.csv');

const texts = (r: { errors: ImportProblem[] } | { warnings: ImportProblem[] }) =>
  ('errors' in r ? r.errors : r.warnings).map((p) => formatProblem(p, englishT));
const notes = (r: { warnings: ImportProblem[] }) =>
  r.warnings.map((p) => formatProblem(p, englishT));
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
/** The row of the file (the header is row 1) of the line that starts with `start`. */
const rowOf = (text: string, start: string) =>
  text.split(/\r?\n/).findIndex((l) => l.startsWith(start)) + 1;

const WORKFORCE = { min: 20, max: 74 };
const stockOptions = (extra: Partial<StockImportOptions> = {}): StockImportOptions => ({
  ages: WORKFORCE,
  baseYear: 2025,
  dropOutside: true,
  totals: 'leave out',
  ...extra,
});

describe('a health workforce table (hlth_rs_phys-like)', () => {
  it('imports the TSV and both SDMX-CSV forms to the stock of the plain long table', () => {
    const plain = importStock(HLTH_LONG, stockOptions());
    expect(plain.errors).toEqual([]);
    for (const [text, geo] of [
      [HLTH, 'DE'],
      [HLTH_SDMX2, 'DE'],
      [HLTH_SDMX1, 'DE:Germany'],
    ]) {
      const r = importStock(text, stockOptions({ pick: { geo } }));
      expect(texts(r)).toEqual([]);
      expect(r.stock).toEqual(plain.stock);
    }
    // With workforce ages up to 79, "75 years or over" is spread over 75–79 in both.
    const older = { ages: { min: 20, max: 79 }, dropOutside: false };
    const wide = importStock(HLTH, stockOptions({ ...older, pick: { geo: 'DE' } }));
    expect(texts(wide)).toEqual([]);
    expect(wide.stock).toEqual(importStock(HLTH_LONG, stockOptions(older)).stock);
  });

  it('keeps every group’s total of 2025 (Germany), "under 35" counted from the youngest age', () => {
    const { stock, summary } = importStock(HLTH, stockOptions({ pick: { geo: 'DE' } }));
    const f = stock!.female;
    const m = stock!.male;
    // Ages 20–34, 35–44, …, 65–74 are indexes 0–14, 15–24, …, 45–54.
    const groups = (v: number[]) =>
      [0, 15, 25, 35, 45].map((a, k, all) => sum(v.slice(a, all[k + 1] ?? 55)));
    expect(groups(f)).toEqual([41321, 37624, 34097, 30360, 10113]);
    expect(groups(m)).toEqual([30671, 36154, 38417, 41940, 17663]);
    expect(summary.years).toEqual([2025]);
    expect(summary.split?.series.map((s) => s.given.map((g) => g.label))).toEqual([
      ['Y_LT35', 'Y35-44', 'Y45-54', 'Y55-64', 'Y65-74'],
      ['Y_LT35', 'Y35-44', 'Y45-54', 'Y55-64', 'Y65-74'],
    ]);
    // Poland's row of "under 35", females, 2025.
    const pl = importStock(HLTH, stockOptions({ pick: { geo: 'PL' } }));
    expect(texts(pl)).toEqual([]);
    expect(sum(pl.stock!.female.slice(0, 15))).toBe(15731);
  });

  it('leaves out the totals and the sum Y_GE65, and says so', () => {
    const r = importStock(HLTH, stockOptions({ pick: { geo: 'DE' } }));
    const all = notes(r).join('\n');
    expect(all).toMatch(/both sexes together \("T"\) left out/);
    expect(all).toMatch(/\("TOTAL"\) or of unknown age \("UNK"\) left out/);
    expect(all).toMatch(/"Y_GE65" left out: the sum of "Y65-74", "Y_GE75"/);
    // In the plain table a total is refused, as before.
    const plain = importStock('age,sex,value\n20,F,1\n20,M,2\n20,T,3\n', {
      ages: { min: 20, max: 20 },
    });
    expect(texts(plain)[0]).toMatch(/^row 4, column sex: "T" is the total of both sexes/);
  });

  it('notes each break in series with its row and year, and the other flags, as notes', () => {
    const r = importStock(HLTH, stockOptions({ pick: { geo: 'DE' } }));
    expect(r.errors).toEqual([]);
    const row = rowOf(HLTH, 'A,NR,F,Y35-44,DE');
    expect(notes(r)).toContain(
      `row ${row}, column 2025: the value (37624) is flagged b, a break in series: it may not compare with the years before`,
    );
    // Only the base year's values are used, so the break of 2023 in the same row is not noted.
    expect(notes(r).some((n) => n.includes('column 2023'))).toBe(false);
    expect(notes(r)).toContain(
      `1 value is flagged e (estimated): row ${rowOf(HLTH, 'A,NR,F,Y55-64,DE')}, column 2025`,
    );
    // SDMX-CSV: the flag is in OBS_FLAG, and the note names the year.
    const s = importStock(HLTH_SDMX2, stockOptions({ pick: { geo: 'DE' } }));
    const sdmxRow = rowOf(HLTH_SDMX2, 'dataflow,ESTAT:HLTH_RS_PHYS(1.0),I,A,NR,F,Y35-44,DE,2025');
    expect(notes(s)).toContain(
      `row ${sdmxRow}, column OBS_FLAG: the value of 2025 (37624) is flagged b, a break in series: it may not compare with the years before`,
    );
  });

  it('skips a missing value (":"), naming how many and where, and does not count it as 0', () => {
    const r = importStock(HLTH, stockOptions({ pick: { geo: 'DE' } }));
    expect(notes(r)).toContain(
      `1 value is missing (":") and left out, not counted as 0: row ${rowOf(HLTH, 'A,NR,F,Y_GE75,DE')}, column 2022`,
    );
    const tsv =
      'freq,sex,age,geo\\TIME_PERIOD\t2025 \nA,F,Y20,MT\t: c\nA,F,Y21,MT\t5 \nA,M,Y20,MT\t3 \nA,M,Y21,MT\t4 p\n';
    const small = importStock(tsv, { ages: { min: 20, max: 21 }, baseYear: 2025 });
    expect(texts(small)).toEqual([]);
    expect(small.stock).toEqual({ female: [0, 5], male: [3, 4] });
    expect(notes(small)).toContain('no row for female, age 20: set to 0');
    expect(notes(small)).toContain(
      '1 value is missing (":") and left out, not counted as 0: row 2, column 2025',
    );
  });

  it('names the row and the column of the file for a bad cell', () => {
    const row = rowOf(HLTH, 'A,NR,F,Y45-54,DE');
    const bad = HLTH.replace('33979 \t', '12.x\t');
    expect(texts(importStock(bad, stockOptions({ pick: { geo: 'DE' } })))).toEqual([
      `row ${row}, column 2023: "12.x" is not a number`,
    ]);
    const code = HLTH.replace('A,NR,F,Y45-54,DE', 'A,NR,F,Y4x-54,DE');
    // Said once for the row, not once for each year; the ages 45–54 are then missing.
    const coded = texts(importStock(code, stockOptions({ pick: { geo: 'DE' } })));
    expect(coded.filter((m) => m.startsWith(`row ${row}, column age:`))).toEqual([
      `row ${row}, column age: "Y4x-54" is not an age (write 20 or Y20; Y_LT1 for under one; Y_GE100 or 100+ for 100 and over; 25-29 or Y25-29 for a group)`,
    ]);
    expect(coded.join('\n')).toMatch(/no row for female, ages 45–54/);
    const short = HLTH.replace('A,NR,F,Y45-54,DE', 'A,NR,F,DE');
    expect(texts(importStock(short, stockOptions({ pick: { geo: 'DE' } })))[0]).toBe(
      `row ${row}, column freq,unit,sex,age,geo\\TIME_PERIOD: "A,NR,F,DE" holds 4 codes, and the header names 5 (freq, unit, sex, age, geo)`,
    );
    const quarter = 'geo,sex,age\\TIME_PERIOD\t2025Q1 \nMT,F,Y20\t1 \n';
    expect(texts(importStock(quarter, { ages: { min: 20, max: 20 }, baseYear: 2025 }))[0]).toBe(
      'row 1, column 2025Q1: "2025Q1" is not a year (write 2025): the import reads yearly figures only',
    );
  });

  it('lists the countries of a file with several, and imports the one chosen', () => {
    const message = 'the file holds 2 countries in column geo: DE, PL; pick one';
    for (const text of [HLTH, HLTH_SDMX2]) {
      const r = importStock(text, stockOptions());
      expect(texts(r)).toEqual([message]);
      expect(r.stock).toBeUndefined();
      expect(r.summary.choices).toEqual([
        { column: 'geo', noun: 'countries', values: ['DE', 'PL'] },
      ]);
    }
    const three = ['geo,sex,age\\TIME_PERIOD\t2025 ']
      .concat(['DE', 'IT', 'PL'].flatMap((g) => [`${g},F,Y20\t1 `, `${g},M,Y20\t2 `]))
      .join('\n');
    const r = importStock(three, { ages: { min: 20, max: 20 }, baseYear: 2025 });
    expect(texts(r)).toEqual(['the file holds 3 countries in column geo: DE, IT, PL; pick one']);
    const it3 = importStock(three.replace('IT,M,Y20\t2', 'IT,M,Y20\t7'), {
      ages: { min: 20, max: 20 },
      baseYear: 2025,
      pick: { geo: 'IT' },
    });
    expect(it3.stock).toEqual({ female: [1], male: [7] });
  });

  it('offers the choice in a table made by hand too, where a second value stays an error', () => {
    const text = 'geo,sex,age,value\nBE,F,20,1\nNL,F,20,2\nBE,M,20,3\nNL,M,20,4\n';
    const r = importStock(text, { ages: { min: 20, max: 20 } });
    expect(texts(r)[0]).toMatch(/^row 3, column value: a second value for female, age 20/);
    expect(r.summary.choices).toEqual([{ column: 'geo', noun: 'countries', values: ['BE', 'NL'] }]);
    const nl = importStock(text, { ages: { min: 20, max: 20 }, pick: { geo: 'NL' } });
    expect(nl.stock).toEqual({ female: [2], male: [4] });
  });

  it('says when the file has no split by sex or by age', () => {
    const onlyT = 'sex,age,geo\\TIME_PERIOD\t2025 \nT,Y20,MT\t3 \nT,Y21,MT\t4 \n';
    expect(texts(importStock(onlyT, { ages: { min: 20, max: 21 }, baseYear: 2025 }))).toEqual([
      'column sex: the file has no split by sex: its rows are for both sexes together ("T"); the import needs females and males (F and M)',
    ]);
    const onlyTotal = 'sex,age,geo\\TIME_PERIOD\t2025 \nF,TOTAL,MT\t3 \nM,TOTAL,MT\t4 \n';
    expect(
      texts(importStock(onlyTotal, { ages: { min: 20, max: 21 }, baseYear: 2025 }))[0],
    ).toMatch(/^column age: the file has no split by age/);
  });
});

describe('a population projection (proj_23np-like)', () => {
  const projection = { first: 2025, last: 2027 };

  it('imports the TSV and both SDMX-CSV forms to the population of the plain long table', () => {
    const plain = importPopulation(PROJ_LONG, { projection });
    expect(texts(plain)).toEqual([]);
    for (const [text, pick] of [
      [PROJ, 'BSL'],
      [PROJ_SDMX2, 'BSL'],
      [PROJ_SDMX1, 'BSL:Baseline projections'],
    ]) {
      const r = importPopulation(text, {
        projection,
        pick: { projection: pick },
        totals: 'leave out',
      });
      expect(texts(r)).toEqual([]);
      expect(r.population).toEqual(plain.population);
    }
  });

  it('keeps single ages, the open group and every group’s total (read off the file)', () => {
    const { population: p } = importPopulation(PROJ, { pick: { projection: 'BSL' } });
    expect(p!.ages).toEqual({ min: 0, max: 100 });
    expect(p!.years).toEqual([2025, 2026, 2027]);
    expect(p!.female[0].slice(0, 5)).toEqual([2210, 2190, 2230, 2260, 2285]);
    expect(p!.female[0][100]).toBe(96);
    expect(p!.male[2][100]).toBe(29);
    expect(sum(p!.female[0].slice(5, 50))).toBe(118400);
    expect(sum(p!.female[0].slice(50, 100))).toBe(131900);
    expect(sum(p!.male[2].slice(50, 100))).toBe(120920);
  });

  it('notes the break in series and the other flags of the values used', () => {
    const r = importPopulation(PROJ, { pick: { projection: 'BSL' } });
    expect(notes(r)).toContain(
      `row ${rowOf(PROJ, 'A,BSL,M,Y50-99')}, column 2027: the value (120920) is flagged b, a break in series: it may not compare with the years before`,
    );
    expect(notes(r)).toContain(
      `1 value is flagged p (provisional): row ${rowOf(PROJ, 'A,BSL,F,Y1,')}, column 2026`,
    );
  });

  it('lists the projections, and a missing value of the one chosen stops the import', () => {
    expect(texts(importPopulation(PROJ))).toEqual([
      'the file holds 2 projections in column projection: BSL, LFRT; pick one',
    ]);
    const r = importPopulation(PROJ, { pick: { projection: 'LFRT' } });
    expect(r.population).toBeUndefined();
    expect(texts(r).join('\n')).toMatch(/no row for 2027, male, age 3/);
    expect(notes(r)).toContain(
      `1 value is missing (":") and left out, not counted as 0: row ${rowOf(PROJ, 'A,LFRT,M,Y3,')}, column 2027`,
    );
  });
});

describe('the TSV cells', () => {
  it('knows the bulk download by its first cell', () => {
    expect(isEurostatTsv('freq,unit,sex,age,geo\\TIME_PERIOD\t2019 \n')).toBe(true);
    expect(isEurostatTsv('\uFEFF\nunit,sex,age,geo\\time\t2019\t2018\n')).toBe(true);
    expect(isEurostatTsv('age,sex,value\n')).toBe(false);
    expect(isEurostatTsv('geo\\TIME_PERIOD,2019\n')).toBe(false);
  });

  it('knows a Eurostat download: the TSV, or SDMX-CSV 1.0 and 2.0', () => {
    expect(isEurostatDownload(HLTH)).toBe(true);
    expect(isEurostatDownload(HLTH_SDMX1)).toBe(true);
    expect(isEurostatDownload(PROJ_SDMX2)).toBe(true);
    expect(isEurostatDownload(HLTH_LONG)).toBe(false);
    expect(isEurostatDownload('REF_AREA,SEX,AGE,OBS_VALUE\n')).toBe(false);
  });

  it('splits a value from its flags, and knows a missing value', () => {
    expect(splitFlags('12.5 ')).toEqual({ value: '12.5', flags: '', missing: false });
    expect(splitFlags('1234 bp')).toEqual({ value: '1234', flags: 'bp', missing: false });
    expect(splitFlags(': c')).toMatchObject({ flags: 'c', missing: true });
    expect(splitFlags(':z')).toMatchObject({ flags: 'z', missing: true });
    expect(splitFlags(':')).toMatchObject({ flags: '', missing: true });
    expect(splitFlags('12.x')).toEqual({ value: '12.x', flags: '', missing: false });
    expect(splitFlags('12 q')).toEqual({ value: '12 q', flags: '', missing: false });
  });
});

describe('any wide TSV', () => {
  it('gives the same values as its long form', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    );
    const flag = fc.constantFrom('', '', ' p', ' e', ' b', ' bp', ' u');
    const table = fc
      .record({
        minAge: fc.integer({ min: 0, max: 90 }),
        ages: fc.integer({ min: 1, max: 6 }),
        firstYear: fc.integer({ min: 2000, max: 2090 }),
        years: fc.integer({ min: 1, max: 4 }),
        open: fc.boolean(),
        reverse: fc.boolean(),
      })
      .chain((t) =>
        fc.record({
          t: fc.constant(t),
          cells: fc.array(fc.tuple(value, flag), {
            minLength: 2 * t.ages * t.years,
            maxLength: 2 * t.ages * t.years,
          }),
        }),
      );
    fc.assert(
      fc.property(table, ({ t, cells }) => {
        const years = Array.from({ length: t.years }, (_, k) => t.firstYear + k);
        const code = (i: number) =>
          t.open && i === t.ages - 1 ? `Y_GE${t.minAge + i}` : `Y${t.minAge + i}`;
        const at = (s: number, i: number, k: number) => cells[(s * t.ages + i) * t.years + k];
        const series = [0, 1].flatMap((s) => Array.from({ length: t.ages }, (_, i) => [s, i]));
        if (t.reverse) series.reverse();
        const wide = [
          `freq,unit,sex,age,geo\\TIME_PERIOD\t${years.map((y) => `${y} `).join('\t')}`,
        ];
        const long = ['TIME_PERIOD,age,sex,OBS_VALUE'];
        for (const [s, i] of series) {
          const sex = s === 0 ? 'F' : 'M';
          const row = years.map((_, k) => `${at(s, i, k)[0]}${at(s, i, k)[1] || ' '}`);
          wide.push(`A,PER,${sex},${code(i)},XX\t${row.join('\t')}`);
          years.forEach((y, k) => long.push(`${y},${code(i)},${sex},${at(s, i, k)[0]}`));
        }
        const a = importPopulation(wide.join('\n'));
        const b = importPopulation(long.join('\n'));
        expect(texts(a)).toEqual([]);
        expect(a.population).toEqual(b.population);
        for (const [s, i] of series) {
          years.forEach((_, k) => {
            expect(a.population![s === 0 ? 'female' : 'male'][k][i]).toBe(at(s, i, k)[0]);
          });
        }
        // Every break in series is noted at its row of the file and its year.
        const breaks = series.flatMap(([s, i], r) =>
          years.flatMap((y, k) =>
            at(s, i, k)[1].includes('b') ? [`row ${r + 2}, column ${y}:`] : [],
          ),
        );
        expect(
          notes(a)
            .filter((n) => n.includes('break in series'))
            .map((n) => n.split(' the')[0]),
        ).toEqual(breaks);
      }),
      { numRuns: 200 },
    );
  });
});
