/**
 * The editor and the import of a scenario with regions, in the built app in real Chromium:
 * open a regional scenario file, switch the region shown in a profession and change a cell
 * of its headcount, add a region, break a mobility row (its outflows add up to more than
 * everyone) and follow the problem to the row, follow a problem in another region to its
 * cell, import a CSV table with a region column and undo it; axe on the editor and the
 * import dialog. Nothing here waits for results: the regional results views are not needed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { fieldId } from '../../app/editor/field-id.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import {
  axeViolations as axeOn,
  reveal,
  settled,
  twoRegionExampleland,
} from '../helpers/app-page.ts';

const browser = freshContextPerTest();
let page: Page;

beforeEach(async () => {
  ({ page } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 900 });
  await settled(page);
});

async function openMenu(): Promise<void> {
  const details = page.locator('details.files-menu');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
}

async function openScenario(doc: unknown): Promise<void> {
  await openMenu();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a scenario file…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'two-regions.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc, null, 2)),
  });
}

/** The scenario as the Files menu downloads it. */
async function downloaded(): Promise<Record<string, unknown>> {
  await openMenu();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the scenario (JSON)', exact: true }).click(),
  ]);
  return JSON.parse(readFileSync(await file.path(), 'utf8')) as Record<string, unknown>;
}

const picker = () => page.locator(`#${fieldId('professions[0]')}-region`);
const cellId = (region: string, row: number) =>
  fieldId(`professions[0].stock.${region}.female[${row}]`);
const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
const problem = (text: RegExp | string) =>
  page.locator('.hwf-problems button.hwf-problem').filter({ hasText: text });

describe.sequential('the editor and the import of a scenario with regions', () => {
  it('edits by region, follows problems to their region, imports by region and undoes', async () => {
    await openScenario(twoRegionExampleland());
    await expect.poll(() => page.locator('h1').innerText()).toBe('Exampleland in two regions');
    await expect.poll(() => page.locator('.hwf-problems h3').innerText()).toBe('Problems (0)');

    // The nurses' panel shows Capital first; the picker switches to Rural, by keyboard too.
    await reveal(page, cellId('capital', 0));
    await expect.poll(() => picker().inputValue()).toBe('capital');
    await picker().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => picker().inputValue()).toBe('rural');
    await expect.poll(() => page.getByText('Headcount by age in Rural').count()).toBe(1);
    expect(await page.locator(`#${cellId('capital', 0)}`).count()).toBe(0);
    const cell = page.locator(`#${cellId('rural', 0)}`);
    await cell.fill('123');
    await cell.press('Enter');
    await expect
      .poll(async () => {
        const doc = await downloaded();
        return (doc.professions as { stock: Record<string, { female: number[] }> }[])[0].stock.rural
          .female[0];
      })
      .toBe(123);

    // A bad cell in Rural, the picker back on Capital: the problem brings Rural's cell back.
    await cell.fill('-5');
    await cell.press('Enter');
    await picker().selectOption('capital');
    const bad = problem(/professions\[0\]\.stock\.rural\.female\[0\]/);
    await expect.poll(() => bad.count()).toBeGreaterThan(0);
    await bad.first().click();
    await expect.poll(() => picker().inputValue()).toBe('rural');
    await expect.poll(activeId).toBe(cellId('rural', 0));
    await cell.fill('123');
    await cell.press('Enter');
    await expect.poll(() => page.locator('.hwf-problems h3').innerText()).toBe('Problems (0)');

    // A third region, then a mobility row out of Rural that adds up to more than everyone.
    const newName = page.getByLabel('Name of a new region');
    await reveal(page, `${fieldId('regions')}-new`);
    await newName.fill('Islands');
    await page.getByRole('button', { name: 'Add a region' }).click();
    await expect
      .poll(() => picker().locator('option').allInnerTexts())
      .toEqual(['Capital', 'Rural', 'Islands']);
    for (const [to, value] of [
      ['capital', '0.6'],
      ['islands', '0.6'],
    ]) {
      const id = fieldId(`professions[0].mobility.rural.${to}`);
      const input = await reveal(page, id);
      await expect
        .poll(() => page.locator(`label[for="${id}"]`).innerText())
        .toMatch(/^From Rural to (Capital|Islands), probability per year$/);
      await input.fill(value);
      await input.press('Tab');
    }
    const row = fieldId('professions[0].mobility.rural');
    await expect
      .poll(() => page.locator(`#${row}`).innerText())
      .toContain('in all: 120 % (middle values), more than everyone');
    const moving = problem(/can add up to 1\.2/);
    await expect.poll(() => moving.count()).toBe(1);
    await moving.click();
    await expect.poll(activeId).toBe(row);
    expect(await axeOn(page, '.editor-pane')).toEqual([]);
    const back = await reveal(page, fieldId('professions[0].mobility.rural.islands'));
    await back.fill('');
    await back.press('Tab');
    await expect.poll(() => moving.count()).toBe(0);

    // Import Rural's and Islands' headcount of nurses from a table with a region column.
    await openMenu();
    await page.getByRole('button', { name: 'Import a table (CSV)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a table (CSV)' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const rows = ['region,age,sex,value'];
    for (const [region, v] of [
      ['Rural', 77],
      ['islands', 5],
      ['XX', 1],
    ] as const) {
      for (const sex of ['F', 'M'])
        for (let age = 20; age <= 74; age++) rows.push(`${region},${age},${sex},${v}`);
    }
    await dialog.getByLabel('Or paste the table').fill(rows.join('\n'));
    await expect
      .poll(() => dialog.getByRole('status').first().innerText())
      .toMatch(/cannot be imported yet: 1 problem/);
    await expect.poll(() => dialog.innerText()).toContain('1 region not in this scenario: "XX"');
    await dialog.getByLabel(/Leave out rows of regions that are not in this scenario/).check();
    await expect
      .poll(() => dialog.getByRole('status').first().innerText())
      .toMatch(/^Ready to import into the stock of Nurses for Rural and Islands/);
    await expect
      .poll(() => dialog.getByRole('region', { name: 'Preview of Rural' }).count())
      .toBe(1);
    expect(await axeOn(page, 'dialog.files-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await picker().selectOption('rural');
    await expect.poll(() => page.locator(`#${cellId('rural', 0)}`).inputValue()).toBe('77');

    // Undo: the scenario before the import comes back.
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => page.locator(`#${cellId('rural', 0)}`).inputValue()).toBe('123');
    expect(
      await page.getByText('could not be shown because of an unexpected problem').count(),
    ).toBe(0);
  });
});
