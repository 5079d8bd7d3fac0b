/**
 * The planning summit's role briefings in the built app, in real Chromium: the workshop's
 * "Role briefings" opens the six one-page briefings with the working scenario's numbers,
 * Esc closes them and leaves the workshop open, axe finds nothing, and printed as a PDF
 * they fill exactly six A4 pages (one a role, nothing spilling onto a seventh).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import { axeViolations, settled } from '../helpers/app-page.ts';
import { ROLES } from '../../app/summit/roles.ts';
import { englishT } from '../../app/i18n/translate.ts';

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

const overlay = () => page.locator('.hwf-workshop[role="dialog"]');
const briefings = () => page.getByRole('dialog', { name: 'Role briefings' });

/** The number of pages of a PDF file. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('role briefings of the planning summit', () => {
  it('open from the workshop with the scenario’s numbers, close by Esc, print one role a page', async () => {
    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await overlay().waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Role briefings', exact: true }).click();
    await briefings().waitFor();
    const roles = briefings().locator('article.hwf-briefing');
    expect(await roles.count()).toBe(ROLES.length);
    expect(await briefings().locator('h3').allInnerTexts()).toEqual(
      ROLES.map((r) => englishT(r.name)),
    );
    const text = await briefings().innerText();
    expect(text).toContain('Exampleland: nurses and GPs');
    expect(text).toMatch(/Nurses: a shortage is \d+\s?% likely/);
    expect(await axeViolations(page, '.hwf-briefings')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'summit-briefings-1366x768.png') });

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, 'summit-briefings.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(ROLES.length);
    await page.emulateMedia({ media: 'screen' });

    await page.keyboard.press('Escape');
    await expect.poll(() => briefings().count()).toBe(0);
    expect(await overlay().count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Role briefings');
    expect(errors).toEqual([]);
  });
});
