/**
 * The Compare countries view in the built app, in real Chromium: Exampleland on Italy's
 * population, then "Compare countries": the WHO densities load on demand; Italy is
 * highlighted among the 19 countries with the scenario's projection of its GPs beside its
 * observed doctors; the latest year ranked with the projected 2035 among the countries;
 * nurses and midwives, only Italy's HEROES cluster; the table's numbers in the browser's
 * locale; axe; and screenshots at a laptop's and a large screen's size for a person to
 * look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations, chartFrame, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');

const browser = freshContextPerTest();
let page: Page;
let errors: string[];
/** Every address the page has asked for. */
let requests: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });
const view = () => page.locator('.hwf-compare-view');
const linesChart = () => view().locator('.hwf-compare-lines svg.hwf-chart-svg');
const dots = () => view().locator('.hwf-compare-dots .hwf-compare-dot');

/** Chooses Italy's population (a shipped data set) and waits for its results. */
async function useItaly(): Promise<void> {
  const population = page.getByLabel('Population', { exact: true });
  const before = await page.locator('.hwf-headline-text').innerText();
  await population.selectOption('wpp2019-it');
  await expect.poll(() => population.inputValue()).toBe('wpp2019-it');
  await expect
    .poll(async () => (await settled(page), page.locator('.hwf-headline-text').innerText()))
    .not.toBe(before);
  await settled(page);
}

async function openCompare(): Promise<void> {
  await page
    .getByRole('group', { name: 'Show', exact: true })
    .getByRole('button', { name: 'Compare countries', exact: true })
    .click();
  await expect.poll(() => page.getByRole('heading', { name: 'Compare countries' }).count()).toBe(1);
  await expect.poll(() => linesChart().count(), { timeout: 30_000 }).toBe(1);
}

/** The text of the cell of `country` in the column headed `column` of the first table. */
async function cell(scope: Locator, country: string, column: string): Promise<string> {
  const table = scope.locator('table').first();
  const head = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
  const row = table
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: country }) });
  const cells = (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
  return cells[head.indexOf(column)];
}

