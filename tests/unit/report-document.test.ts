/**
 * The report as markup (no browser): the scenario's name and the date, the headline of every
 * profession, the assumptions, every chart with its title, legend and table alternative,
 * the credit exactly when a shipped data set is used, and the scenario's link.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeBaseline } from '../../app/charts/intake-words.ts';
import {
  WPP2019_ATTRIBUTION,
  loadDataset,
  type LoadedDataset,
} from '../../app/data/population/catalog.ts';
import { ReportDocument, reportDate } from '../../app/report/report-document.tsx';
import type { ReportDocumentProps } from '../../app/report/report-document.tsx';
import { headline } from '../../app/results/headline.ts';
import { createFormats } from '../../app/format.ts';
import { countryScenarioTemplate } from '../../app/scenario/country-template.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import {
  chartSvgs,
  duplicateIds,
  en,
  openingTags,
  renderEnglish,
  renderMarkup,
  textOf,
} from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const golden = JSON.parse(
  readFileSync(new URL('../golden/exampleland.monte-carlo.json', import.meta.url), 'utf8'),
) as HwfResult;

function parsed(document: unknown, datasets?: Record<string, LoadedDataset>): Scenario {
  const r = parseScenario(document, { datasets });
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join('\n'));
  return r.scenario;
}

const exampleland = parsed(exampleJson('exampleland'));
const LINK = 'https://example.org/hwf/#s=abc';
const DATE = new Date(2025, 5, 3);

function render(props: Partial<ReportDocumentProps> = {}): string {
  return renderEnglish(
    createElement(ReportDocument, {
      result: golden,
      scenario: exampleland,
      link: { kind: 'link', url: LINK, value: 'abc' },
      date: DATE,
      titleId: 'report-title',
      ...props,
    }),
  );
}

let country: { scenario: Scenario; result: HwfResult };

beforeAll(async () => {
  const id = 'wpp2019-it';
  const data = await loadDataset(id);
  const scenario = parsed(countryScenarioTemplate(id, data), { [id]: data });
  const population = resolvePopulation(scenario.population, { [id]: data });
  country = { scenario, result: simulate(scenario, { runs: 30, population }) };
}, 60_000);

describe('the report', () => {
  it('starts with the scenario’s name, the date and what the numbers rest on', () => {
    const html = render();
    expect(html).toContain('<h2 id="report-title" class="hwf-report-title">');
    const text = textOf(html);
    expect(text).toContain(exampleland.name);
    expect(text).toContain(`Made on ${reportDate(DATE)}`);
    // In the words' language, whatever the browser's locale (numbers follow the locale).
    expect(reportDate(DATE)).toBe('3 June 2025');
    const italian = renderMarkup(
      createElement(ReportDocument, {
        result: golden,
        scenario: exampleland,
        link: { kind: 'link', url: LINK, value: 'abc' },
        date: DATE,
      }),
      createFormats('it-IT'),
    );
    expect(italian).toContain('Made on 3 June 2025');
    expect(text).toContain(`Based on ${en.integer(golden.runs)} futures.`);
  });

  it('gives the headline of every profession', () => {
    const text = textOf(render());
    for (const p of golden.professions) {
      const sentence = headline(
        golden,
        p,
        en,
        intakeBaseline(exampleland, p.id, golden.targetYear),
      );
      expect(text).toContain(sentence);
    }
  });

  it('shows every chart of every profession with its title, legend and table', () => {
    const html = render();
    const professions = golden.professions.length;
    // Five charts a profession, each an image with a label.
    expect(chartSvgs(html).length).toBeGreaterThanOrEqual(4 * professions);
    for (const title of [
      'Supply and demand (FTE)',
      'Gap and shortage probability',
      'Training places needed per year',
      `What drives the ${golden.targetYear} gap`,
    ]) {
      expect(html.split(`>${title}</h4>`).length - 1, title).toBe(professions);
    }
    // The legends name the bands in words; every chart has its table.
    expect(textOf(html)).toContain('9 in 10 futures');
    expect(openingTags(html, 'table').length).toBeGreaterThanOrEqual(5 * professions + 1);
    for (const p of golden.professions) {
      expect(html).toContain(`data-chart-subject="${p.name}"`);
    }
    expect(duplicateIds(html)).toEqual([]);
  });

  it('writes the assumptions in words, policies included', () => {
    const text = textOf(render());
    expect(text).toContain('Attrition PERT 0.015 – 0.025 – 0.045 share per year');
    expect(text).toContain('Nurses, training places: uniform +10% – +20% on today’s value');
    expect(text).toContain('From General practitioners to Nurses');
    expect(text).toContain('pandemic: a 3% chance each year');
  });

  it('gives the link, or says why there is none', () => {
    expect(render()).toContain(`href="${LINK}"`);
    expect(textOf(render({ link: { kind: 'too-big', length: 40_000 } }))).toContain(
      'too big for a link',
    );
    expect(textOf(render({ link: { kind: 'invalid' } }))).toContain('has no link');
  });

  it('credits the UN for a country’s population, and nobody for the scenario’s own', () => {
    expect(textOf(render())).not.toContain('World Population Prospects');
    const text = textOf(render(country));
    expect(text).toContain(`Population data: ${WPP2019_ATTRIBUTION}.`);
    expect(text).toContain('CC BY 3.0 IGO');
    expect(text).toContain('Italy');
    for (const p of country.result.professions) {
      expect(text).toContain(
        headline(
          country.result,
          p,
          en,
          intakeBaseline(country.scenario, p.id, country.result.targetYear),
        ),
      );
    }
  });

  it('says when the results are not of the scenario being edited', () => {
    expect(textOf(render({ note: 'These results are of an earlier version.' }))).toContain(
      'These results are of an earlier version.',
    );
  });
});
