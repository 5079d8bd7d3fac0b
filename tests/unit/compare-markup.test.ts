/**
 * The Compare countries view as markup: labelled controls, the country of the scenario's
 * data set chosen, the charts' sentences for screen readers, possible breaks in words, the
 * projection beside its country's series and in the ranking, the tables, the source and
 * its caveat, and numbers in the reader's locale.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CompareDots } from '../../app/compare/compare-dots.tsx';
import {
  countriesByName,
  countryLines,
  dotRows,
  latestRanking,
  projectedDensity,
} from '../../app/compare/compare-data.ts';
import { CompareLines } from '../../app/compare/compare-lines.tsx';
import { ObservedTable, ProjectionTable, RankingTable } from '../../app/compare/compare-tables.tsx';
import { CompareContent, CompareView } from '../../app/compare/compare-view.tsx';
import type { CompareContentProps } from '../../app/compare/compare-view.tsx';
import { createFormats } from '../../app/format.ts';
import { readDensities, WHO_ATTRIBUTION } from '../../app/data/workforce/catalog.ts';
import type { HwfResult, ProfessionResult, SeriesSummary } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import {
  attr,
  bodyRows,
  chartSvgs,
  decodeEntities,
  duplicateIds,
  openingTags,
  renderEnglish,
  renderMarkup,
  textOf,
  unlabelledControls,
} from '../helpers/markup.ts';

const data = readDensities(
  JSON.parse(
    readFileSync(new URL('../../app/data/workforce/who-densities.json', import.meta.url), 'utf8'),
  ),
);

const YEARS = Array.from({ length: 21 }, (_, i) => 2025 + i);

function summary(values: number[]): SeriesSummary {
  const k = (f: number) => values.map((v) => v * f);
  return {
    mean: k(1),
    p5: k(0.8),
    p10: k(0.9),
    p25: k(0.95),
    p50: k(1),
    p75: k(1.05),
    p90: k(1.1),
    p95: k(1.2),
  };
}

function profession(id: string, name: string, headcount: number): ProfessionResult {
  const s = summary(YEARS.map((_, i) => headcount * (1 + i / 100)));
  return {
    id,
    name,
    headcount: s,
    fte: s,
    demand: s,
    gap: s,
    shortageProbability: YEARS.map(() => 0.5),
    requiredIntake: {
      unreachable: false,
      unreachableShare: 0,
      mean: 0,
      p5: 0,
      p10: 0,
      p25: 0,
      p50: 0,
      p75: 0,
      p90: 0,
      p95: 0,
    },
    sensitivity: [],
  };
}

const result: HwfResult = {
  schema: 'hwf-result/1',
  scenario: 'Italy test',
  runs: 200,
  seed: 1,
  deterministic: false,
  years: YEARS,
  targetYear: 2040,
  intakeFromYear: 2026,
  professions: [
    profession('nurse', 'Nurses', 300_000),
    profession('gp', 'General practitioners', 240_000),
  ],
};

/** 60 million people every year. */
const italy: PopulationInline = {
  ages: { min: 0, max: 0 },
  years: YEARS,
  female: YEARS.map(() => [30e6]),
  male: YEARS.map(() => [30e6]),
};

const scenarioOf = (population: unknown) => ({ population }) as unknown as Scenario;
const ofItaly = scenarioOf({ dataset: 'wpp2019-it' });

const content = (props: Partial<CompareContentProps> = {}, locale = 'en-GB') =>
  renderMarkup(
    createElement(CompareContent, {
      data,
      scenario: ofItaly,
      result,
      resultScenario: ofItaly,
      population: italy,
      ...props,
    }),
    createFormats(locale),
  );

