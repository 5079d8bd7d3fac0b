/** Where an imported table goes, the preview in words, and the draft after the import. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../app/data/examples/index.ts';
import {
  applyImport,
  currentTotals,
  importTargets,
  populationNotes,
  projectionOf,
  workforceAges,
} from '../../app/files/apply-import.ts';
import { importPopulation } from '../../app/files/import-population.ts';
import { importStock } from '../../app/files/import-stock.ts';
import { describeSummary } from '../../app/files/import-summary.ts';
import { formatProblem } from '../../app/files/long-table.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

const example = () => EXAMPLES[0].document();

describe('importTargets', () => {
  it('lists each profession’s stock, then the population', () => {
    expect(importTargets(example()).map((t) => [t.path, say(englishT, t.label)])).toEqual([
      ['professions[0].stock', 'Stock of Nurses (headcount by age and sex)'],
      ['professions[1].stock', 'Stock of General practitioners (headcount by age and sex)'],
      ['population', 'Population (by year, age and sex)'],
    ]);
    expect(
      importTargets({ professions: [{ id: 'mw' }, {}] }).map((t) => say(englishT, t.label)),
    ).toEqual([
      'Stock of mw (headcount by age and sex)',
      'Stock of Profession 2 (headcount by age and sex)',
      'Population (by year, age and sex)',
    ]);
    expect(importTargets(null)).toHaveLength(1);
  });

  it('reads the ages and years the import needs from the draft', () => {
    expect(workforceAges(example())).toEqual({ min: 20, max: 74 });
    expect(workforceAges({ ages: { min: 30, max: 'x' } })).toBeUndefined();
    expect(projectionOf(example())).toEqual({ first: 2025, last: 2045 });
    expect(projectionOf({ baseYear: 2025 })).toBeUndefined();
  });
});

describe('applyImport', () => {
  it('puts a stock in a new draft, the old one untouched, and the scenario stays valid', () => {
    const draft = example();
    const before = structuredClone(draft);
    const target = importTargets(draft)[1];
    const csv = ['age,sex,value', ...Array.from({ length: 55 }, (_, i) => `${20 + i},F,${i}`)];
    const r = importStock(csv.join('\n'), { ages: { min: 20, max: 74 } });
    const next = applyImport(draft, target, r.stock);
    expect(draft).toEqual(before);
    expect(getAtPath(next, 'professions[1].stock.female[54]')).toBe(54);
    expect(getAtPath(next, 'professions[1].stock.male[0]')).toBe(0);
    expect(getAtPath(next, 'professions[0]')).toEqual(getAtPath(draft, 'professions[0]'));
    expect(parseScenario(next).ok).toBe(true);
  });

  it('replaces the population, and the demand data follow it', () => {
    const draft = example();
    const population = getAtPath(draft, 'population') as PopulationInline;
    const older: PopulationInline = {
      ...population,
      female: population.female.map((row, k) =>
        row.map((v, a) => (a >= 65 ? v * (1 + k / 10) : v)),
      ),
    };
    const next = applyImport(draft, importTargets(draft)[2], older);
    expect(getAtPath(next, 'population')).toEqual(older);
    expect(getAtPath(draft, 'population')).toEqual(population);
    expect(parseScenario(next).ok).toBe(true);
  });

  it('gives undefined when the profession is gone', () => {
    const target = importTargets(example())[1];
    expect(applyImport({ professions: [{}] }, target, { female: [], male: [] })).toBeUndefined();
  });
});

describe('populationNotes', () => {
  it('says when a data set is replaced and when use profiles no longer fit the ages', () => {
    const draft = example() as Record<string, unknown>;
    const small: PopulationInline = {
      ages: { min: 0, max: 85 },
      years: [2025],
      female: [new Array<number>(86).fill(1)],
      male: [new Array<number>(86).fill(1)],
    };
    expect(populationNotes(draft, small).map((p) => formatProblem(p, englishT))).toEqual([
      'the demand of Nurses has a use profile by population age that does not have 86 values (ages 0–85): the scenario will list it as a problem to fix',
    ]);
    draft.population = { dataset: 'wpp2019-it' };
    expect(say(englishT, populationNotes(draft, small)[0].message)).toBe(
      'the table replaces the population data set wpp2019-it',
    );
  });
});

describe('describeSummary', () => {
  it('says what the table holds and what the scenario has now', () => {
    const draft = example();
    const target = importTargets(draft)[0];
    const sum = (path: string) => (getAtPath(draft, path) as number[]).reduce((a, b) => a + b, 0);
    const now = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
    const r = importStock('age;sex;value\n20;F;1,5\n21;M;2\n', { ages: { min: 20, max: 74 } });
    expect(
      describeSummary(r.summary, {
        kind: 'stock',
        current: currentTotals(draft, target),
        locale: 'en-GB',
        t: englishT,
      }),
    ).toEqual([
      '2 rows read (columns separated by ";", decimal comma); 2 rows used.',
      'Columns: age, sex, value.',
      'Ages 20–21.',
      `Totals: 1.5 female, 2 male, 3.5 in all; the scenario has ${now(sum('professions[0].stock.female'))} and ${now(sum('professions[0].stock.male'))} now.`,
    ]);
  });

  it('names the columns, years and the year of the totals of a population', () => {
    const draft = example();
    const r = importPopulation(
      'geo,sex,age,TIME_PERIOD,OBS_VALUE\nMT,F,Y_LT1,2025,10\nMT,M,Y_LT1,2025,11\nMT,F,Y_GE1,2025,1000\nMT,M,Y_GE1,2025,990\nMT,F,Y_LT1,2026,10\nMT,M,Y_LT1,2026,11\nMT,F,Y_GE1,2026,1000\nMT,M,Y_GE1,2026,990\n',
      { projection: { first: 2025, last: 2026 } },
    );
    const target = importTargets(draft)[2];
    expect(
      describeSummary(r.summary, {
        kind: 'population',
        current: currentTotals(draft, target, r.summary.totalsYear),
        locale: 'en-GB',
        t: englishT,
      }),
    ).toEqual([
      '8 rows read (columns separated by ","); 8 rows used.',
      'Columns: age, sex, year from TIME_PERIOD, value from OBS_VALUE. Not used: geo.',
      'Ages 0–1 (the last is 1 and over).',
      'Years 2025–2026 (2).',
      expect.stringMatching(
        /^Totals in 2025: 1,010 female, 1,001 male, 2,011 in all; the scenario has [\d,]+ and [\d,]+ in 2025 now\.$/,
      ) as string,
    ]);
  });
});
