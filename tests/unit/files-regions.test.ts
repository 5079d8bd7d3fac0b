/**
 * The import of long CSV tables with a region column (app/files/import-regions.ts) and what
 * the import dialog previews for a scenario with regions (regional-preview.ts): a good file,
 * rows of a region not in the scenario, Eurostat's geo column of NUTS codes, a region without
 * rows, problems by row and column, and a table without a region column.
 */
import { describe, expect, it } from 'vitest';
import {
  hasRegionColumn,
  importRegionalPopulation,
  importRegionalStock,
  matchRegion,
} from '../../app/files/import-regions.ts';
import { formatProblem } from '../../app/files/long-table.ts';
import type { ImportProblem } from '../../app/files/long-table.ts';
import { importTargets } from '../../app/files/apply-import.ts';
import { ALL_REGIONS, regionalPreview } from '../../app/files/regional-preview.ts';
import type { ImportOptions } from '../../app/files/regional-preview.ts';
import { regionalTemplate } from '../../app/files/table-csv.ts';
import { twoRegionExampleland } from '../helpers/app-page.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

const REGIONS = [
  { id: 'capital', name: 'Capital' },
  { id: 'rural', name: 'Rural' },
];
const AGES = { min: 20, max: 22 };

/** `region,age,sex,value` rows: for each region, ages 20–22 of both sexes, value = base + age. */
function stockCsv(regions: Record<string, number>, column = 'region'): string {
  const lines = [`${column},age,sex,value`];
  for (const [code, base] of Object.entries(regions)) {
    for (const sex of ['F', 'M']) {
      for (let age = 20; age <= 22; age++) lines.push(`${code},${age},${sex},${base + age}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `region,year,age,sex,value` for years 2025–2026 and ages 0–2 (2 the open group). */
function populationCsv(regions: Record<string, number>, lastAge = 2): string {
  const lines = ['region,year,age,sex,value'];
  for (const [code, base] of Object.entries(regions)) {
    for (const year of [2025, 2026]) {
      for (const sex of ['F', 'M']) {
        for (let age = 0; age <= lastAge; age++) {
          lines.push(`${code},${year},${age === lastAge ? `${age}+` : age},${sex},${base + age}`);
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}

const messages = (ps: ImportProblem[]) => ps.map((p) => formatProblem(p, englishT));

describe('reading the region of a row', () => {
  it('matches ids and names, whatever the case and accents, and a code with its label', () => {
    const regions = [
      { id: 'ITC1', name: 'Piemonte' },
      { id: 'lazio', name: 'Lázio' },
    ];
    expect(matchRegion('itc1', regions)).toBe('ITC1');
    expect(matchRegion(' Piemonte ', regions)).toBe('ITC1');
    expect(matchRegion('LAZIO', regions)).toBe('lazio');
    expect(matchRegion('lazio', [{ id: 'r2', name: 'Lázio' }])).toBe('r2');
    expect(matchRegion('ITI4:Lazio', [{ id: 'r2', name: 'Lazio' }])).toBe('r2');
    expect(matchRegion('ITC1:Piemonte', regions)).toBe('ITC1');
    expect(matchRegion('ITH1', regions)).toBeUndefined();
    expect(matchRegion('', regions)).toBeUndefined();
  });

  it('knows a region column by its name: region, or geo', () => {
    expect(hasRegionColumn('region,age,sex,value\ncapital,20,F,1')).toBe(true);
    expect(hasRegionColumn('DATAFLOW;geo;age;sex;TIME_PERIOD;OBS_VALUE')).toBe(true);
    expect(hasRegionColumn('age,sex,value\n20,F,1')).toBe(false);
  });
});

describe('headcounts by region', () => {
  it('reads a good file into one table per region', () => {
    const r = importRegionalStock(stockCsv({ capital: 100, rural: 10 }), {
      regions: REGIONS,
      ages: AGES,
    });
    expect(messages(r.errors)).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.regionColumn).toBe('region');
    expect(r.value).toEqual({
      capital: { female: [120, 121, 122], male: [120, 121, 122] },
      rural: { female: [30, 31, 32], male: [30, 31, 32] },
    });
    expect(r.parts.map((p) => [p.name, p.summary.rowsUsed, p.summary.totals])).toEqual([
      ['Capital', 6, { female: 363, male: 363 }],
      ['Rural', 6, { female: 93, male: 93 }],
    ]);
    expect(r.summary.rowsRead).toBe(12);
    expect(r.summary.rowsUsed).toBe(12);
    // The region column is used, so it is not listed among the columns left aside.
    expect(r.summary.ignored).toEqual([]);
  });

  it('refuses rows of a region the scenario does not have, listing the codes', () => {
    const text = stockCsv({ capital: 100, rural: 10, north: 1, XX: 2 });
    const r = importRegionalStock(text, { regions: REGIONS, ages: AGES });
    expect(r.value).toBeUndefined();
    expect(messages(r.errors)).toEqual([
      'column region: 2 regions not in this scenario: "north" (row 14), "XX" (row 20). ' +
        'The regions are capital (Capital), rural (Rural): name them by their code or name, ' +
        'or choose to leave out the rows of other regions',
    ]);
    // Chosen: those rows are left out, with a note.
    const kept = importRegionalStock(text, { regions: REGIONS, ages: AGES, dropUnknown: true });
    expect(kept.errors).toEqual([]);
    expect(messages(kept.warnings)).toEqual([
      'column region: 12 rows of 2 regions not in this scenario: "north" (row 14), "XX" (row 20), left out as chosen',
    ]);
    expect(Object.keys(kept.value ?? {})).toEqual(['capital', 'rural']);
  });

  it("reads Eurostat's geo column of NUTS codes, by code or by name", () => {
    const regions = [
      { id: 'ITC1', name: 'Piemonte' },
      { id: 'lombardia', name: 'Lombardia' },
    ];
    const lines = ['DATAFLOW,freq,unit,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG'];
    for (const [geo, v] of [
      ['ITC1', 5],
      ['ITC4:Lombardia', 7],
      ['IT', 99],
    ] as const) {
      for (const sex of ['F', 'M']) {
        for (const age of ['Y20', 'Y21', 'Y22']) {
          lines.push(`ESTAT:HLTH_RS_PRS2(1.0),A,NR,${sex},${age},${geo},2025,${v},`);
        }
      }
    }
    const text = lines.join('\r\n');
    const refused = importRegionalStock(text, { regions, ages: AGES, baseYear: 2025 });
    expect(messages(refused.errors)).toEqual([
      expect.stringMatching(/^column geo: 1 region not in this scenario: "IT" \(row 14\)\./),
    ]);
    const r = importRegionalStock(text, {
      regions,
      ages: AGES,
      baseYear: 2025,
      dropUnknown: true,
    });
    expect(r.errors).toEqual([]);
    expect(r.regionColumn).toBe('geo');
    expect(r.value).toEqual({
      ITC1: { female: [5, 5, 5], male: [5, 5, 5] },
      lombardia: { female: [7, 7, 7], male: [7, 7, 7] },
    });
  });

  it('keeps the headcount of a region without rows, and says so', () => {
    const r = importRegionalStock(stockCsv({ capital: 100 }), { regions: REGIONS, ages: AGES });
    expect(r.errors).toEqual([]);
    expect(messages(r.warnings)).toEqual(['no rows for Rural: its headcount stays as it is']);
    expect(Object.keys(r.value ?? {})).toEqual(['capital']);
  });

  it('names the row and the column of every bad cell, and the region of a problem without a row', () => {
    const text = [
      'region,age,sex,value',
      'capital,20,F,1',
      'capital,21,F,12;5a',
      ',22,F,3',
      'rural,20,F,4',
      'rural,99,M,5',
    ].join('\n');
    const r = importRegionalStock(text, { regions: REGIONS, ages: AGES });
    expect(r.value).toBeUndefined();
    expect(messages(r.errors)).toEqual([
      expect.stringMatching(/^row 3, column value: "12;5a" is not a number/),
      'row 4, column region: the region is empty',
      expect.stringMatching(/^row 6, column age: age 99 is outside the workforce ages 20–22/),
    ]);
    expect(messages(r.warnings)).toContain('Capital: no row for male: every age set to 0');
  });

  it('asks for a region column when the header has none', () => {
    const r = importRegionalStock('age,sex,value\n20,F,1\n', { regions: REGIONS, ages: AGES });
    expect(messages(r.errors)).toEqual([
      'row 1: there is no column for the region (a column named region, or geo with the codes of capital (Capital), rural (Rural))',
    ]);
  });
});

describe('populations by region', () => {
  it('reads one table per region with the same ages and years', () => {
    const r = importRegionalPopulation(populationCsv({ rural: 10, capital: 100 }), {
      regions: REGIONS,
    });
    expect(messages(r.errors)).toEqual([]);
    expect(r.population).toEqual({
      ages: { min: 0, max: 2 },
      years: [2025, 2026],
      regions: {
        capital: {
          female: [
            [100, 101, 102],
            [100, 101, 102],
          ],
          male: [
            [100, 101, 102],
            [100, 101, 102],
          ],
        },
        rural: {
          female: [
            [10, 11, 12],
            [10, 11, 12],
          ],
          male: [
            [10, 11, 12],
            [10, 11, 12],
          ],
        },
      },
    });
  });

  it('refuses a population without the rows of every region, or with other ages', () => {
    const missing = importRegionalPopulation(populationCsv({ capital: 100 }), { regions: REGIONS });
    expect(missing.population).toBeUndefined();
    expect(messages(missing.errors)).toEqual([
      'no rows for Rural: a population by region needs the rows of every region of the scenario',
    ]);
    const text =
      populationCsv({ capital: 100 }) +
      populationCsv({ rural: 1 }, 3).split('\n').slice(1).join('\n');
    const other = importRegionalPopulation(text, { regions: REGIONS });
    expect(messages(other.errors)).toEqual([
      'Rural has ages 0–3, years 2025–2026, Capital ages 0–2, years 2025–2026: every region’s rows must cover the same ages and years',
    ]);
  });
});

describe('the preview of an import into a scenario with regions', () => {
  const draft = twoRegionExampleland();
  const [nurses] = importTargets(draft);
  const population = importTargets(draft).find((t) => t.kind === 'population')!;
  const options: ImportOptions = {
    dropOutside: true,
    split: 'smooth',
    dropUnknown: false,
    forRegion: '',
  };
  const national = 'age,sex,value\n20,F,7\n21,F,8\n20,M,1\n';

  it('asks which region a table without a region column is for', () => {
    const blocked = regionalPreview(draft, nurses, national, REGIONS, options);
    expect('blocked' in blocked ? say(englishT, blocked.blocked) : '').toMatch(
      /^This scenario has regions and the table has no region column: choose the region/,
    );
    const r = regionalPreview(draft, nurses, national, REGIONS, { ...options, forRegion: 'rural' });
    if ('blocked' in r) throw new Error(say(englishT, r.blocked));
    expect(r.errors).toEqual([]);
    const value = r.value as Record<string, { female: number[] }>;
    // Rural's table is replaced, Capital's kept as it was.
    expect(value.rural.female.slice(0, 3)).toEqual([7, 8, 0]);
    expect(value.capital).toEqual(
      (draft.professions as { stock: { capital: unknown } }[])[0].stock.capital,
    );
    expect(r.where && say(englishT, r.where)).toBe('for Rural');
  });

  it('merges the regions of a table with a region column into the headcount of the others', () => {
    const text = 'region,age,sex,value\nrural,20,F,7\nrural,20,M,1\n';
    const r = regionalPreview(draft, nurses, text, REGIONS, options);
    if ('blocked' in r) throw new Error(say(englishT, r.blocked));
    const value = r.value as Record<string, { female: number[] }>;
    expect(value.rural.female[0]).toBe(7);
    expect(Object.keys(value)).toEqual(['capital', 'rural']);
    expect(r.parts?.map((p) => p.id)).toEqual(['rural']);
  });

  it('takes a national population as the one the shares split, keeping the shares', () => {
    const withShares = {
      ...draft,
      population: { dataset: 'x', regionShares: { capital: 0.6, rural: 0.4 } },
    };
    const text = 'year,age,sex,value\n2025,0,F,1\n2025,1+,F,2\n2025,0,M,3\n2025,1+,M,4\n';
    const r = regionalPreview(withShares, population, text, REGIONS, {
      ...options,
      forRegion: ALL_REGIONS,
    });
    if ('blocked' in r) throw new Error(say(englishT, r.blocked));
    expect(r.value).toMatchObject({ years: [2025], regionShares: { capital: 0.6, rural: 0.4 } });
    // One region's table alone cannot be set when the tables cover other years.
    const one = regionalPreview(draft, population, text, REGIONS, {
      ...options,
      forRegion: 'rural',
    });
    if ('blocked' in one) throw new Error(say(englishT, one.blocked));
    expect(one.value).toBeUndefined();
    expect(messages(one.errors).at(-1)).toMatch(/^this table cannot be Rural’s population alone: /);
  });

  it('offers the current values as a regional template that reads back', () => {
    const t = regionalTemplate(draft, nurses, REGIONS);
    expect(t?.text.split('\n')[0]).toBe('region,age,sex,value');
    const back = importRegionalStock(t!.text, { regions: REGIONS, ages: { min: 20, max: 74 } });
    expect(back.errors).toEqual([]);
    expect(back.value).toEqual((draft.professions as { stock: unknown }[])[0].stock);
  });
});
