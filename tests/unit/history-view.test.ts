/**
 * The check against history in the app, without a browser: the store runs a check on a
 * runner (here the reference engine in this thread) and keeps it; a refusal, a failure and
 * a cancelled check are said in words; the view shows the check kept — the score in words,
 * the chart (labelled, with filled, hollow and square dots), the table by horizon, the notes
 * and the sources — and, with no valid scenario, says to fix the problems first.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../model/projection/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import { datasetInfo } from '../../app/data/population/catalog.ts';
import { readDataset, toPopulationInline } from '../../app/data/population/read-dataset.ts';
import { readDensities, type ObservedDensities } from '../../app/data/workforce/catalog.ts';
import type { RunOptions, SimulationRequest } from '../../app/engine/runner.ts';
import { countryScenarioTemplate } from '../../app/scenario/country-template.ts';
import { historyCheck, HistoryStore, historyKey } from '../../app/history/history-store.ts';
import { HistoryView } from '../../app/history/history-view.tsx';
import { englishT } from '../../app/i18n/translate.ts';
import { REGIONAL_REFUSAL } from '../../app/history/history-words.ts';
import { decodeEntities, en, renderEnglish } from '../helpers/markup.ts';
import { oneRegion } from '../helpers/one-region.ts';

const RUNS = 200;

function population(iso2: string): PopulationInline {
  const meta = datasetInfo(`wpp2019-${iso2}`)!;
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../../app/data/population/${meta.file}`, import.meta.url), 'utf8'),
  );
  return toPopulationInline(readDataset(raw, meta));
}

const WHO: ObservedDensities = readDensities(
  JSON.parse(
    readFileSync(new URL('../../app/data/workforce/who-densities.json', import.meta.url), 'utf8'),
  ),
);

/** The reference engine as a runner, with progress and cancelling between chunks. */
const runner = {
  run: async (request: SimulationRequest, options: RunOptions = {}) => {
    await Promise.resolve();
    if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    options.onProgress?.({ done: 0, total: request.runs });
    const result = simulate(request.scenario, {
      runs: request.runs,
      seed: request.seed,
      population: request.population,
    });
    options.onProgress?.({ done: request.runs, total: request.runs });
    return result;
  },
};

let pop: PopulationInline;
let scenario: Scenario;
const sources = () => ({
  densities: () => Promise.resolve(WHO),
  population: () => Promise.resolve(pop),
});

