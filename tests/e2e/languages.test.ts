/**
 * The app's languages in the built app, in real Chromium. The pseudo-language (every message
 * accented and 40 % longer) is chosen in the header: the page says it is in it (`lang`), the
 * choice outlives a reload and is followed by the projector window, a share link does not
 * change it, axe finds nothing, and no text is cut or overlapping in the header at 1366×768
 * nor in the workshop at 1920×1080. English comes back when chosen.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import { axeViolations, settled } from '../helpers/app-page.ts';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { cutTexts, overlaps } from '../helpers/text-fit.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');
const browser = freshContextPerTest();
let page: Page;
let errors: string[];
let origin: string;

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

beforeEach(async () => {
  origin = inject('appOrigin');
  // The tests' switch: the pseudo-language is offered (never to a reader).
  await browser.context.addInitScript(() => {
    localStorage.setItem('hwf-pseudo-language', '1');
  });
  ({ page, errors } = await browser.open(origin));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const lang = (p: Page) => p.evaluate(() => document.documentElement.lang);
/** Chooses a language in the header's language menu (the globe). */
async function chooseLanguage(code: string) {
  await page.locator('.language-menu > summary').click();
  await page.getByLabel(/^(Language|⟦Ļáñğúáğé.*⟧)$/).selectOption(code);
  // Chosen, the menu closes.
  await expect.poll(() => page.locator('.language-menu[open]').count()).toBe(0);
}

describe('languages', () => {
  it('reads the app in the pseudo-language: kept, followed, not forced by a link, nothing cut', async () => {
    expect(await lang(page)).toBe('en');
    const product = page.locator('.app-header .product');
    expect(await product.innerText()).toBe('HWF Scenario Lab');

    await chooseLanguage('en-XA');
    await expect.poll(() => lang(page)).toBe('en-XA');
    await expect.poll(() => product.innerText()).toMatch(/^⟦ĤŴƑ Šçéñáŕíó Ļáƀ~+⟧$/);
    await settled(page);
    expect(await cutTexts(page, '.app-header')).toEqual([]);
    expect(await overlaps(page, '.app-header')).toEqual([]);
    // Longer words wrap the header's controls, never push them off the screen.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.app-header > *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => el.className),
    );
    expect(outside).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'languages-pseudo-1366x768.png') });

    // Kept: a reload opens in it.
    await page.reload();
    await settled(page);
    expect(await lang(page)).toBe('en-XA');
    expect(await product.innerText()).toMatch(/^⟦/);

    // The projector window follows the language, and a change made in the main window.
    const projector = await browser.open(`${origin}/?view=projector`);
    await expect.poll(() => lang(projector.page)).toBe('en-XA');

    // The workshop in the pseudo-language on a large screen.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.app-header button.hwf-workshop-button').click();
    const overlay = page.locator('.hwf-workshop[role="dialog"]');
    await overlay.waitFor();
    await settled(page);
    expect(await cutTexts(page, '.hwf-workshop')).toEqual([]);
    expect(await overlaps(page, '.hwf-ws-footer')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'languages-pseudo-workshop-1920x1080.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay.count()).toBe(0);

    // Back to English, in both windows.
    await chooseLanguage('en');
    await expect.poll(() => product.innerText()).toBe('HWF Scenario Lab');
    await expect.poll(() => lang(projector.page)).toBe('en');
    await chooseLanguage('en-XA');
    await expect.poll(() => lang(projector.page)).toBe('en-XA');

    // A share link opens its scenario in the reader's language, not in another.
    const doc = JSON.parse(
      readFileSync(new URL('../../app/data/examples/minimal.json', import.meta.url), 'utf8'),
    ) as unknown;
    const opened = await browser.open(`${origin}/#s=${encodeScenarioLink(doc)}`);
    await settled(opened.page);
    expect(await lang(opened.page)).toBe('en-XA');
    expect(errors).toEqual([]);
    expect(projector.errors).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
