/**
 * The shipped country populations in the built app, in real Chromium: choosing a country
 * changes demand, the source and licence are one click away, the pyramid follows the year,
 * "Start from a country" opens a scenario that runs, and axe finds nothing in the editor
 * column. Screenshots go to tests/e2e/screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { WPP2019_ATTRIBUTION } from '../../app/data/population/catalog.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import { settled as settledPage, chartTable, axeViolations as axeOn } from '../helpers/app-page.ts';

const settled = () => settledPage(page);
const tableText = (title: RegExp) => chartTable(page, title);
const axeViolations = (selector?: string) => axeOn(page, selector);

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');

const browser = freshContextPerTest();
let page: Page;
let errors: string[];
/** The population files the test's pages fetched, by name. */
let fetched: string[] = [];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

// Every test starts from a fresh load of Exampleland in its own context (empty caches).
beforeEach(async () => {
  const seen: string[] = [];
  fetched = seen;
  browser.context.on('request', (r) => {
    // The page's own requests: the service worker passes them on as requests of its own.
    if (r.serviceWorker()) return;
    const m = /\/assets\/([a-z]{2})-[\w-]+\.js$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]);
  });
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled();
});

/** The demand bands of the "Supply and demand" chart, as their path data. */
function demandBands(): Promise<string[]> {
  return page
    .locator('svg[role="img"][aria-label^="Supply and demand"] [data-series="demand"] .hwf-band')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}

const population = () => page.getByLabel('Population', { exact: true });
const editor = () => page.locator('.hwf-population');
const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

/** Chooses a country's population and waits for its data and the results it gives. */
async function useCountry(dataset: string, country: RegExp): Promise<void> {
  await population().selectOption(dataset);
  await expect.poll(() => population().inputValue()).toBe(dataset);
  await expect
    .poll(() => editor().locator('svg[role="img"]').first().getAttribute('aria-label'))
    .toMatch(country);
  await settled();
}

/** Opens a disclosure of the population control by its summary text. */
async function disclose(summary: RegExp) {
  const details = editor()
    .locator('details')
    .filter({
      has: page.locator(':scope > summary', { hasText: summary }),
    });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator(':scope > summary').click();
  }
  return details;
}

