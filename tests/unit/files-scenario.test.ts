/** Scenario and result files: names, contents, and opening a file through the parser. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../app/data/examples/index.ts';
import { decodeBytes } from '../../app/files/read-text.ts';
import {
  isJsonFileName,
  isTableFileName,
  openScenarioText,
  resultFileName,
  resultJson,
  scenarioFileName,
  scenarioText,
} from '../../app/files/scenario-file.ts';
import { parseScenarioJson } from '../../model/scenario/parse.ts';
import { RESULT_SCHEMA } from '../../model/result/result.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { englishT } from '../../app/i18n/translate.ts';

const example = () => EXAMPLES[0].document();
const noLoad = () => Promise.reject(new Error('not expected'));

describe('names and contents', () => {
  it('names the scenario file from the scenario name', () => {
    expect(scenarioFileName(example())).toBe('exampleland-nurses-and-gps.json');
    expect(scenarioFileName({ name: 'Soins à domicile / 2030' })).toBe(
      'soins-a-domicile-2030.json',
    );
    expect(scenarioFileName({ name: '' })).toBe('scenario.json');
    expect(scenarioFileName(null)).toBe('scenario.json');
  });

  it('writes the draft as pretty JSON that the parser reads back', () => {
    const text = scenarioText(example());
    expect(text).toMatch(/^\{\n {2}"schema": "hwf-scenario\/1",/);
    expect(JSON.parse(text)).toEqual(example());
    expect(parseScenarioJson(text).ok).toBe(true);
  });

  it('names and writes the result', () => {
    const result = {
      schema: RESULT_SCHEMA,
      scenario: 'Exampleland nurses',
      professions: [],
    } as unknown as HwfResult;
    expect(resultFileName(result, 'json')).toBe('exampleland-nurses-results.json');
    expect(resultFileName(result, 'csv')).toBe('exampleland-nurses-results.csv');
    expect(JSON.parse(resultJson(result))).toEqual(result);
  });

  it('tells scenario files from tables by their names', () => {
    expect(isJsonFileName('a.JSON')).toBe(true);
    expect(isJsonFileName('a.csv')).toBe(false);
    expect(isTableFileName('pop.csv')).toBe(true);
    expect(isTableFileName('pop.tsv')).toBe(true);
    expect(isTableFileName('pop.xlsx')).toBe(false);
  });
});

describe('openScenarioText', () => {
  it('opens a valid file as it is written, saying where it came from', async () => {
    const text = scenarioText(example());
    const opened = await openScenarioText(englishT, 'mine.json', `\uFEFF${text}`, noLoad);
    expect(opened).toEqual({ ok: true, document: example(), what: 'the scenario from mine.json' });
  });

  it('refuses bad JSON with the file name, line and column', async () => {
    const opened = await openScenarioText(
      englishT,
      'bad.json',
      '{\n  "schema": "hwf-scenario/1",\n  "name": }\n',
      noLoad,
    );
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toMatch(
      /^The scenario file "bad\.json" was not opened: line 3, column 11: /,
    );
    expect(opened.message).toMatch(/Your scenario is unchanged\.$/);
  });

  it('lists every problem of a scenario that breaks the rules, with its path', async () => {
    const doc = example() as { horizonYears: number; simulation: { runs: number } };
    doc.horizonYears = 0;
    doc.simulation.runs = -5;
    const opened = await openScenarioText(englishT, 'two.json', JSON.stringify(doc), noLoad);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toContain('horizonYears: ');
    expect(opened.message).toContain('simulation.runs: ');
    expect(opened.message.startsWith('The scenario file "two.json" was not opened: ')).toBe(true);
  });

  it('refuses an empty file and one that is not a scenario', async () => {
    const empty = await openScenarioText(englishT, 'empty.json', '', noLoad);
    expect(empty).toEqual({
      ok: false,
      message:
        'The scenario file "empty.json" was not opened: the file is empty; a scenario is a JSON object that starts with "{". Your scenario is unchanged.',
    });
    const list = await openScenarioText(englishT, 'list.json', '[1, 2]', noLoad);
    expect(list.ok).toBe(false);
  });

  it('loads the shipped data set a scenario names before checking it', async () => {
    const doc = example() as Record<string, unknown>;
    const population = doc.population as PopulationInline;
    doc.population = { dataset: 'wpp2019-mt' };
    const asked: string[] = [];
    const load = (id: string) => {
      asked.push(id);
      return Promise.resolve(population);
    };
    const opened = await openScenarioText(englishT, 'mt.json', JSON.stringify(doc), load);
    expect(asked).toEqual(['wpp2019-mt']);
    expect(opened).toMatchObject({ ok: true, document: doc });

    const failed = await openScenarioText(englishT, 'mt.json', JSON.stringify(doc), () =>
      Promise.reject(new Error('offline')),
    );
    expect(failed).toEqual({
      ok: false,
      message:
        'The scenario file "mt.json" was not opened: its population data set wpp2019-mt could not be loaded (offline); check the connection and try again. Your scenario is unchanged.',
    });
  });

  it('does not load an unknown data set, and says which are known', async () => {
    const doc = example() as Record<string, unknown>;
    doc.population = { dataset: 'wpp2019-fr' };
    const opened = await openScenarioText(englishT, 'fr.json', JSON.stringify(doc), noLoad);
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.message).toContain(
        'population.dataset: unknown population data set "wpp2019-fr"',
      );
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode('age;sex\nÉ;F');
    expect(decodeBytes(bytes)).toBe('age;sex\nÉ;F');
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('age;sex\nÉ;F');
  });

  it('reads UTF-16 with its byte order mark (Excel’s “Unicode text”)', () => {
    const le = [0xff, 0xfe, ...[...'a\tb'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeBytes(new Uint8Array(le))).toBe('a\tb');
    const be = [0xfe, 0xff, ...[...'ab'].flatMap((c) => [0, c.charCodeAt(0)])];
    expect(decodeBytes(new Uint8Array(be))).toBe('ab');
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeBytes(new Uint8Array([0x4a, 0xf6, 0x72, 0x67, 0x3b, 0x4c, 0xe9, 0x61]))).toBe(
      'Jörg;Léa',
    );
  });
});
