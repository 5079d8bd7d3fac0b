/**
 * Where the shortages fall, in real Chromium against the built app: a regional scenario
 * opened from a share link, its national figures naming the worst region, the region
 * switch changing every chart (and kept through a new run), the Where view's heat table
 * (cells, colours, legend), the small multiples' scale toggle, axe, and screenshots at a
 * laptop's and a projector's size for a person to look at (in /tmp).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { luminance } from '../../app/charts/heat-scale.ts';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { axeViolations, chartFrame, chartTable, reveal, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { regionalExampleland } from '../helpers/regional-results.ts';

const EXAMPLE = new URL('../../app/data/examples/exampleland-regions.json', import.meta.url);

/** The shipped regional example when there is one, else Exampleland split here; fewer
 *  futures than a planner would run, for a busy test machine. */
function regionalDocument(): Record<string, unknown> {
  const doc = existsSync(EXAMPLE)
    ? (JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>)
    : regionalExampleland();
  return { ...doc, simulation: { ...(doc.simulation as object), runs: 500 } };
}

const doc = regionalDocument();
const regionNames = (doc.regions as { name: string }[]).map((r) => r.name);

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeEach(async () => {
  ({ page, errors } = await browser.open(`${inject('appOrigin')}/#s=${encodeScenarioLink(doc)}`));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page, 120_000);
});

const headline = () => page.locator('.hwf-headline-text').first().innerText();
const regionList = () => page.getByLabel('Figures for');
const view = (name: string) =>
  page.getByRole('group', { name: 'Results view' }).getByRole('button', { name });

