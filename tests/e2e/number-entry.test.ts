/**
 * Numbers typed as planners type them, in an Italian browser: "30.162" is thirty thousand,
 * and an entry that could mean two numbers far apart ("1,250" where 1 300 was) is not
 * applied until the planner answers the question next to the field, by keyboard.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../helpers/browser.ts';
import { axeViolations, reveal, settled } from '../helpers/app-page.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 30_000,
  });
});

afterAll(async () => {
  await browser?.close().catch(() => {});
});

beforeEach(async () => {
  context = await browser.newContext({ locale: 'it-IT', reducedMotion: 'reduce' });
  // A reader who chose English words on an Italian laptop: the numbers stay Italian.
  await context.addInitScript(() => localStorage.setItem('hwf-language', 'en'));
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(inject('appOrigin'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

afterEach(async () => {
  await context.close().catch(() => {});
});

const INTAKE = 'field-professions-0-training-intake';
const HIGHEST = 'field-professions-0-training-intake-max';

/** Opens the range editor of the nurses' training places; its highest value field. */
async function highestTrainingPlaces(): Promise<{ field: Locator; summary: Locator }> {
  const summary = await reveal(page, INTAKE);
  await summary.click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  const field = page.locator(`#${HIGHEST}`);
  expect(await field.inputValue()).toBe('1300');
  return { field, summary };
}

/** The text next to a field: its readout or its question. */
const besideField = (id: string) => page.locator(`.hwf-field:has(#${id}) .hwf-control`).innerText();

describe.sequential('number entry in an Italian browser', () => {
  it('reads 30.162 as thirty thousand, as Italian writes it', async () => {
    expect(await page.evaluate(() => new Intl.NumberFormat().resolvedOptions().locale)).toBe(
      'it-IT',
    );
    const { field, summary } = await highestTrainingPlaces();
    await field.fill('30.162');
    // Applied at once: the range's summary (in Italian digits) ends at 30 162.
    await expect.poll(() => summary.innerText()).toMatch(/^triangular 1050 – 1200 – 30\.162 /);
    expect(await besideField(HIGHEST)).toMatch(/read as 30\s162/);
    expect(await page.locator(`#${HIGHEST}-ask`).count()).toBe(0);
    expect(await field.inputValue()).toBe('30.162');
    // Shares say how they are typed, with the Italian decimal comma.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await reveal(page, 'field-professions-0-exits-attrition');
    expect(await page.locator('#field-professions-0-exits-attrition-help').innerText()).toMatch(
      /a share: 0,025 or 2,5 %$/,
    );
    expect(errors).toEqual([]);
  });

  it('asks about 1,250 where 1 300 was, and takes the answer from the keyboard', async () => {
    const { field, summary } = await highestTrainingPlaces();
    await field.focus();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially('1,250');
    const question = page.locator(`#${HIGHEST}-ask`);
    await expect.poll(() => question.innerText()).toMatch(/^Did you mean 1,25 or 1\s250\?$/);
    // Not applied: the value before it stays in the draft.
    await expect.poll(() => summary.innerText()).toMatch(/^triangular 1050 – 1200 – 1300 /);
    expect(await field.inputValue()).toBe('1,250');
    expect(await field.getAttribute('aria-describedby')).toContain(`${HIGHEST}-ask`);
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    // Tab to the answers: first "1,25", then "1 250", and choose it with Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Use 1,25',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Use 1\s250$/,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => summary.innerText()).toMatch(/^triangular 1050 – 1200 – 1250 /);
    expect(await question.count()).toBe(0);
    expect(await field.inputValue()).toBe('1250');
    // The keyboard is back in the field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(HIGHEST);
    expect(errors).toEqual([]);
  });
});
