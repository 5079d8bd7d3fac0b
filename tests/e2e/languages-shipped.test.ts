/**
 * The languages that ship, in the built app in real Chromium. Each one, chosen in this
 * browser, gives a page that says it is in it (`lang`), the header's words and the built-in
 * example in its catalogue's words, nothing cut or overlapping in the header at 1366×768, and
 * axe finds nothing. An Italian browser opens the app in Italian by itself, with Italian
 * country names; the header switches it to Polish. The main screen, the workshop and the
 * report are photographed in Italian and in Polish for a person to look at.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../app/i18n/languages.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import { axeViolations, settled } from '../helpers/app-page.ts';
import { cutTexts, overlaps, svgTextsOutside } from '../helpers/text-fit.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');
const MESSAGES = join(REPO_ROOT, 'app/i18n/messages');
const browser = freshContextPerTest();

/** A language's whole catalogue, as shipped. */
function catalogue(code: string): Record<string, string> {
  const dir = join(MESSAGES, code);
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;
}

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const lang = (p: Page) => p.evaluate(() => document.documentElement.lang);

/** Opens the app in `context` (the test's unless given) at 1366×768, settled. */
async function openApp(context?: BrowserContext) {
  const opened = await browser.open(inject('appOrigin'), context);
  await opened.page.setViewportSize({ width: 1366, height: 768 });
  await settled(opened.page);
  return opened;
}

const others = LANGUAGES.filter((l) => l.code !== 'en');

describe('the shipped languages', () => {
  it('are more than English', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)('$name ($code): its words, nothing cut, axe 0', async ({ code, name }) => {
    await browser.context.addInitScript((c) => localStorage.setItem('hwf-language', c), code);
    const { page, errors } = await openApp();
    const words = catalogue(code);
    expect(await lang(page)).toBe(code);
    const header = page.locator('.app-header');
    await expect.poll(() => header.innerText()).toContain(words['workshop.button.label']);
    expect(await header.innerText()).toContain(words['report.button.label']);
    // The header's language menu: the globe and the code, and inside, the language chosen.
    const menu = page.locator('.language-menu');
    // Seen: the code; heard: "Language: <its name>".
    expect(await menu.locator('summary > span[aria-hidden]').innerText()).toBe(code.toUpperCase());
    expect(await menu.locator('summary .visually-hidden').textContent()).toBe(
      `${words['language.label']}: ${name}`,
    );
    await menu.locator('summary').click();
    const select = page.getByLabel(words['language.label'], { exact: true });
    expect(await select.inputValue()).toBe(code);
    expect(await select.locator('option:checked').innerText()).toBe(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.language-menu[open]').count()).toBe(0);
    // The built-in example opens in the language too.
    expect(await page.locator('.app-header h1').innerText()).toBe(
      words['examples.exampleland.name'],
    );
    expect(await cutTexts(page, '.app-header')).toEqual([]);
    expect(await overlaps(page, '.app-header')).toEqual([]);
    expect(await cutTexts(page, 'main')).toEqual([]);
    expect(await svgTextsOutside(page, 'main')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Italian and Polish, as a reader sees them', () => {
  it('an Italian browser opens in Italian; the header switches to Polish', async () => {
    const it_ = catalogue('it');
    const pl = catalogue('pl');
    const context = await browser.context.browser()!.newContext({
      locale: 'it-IT',
      reducedMotion: 'reduce',
    });
    try {
      const { page, errors } = await openApp(context);
      expect(await lang(page)).toBe('it');
      expect(await page.locator('.app-header h1').innerText()).toBe(
        it_['examples.exampleland.name'],
      );

      for (const [code, words] of [
        ['it', it_],
        ['pl', pl],
      ] as const) {
        if (code === 'pl') {
          await page.locator('.language-menu > summary').click();
          await page.getByLabel(it_['language.label'], { exact: true }).selectOption('pl');
          await expect.poll(() => lang(page)).toBe('pl');
          await settled(page);
        }
        for (const [width, height] of [
          [1366, 768],
          [1920, 1080],
        ]) {
          await page.setViewportSize({ width, height });
          await page.screenshot({
            path: join(SHOTS, `language-${code}-main-${width}x${height}.png`),
          });
          expect(await svgTextsOutside(page, 'main')).toEqual([]);
        }
        // The workshop on a large screen.
        await page
          .getByRole('button', { name: words['workshop.button.label'], exact: true })
          .click();
        const overlay = page.locator('.hwf-workshop[role="dialog"]');
        await overlay.waitFor();
        await settled(page);
        expect(await cutTexts(page, '.hwf-workshop')).toEqual([]);
        expect(await overlaps(page, '.hwf-ws-footer')).toEqual([]);
        expect(await svgTextsOutside(page, '.hwf-workshop')).toEqual([]);
        expect(await axeViolations(page, '.hwf-workshop')).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `language-${code}-workshop-1920x1080.png`) });
        await page
          .getByRole('button', { name: words['workshop.presentation.leave'], exact: true })
          .click();
        await expect.poll(() => overlay.count()).toBe(0);

        // The report at a laptop's size.
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.getByRole('button', { name: words['report.button.label'], exact: true }).click();
        const report = page.locator('.hwf-report');
        await report.first().waitFor();
        await expect
          .poll(() => report.locator('.hwf-report-figure svg').count())
          .toBeGreaterThan(0);
        expect(await axeViolations(page, '.hwf-report')).toEqual([]);
        expect(await svgTextsOutside(page, '.hwf-report')).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `language-${code}-report-1366x768.png`) });
        await page.keyboard.press('Escape');
        await expect.poll(() => report.count()).toBe(0);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
