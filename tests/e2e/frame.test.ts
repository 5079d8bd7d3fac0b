/**
 * The frame around the scenario, as a new user meets it at 1366×768: header menus that close
 * on Escape and on a click outside, a skip link to the results, a header on one row (with a
 * long scenario name too), the table alternative not cut, "Start from a country" in the
 * "Examples and new" menu with the countries in alphabetical order, and a field focused from
 * the Problems list in view.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { POPULATION_DATASETS } from '../../app/data/population/catalog.ts';
import { axeViolations, chartFrame, reveal, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const menu = (name: string) =>
  page
    .locator('header details')
    .filter({ has: page.locator(':scope > summary', { hasText: name }) });
const isOpen = (name: string) => menu(name).evaluate((d) => (d as HTMLDetailsElement).open);

/** The header's children, each as its top and bottom edge. */
const headerRows = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('.app-header > *')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0) // a hidden file input has no box
      .map((r) => ({ top: r.top, bottom: r.bottom })),
  );

/** True when every box shares a horizontal line with every other: one row. */
const oneRow = (boxes: { top: number; bottom: number }[]) =>
  boxes.every((a) => boxes.every((b) => a.top < b.bottom && b.top < a.bottom));

describe.sequential('the frame at 1366×768', () => {
  it('closes each header menu on Escape (focus back on it) and on a click outside', async () => {
    for (const name of ['Examples and new', 'My scenarios', 'Files']) {
      await menu(name).locator(':scope > summary').click();
      expect(await isOpen(name)).toBe(true);
      await menu(name).locator('button').first().focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(name)).toBe(false);
      expect(
        await page.evaluate(
          () => document.activeElement?.tagName + ' ' + document.activeElement?.textContent,
        ),
      ).toBe(`SUMMARY ${name}`);

      await menu(name).locator(':scope > summary').click();
      expect(await isOpen(name)).toBe(true);
      // A click on the editor's side, far from the menus at the right.
      await page.mouse.click(30, 740);
      await expect.poll(() => isOpen(name)).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it('has a skip link to the results as the first stop of the keyboard', async () => {
    await page.keyboard.press('Tab');
    const link = page.getByRole('link', { name: 'Skip to the results' });
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    // Visible while focused.
    const box = await link.boundingBox();
    expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
  });

  it('keeps the header on one row, with a long scenario name too', async () => {
    expect(await headerRows()).toSatisfy(oneRow);
    const long = 'Regional nurses and midwives workforce plan 2025–2045, high-migration variant';
    const name = await reveal(page, 'field-name');
    await name.fill(long);
    await expect.poll(() => page.locator('header h1').getAttribute('title')).toBe(long);
    expect(await headerRows()).toSatisfy(oneRow);
    expect(await page.title()).toBe(`${long} · HWF Scenario Lab`);
  });

  it('shows the whole table alternative of the fan chart, in a region the keyboard can scroll', async () => {
    const frame = chartFrame(page, /^Supply and demand/);
    await frame.getByRole('button', { name: 'Table', exact: true }).click();
    const region = frame.getByRole('region');
    const fit = await region.evaluate((e) => ({
      scroll: e.scrollWidth,
      client: e.clientWidth,
      focusable: (e as HTMLElement).tabIndex >= 0,
    }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    expect(fit.focusable).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers "Start from a country" in the Examples menu, countries in alphabetical order', async () => {
    await menu('Examples and new').locator(':scope > summary').click();
    const country = menu('Examples and new').getByLabel('Country', { exact: true });
    const names = await country.locator('option').allInnerTexts();
    const expected = POPULATION_DATASETS.map((d) => d.country).sort((a, b) =>
      a.localeCompare(b, 'en'),
    );
    expect(names).toEqual(expected);
    expect(names).toHaveLength(19);
    await country.selectOption({ label: 'Malta' });
    await menu('Examples and new')
      .getByRole('button', { name: 'Start a new scenario for Malta' })
      .click();
    await expect.poll(() => isOpen('Examples and new')).toBe(false);
    await expect.poll(() => page.locator('header h1').innerText()).toMatch(/Malta/);
    await settled(page);
    expect(errors).toEqual([]);
  });

  it('scrolls a field focused from the Problems list into view', async () => {
    const id = 'field-professions-1-exits-emigration';
    const field = await reveal(page, id);
    // An invalid value far down the editor, then the editor scrolled back to its top.
    const input = field.locator('xpath=self::input');
    if ((await input.count()) === 0) return expect.fail(`${id} is not a number field`);
    await input.fill('-5');
    await page.evaluate(() => document.querySelector('.editor-pane')?.scrollTo(0, 0));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.hwf-problem').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
    await expect
      .poll(() =>
        page.evaluate((fieldId) => {
          const r = document.getElementById(fieldId)!.getBoundingClientRect();
          const pane = document.querySelector('.editor-pane')!.getBoundingClientRect();
          return (
            r.top >= Math.max(0, pane.top) && r.bottom <= Math.min(window.innerHeight, pane.bottom)
          );
        }, id),
      )
      .toBe(true);
  });
});
