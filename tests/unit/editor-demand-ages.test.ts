/**
 * The use of services by age follows the ages of the population, also when the population
 * is a shipped data set named by the scenario (every "start from a country" scenario): its
 * rows are ages, not numbered rows under a warning.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { POPULATION_DATASET_IDS, loadDataset } from '../../app/data/population/catalog.ts';
import { populationAges } from '../../app/editor/profession-demand.tsx';
import { RenderClosedSections } from '../../app/editor/section.tsx';
import { ScenarioEditor } from '../../app/editor/scenario-editor.tsx';
import { countryScenarioTemplate } from '../../app/scenario/country-template.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { renderMarkup } from '../helpers/markup.ts';

const NOT_VALID = 'The ages of this table are not valid yet';

function render(draft: unknown, datasets: Record<string, never>): string {
  const r = parseScenario(draft, { datasets });
  return renderMarkup(
    createElement(
      RenderClosedSections,
      { value: true },
      createElement(ScenarioEditor, {
        draft,
        onChange: () => undefined,
        issues: { errors: r.ok ? [] : r.errors, warnings: r.warnings },
        deterministic: false,
        onDeterministicChange: () => undefined,
      }),
    ),
  );
}

describe('ages of the use of services by age', () => {
  it('are those of the data set a country scenario names, for every country', async () => {
    for (const id of POPULATION_DATASET_IDS) {
      const data = await loadDataset(id);
      const draft = countryScenarioTemplate(id, data);
      expect(populationAges(draft), id).toEqual({ min: data.ages.min, max: data.ages.max });
    }
  });

  it('are those of an inline population, and unknown for a data set not shipped', () => {
    const inline = { population: { ages: { min: 0, max: 100 } } };
    expect(populationAges(inline)).toEqual({ min: 0, max: 100 });
    expect(populationAges({ population: { dataset: 'wpp2019-xx' } })).toBeUndefined();
    expect(populationAges({ population: { ages: { min: 5, max: 2 } } })).toBeUndefined();
  });

  it('label the rows of Italy’s nurses’ demand table by age, without the warning', async () => {
    const data = await loadDataset('wpp2019-it');
    const draft = countryScenarioTemplate('wpp2019-it', data);
    const html = render(draft, { 'wpp2019-it': data } as never);
    expect(html).toContain('Use of services by age');
    expect(html).not.toContain(NOT_VALID);
    expect(html).toMatch(/Women aged 0\b/);
    expect(html).toMatch(/Men aged 100\b/);
  });
});
