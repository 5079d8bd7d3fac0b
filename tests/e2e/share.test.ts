/**
 * Share links in real Chromium, against the built site: the address bar holds the working
 * scenario's link and follows edits after a pause (replaceState, no history entries); a
 * link opened in another browser context (its own storage) shows the sender's numbers; a
 * damaged or future link is explained while the built-in example still runs; a link pasted
 * into the same tab opens; "Copy link" copies, or shows the link to copy by hand.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { decodeScenarioLink, encodeScenarioLink } from '../../app/share/link-codec.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { reveal } from '../helpers/app-page.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const browser = freshContextPerTest();
let page: Page;
let errors: string[];
let origin: string;

/** A tab at `url` in a context of its own: another person's browser, nothing shared. */
async function receiverOpens(url: string) {
  return browser.open(url, await browser.newContext());
}

// Every test starts with the sender's fresh load of the app, in its own context.
beforeEach(async () => {
  origin = inject('appOrigin');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  ({ page, errors } = await browser.open(origin));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

/** The results are complete: no progress bar, no stale mark, a "Based on" note. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(
    () =>
      !document.querySelector('[role="progressbar"]') &&
      /Based on/.test(document.body.innerText) &&
      !document.querySelector('[data-stale]'),
    null,
    { timeout: 120_000 },
  );
}

/** The fan chart's table alternative, as text (switches its frame to Table and back). */
async function fanTable(p: Page): Promise<string> {
  const frame = p
    .locator('section.hwf-frame')
    .filter({ has: p.getByRole('heading', { name: /^Supply and demand/ }) });
  await frame.getByRole('button', { name: 'Table', exact: true }).click();
  const text = await frame.locator('table').first().innerText();
  await frame.getByRole('button', { name: 'Chart', exact: true }).click();
  return text;
}

/** The scenario in a page's address bar, decoded here (in Node). */
function scenarioIn(url: string): Record<string, unknown> {
  const hash = new URL(url).hash;
  expect(hash).toMatch(/^#s=1\./);
  const result = decodeScenarioLink(hash.slice('#s='.length));
  if (!result.ok) throw new Error(say(englishT, result.reason));
  return result.document as Record<string, unknown>;
}

const notice = (p: Page) => p.locator('p.notice[role="status"]');

// Each step may wait for a full simulation on a busy machine.
describe.sequential('share links in Chromium', { timeout: 150_000 }, () => {
  it('puts the working scenario’s link in the address bar from the first load', () => {
    expect(scenarioIn(page.url())).toEqual(exampleJson('exampleland'));
    expect(errors).toEqual([]);
  });

  it('follows an edit after a pause, without a history entry per keystroke', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { replaced: string[] };
      w.replaced = [];
      const original = history.replaceState.bind(history);
      history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
        w.replaced.push(String(url));
        original(data, unused, url);
      };
    });
    const historyBefore = await page.evaluate(() => history.length);
    const seed = await reveal(page, 'field-simulation-seed');
    await seed.click();
    await seed.press('ControlOrMeta+a');
    // Eight keystrokes 40 ms apart: the address bar waits for the pause after the last
    // (a busy machine may let one timer through between keystrokes, never one per key).
    await seed.pressSequentially('31415926', { delay: 40 });
    await expect
      .poll(() => scenarioIn(page.url()).simulation)
      .toEqual({
        runs: 2000,
        seed: 31415926,
      });
    await page.waitForTimeout(600);
    const replaced = await page.evaluate(
      () => (window as unknown as { replaced: string[] }).replaced,
    );
    expect(replaced.length).toBeGreaterThanOrEqual(1);
    expect(replaced.length).toBeLessThanOrEqual(3);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });

  it('keeps the last valid link while the draft is invalid', async () => {
    const valid = page.url();
    const runs = await reveal(page, 'field-simulation-runs');
    await runs.fill('-5');
    await expect.poll(() => page.locator('[data-stale]').count()).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    expect(page.url()).toBe(valid);
    await runs.fill('2000');
    await page.waitForTimeout(800);
    expect(page.url()).toBe(valid);
  });

  it('opens in a fresh browser with the sender’s numbers', async () => {
    // The sender's own numbers: another seed than the built-in example's.
    const seed = await reveal(page, 'field-simulation-seed');
    await seed.fill('31415926');
    await expect
      .poll(() => scenarioIn(page.url()).simulation)
      .toEqual({
        runs: 2000,
        seed: 31415926,
      });
    await settled(page);
    const sent = await fanTable(page);
    const link = page.url();
    const { page: other, errors: otherErrors } = await receiverOpens(link);
    await other.setViewportSize({ width: 1366, height: 768 });
    await expect
      .poll(() => other.locator('h1').innerText(), { timeout: 30_000 })
      .toBe('Exampleland: nurses and GPs');
    await expect
      .poll(() => notice(other).allInnerTexts(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/You opened the scenario from the link/));
    await settled(other);
    expect(await fanTable(other)).toBe(sent);
    expect(scenarioIn(other.url())).toEqual(scenarioIn(link));
    expect(otherErrors).toEqual([]);
    await other.close();
  });

  it('explains a damaged link and still runs the built-in example', async () => {
    const good = encodeScenarioLink(exampleJson('minimal'));
    const { page: other, errors: otherErrors } = await receiverOpens(
      `${origin}/#s=${good.slice(0, 12)}`,
    );
    await expect
      .poll(() => notice(other).allInnerTexts(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/this link is damaged or incomplete/));
    expect(await other.locator('h1').innerText()).toBe('Exampleland: nurses and GPs');
    await settled(other);
    expect(await fanTable(other)).toMatch(/\d/);
    // The address bar now holds the scenario on screen.
    await expect.poll(() => scenarioIn(other.url()).name).toBe('Exampleland: nurses and GPs');
    expect(otherErrors).toEqual([]);
    await other.close();
  });

  it('reloads a page showing its own link without opening a copy', async () => {
    const { page: other, errors: otherErrors } = await receiverOpens(origin);
    await expect.poll(() => new URL(other.url()).hash).toMatch(/^#s=1\./);
    await settled(other);
    const before = await fanTable(other);
    await other.reload();
    await settled(other);
    expect(await other.locator('h1').innerText()).toBe('Exampleland: nurses and GPs');
    expect(await notice(other).allInnerTexts()).not.toContainEqual(
      expect.stringMatching(/You opened the scenario from the link/),
    );
    // The same numbers once every run is in (a loaded machine may show a partial result
    // for a moment after the reload).
    await expect.poll(() => fanTable(other), { timeout: 30_000 }).toBe(before);
    expect(otherErrors).toEqual([]);
    await other.close();
  });

  it('says a link from a newer version cannot be opened here', async () => {
    const { page: other } = await receiverOpens(`${origin}/#s=2.abcdef`);
    await expect
      .poll(() => notice(other).allInnerTexts(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/made by a newer version of HWF Scenario Lab/));
    expect(await other.locator('h1').innerText()).toBe('Exampleland: nurses and GPs');
    await other.close();
  });

  it('does not open a link whose scenario has problems, and lists them', async () => {
    const doc = exampleJson('minimal') as Record<string, unknown>;
    doc.horizonYears = 0;
    const { page: other } = await receiverOpens(`${origin}/#s=${encodeScenarioLink(doc)}`);
    await expect
      .poll(() => notice(other).allInnerTexts(), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/the scenario in it has problems: horizonYears/));
    expect(await other.locator('h1').innerText()).toBe('Exampleland: nurses and GPs');
    await other.close();
  });

  it('opens a link pasted into the same tab', async () => {
    const minimal = encodeScenarioLink(exampleJson('minimal'));
    await page.evaluate((value) => {
      location.hash = `s=${value}`;
    }, minimal);
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 30_000 })
      .toBe('Minimal: one profession, no population');
    await settled(page);
    expect(scenarioIn(page.url())).toEqual(exampleJson('minimal'));
    // Undo brings the earlier scenario back, and the address bar follows.
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => scenarioIn(page.url()).name).toBe('Exampleland: nurses and GPs');
  });

  it('leaves a scenario too big for a link out of the address bar, and says so', async () => {
    const doc = exampleJson('minimal') as Record<string, unknown>;
    // Numbers deflate cannot shrink: a population of random fractional numbers (a text that
    // long is refused by its length limit).
    let seed = 7;
    const noisy = (rows: number[][]) =>
      rows.map((row) =>
        row.map((v) => {
          seed = (seed * 48271) % 2147483647;
          return v + seed / 2147483647;
        }),
      );
    const { population } = exampleJson('exampleland') as {
      population: { female: number[][]; male: number[][] };
    };
    doc.population = {
      ...population,
      female: noisy(population.female),
      male: noisy(population.male),
    };
    await page.evaluate((value) => {
      location.hash = `s=${value}`;
    }, encodeScenarioLink(doc));
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 30_000 })
      .toBe('Minimal: one profession, no population');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    const share = page.locator('.share');
    await expect.poll(() => share.innerText()).toMatch(/too big for a link: save it as a file/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain('This scenario is too big for a link: save it as a file.');
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => scenarioIn(page.url()).name).toBe('Exampleland: nurses and GPs');
    await settled(page);
  });

  it('copies the link, and says so', async () => {
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
  });

  it('shows the link selected in a field when the clipboard refuses', async () => {
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Link to this scenario' });
    await expect.poll(() => field.count()).toBe(1);
    expect(await field.inputValue()).toBe(page.url());
    expect(
      await field.evaluate(
        (input: HTMLInputElement) =>
          document.activeElement === input &&
          input.readOnly &&
          input.selectionStart === 0 &&
          input.selectionEnd === input.value.length,
      ),
    ).toBe(true);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
            ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run({ include: ['.share'] });
      return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