describe('the Compare countries view', () => {
  it('says it is loading before the WHO numbers are there', () => {
    const html = renderEnglish(
      createElement(CompareView, { scenario: null, result: null, resultScenario: null }),
    );
    expect(html).toMatch(/<h3[^>]*>Compare countries<\/h3>/);
    expect(html).toMatch(/role="status"[^>]*>Loading the WHO workforce densities/);
  });

  it('labels every control and starts from the scenario’s country', () => {
    const html = content();
    expect(unlabelledControls(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
    const select = openingTags(html, 'select')[0];
    expect(html).toContain(`<label for="${attr(select, 'id')}">Your country</label>`);
    const options = [...html.split('</select>')[0].matchAll(/<option[^>]*>(.*?)<\/option>/g)];
    expect(options.map((m) => m[1])).toEqual(countriesByName().map((c) => c.name));
    expect(html).toMatch(/<option value="IT" selected="">Italy<\/option>/);
    expect(html).toMatch(/aria-pressed="true"[^>]*>Doctors</);
    expect(html).toMatch(/aria-pressed="false"[^>]*>Nurses and midwives</);
    const text = decodeEntities(textOf(html));
    expect(text).toContain('all 19 countries');
    expect(text).toContain(
      'only Italy’s HEROES cluster (Greece, Italy, Norway, Portugal, Spain, Sweden)',
    );
    expect(text).toContain('Scenario profession shown as doctors');
    expect(html).toMatch(/<option value="gp" selected="">General practitioners<\/option>/);
  });

  it('draws the projection beside Italy and ranks it among the peers in 2035', () => {
    const html = content();
    const [lines, dots] = chartSvgs(html).map((a) => decodeEntities(attr(a, 'aria-label')!));
    expect(lines).toBe(
      'Doctors per 1 000 inhabitants, 19 countries, 1990–2023; Italy highlighted; the working scenario’s projection of Italy for 2025–2045, median and 80% band; ' +
        `${countryLines(data, 'doctors', countriesByName()).reduce((n, l) => n + l.points.filter((p) => p.possibleBreak).length, 0)} possible breaks in series marked.`,
    );
    // 240 000 × 1.10 in 2035 ÷ 60 million × 1 000 = 4.4 per 1 000.
    expect(dots).toContain('Italy 2035, projected (median) 4.4 (80%: 4.0–4.8)');
    expect(dots).toContain('Belgium (2023, possible break) 6.5');
    expect(dots).toContain('Sweden (2021) 4.4');
    const text = decodeEntities(textOf(html));
    expect(text).toContain(
      'In 2035 the working scenario would put Italy at 4.4 doctors per 1 000 inhabitants (80%: 4.0–4.8): rank 9 of 19 against the other countries’ latest observed values.',
    );
    expect(text).toContain('possible break in series (change over 25% in a year)');
    expect(text).toContain('projection of the working scenario: median and 80% band');
    expect(text).toContain('headcount of General practitioners');
    expect(text).toMatch(/may define the profession differently/);
    expect(html).toContain('class="hwf-compare-projection"');
    expect(
      openingTags(html, 'circle').filter((t) => t.includes('hwf-compare-ring')).length,
    ).toBeGreaterThan(5);
  });

  it('says why there is no projection, and offers the scenario’s country', () => {
    const other = content({ scenario: scenarioOf({ dataset: 'wpp2019-de' }) });
    expect(other).toMatch(/<option value="DE" selected="">Germany<\/option>/);
    expect(decodeEntities(textOf(other))).toContain(
      'The working scenario’s projection is of Italy.',
    );
    expect(other).toMatch(/<button type="button">Show Italy<\/button>/);
    expect(other).not.toContain('hwf-compare-projection');

    const inline = content({ scenario: scenarioOf(italy), resultScenario: scenarioOf(italy) });
    expect(inline).toMatch(/<option value="BE" selected="">Belgium<\/option>/);
    expect(decodeEntities(textOf(inline))).toContain('its projection is not drawn beside them');

    const waiting = content({ result: null, resultScenario: null });
    expect(textOf(waiting)).toContain('shows here once its results are ready');
    expect(unlabelledControls(waiting)).toEqual([]);
  });

  it('credits WHO, gives the caveat on definitions and links the terms', () => {
    const text = decodeEntities(textOf(content()));
    expect(text).toContain(`Source: ${WHO_ATTRIBUTION}.`);
    expect(text).toContain(
      'Definitions differ between countries (practising, professionally active or licensed); WHO densities mix them.',
    );
    expect(content()).toContain(
      'href="https://www.who.int/about/policies/publishing/data-policy/terms-and-conditions"',
    );
  });

  it('writes numbers with a decimal comma in German', () => {
    const html = decodeEntities(content({}, 'de-DE'));
    const dots = decodeEntities(attr(chartSvgs(html)[1], 'aria-label')!);
    expect(dots).toContain('Germany 4,5');
    expect(dots).toMatch(/Italy 2035, projected \(median\) 4,4 \(80\s%: 4,0–4,8\)/);
  });
});

describe('the tables', () => {
  const lines = countryLines(data, 'doctors', countriesByName());

  it('holds every observed value per 1 000, breaks in words', () => {
    const html = renderEnglish(
      createElement(ObservedTable, { series: 'Doctors', lines, highlight: 'IT' }),
    );
    const head = [...html.split('</thead>')[0].matchAll(/<th\s[^>]*>(.*?)<\/th>/g)].map(
      (m) => m[1],
    );
    const rows = bodyRows(html);
    const at = (country: string, year: number) =>
      rows.find((r) => r[0].startsWith(country))![head.indexOf(String(year))];
    expect(head[0]).toBe('Country');
    expect(at('Germany', 2022)).toBe('4.5');
    expect(at('Belgium', 2023)).toBe('6.5 (possible break)');
    expect(at('Spain', 1991)).toBe('4.1 (possible break)');
    expect(at('Germany', 1990)).toBe('–');
    expect(rows.find((r) => r[0].startsWith('Italy'))![0]).toBe('Italy (chosen)');
    expect(rows).toHaveLength(19);
  });

  it('ranks the latest values with the projection’s row', () => {
    const ranking = latestRanking(data, 'doctors', countriesByName());
    const point = projectedDensity(result.professions[1], YEARS, italy).find(
      (p) => p.year === 2035,
    )!;
    const rows = dotRows(ranking.rows, { iso2: 'IT', name: 'Italy', point });
    const html = renderEnglish(
      createElement(RankingTable, {
        series: 'Doctors',
        rows,
        commonYear: ranking.commonYear,
        highlight: 'IT',
      }),
    );
    const body = bodyRows(html);
    expect(body[0]).toEqual(['1', 'Greece', '2022', '6.6', '']);
    expect(body[1]).toEqual(['2', 'Belgium', '2023', '6.5', 'possible break']);
    const projected = body.find((r) => r[1].includes('projected'))!;
    expect(projected.slice(0, 4)).toEqual([
      '9 of 19',
      'Italy 2035, projected (median)',
      '2035',
      '4.4 (80%: 4.0–4.8)',
    ]);
    expect(body).toHaveLength(20);

    const table = renderEnglish(
      createElement(ProjectionTable, {
        series: 'Doctors',
        country: 'Italy',
        profession: 'General practitioners',
        points: projectedDensity(result.professions[1], YEARS, italy),
      }),
    );
    expect(bodyRows(table)[0]).toEqual(['2025', '4.0', '3.6–4.4', '240,000', '60,000,000']);
  });

  it('keeps charts and tables on the same numbers', () => {
    const ranking = latestRanking(data, 'nurses', countriesByName());
    const html = renderEnglish(
      createElement(CompareDots, {
        series: 'Nurses and midwives',
        rows: dotRows(ranking.rows),
        commonYear: ranking.commonYear,
        highlight: 'NO',
      }),
    );
    expect(decodeEntities(attr(chartSvgs(html)[0], 'aria-label')!)).toMatch(
      /^Nurses and midwives per 1 000 inhabitants, latest observed year \(2022 unless marked\), 19 rows ranked from the highest: Norway \(2023\) 16\.5; /,
    );
    const chart = renderEnglish(
      createElement(CompareLines, {
        series: 'Nurses and midwives',
        lines,
        highlight: 'NO',
        projection: null,
      }),
    );
    expect(chart).toContain('data-country="NO"');
    expect(chart).not.toContain('hwf-compare-projection');
  });
});