describe.sequential('the Compare countries view in Chromium', () => {
  it('shows Italy among its peers, with the projection, the ranking and the table', async () => {
    await useItaly();
    // The WHO numbers are not part of the page until the view asks for them.
    expect(requests.filter((u) => /who-densities/.test(u))).toEqual([]);
    await openCompare();
    expect(requests.filter((u) => /who-densities/.test(u)).length).toBeGreaterThan(0);

    // Italy, the scenario's country, is the one highlighted, with its name on the line.
    expect(await view().getByLabel('Your country').inputValue()).toBe('IT');
    expect(await view().locator('.hwf-compare-highlight').getAttribute('data-country')).toBe('IT');
    expect(await view().locator('.hwf-compare-name').textContent()).toBe('Italy');
    expect(await view().locator('.hwf-compare-others > g').count()).toBe(18);
    const label = (await linesChart().getAttribute('aria-label')) ?? '';
    expect(label).toMatch(
      /^Doctors per 1 000 inhabitants, 19 countries, 1990–2023; Italy highlighted; the working scenario’s projection of Italy for 2025–2045/,
    );
    expect(label).toMatch(/possible breaks? in series marked\.$/);
    expect(await view().locator('.hwf-compare-breaks circle').count()).toBeGreaterThan(0);
    // Exampleland's general practitioners stand for the doctors.
    expect(
      await view()
        .getByLabel('Scenario profession shown as doctors')
        .locator('option:checked')
        .innerText(),
    ).toBe('General practitioners');
    expect(await view().locator('.hwf-compare-projection path').count()).toBe(2);

    // The ranking: 19 countries and the projected 2035 among them.
    expect(await dots().count()).toBe(20);
    const projected = view().locator('.hwf-compare-dot[data-kind="projected"]');
    expect(await projected.locator('text').first().textContent()).toBe(
      'Italy 2035, projected (median)',
    );
    expect(await view().locator('.hwf-compare-rank').innerText()).toMatch(
      /^In 2035 the working scenario would put Italy at \S+ doctors per 1 000 inhabitants( \(80\s?%: \S+\))?: rank \d+ of 19 against the other countries’ latest observed values\.$/,
    );
    expect(await view().locator('.hwf-compare-source').innerText()).toMatch(
      /Definitions differ between countries \(practising, professionally active or licensed\); WHO densities mix them\./,
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot('compare-1366x768.png');

    // Nurses and midwives, only Italy's HEROES cluster: six countries, the projection kept.
    await view().getByRole('button', { name: 'Nurses and midwives', exact: true }).click();
    await expect
      .poll(() =>
        view()
          .getByRole('heading', { name: /^Nurses and midwives per 1 000 inhabitants over time$/ })
          .count(),
      )
      .toBe(1);
    await view()
      .getByLabel(/only Italy’s HEROES cluster \(Greece, Italy, Norway, Portugal, Spain, Sweden\)/)
      .check();
    await expect.poll(() => view().locator('.hwf-compare-others > g').count()).toBe(5);
    expect(await linesChart().getAttribute('aria-label')).toMatch(
      /^Nurses and midwives per 1 000 inhabitants, 6 countries, .*; Italy highlighted/,
    );
    expect(await dots().count()).toBe(7);
    expect(await view().locator('.hwf-compare-rank').innerText()).toMatch(/rank \d of 6/);
    expect(await axeViolations(page, '.hwf-compare-view')).toEqual([]);

    // Back to all countries and the doctors: Germany's 2022 value, 45.34 per 10 000, in the
    // table as 4.5 per 1 000 in the browser's locale (4,5 with a decimal comma).
    await view().getByLabel('all 19 countries').check();
    await view().getByRole('button', { name: 'Doctors', exact: true }).click();
    const frame = chartFrame(view(), /^Doctors per 1 000 inhabitants over time$/);
    await frame.getByRole('button', { name: 'Table', exact: true }).click();
    const expected = await page.evaluate(() =>
      new Intl.NumberFormat(undefined, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(4.534),
    );
    expect(expected).toMatch(/^4[.,]5$/);
    expect(await cell(frame, 'Germany', '2022')).toBe(expected);
    expect(await cell(frame, 'Belgium', '2023')).toMatch(/^6[.,]5 \(possible break\)$/);
    expect(await frame.locator('table').count()).toBe(2);
    const ranked = chartFrame(view(), /^Doctors per 1 000 inhabitants, latest observed year/);
    await ranked.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await ranked.locator('tbody tr').count()).toBe(20);
    expect(await ranked.locator('tbody').innerText()).toMatch(
      /\d+ of 19\s+Italy 2035, projected \(median\)/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await ranked.getByRole('button', { name: 'Chart', exact: true }).click();
    await frame.getByRole('button', { name: 'Chart', exact: true }).click();

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await shot('compare-1920x1080.png');
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(errors).toEqual([]);
  });

  it('is usable from the keyboard alone', async () => {
    await openCompare();
    // Exampleland has its own population: the first country by name, no projection drawn.
    expect(await view().getByLabel('Your country').inputValue()).toBe('BE');
    expect(await view().locator('.hwf-compare-note').first().innerText()).toMatch(
      /its projection is not drawn beside them/,
    );
    await view().getByLabel('Your country').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => view().getByLabel('Your country').inputValue()).toBe('HR');
    await expect.poll(() => view().locator('.hwf-compare-name').textContent()).toBe('Croatia');
    let on = '';
    for (let i = 0; i < 20 && on !== 'Nurses and midwives'; i++) {
      await page.keyboard.press('Shift+Tab');
      on = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(on).toBe('Nurses and midwives');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        view()
          .getByRole('heading', { name: /^Nurses and midwives per 1 000/ })
          .count(),
      )
      .toBe(2);
    expect(errors).toEqual([]);
  });
});
