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
const languageSelect = () => page.getByLabel(/Language|Ļáñğúáğé/);

/**
 * Texts cut inside `root`: an element with text of its own whose box hides what does not
 * fit (overflow hidden or clipped, or an ellipsis) and does not fit; an element that says
 * its whole text in a tooltip (`title`) cuts on purpose and is left out.
 */
function cutTexts(p: Page, root: string): Promise<string[]> {
  return p.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${selector} *`)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!(el instanceof HTMLElement) || !own || el.title.trim() !== '') continue;
      // Text for screen readers only is clipped to a pixel on purpose.
      if (el.closest('.visually-hidden') || el.clientWidth <= 1) continue;
      const cs = getComputedStyle(el);
      const hidesX = ['hidden', 'clip'].includes(cs.overflowX) || cs.textOverflow === 'ellipsis';
      const hidesY = ['hidden', 'clip'].includes(cs.overflowY);
      if (
        (hidesX && el.scrollWidth > el.clientWidth + 1) ||
        (hidesY && el.scrollHeight > el.clientHeight + 1)
      ) {
        out.push((el.textContent ?? '').trim().slice(0, 80));
      }
    }
    return out;
  }, root);
}

/** Pairs of controls inside `root` whose boxes overlap. */
function overlaps(p: Page, root: string): Promise<string[]> {
  return p.evaluate((selector) => {
    const boxes = [
      ...document.querySelectorAll<HTMLElement>(
        `${selector} button, ${selector} select, ${selector} summary, ${selector} a`,
      ),
    ]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((el) => ({
        text: (el.textContent ?? '').trim().slice(0, 40),
        r: el.getBoundingClientRect(),
      }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) out.push(`${boxes[i].text} × ${boxes[j].text}`);
      }
    }
    return out;
  }, root);
}

describe('languages', () => {
  it('reads the app in the pseudo-language: kept, followed, not forced by a link, nothing cut', async () => {
    expect(await lang(page)).toBe('en');
    const product = page.locator('.app-header .product');
    expect(await product.innerText()).toBe('HWF Scenario Lab');

    await languageSelect().selectOption('en-XA');
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
    await languageSelect().selectOption('en');
    await expect.poll(() => product.innerText()).toBe('HWF Scenario Lab');
    await expect.poll(() => lang(projector.page)).toBe('en');
    await languageSelect().selectOption('en-XA');
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