async function shots(name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/regions-${name}-1366x768.png`, fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The charts measure their new width after the next layout.
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/regions-${name}-1920x1080.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe.sequential('where the shortages fall, in Chromium', { timeout: 300_000 }, () => {
  it('switches the figures between the nation and a region, and keeps the choice through a new run', async () => {
    expect(await headline()).toMatch(/shortage most likely in|no region has a shortage/);
    const options = await regionList().locator('option').allInnerTexts();
    expect(options).toEqual(['National (all regions)', ...regionNames]);
    const national = await chartTable(page, /^Supply and demand/);
    const nationalGap = await chartTable(page, /^Gap and shortage/);

    await regionList().selectOption({ label: 'Rural' });
    await expect.poll(headline).toMatch(/^Rural: In \d{4}/);
    expect(await page.locator('#results-panel').getAttribute('data-region')).toBe('rural');
    const rural = await chartTable(page, /^Supply and demand/);
    expect(rural).not.toBe(national);
    expect(await chartTable(page, /^Gap and shortage/)).not.toBe(nationalGap);
    await shots('rural');

    // From the keyboard: the list moves to the region above.
    await regionList().focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => regionList().inputValue()).not.toBe('rural');
    await regionList().selectOption({ label: 'Rural' });

    // A new run (another seed) keeps Rural.
    const seed = await reveal(page, 'field-simulation-seed');
    await seed.fill('777');
    await expect.poll(() => page.locator('[role="progressbar"]').count()).toBeGreaterThan(0);
    await settled(page, 120_000);
    expect(await regionList().inputValue()).toBe('rural');
    expect(await headline()).toMatch(/^Rural: /);
    await expect.poll(() => chartTable(page, /^Supply and demand/)).not.toBe(rural);

    // A visit to another pane of the results keeps the region.
    const pane = (name: string) =>
      page.getByRole('group', { name: 'Show' }).getByRole('button', { name, exact: true });
    await pane('Compare countries').click();
    await expect.poll(() => regionList().count()).toBe(0);
    await pane('Projections').click();
    await expect.poll(() => regionList().inputValue()).toBe('rural');
    expect(await headline()).toMatch(/^Rural: /);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the heat table, small multiples and densities, with a working scale toggle', async () => {
    await view('Where the shortages fall').click();
    const table = page.locator('table.hwf-heat-table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await headline()).toMatch(/shortage most likely in|no region has a shortage/);
    expect(await regionList().count()).toBe(0);

    const rows = await table
      .locator('tbody th[scope="row"], tfoot th[scope="row"]')
      .allInnerTexts();
    expect(rows).toEqual([...regionNames, 'National']);
    const years = await table.locator('thead th[scope="col"]').count();
    const cells = await table.locator('td').evaluateAll((tds) =>
      tds.map((td) => ({
        text: td.textContent ?? '',
        p: Number(td.getAttribute('data-probability')),
        background: getComputedStyle(td).backgroundColor,
      })),
    );
    expect(cells).toHaveLength((regionNames.length + 1) * (years - 1));
    for (const cell of cells) {
      expect(cell.text).toMatch(/^(\d{1,3}%|< 1%|> 99%)$/);
      if (cell.p === 0) expect(cell.text).toBe('0%');
      if (cell.p === 1) expect(cell.text).toBe('100%');
    }
    // Likelier shortage, darker cell (never lighter; clearly darker 5 points on).
    const sorted = [...cells].sort((a, b) => a.p - b.p);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1], sorted[i]];
      expect(luminance(b.background)).toBeLessThanOrEqual(luminance(a.background));
    }
    for (const a of sorted) {
      for (const b of sorted) {
        if (b.p >= a.p + 0.05) {
          expect(luminance(b.background)).toBeLessThan(luminance(a.background));
        }
      }
    }
    const legend = await page.locator('.hwf-heat-legend').innerText();
    expect(legend).toMatch(/Less likely short[\s\S]*0%[\s\S]*100%[\s\S]*More likely short/);

    const multiples = chartFrame(page, /^Supply and demand by region/);
    const svg = multiples.locator('svg.hwf-chart-svg');
    const tops = () =>
      svg
        .locator('[data-top]')
        .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-top'))));
    expect(await svg.getAttribute('data-scale')).toBe('shared');
    expect(new Set(await tops()).size).toBe(1);
    await multiples.getByRole('button', { name: 'Each region its own' }).click();
    await expect.poll(() => svg.getAttribute('data-scale')).toBe('own');
    expect(new Set(await tops()).size).toBeGreaterThan(1);
    await multiples.getByRole('button', { name: 'One scale for all' }).click();
    await expect.poll(() => svg.getAttribute('data-scale')).toBe('shared');

    const density = chartFrame(page, /^FTE per 1 000 inhabitants by region/);
    expect(await density.locator('circle.hwf-density-dot').count()).toBe(regionNames.length);
    const densityTable = await chartTable(page, /^FTE per 1 000 inhabitants by region/);
    for (const name of regionNames) expect(densityTable).toContain(name);
    const ratio = chartFrame(page, /^How unequal the regions are/);
    expect(await ratio.innerText()).toMatch(/the best-staffed region has [\d.]+ times/);

    // Four regions: two by two on a laptop, four in a row on a large screen.
    const columns = () => svg.getAttribute('data-columns');
    expect(await columns()).toBe('2');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(columns).toBe('4');
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(columns).toBe('2');
    await shots('where');
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // The profession tabs still choose whose map it is.
    await page.getByRole('tab', { name: 'General practitioners' }).click();
    await expect.poll(headline).toMatch(/^General practitioners: /);
  });

  it('falls back to the national figures when the scenario has no regions', async () => {
    await regionList().selectOption({ label: 'Rural' });
    await expect.poll(headline).toMatch(/^Rural: /);
    await page.getByText('Examples and new').click();
    await page.getByRole('button', { name: 'Exampleland: nurses and GPs' }).click();
    await settled(page, 120_000);
    await expect.poll(() => regionList().count()).toBe(0);
    expect(await headline()).toMatch(/^In \d{4}/);
    expect(await page.locator('#results-panel').getAttribute('data-region')).toBe('national');
    expect(errors).toEqual([]);
  });
});
