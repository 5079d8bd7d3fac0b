/**
 * The regional results as markup: the region switch and the view beside the profession
 * tabs, a region's figures in the existing views, the Where view's heat table (a real
 * table with headers, the probability in every cell, a legend in words), the small
 * multiples on a shared or own scale, and densities without a value.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { heatColour } from '../../app/charts/heat-scale.ts';
import { DensityChart } from '../../app/charts/density-chart.tsx';
import { densityRows } from '../../app/charts/density-rows.ts';
import { RegionMultiples } from '../../app/charts/region-multiples.tsx';
import { intakeBaseline } from '../../app/charts/intake-words.ts';
import { headline } from '../../app/results/headline.ts';
import { ProfessionResults } from '../../app/results/profession-results.tsx';
import { acrossRegions } from '../../app/results/regional.ts';
import { ResultsArea } from '../../app/results/results-area.tsx';
import { WhereView } from '../../app/results/where-view.tsx';
import type { NullableSeries } from '../../model/regions/simulate.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import {
  attr,
  bodyRows,
  chartSvgs,
  decodeEntities,
  duplicateIds,
  en,
  openingTags,
  renderEnglish,
  textOf,
  unlabelledControls,
} from '../helpers/markup.ts';
import { regionalExampleland, regionalResult } from '../helpers/regional-results.ts';

const result = regionalResult(200);
const { years, targetYear } = result;
const t = years.indexOf(targetYear);

const area = (r: HwfResult = result) =>
  renderEnglish(
    createElement(ResultsArea, { result: r, selected: 'nurse', onSelect: () => {}, panelId: 'p' }),
  );

const where = (professionId = 'nurse') =>
  renderEnglish(createElement(WhereView, { result, regions: result.regions, professionId }));

describe('the region switch beside the profession tabs', () => {
  it('offers National and every region in a labelled list, and the two views', () => {
    const html = area();
    const select = openingTags(html, 'select')[0];
    const id = attr(select, 'id')!;
    expect(html).toMatch(new RegExp(`<label for="${id}">Figures for</label>`));
    const options = [...html.matchAll(/<option[^>]*>(.*?)<\/option>/g)].map((m) => m[1]);
    expect(options).toEqual(['National (all regions)', ...result.regions.map((r) => r.name)]);
    expect(html).toContain('aria-label="Results view"');
    expect(html).toMatch(/aria-pressed="true"[^>]*>Figures</);
    expect(html).toMatch(/aria-pressed="false"[^>]*>Where the shortages fall</);
    expect(unlabelledControls(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
  });

  it('is not there for a national result', () => {
    const national: HwfResult = { ...result };
    delete (national as { regions?: unknown }).regions;
    const html = area(national);
    expect(html).not.toContain('Figures for');
    expect(html).not.toContain('Results view');
    expect(html).toContain('role="tablist"');
  });

  it('the national figures name the region where a shortage is most likely', () => {
    const text = decodeEntities(area());
    const across = acrossRegions(result.regions, 'nurse');
    const highest = Math.max(...across.map((r) => r.profession.shortageProbability[t]));
    const worst = across.find((r) => r.profession.shortageProbability[t] === highest)!;
    expect(text).toContain(headline(result, result.professions[0], en));
    expect(text).toContain(`Nurses: shortage most likely in ${worst.name}`);
  });
});

describe('a region’s figures in the existing views', () => {
  const rural = result.regions.find((r) => r.id === 'rural')!;
  const parsed = parseScenario(regionalExampleland());
  const scenario = parsed.ok ? parsed.scenario : null;
  const render = (region: typeof rural | null) => {
    const profession = region ? region.professions[0] : result.professions[0];
    return renderEnglish(
      createElement(ProfessionResults, { result, profession, region, scenario }),
    );
  };

  it('compare the places needed with the region’s own intake today', () => {
    const today = (region?: string) =>
      en.count(intakeBaseline(scenario!, 'nurse', targetYear, region)!.today);
    expect(today('rural')).not.toBe(today());
    expect(textOf(decodeEntities(render(rural)))).toContain(`today's ${today('rural')}`);
    expect(textOf(decodeEntities(render(null)))).toContain(`today's ${today()}`);
  });

  it('show the region’s numbers, not the nation’s, under the region’s name', () => {
    const html = decodeEntities(render(rural));
    const text = textOf(html);
    const baseline = intakeBaseline(scenario!, 'nurse', targetYear, 'rural');
    expect(text).toContain(`Rural: ${headline(result, rural.professions[0], en, baseline)}`);
    expect(text).not.toContain('shortage most likely in');
    const labels = chartSvgs(html).map((a) => attr(a, 'aria-label'));
    const nationalLabels = chartSvgs(decodeEntities(render(null))).map((a) =>
      attr(a, 'aria-label'),
    );
    expect(labels).toHaveLength(5);
    // Supply and demand, the gap: other numbers than the national ones.
    expect(labels[0]).not.toBe(nationalLabels[0]);
    expect(labels[1]).not.toBe(nationalLabels[1]);
    expect(labels[0]).toContain(en.count(rural.professions[0].fte.p50[t]));
  });
});

describe('the Where view', () => {
  it('is a heat table with a caption, a column per year and a row per region and the nation', () => {
    const html = where();
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toMatch(/<caption[^>]*>Nurses: how likely a shortage/);
    const columns = [...table.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) =>
      textOf(m[1]).trim(),
    );
    expect(columns).toEqual([
      'Region',
      ...years.map((y) => (y === targetYear ? `${y} (target year)` : String(y))),
    ]);
    const rows = [...table.matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => m[1]);
    expect(rows).toEqual([...result.regions.map((r) => r.name), 'National']);
  });

  it('writes every probability in its cell, coloured darker the likelier', () => {
    const html = where();
    const body = bodyRows(html);
    result.regions.forEach((region, r) => {
      const p = region.professions[0].shortageProbability;
      expect(body[r]).toEqual([region.name, ...p.map((v) => en.percent(v))]);
    });
    const cells = [
      ...html.matchAll(
        /<td class="hwf-heat-cell[^"]*" style="([^"]*)" data-probability="([^"]*)"/g,
      ),
    ];
    expect(cells).toHaveLength((result.regions.length + 1) * years.length);
    for (const [, style, p] of cells) {
      expect(style).toContain(`background:${heatColour(Number(p))}`);
    }
  });

  it('has a legend in words from “less likely short” to “more likely short”', () => {
    const text = textOf(where());
    expect(text).toMatch(/Less likely short 0% 25% 50% 75% 100% More likely short/);
    expect(text).toContain('The darker the cell, the more likely a shortage');
  });

  it('says the region where a shortage is most likely, for the profession chosen', () => {
    const text = decodeEntities(where('gp'));
    expect(text).toMatch(/General practitioners: (shortage most likely in|no region has)/);
  });

  it('shows small multiples, the density by region and the density ratio, each with a table switch', () => {
    const html = where();
    for (const title of [
      'Where a shortage is likely',
      'Supply and demand by region (FTE)',
      `FTE per 1 000 inhabitants by region, ${targetYear}`,
      'How unequal the regions are',
    ]) {
      expect(html).toContain(`>${title}</h3>`);
    }
    expect(chartSvgs(html)).toHaveLength(3);
    expect(html).toContain('aria-label="Vertical scale"');
    expect(unlabelledControls(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
    expect(decodeEntities(html)).toContain('the best-staffed region has');
  });
});

describe('small multiples', () => {
  const panels = acrossRegions(result.regions, 'nurse').map((r) => ({
    id: r.id,
    name: r.name,
    fte: r.profession.fte,
    demand: r.profession.demand,
  }));
  const tops = (scale: 'shared' | 'own') => {
    const html = renderEnglish(
      createElement(RegionMultiples, { name: 'Nurses', years, targetYear, panels, scale }),
    );
    return { html, tops: [...html.matchAll(/data-top="([^"]+)"/g)].map((m) => Number(m[1])) };
  };

  it('one scale: every panel has the same top; own scales: each its own', () => {
    const shared = tops('shared');
    expect(shared.tops).toHaveLength(panels.length);
    expect(new Set(shared.tops).size).toBe(1);
    expect(decodeEntities(shared.html)).toContain('on one scale for all regions');
    const own = tops('own');
    expect(new Set(own.tops).size).toBe(panels.length);
    expect(Math.max(...own.tops)).toBeLessThanOrEqual(shared.tops[0]);
    expect(decodeEntities(own.html)).toContain('each region on its own scale');
  });

  it('draws a band and a median of supply and of demand in every panel', () => {
    const { html } = tops('shared');
    expect(html.match(/class="hwf-band"/g)).toHaveLength(panels.length * 2);
    expect(html.match(/class="hwf-median"/g)).toHaveLength(panels.length * 2);
  });
});

describe('densities without a value', () => {
  const none: NullableSeries = {
    mean: [null],
    p5: [null],
    p10: [null],
    p25: [null],
    p50: [null],
    p75: [null],
    p90: [null],
    p95: [null],
    reason: 'the region has no inhabitants in this year',
  };
  const some = (v: number): NullableSeries => ({
    mean: [v],
    p5: [v - 2],
    p10: [v - 1],
    p25: [v],
    p50: [v],
    p75: [v],
    p90: [v + 1],
    p95: [v + 2],
  });

  it('are shown as a gap with the reason in words, the others as dots', () => {
    const rows = densityRows(
      [
        { id: 'a', name: 'Alpha', density: some(8) },
        { id: 'b', name: 'Beta', density: none },
      ],
      0,
      en,
    )!;
    const html = decodeEntities(
      renderEnglish(createElement(DensityChart, { name: 'Nurses', year: 2030, rows })),
    );
    expect(html.match(/class="hwf-density-dot"/g)).toHaveLength(1);
    expect(html).toContain('data-region="b" data-defined="false"');
    expect(textOf(html)).toContain(
      'Beta has no value in 2030: the region has no inhabitants in this year.',
    );
    expect(attr(chartSvgs(html)[0], 'aria-label')).toContain(
      'Beta no value: the region has no inhabitants',
    );
  });
});
