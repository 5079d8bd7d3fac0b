/**
 * Costs in real Chromium against the built app: the example with costs opened from the
 * Examples menu, its present values, cost charts and their tables; a nurse's salary typed
 * anew changing the present value; costs added to a scenario without them (the discount rate
 * typed with a decimal comma); a negative salary named in the Problems list and focused from
 * it; axe on the costs parts; screenshots at a laptop's and a large screen's size in
 * tests/e2e/screenshots/ (not committed) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations, chartFrame, chartTable, reveal, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');
const SALARY = 'field-professions-0-costs-salaryPerFte';

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page, 120_000);
});

/** The present-value sentences of the costs part, as one text. */
const presentValues = () => page.locator('.hwf-costs-pv').innerText();

/** The nurses' present value in billions, from its sentence. */
async function nursesBillions(): Promise<number> {
  const text = await presentValues();
  const m = /Nurses: Present value [^:]+: EUR ([\d.]+) billion/.exec(text);
  if (!m) throw new Error(`no present value of the nurses in “${text}”`);
  return Number(m[1]);
}

async function openExample(title: RegExp): Promise<void> {
  await page.getByText('Examples and new').click();
  await page.getByRole('button', { name: title }).click();
  await settled(page, 120_000);
}

/** Opens the Costs section of the editor (a closed section renders its body on opening). */
async function openCostsSection(): Promise<void> {
  const section = page.locator('details.hwf-costs-section');
  if ((await section.getAttribute('open')) === null) {
    await section.locator(':scope > summary').click();
  }
  // A closed section renders its fields once opened: wait for more than its summary.
  await expect.poll(() => section.locator(':scope > :not(summary)').count()).toBeGreaterThan(0);
}

/** The page and the costs part at a laptop's and a large screen's size. */
async function shots(name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    // The charts measure their new width after the next layout.
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`), fullPage: true });
    await page
      .locator('.hwf-costs')
      .screenshot({ path: join(SHOTS, `${name}-part-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** The editor's Costs section, on a screen tall enough to hold it. */
async function editorShot(file: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 2400 });
  await page.locator('details.hwf-costs-section > summary').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const box = await page.locator('details.hwf-costs-section').boundingBox();
  if (box) await page.screenshot({ path: join(SHOTS, file), clip: box });
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe.sequential('costs in Chromium', { timeout: 300_000 }, () => {
  it('opens the example with costs: present values, cost charts and their tables', async () => {
    await openExample(/Open example: Exampleland with costs/);
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/with costs/);
    const pv = await presentValues();
    expect(pv).toMatch(
      /Nurses: Present value 2026–2045 at 3% a year: EUR [\d.]+ billion \(90%: [\d.]+–[\d.]+ billion\)/,
    );
    expect(pv).toMatch(/All professions: Present value 2026–2045 at 3% a year: EUR [\d.]+ billion/);

    const chart = chartFrame(page, /^Costs per year: Nurses/).locator('svg.hwf-chart-svg');
    expect(await chart.getAttribute('aria-label')).toMatch(/^Costs of Nurses per year \(EUR\)/);
    expect(await chart.locator('path.hwf-cost-layer').count()).toBe(4);
    expect(await chart.locator('path.hwf-band').count()).toBe(2);
    const table = await chartTable(page, /^Costs per year: Nurses/);
    expect(table).toContain('EUR million');
    expect(table).toMatch(/2040 \(target\)/);
    expect(table).toMatch(/\d[\d,]*\.\d–\d[\d,]*\.\d/);
    const total = await chartTable(page, /^Costs per year: all professions/);
    expect(total).not.toBe(table);

    await shots('costs');

    await openCostsSection();
    expect(await axeViolations(page, '.hwf-costs')).toEqual([]);
    expect(await axeViolations(page, 'details.hwf-costs-section')).toEqual([]);
    await editorShot('costs-editor.png');

    // The report: present values per profession and in total, the yearly total.
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const costs = page.locator('.hwf-report .hwf-report-costs');
    await expect.poll(() => costs.count()).toBe(1);
    const words = await costs.innerText();
    expect(words).toMatch(/Present value of the costs 2026–2045, at 3% a year, in EUR billion/);
    expect(words).toMatch(/All professions\s+[\d.]+\s+[\d.]+–[\d.]+/);
    expect(words).toMatch(/2040 \(target\)/);
    await costs.scrollIntoViewIfNeeded();
    await costs.screenshot({ path: join(SHOTS, 'costs-report.png') });
    expect(await axeViolations(page, '.hwf-report-costs')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('types a nurse’s salary anew and the present value follows', async () => {
    await openExample(/Open example: Exampleland with costs/);
    const before = await nursesBillions();
    // The salary is a range: made a fixed value in the range editor, then typed.
    await (await reveal(page, SALARY)).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Form').selectOption('fixed');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    const field = page.locator(`input#${SALARY}`);
    await field.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('65000');
    await page.keyboard.press('Tab');
    await expect.poll(() => field.inputValue()).toBe('65000');
    await expect
      .poll(async () => (await settled(page, 120_000), nursesBillions()), { timeout: 120_000 })
      .toBeGreaterThan(before * 1.1);
    expect(errors).toEqual([]);
  });

  it('adds costs to a scenario without them, the discount rate with a decimal comma', async () => {
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/^Exampleland: nurses/);
    expect(await page.locator('.hwf-costs').count()).toBe(0);
    await openCostsSection();
    const section = page.locator('details.hwf-costs-section');
    await expect.poll(() => section.innerText()).toMatch(/This scenario has no costs/);
    await section.getByRole('button', { name: 'Add costs' }).click();
    await expect.poll(() => page.locator('#field-costs-currency').inputValue()).toBe('EUR');
    await settled(page, 120_000);
    await expect.poll(presentValues).toMatch(/Total cost 2026–2045, not discounted: EUR 0/);

    const rate = page.locator('#field-costs-discountRate');
    await rate.fill('3,5');
    await page.locator(`#${SALARY}`).fill('50000');
    await page.locator(`#${SALARY}`).blur();
    await expect
      .poll(async () => (await settled(page, 120_000), presentValues()), { timeout: 120_000 })
      .toMatch(/Nurses: Present value 2026–2045 at 3.5% a year: EUR [\d.]+ billion/);
    expect(await rate.inputValue()).toBe('3,5');
    expect(await axeViolations(page, 'details.hwf-costs-section')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names a negative salary in the Problems list and focuses its field from there', async () => {
    await openCostsSection();
    await page
      .locator('details.hwf-costs-section')
      .getByRole('button', { name: 'Add costs' })
      .click();
    const field = page.locator(`#${SALARY}`);
    await field.fill('-5');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const problem = page.locator('.hwf-problem').filter({ hasText: 'Nurses › Costs: salary cost' });
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.innerText()).toMatch(/a cost cannot be negative/);
    // The section closed and the editor scrolled away: the problem opens and focuses it.
    await page.locator('details.hwf-costs-section > summary').click();
    await page.evaluate(() => document.querySelector('.editor-pane')?.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'costs-problem.png') });
    await problem.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(SALARY);
    expect(await field.inputValue()).toBe('-5');
    expect(errors).toEqual([]);
  });
});
