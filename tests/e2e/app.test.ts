/**
 * The planner's app, built for production and served as the static site it is, driven in
 * real Chromium: load, levers, the distribution editor, bad input, professions, keyboard
 * only, and axe on every screen. Screenshots of the main screens go to
 * tests/e2e/screenshots/ (not committed) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import {
  settled as settledPage,
  chartTable,
  axeViolations as axeOn,
  reveal as revealField,
} from '../helpers/app-page.ts';

const settled = () => settledPage(page);
const tableText = (title: RegExp) => chartTable(page, title);
const axeViolations = () => axeOn(page);
const reveal = (id: string) => revealField(page, id);

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

// Every test starts from a fresh load of the app in its own browser context.
beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

describe.sequential('the planner’s app in Chromium', () => {
  it('loads the built-in example and draws the uncertainty bands', async () => {
    const fan = page.locator('svg[role="img"][aria-label^="Supply and demand"]').first();
    await expect.poll(() => fan.locator('path').count()).toBeGreaterThan(5);
    expect(
      await page
        .locator('.hwf-headline, p')
        .filter({ hasText: /In 2040/ })
        .count(),
    ).toBeGreaterThan(0);
    await shot('main-1366x768.png');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('main-1920x1080.png');
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(errors).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('moving a lever changes the numbers of the table alternative', async () => {
    const before = await tableText(/^Supply and demand/);
    await (await reveal('field-professions-0-exits-retirement-sd')).fill('4');
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .not.toBe(before);
    // And back: the earlier result returns (from the cache).
    await (await reveal('field-professions-0-exits-retirement-sd')).fill('2.5');
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .toBe(before);
  });

  it('edits a distribution in the range editor, with its density and point value', async () => {
    const before = await tableText(/^Supply and demand/);
    await (await reveal('field-professions-0-exits-attrition')).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.locator('select').first().selectOption('uniform');
    await page.locator('#field-professions-0-exits-attrition-min').fill('0.05');
    await page.locator('#field-professions-0-exits-attrition-max').fill('0.06');
    expect(await dialog.locator('svg').count()).toBeGreaterThan(0);
    await shot('distribution-editor.png');
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .not.toBe(before);
  });

  it('an invalid value gets a message at its field and in the list; the last result stays, marked out of date', async () => {
    await settled();
    const before = await tableText(/^Supply and demand/);
    const field = await reveal('field-professions-0-exits-retirement-sd');
    await field.fill('-1');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('[data-stale]').count()).toBe(1);
    const problems = page
      .getByRole('button')
      .filter({ hasText: /standard deviation|greater than 0/ });
    expect(await problems.count()).toBeGreaterThan(0);
    expect(await field.inputValue()).toBe('-1'); // what was typed stays
    expect(await tableText(/^Supply and demand/)).toBe(before);
    await shot('invalid-value.png');
    expect(await axeViolations()).toEqual([]);
    await field.fill('2.5');
    await settled();
  });

  it('a problem in a section never opened yet opens its sections and focuses its field', async () => {
    const id = 'field-professions-1-exits-retirement-sd';
    const field = await reveal(id);
    const before = await field.inputValue();
    await field.fill('-1');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    // After a reload the draft comes back with its problem and every profession's panel
    // closed: the second one's body has never been rendered.
    await page.reload();
    await expect.poll(() => page.locator('[data-stale], .hwf-problem').count()).toBeGreaterThan(0);
    expect(await page.locator(`#${id}`).count()).toBe(0);
    await page
      .locator('.hwf-problem')
      .filter({ hasText: /standard deviation|greater than 0/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
    expect(await page.locator(`#${id}`).inputValue()).toBe('-1');
    await page.locator(`#${id}`).fill(before);
    await settled();
  });

  it('pastes a column from a spreadsheet into an age table', async () => {
    await settled();
    const before = await tableText(/^Supply and demand/);
    const cell = await reveal('field-professions-0-stock-female-0');
    await cell.focus();
    // A column copied from a spreadsheet: tab/newline separated, a thousands separator.
    await cell.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '1,500\r\n1 600\r\n1700\r\n');
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect
      .poll(() => page.locator('#field-professions-0-stock-female-2').inputValue())
      .toBe('1700');
    expect(await page.locator('#field-professions-0-stock-female-1').inputValue()).toMatch(
      /^1\s?600$/,
    );
    await expect
      .poll(async () => (await settled(), tableText(/^Supply and demand/)), { timeout: 60_000 })
      .not.toBe(before);
    await shot('age-table-paste.png');
  });

  it('switches profession', async () => {
    const nurses = await tableText(/^Supply and demand/);
    await page.getByRole('tab', { name: 'General practitioners' }).click();
    await expect
      .poll(() =>
        page.getByRole('tab', { name: 'General practitioners' }).getAttribute('aria-selected'),
      )
      .toBe('true');
    expect(await tableText(/^Supply and demand/)).not.toBe(nurses);
    await shot('general-practitioners.png');
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('tab', { name: 'Nurses' }).click();
  });

  it('works by keyboard alone, with a visible focus', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el
          ? `${el.getAttribute('role') ?? el.tagName}|${el.textContent?.slice(0, 40) ?? ''}`
          : '';
      });
    let found = false;
    for (let i = 0; i < 400 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await focused()).startsWith('tab|');
    }
    expect(found).toBe(true);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() =>
        page.getByRole('tab', { name: 'General practitioners' }).getAttribute('aria-selected'),
      )
      .toBe('true');
    await page.keyboard.press('ArrowLeft');
    // On to the fan chart: its year cursor moves with the arrow keys.
    found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        () =>
          document.activeElement?.matches(
            'svg[role="img"][aria-label^="Supply and demand"], [aria-label^="Supply and demand"]',
          ) ?? false,
      );
    }
    expect(found).toBe(true);
    await page.keyboard.press('End');
    await expect
      .poll(() =>
        page
          .locator('[aria-live]')
          .allInnerTexts()
          .then((t) => t.join(' ')),
      )
      .toMatch(/2045/);
    await page.keyboard.press('Home');
    await expect
      .poll(() =>
        page
          .locator('[aria-live]')
          .allInnerTexts()
          .then((t) => t.join(' ')),
      )
      .toMatch(/2025/);
  });

  it('opens the other example and a new scenario from the menu, with undo', async () => {
    await page.getByText('Examples and new').click();
    await page.getByRole('button', { name: /Open example: Minimal/ }).click();
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/Minimal/);
    await settled();
    await shot('minimal-example.png');
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/Exampleland/);
    await page.getByText('Examples and new').click();
    await page.getByRole('button', { name: /New scenario/ }).click();
    await settled();
    expect(await axeViolations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
