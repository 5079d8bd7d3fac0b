/**
 * The population control: its draft updates (new objects, the rest untouched), the
 * pyramid's numbers for any year, and its markup (labels, options, source and licence).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  POPULATION_DATASETS,
  POPULATION_DATASET_IDS,
  WPP2019_ATTRIBUTION,
  datasetTotal,
  loadDataset,
} from '../../app/data/population/catalog.ts';
import { createDatasetStore } from '../../app/population/dataset-store.ts';
import { PopulationControl, datasetLabel } from '../../app/population/population-control.tsx';
import {
  choiceValue,
  inlinePopulation,
  populationChoice,
  pyramidYears,
  withDataset,
  withPopulation,
} from '../../app/population/population-draft.ts';
import { pyramidData } from '../../app/population/pyramid-data.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import {
  attr,
  ids,
  labelledId,
  labelTargets,
  openingTags,
  renderMarkup,
} from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';

type Doc = Record<string, unknown>;
const exampleland = () => exampleJson('exampleland') as Doc;
const minimal = () => exampleJson('minimal') as Doc;

describe('the draft updates', () => {
  it('sets {"dataset": id} in a new draft and leaves the old one as it was', () => {
    const draft = exampleland();
    const before = structuredClone(draft);
    const next = withDataset(draft, 'wpp2019-it') as Doc;
    expect(next).not.toBe(draft);
    expect(draft).toEqual(before);
    expect(next.population).toEqual({ dataset: 'wpp2019-it' });
    const rest = (d: Doc) => Object.entries(d).filter(([key]) => key !== 'population');
    expect(rest(next)).toEqual(rest(draft));
    // Untouched parts are shared, not copied.
    expect(next.professions).toBe(draft.professions);
    expect(Object.keys(next)).toEqual(Object.keys(draft));
    expect(parseScenario(next, { datasets: {} }).ok).toBe(false); // not loaded: unknown id
  });

  it('splits a data set over a regional draft’s regions, by the shares of its own tables', async () => {
    const regional = JSON.parse(
      readFileSync('app/data/examples/exampleland-regions.json', 'utf8'),
    ) as Doc & {
      population: { regions: Record<string, { female: number[][]; male: number[][] }> };
    };
    const next = withDataset(regional, 'wpp2019-it') as Doc & {
      population: { dataset: string; regionShares: Record<string, number> };
    };
    const shares = next.population.regionShares;
    const first = (id: string) =>
      [
        ...regional.population.regions[id].female[0],
        ...regional.population.regions[id].male[0],
      ].reduce((a, b) => a + b, 0);
    const ids = Object.keys(regional.population.regions);
    const total = ids.reduce((t, id) => t + first(id), 0);
    for (const id of ids) expect(shares[id]).toBeCloseTo(first(id) / total, 3);
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const italy = await loadDataset('wpp2019-it');
    const parsed = parseScenario(next, { datasets: { 'wpp2019-it': italy } });
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    // Chosen again: the shares it has are kept.
    const again = withDataset(next, 'wpp2019-pl') as typeof next;
    expect(again.population.regionShares).toBe(shares);
  });

  it('removes the population for "No population"', () => {
    const draft = withDataset(exampleland(), 'wpp2019-mt');
    const next = withDataset(draft, '') as Doc;
    expect('population' in next).toBe(false);
    expect((draft as Doc).population).toEqual({ dataset: 'wpp2019-mt' });
    expect(populationChoice(next)).toEqual({ kind: 'none' });
  });

  it('puts a new population where the format has it, before the professions', () => {
    const next = withDataset(minimal(), 'wpp2019-se') as Doc;
    const keys = Object.keys(next);
    expect(keys.indexOf('population')).toBe(keys.indexOf('professions') - 1);
    expect(withDataset('not a scenario', 'wpp2019-se')).toBe('not a scenario');
  });

  it('is a pure update for any draft object and any choice', () => {
    const choice = fc.constantFrom('', ...POPULATION_DATASET_IDS);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), choice, (draft, id) => {
        const frozen = structuredClone(draft);
        const next = withDataset(draft, id) as Doc;
        expect(draft).toEqual(frozen);
        expect(next).not.toBe(draft);
        expect(choiceValue(populationChoice(next))).toBe(id);
        for (const key of Object.keys(draft)) {
          if (key !== 'population') expect(next[key]).toBe(draft[key]);
        }
        expect(withPopulation(next, draft.population)).toEqual(
          draft.population === undefined ? withDataset(draft, '') : draft,
        );
      }),
    );
  });

  it('tells a data set, none, the scenario’s own projection and a broken value apart', () => {
    expect(populationChoice(minimal())).toEqual({ kind: 'none' });
    expect(populationChoice(exampleland())).toEqual({ kind: 'inline' });
    expect(populationChoice({ population: { dataset: 'wpp2019-no' } })).toEqual({
      kind: 'dataset',
      id: 'wpp2019-no',
    });
    expect(populationChoice({ population: { dataset: 'wpp2019-fr' } }).kind).toBe('other');
    expect(populationChoice({ population: 7 }).kind).toBe('other');
    expect(inlinePopulation(exampleland())?.years).toHaveLength(21);
    expect(inlinePopulation({ population: { ages: { min: 0, max: 1 } } })).toBeUndefined();
  });

  it('offers the scenario’s projected years that the data hold', () => {
    const years = Array.from({ length: 26 }, (_, i) => 2025 + i);
    expect(pyramidYears({ baseYear: 2026, horizonYears: 20 }, years)).toEqual(
      years.filter((y) => y >= 2026 && y <= 2046),
    );
    expect(pyramidYears({ baseYear: 2040, horizonYears: 20 }, years)).toEqual(
      years.filter((y) => y >= 2040),
    );
    expect(pyramidYears({ baseYear: 'x' }, years)).toEqual(years);
    expect(pyramidYears({ baseYear: 2060, horizonYears: 5 }, years)).toEqual(years);
  });
});

describe('the pyramid’s numbers', () => {
  it('match datasetTotal in every year of every data set, in five-year groups and single ages', async () => {
    for (const id of POPULATION_DATASET_IDS) {
      const data = await loadDataset(id);
      for (const year of data.years) {
        const groups = pyramidData(data, year);
        expect(groups.total).toBe(datasetTotal(data, year));
        expect(groups.rows.map((r) => r.label).slice(0, 3)).toEqual(['0–4', '5–9', '10–14']);
        expect(groups.rows.at(-2)?.label).toBe('95–99');
        expect(groups.rows.at(-1)?.label).toBe('100+');
        expect(groups.rows).toHaveLength(21);
        const single = pyramidData(data, year, 1);
        expect(single.rows).toHaveLength(101);
        expect(single.total).toBe(groups.total);
      }
    }
  });

  it('adds up the right ages and sexes', async () => {
    const it2030 = await loadDataset('wpp2019-it');
    const k = it2030.years.indexOf(2030);
    const row = pyramidData(it2030, 2030).rows[4]; // 20–24
    expect(row).toMatchObject({ label: '20–24', from: 20, to: 24 });
    const add = (xs: number[]) => xs.slice(20, 25).reduce((a, b) => a + b, 0);
    expect(row.female).toBe(add(it2030.female[k]));
    expect(row.male).toBe(add(it2030.male[k]));
    expect(() => pyramidData(it2030, 2051)).toThrow(RangeError);
  });

  it('groups any age range, the last age open', () => {
    const pop = {
      ages: { min: 3, max: 12 },
      years: [2030],
      female: [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
      male: [[2, 2, 2, 2, 2, 2, 2, 2, 2, 2]],
    };
    const d = pyramidData(pop, 2030);
    expect(d.rows.map((r) => r.label)).toEqual(['3–4', '5–9', '10–11', '12+']);
    expect(d.rows.map((r) => r.female)).toEqual([2, 5, 2, 1]);
    expect(d.total).toBe(30);
  });
});

describe('the control’s markup', () => {
  async function render(draft: unknown): Promise<string> {
    const store = createDatasetStore(loadDataset);
    await store.load('wpp2019-it');
    return renderMarkup(
      createElement(PopulationControl, { draft, onChange: () => undefined, store }),
    );
  }

  it('has a labelled "Population" select with none, the 19 countries and the own projection', async () => {
    const html = await render(exampleland());
    const select = labelledId(html, 'Population');
    expect(select).toBeDefined();
    expect(html).toContain(`<select id="${select}"`);
    expect(html).toContain('No population (demand follows today’s FTE only)');
    expect(html).toContain('Own projection (in the scenario)');
    for (const d of POPULATION_DATASETS) expect(html).toContain(`>${datasetLabel(d)}</option>`);
    expect(datasetLabel(POPULATION_DATASETS[8])).toBe('Italy — UN WPP 2019, medium variant');
    // The scenario's own projection has its pyramid too.
    expect(html).toMatch(/aria-label="Population of your projection by age and sex, 2025: /);
  });

  it('gives the source and licence as text, and a pyramid of the chosen country', async () => {
    const html = await render({ ...exampleland(), population: { dataset: 'wpp2019-it' } });
    expect(html).toContain('<summary>Source and licence</summary>');
    expect(html).toContain(WPP2019_ATTRIBUTION);
    expect(html).toContain('CC BY 3.0 IGO');
    expect(html).not.toContain('Own projection');
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Population of Italy by age and sex, 2025: /,
    );
    expect(html).toMatch(/<input[^>]*type="range"[^>]*min="2025"[^>]*max="2045"/);
    expect(html).toContain('Start a new scenario for Italy');
  });

  it('says it is loading a data set it does not have yet', () => {
    const store = createDatasetStore(() => new Promise(() => undefined));
    const html = renderMarkup(
      createElement(PopulationControl, {
        draft: { population: { dataset: 'wpp2019-mt' } },
        onChange: () => undefined,
        store,
      }),
    );
    expect(html).toContain('Loading the population of Malta…');
    expect(html).not.toContain('role="img"');
  });

  it('labels every control and repeats no id', async () => {
    const html = await render({ ...exampleland(), population: { dataset: 'wpp2019-it' } });
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    const labelled = labelTargets(html);
    const controlIds = openingTags(html, '(?:input|select)').flatMap(
      (tag) => attr(tag, 'id') ?? [],
    );
    expect(controlIds.length).toBeGreaterThan(0);
    for (const id of controlIds) expect(labelled.has(id)).toBe(true);
  });
});
