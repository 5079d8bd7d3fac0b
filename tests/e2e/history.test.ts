/**
 * "Check against history" in the built app, in real Chromium: a new scenario started from
 * Italy, the pane opened from the "Show" switch, Nurses and midwives from 2010 checked; the
 * progress while it runs, the score in words, the chart (labelled, a dot per observed year)
 * and the table by horizon with the observed numbers of the WHO series; the check kept while
 * the projections are shown; a changed choice marks it as for other choices; axe; and
 * screenshots at a laptop's and a large screen's size for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { roundCount } from '../../app/format.ts';
import { axeViolations, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

/** The observed headcount of Italy's nurses and midwives in `year`, as the app computes it:
 *  the WHO density per 10 000 × the UN population of the year. */
function observedItaly(year: number): number {
  const read = (path: string) =>
    JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as Record<string, unknown>;
  const who = read('app/data/workforce/who-densities.json') as {
    countries: Record<string, { nurses: [number, number][] }>;
  };
  const density = who.countries.IT.nurses.find(([y]) => y === year)![1];
  const pop = read('app/data/population/it.json') as unknown as {
    years: number[];
    female: number[][];
    male: number[][];
  };
  const k = pop.years.indexOf(year);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return (density / 10_000) * (sum(pop.female[k]) + sum(pop.male[k]));
}

const digits = (text: string) => text.replace(/\D/g, '');

/** Starts a new scenario from Italy with the population control's "Start from a country". */
async function startItaly(): Promise<void> {
  const control = page.locator('.hwf-population');
  const details = control.locator('details').filter({
    has: page.locator(':scope > summary', { hasText: /Start from a country/ }),
  });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator(':scope > summary').click();
  }
  await details.getByLabel('Country', { exact: true }).selectOption({ label: 'Italy' });
  await details.getByRole('button', { name: 'Start a new scenario for Italy' }).click();
  await expect.poll(() => page.locator('h1').innerText()).toMatch(/^Italy: nurses and doctors/);
  await settled(page);
}

const view = () => page.locator('.hwf-history-view');
const paneButton = (name: string) =>
  page.getByRole('group', { name: 'Show', exact: true }).getByRole('button', { name, exact: true });

async function openHistory(): Promise<void> {
  await paneButton('Check against history').click();
  await expect
    .poll(() => page.getByRole('heading', { name: 'Check against history', exact: true }).count())
    .toBe(1);
}