describe.sequential('country populations in Chromium', () => {
  it('starts with Exampleland’s own projection and loads no country', async () => {
    expect(await population().inputValue()).toBe('own');
    expect(await population().locator('option').count()).toBe(21);
    expect(fetched).toEqual([]);
  });

  it('choosing a country changes the demand bands and the table of "Supply and demand"', async () => {
    const ownTable = await tableText(/^Supply and demand/);
    const ownBands = await demandBands();
    expect(ownBands.length).toBeGreaterThan(0);

    await population().selectOption({ label: 'Italy — UN WPP 2019, medium variant' });
    await expect.poll(() => population().inputValue()).toBe('wpp2019-it');
    await settled();
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .not.toBe(ownTable);
    const italyTable = await tableText(/^Supply and demand/);
    const italyBands = await demandBands();
    expect(italyBands).not.toEqual(ownBands);
    expect(fetched).toEqual(['it']);
    // The scenario's own projection can be put back.
    expect(await editor().getByRole('button', { name: 'Put your projection back' }).count()).toBe(
      1,
    );

    await population().selectOption('wpp2019-mt');
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .not.toBe(italyTable);
    expect(await demandBands()).not.toEqual(italyBands);
    expect(fetched).toEqual(['it', 'mt']);

    // Back to Italy: no second download, the first result again.
    await population().selectOption('wpp2019-it');
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .toBe(italyTable);
    expect(fetched).toEqual(['it', 'mt']);

    // The scenario's own projection comes back, with its results.
    await editor().getByRole('button', { name: 'Put your projection back' }).click();
    await expect.poll(() => population().inputValue()).toBe('own');
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .toBe(ownTable);
    await population().selectOption('wpp2019-it');
    await settled();
    expect(errors).toEqual([]);
  });

  it('shows the source and the licence one click away', async () => {
    await useCountry('wpp2019-it', /Italy/);
    const credit = editor().getByText(WPP2019_ATTRIBUTION, { exact: false });
    expect(await credit.isVisible()).toBe(false);
    await editor().getByText('Source and licence', { exact: true }).click();
    await expect.poll(() => credit.isVisible()).toBe(true);
    expect(await editor().getByText('CC BY 3.0 IGO', { exact: true }).isVisible()).toBe(true);
  });

  it('draws the population pyramid of any projected year, with a table alternative', async () => {
    await useCountry('wpp2019-it', /Italy/);
    const details = await disclose(/Population by age/);
    const svg = details.locator('svg[role="img"]');
    await expect.poll(() => svg.getAttribute('aria-label')).toMatch(/^Population of Italy .*2025:/);
    expect(await svg.locator('rect').count()).toBe(42); // 21 age groups, men and women
    const slider = details.getByLabel('Year', { exact: true });
    expect(await slider.getAttribute('min')).toBe('2025');
    expect(await slider.getAttribute('max')).toBe('2045');
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => svg.getAttribute('aria-label')).toMatch(/, 2045:/);
    await details.getByRole('button', { name: 'Table', exact: true }).click();
    const table = details.locator('table');
    expect(await table.locator('caption').innerText()).toMatch(/Italy .*2045/);
    expect(await table.locator('tbody tr').count()).toBe(21);
    expect(await table.locator('tfoot').innerText()).toMatch(/All ages/);
    // A tall window, so the editor column shows the whole control in the pictures.
    await page.setViewportSize({ width: 1366, height: 2400 });
    await editor().screenshot({ path: join(SHOTS, 'population-table.png') });
    await details.getByRole('button', { name: 'Pyramid', exact: true }).click();
    await editor().screenshot({ path: join(SHOTS, 'population-control.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('keeps the countries already used without a network, and says so when one cannot come', async () => {
    await useCountry('wpp2019-mt', /Malta/);
    await useCountry('wpp2019-it', /Italy/);
    expect(fetched).toEqual(['mt', 'it']);
    await browser.context.setOffline(true);
    try {
      await population().selectOption('wpp2019-mt');
      await settled();
      await population().selectOption('wpp2019-it');
      await settled();
      expect(await editor().getByRole('alert').count()).toBe(0);

      await population().selectOption('wpp2019-se');
      const alert = editor().getByRole('alert');
      await expect
        .poll(() => alert.innerText())
        .toMatch(/^The population of Sweden could not be loaded \(.+\)\. Check the connection/);
    } finally {
      await browser.context.setOffline(false);
    }
    await editor().getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => editor().getByRole('alert').count()).toBe(0);
    await settled();
    await expect
      .poll(() => editor().locator('svg[role="img"]').getAttribute('aria-label'))
      .toMatch(/^Population of Sweden /);
    expect(fetched.filter((c) => c === 'se').length).toBeGreaterThan(0);
    // The browser logged the failed download (through the service worker: ERR_FAILED);
    // nothing else went wrong.
    expect(
      errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch/.test(e)),
    ).toEqual([]);
    errors.length = 0;
    await population().selectOption('wpp2019-it');
    await settled();
  });

  it('keeps a country used once available offline after a reload too (the service worker)', async () => {
    // The service worker registered on this first visit and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await population().selectOption('wpp2019-mt');
    await settled();
    await population().selectOption('wpp2019-it');
    await settled();
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await settled();
      await population().selectOption('wpp2019-mt');
      await settled();
      expect(await editor().getByRole('alert').count()).toBe(0);
      await expect
        .poll(() => editor().locator('svg[role="img"]').first().getAttribute('aria-label'))
        .toMatch(/Malta/);
    } finally {
      await browser.context.setOffline(false);
    }
    errors.length = 0;
    await population().selectOption('wpp2019-it');
    await settled();
  });

  it('has no axe violations in the editor column with the control and the pyramid open', async () => {
    await useCountry('wpp2019-it', /Italy/);
    await disclose(/Start from a country/);
    expect(await axeViolations('.editor-pane')).toEqual([]);
    const details = await disclose(/Population by age/);
    await details.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await axeViolations('.editor-pane')).toEqual([]);
    await details.getByRole('button', { name: 'Pyramid', exact: true }).click();
  });

  it('starts a new scenario from Malta that runs and shows results, with a way back', async () => {
    const details = await disclose(/Start from a country/);
    await details.getByLabel('Country', { exact: true }).selectOption({ label: 'Malta' });
    await details.getByRole('button', { name: 'Start a new scenario for Malta' }).click();
    await expect
      .poll(() => page.locator('h1').innerText())
      .toBe('Malta: nurses and doctors (observed totals, assumed details)');
    expect(await population().inputValue()).toBe('wpp2019-mt');
    await settled();
    const tabs = page.getByRole('tab');
    expect(await tabs.allInnerTexts()).toEqual([
      'Nurses and midwives (total observed, ages and flows assumed)',
      'Doctors (total observed, ages and flows assumed)',
    ]);
    const table = await tableText(/^Supply and demand/);
    expect(table).toMatch(/2026|2025/);
    expect(
      await page
        .locator('p')
        .filter({ hasText: /shortage|surplus|gap/i })
        .count(),
    ).toBeGreaterThan(0);
    await shot('start-from-malta.png');
    expect(await axeViolations()).toEqual([]);

    // The way back: the app's undo, or the control's own.
    await page.getByRole('button', { name: 'Go back to it' }).first().click();
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/Exampleland/);
    await settled();
    expect(errors).toEqual([]);
  });
});