beforeAll(() => {
  pop = population('it');
  const doc = countryScenarioTemplate('wpp2019-it', pop, 2025) as Record<string, unknown>;
  doc.simulation = { runs: RUNS, seed: 1 };
  const parsed = parseScenario(doc, { datasets: { 'wpp2019-it': pop } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  scenario = parsed.scenario;
});

const request = () => ({
  scenario,
  professionId: 'nurse',
  iso2: 'IT',
  series: 'nurses' as const,
  from: 2010,
});

describe('the store', () => {
  it('runs a check, with its progress, and keeps it under the request’s key', async () => {
    const store = new HistoryStore(sources());
    const seen: string[] = [];
    store.subscribe(() => {
      const s = store.getState();
      seen.push(`${s.status}${s.progress ? ` ${s.progress.done}/${s.progress.total}` : ''}`);
    });
    await store.start(runner, request());
    const s = store.getState();
    expect(s.status).toBe('done');
    expect(seen).toContain('running');
    expect(seen).toContain(`running 0/${RUNS}`);
    expect(s.check?.key).toBe(historyKey(request()));
    expect(s.check?.prepared.from).toBe(2010);
    expect(s.check?.result.runs).toBe(RUNS);
    expect(s.check?.score.scored).toBe(s.check!.prepared.to - 2010);
    // Another year is another check; another seed another version of the scenario.
    expect(historyKey({ ...request(), from: 2011 })).not.toBe(s.check?.key);
    const reseeded = { ...scenario, simulation: { runs: RUNS, seed: 2 } };
    expect(historyKey({ ...request(), scenario: reseeded })).not.toBe(s.check?.key);
  });

  it('says why a check cannot be made, and keeps the check made before', async () => {
    const store = new HistoryStore(sources());
    await store.start(runner, request());
    const before = store.getState().check;
    await store.start(runner, { ...request(), from: 2022 });
    const s = store.getState();
    expect(s.status).toBe('failed');
    expect(s.problem).toBe('Nothing is observed after 2022 to check against.');
    expect(s.problemKey).toBe(historyKey({ ...request(), from: 2022 }));
    expect(s.check).toBe(before);

    await store.start(runner, {
      ...request(),
      scenario: oneRegion(scenario) as unknown as Scenario,
    });
    expect(store.getState().problem).toBe(REGIONAL_REFUSAL);
  });

  it('says when the simulation fails, and when the check is cancelled', async () => {
    const store = new HistoryStore(sources());
    const failing = { run: () => Promise.reject(new Error('the simulation worker stopped')) };
    await store.start(failing, request());
    expect(store.getState().problemKind).toBe('failed');
    expect(store.getState().problem).toBe('the simulation worker stopped.');

    const running = store.start(runner, request());
    store.cancel();
    await running;
    expect(store.getState().status).toBe('cancelled');
    expect(store.getState().check).toBeNull();
  });
});

describe('the view', () => {
  it('says to fix the problems first while the scenario has some', () => {
    const html = decodeEntities(
      renderEnglish(createElement(HistoryView, { scenario: null, runner })),
    );
    expect(html).toContain('<h3 id="history-heading">Check against history</h3>');
    expect(html).toMatch(/A backtest: start in a past year/);
    expect(html).toContain(`role="status">${englishT('history.blocked.noScenario')}</p>`);
    expect(html).toMatch(/<button type="button" class="hwf-history-check" disabled=""/);
  });

  it('shows the check kept: the score, the chart, the table, the notes and the sources', async () => {
    historyCheck.cancel();
    // The page's store, fed as the app feeds it (the shipped files, here read by vite).
    await historyCheck.start(runner, request());
    const state = historyCheck.getState();
    expect(state.status).toBe('done');
    const check = state.check!;
    const html = decodeEntities(renderEnglish(createElement(HistoryView, { scenario, runner })));
    // The choices it was made with, and not marked as for other choices.
    expect(html).toMatch(/<option value="IT" selected="">Italy<\/option>/);
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="nurses"/);
    expect(html).not.toMatch(/hwf-stale-banner/);
    expect(html).toContain('Nurses and midwives in Italy: observed and projected from 2010');
    // The score in words.
    const n = check.score.scored;
    expect(html).toMatch(
      new RegExp(
        `From 2010 to ${check.prepared.to} the median was .* the mean absolute error was [\\d.]+%\\. ` +
          `${check.score.inside50} of ${n} observed points fell inside the 50% band and ` +
          `${check.score.inside90} of ${n} inside the 90% band`,
      ),
    );
    // The chart: named in a sentence, a square at the start and a filled dot per point.
    expect(html).toMatch(
      /role="img" aria-label="Nurses and midwives in Italy: observed headcount over the projection's bands, 2010–\d{4}\. \d+ of \d+ observed points inside the 90% band, \d+ inside the 50% band\."/,
    );
    expect(html.match(/class="hwf-history-start"/g)).toHaveLength(1);
    expect(html.match(/class="hwf-history-scored"/g)).toHaveLength(n);
    expect(html).toContain('start: observed total');
    expect(html.match(/data-interval="(\d+)"/g)).toEqual([
      'data-interval="90"',
      'data-interval="50"',
    ]);
    // The table by horizon: a row per observed year, the start's value observed.
    const start = check.prepared.startHeadcount;
    expect(html).toContain(`<th scope="row">2010</th><td>0</td><td>${en.count(start)}</td>`);
    const last = check.score.points[check.score.points.length - 1];
    expect(html).toContain(
      `<th scope="row">${last.year}</th><td>${last.horizon}</td><td>${en.count(last.headcount)}</td>`,
    );
    expect(html).toMatch(/<td>start: observed total<\/td>/);
    // Notes, the definitions' caveat and the sources.
    expect(html).toMatch(/Starts in 2010 from the observed total: 54\.39 per 10,000 inhabitants/);
    expect(html).toMatch(/demand, task shifting and costs are left out/);
    expect(html).toMatch(/What WHO counts differs between countries/);
    expect(html).toMatch(/WHO, Global Health Observatory, National Health Workforce Accounts/);
    expect(html).toMatch(
      /United Nations, DESA, Population Division, World Population Prospects 2019/,
    );
  });

  it('marks the check kept as for other choices when the scenario has changed', () => {
    const changed = { ...scenario, simulation: { runs: RUNS, seed: 99 } };
    const html = decodeEntities(
      renderEnglish(createElement(HistoryView, { scenario: changed, runner })),
    );
    expect(html).toMatch(/class="hwf-stale-banner"/);
    expect(html).toMatch(/data-stale="true"/);
  });

  it('refuses a regional scenario at once, in words', () => {
    const regional = oneRegion(scenario) as unknown as Scenario;
    const html = decodeEntities(
      renderEnglish(createElement(HistoryView, { scenario: regional, runner })),
    );
    expect(html).toContain(`role="alert">${REGIONAL_REFUSAL}</p>`);
  });
});