/** Records every text the check's status line shows, from now on. */
async function recordStatus(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { historyStatus: string[] };
    w.historyStatus = [];
    const el = document.querySelector('.hwf-history-status')!;
    new MutationObserver(() => w.historyStatus.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

describe.sequential('check against history in Chromium', () => {
  it('checks Italy’s nurses from 2010 against the WHO series', async () => {
    await startItaly();
    await openHistory();
    // The country of the scenario's population, its first profession and the series that
    // matches it are chosen already.
    await expect.poll(() => view().getByLabel('Country', { exact: true }).inputValue()).toBe('IT');
    expect(await view().getByLabel('Profession', { exact: true }).inputValue()).toBe('nurse');
    const nurses = view().getByRole('radio', { name: 'Nurses and midwives' });
    await nurses.check();
    expect(await nurses.isChecked()).toBe(true);
    const from = view().getByLabel('From year', { exact: true });
    await expect.poll(() => from.locator('option').count()).toBeGreaterThan(10);
    // No year before the population data (2000), none without a later observation.
    const years = (await from.locator('option').allInnerTexts()).map(Number);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2000);
    expect(years).not.toContain(2022);
    await from.selectOption('2010');

    await recordStatus();
    await view().getByRole('button', { name: 'Check', exact: true }).click();
    const score = view().locator('.hwf-history-score');
    await expect.poll(() => score.count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => view().locator('.hwf-history-status').innerText()).toBe('');
    const seen = await page.evaluate(
      () => (window as unknown as { historyStatus: string[] }).historyStatus,
    );
    expect(seen.some((t) => /^(Loading the observed numbers|Checking: )/.test(t))).toBe(true);
    // The keyboard is not lost: it is on the check's heading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('history-result-heading');

    // The score in words.
    const words = await score.innerText();
    expect(words).toMatch(
      /^From 2010 to 2022 the median was [\d.,]+\s?% too (high|low) on average \(bias\); the mean absolute error was [\d.,]+\s?%\. \d+ of 12 observed points fell inside the 50\s?% band and \d+ of 12 inside the 90\s?% band: a well-calibrated projection holds about half and nine in ten\./,
    );

    // The chart: named in a sentence, a dot per observed year after the start.
    const chart = view().locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(
      /^Nurses and midwives in Italy: observed headcount over the projection's bands, 2010–2022\. \d+ of 12 observed points inside the 90\s?% band/,
    );
    expect(await chart.locator('.hwf-history-scored').count()).toBe(12);
    expect(await chart.locator('.hwf-history-start').count()).toBe(1);
    // The cursor moves with the keyboard, and the readout says what was observed.
    await chart.focus();
    await page.keyboard.press('Home');
    expect(await view().locator('.hwf-readout').innerText()).toMatch(
      /^In 2010: observed [\d.,\s]+ people, the start \(observed total\)/,
    );

    // The table by horizon: a row per observed year, with the observed headcount.
    const rows = view().locator('.hwf-history-table tbody tr');
    expect(await rows.count()).toBe(13);
    const row2015 = rows.filter({ has: page.locator('th', { hasText: /^2015$/ }) });
    const cells = await row2015.locator('td').allInnerTexts();
    expect(cells[0]).toBe('5');
    expect(digits(cells[1])).toBe(String(roundCount(observedItaly(2015))));
    expect(cells[5]).toMatch(/^(yes|no)$/);
    const start = await rows.first().locator('td').allInnerTexts();
    expect(digits(start[1])).toBe(String(roundCount(observedItaly(2010))));
    expect(start[7]).toBe('start: observed total');

    // The notes and sources.
    const notes = await view().locator('.hwf-history-notes').innerText();
    expect(notes).toMatch(/Starts in 2010 from the observed total/);
    expect(notes).toMatch(/What WHO counts differs between countries/);
    expect(notes).toMatch(/World Population Prospects 2019/);

    expect(await axeViolations(page)).toEqual([]);
    await shot('history-1366x768.png');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('history-1920x1080.png');
    await page.setViewportSize({ width: 1366, height: 768 });

    // The check is kept while the projections are shown.
    await paneButton('Projections').click();
    await settled(page);
    await openHistory();
    await expect.poll(() => view().locator('.hwf-history-score').innerText()).toBe(words);
    expect(await view().locator('.hwf-stale-banner').count()).toBe(0);

    // Another start year: the check shown is marked as for other choices.
    await view().getByLabel('From year', { exact: true }).selectOption('2012');
    await expect.poll(() => view().locator('.hwf-stale-banner').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Belgium's doctors from 2012: the 2023 point lies beyond a break in series, drawn
    // hollow, named in the legend and the table, and left out of the score.
    await view().getByLabel('Country', { exact: true }).selectOption({ label: 'Belgium' });
    await view().getByLabel('Profession', { exact: true }).selectOption('doctor');
    expect(await view().getByRole('radio', { name: 'Doctors' }).isChecked()).toBe(true);
    await view().getByLabel('From year', { exact: true }).selectOption('2012');
    await view().getByRole('button', { name: 'Check', exact: true }).click();
    await expect
      .poll(() => view().locator('.hwf-history-score').innerText(), { timeout: 60_000 })
      .toMatch(/^From 2012 to 2023 .* of 10 observed points fell inside/);
    expect(await view().locator('.hwf-stale-banner').count()).toBe(0);
    expect(await view().locator('svg[role="img"] .hwf-history-left-out').count()).toBe(1);
    expect(await view().locator('.hwf-legend').innerText()).toMatch(/Possible break in series/);
    const row2023 = view()
      .locator('.hwf-history-table tbody tr')
      .filter({ has: page.locator('th', { hasText: /^2023$/ }) });
    expect(await row2023.locator('td').last().innerText()).toBe('possible break in series');
    expect(await view().locator('.hwf-history-left-out-words').innerText()).toMatch(
      /^2023 is left out of the score/,
    );
    await view()
      .locator('.hwf-history-result')
      .screenshot({ path: join(SHOTS, 'history-break.png') });
    expect(errors).toEqual([]);
  }, 120_000);
});
