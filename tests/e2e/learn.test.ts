/**
 * Learn in the built app, in real Chromium: opened from the header, lesson 1 gone through
 * with the keyboard (predict on the slider, lock in, run, the reveal with its verdict, the
 * annotated chart and its table, the explanation), the lever moved until "Goal reached";
 * after a reload the prediction and the done mark are still there; a `#lesson=<id>` link
 * opens its lesson in a new tab (with this browser's progress) and in another browser
 * (without it); an unknown id is named on the list; axe finds nothing; screenshots at a
 * laptop's and a large screen's size. A lesson's scenario opened in the editor (with the
 * app's undo); a lesson run offline. Then every lesson: loaded, run, and its goal reached
 * through the lever, at a value found by scanning the lever's range.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { stepsOf } from '../../app/learn/learn-state.ts';
import { axeViolations, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');
const LIST_TITLE = /^Learn workforce planning in \d+ short lessons$/;

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

const shot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, name) });
const learn = (p: Page = page) => p.locator('.hwf-learn');
const focused = (p: Page = page) =>
  p.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function openLearn(p: Page = page): Promise<void> {
  await p.getByRole('button', { name: 'Learn', exact: true }).click();
  await expect.poll(() => learn(p).getByRole('heading', { name: LIST_TITLE }).count()).toBe(1);
}

/** The lesson page's title, once it shows. */
async function lessonTitle(p: Page = page): Promise<string> {
  const title = learn(p).locator('.hwf-learn-lesson h2');
  await expect.poll(() => title.count()).toBe(1);
  return title.innerText();
}

/** Presses Tab until the focused element's text is `text` (at most 40 times). */
async function tabTo(text: string): Promise<void> {
  for (let i = 0; i < 40 && (await focused()) !== text; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe(text);
}

/** Locks the prediction as it stands and runs the simulation; waits for the reveal. */
async function lockAndRun(p: Page = page): Promise<void> {
  const view = learn(p);
  const choices = view.locator('.hwf-learn-choices input[type="radio"]');
  if ((await choices.count()) > 0) await choices.first().check();
  await view.getByRole('button', { name: 'Lock in my prediction' }).click();
  await view.getByRole('button', { name: 'Run the simulation' }).click();
  await expect
    .poll(() => view.getByRole('heading', { name: 'What happened' }).count(), { timeout: 30_000 })
    .toBe(1);
}

/** The try-it status once the result of lever value `value` is in. */
async function goalStateAt(value: number, p: Page = page): Promise<string> {
  const goal = learn(p).locator(`.hwf-learn-goal[data-value="${value}"]`);
  await expect
    .poll(async () => ((await goal.count()) ? goal.getAttribute('data-state') : 'waiting'), {
      timeout: 30_000,
    })
    .toMatch(/^(reached|not-yet|failed)$/);
  return (await goal.getAttribute('data-state')) ?? '';
}

/**
 * Moves the lever through its range (typed into its field, as a planner may) until the
 * goal is reached: first up to 11 values spread over the range, then up to 41. Returns the
 * value that reached it, or null.
 */
async function scanLever(p: Page = page): Promise<number | null> {
  const lever = learn(p).locator('.hwf-learn-lever');
  const slider = lever.locator('input[type="range"]');
  const read = async (name: string) => Number(await slider.getAttribute(name));
  const range = { min: await read('min'), max: await read('max'), step: await read('step') };
  const coarse = stepsOf(range, 11);
  const fine = stepsOf(range, 41).filter((v) => !coarse.includes(v));
  for (const value of [...coarse, ...fine]) {
    await lever.locator('input[type="text"]').fill(String(value));
    const state = await goalStateAt(value, p);
    expect(state).not.toBe('failed');
    if (state === 'reached') return value;
  }
  return null;
}

describe.sequential('Learn in Chromium', () => {
  it('goes through lesson 1, keeps the progress and opens a lesson from its link', async () => {
    await openLearn();
    expect(await page.locator('#root[inert]').count()).toBe(1);
    expect(await focused()).toMatch(LIST_TITLE);
    const items = learn().locator('.hwf-learn-item');
    const total = await items.count();
    expect(total).toBeGreaterThanOrEqual(2);
    expect(await learn().locator('.hwf-learn-status').first().innerText()).toMatch(/Not started/);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'learn-list-1366x768.png');

    // Lesson 1 from the keyboard: the title takes the focus.
    await tabTo((await learn().locator('.hwf-learn-open').first().textContent()) ?? '');
    await page.keyboard.press('Enter');
    const title = await lessonTitle();
    expect(await focused()).toBe(title);
    const id = (await learn().locator('.hwf-learn-lesson').getAttribute('data-lesson')) ?? '';
    expect(id).not.toBe('');

    // Predict: the slider moves by its step with the arrow keys; its number is shown.
    const slider = learn().locator('.hwf-learn-predict input[type="range"]');
    const radios = learn().locator('.hwf-learn-choices input[type="radio"]');
    let predicted: string;
    if ((await slider.count()) > 0) {
      const before = await slider.inputValue();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slider.inputValue()).not.toBe(before);
      predicted = (await slider.getAttribute('aria-valuetext')) ?? '';
      expect(await learn().locator('.hwf-learn-range-value').innerText()).toBe(predicted);
    } else {
      await radios.first().focus();
      await page.keyboard.press('Space');
      predicted = await learn().locator('.hwf-learn-choice').first().innerText();
    }
    await tabTo('Lock in my prediction');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused()).toBe('Step 2: Run the simulation');
    expect(await learn().locator('.hwf-learn-locked').innerText()).toContain(predicted.trim());

    // Run: the reveal takes the focus, with the verdict, the chart and the explanation.
    await tabTo('Run the simulation');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(), { timeout: 30_000 }).toBe('What happened');
    expect((await learn().locator('.hwf-learn-answer').innerText()).length).toBeGreaterThan(10);
    expect(await learn().locator('.hwf-learn-verdict').innerText()).toMatch(/^. You predicted /);
    const reveal = learn().locator('.hwf-learn-reveal');
    const svg = reveal.locator('svg.hwf-chart-svg').first();
    expect(await svg.getAttribute('aria-label')).toMatch(/\S/);
    const marks = await reveal.locator('.hwf-learn-marks li').count();
    if (marks > 0) expect(await reveal.locator('[data-mark-year]').count()).toBeGreaterThan(0);
    await reveal.getByRole('button', { name: 'Table', exact: true }).first().click();
    expect(await reveal.locator('table').first().innerText()).toMatch(/\d{4}/);
    await reveal.getByRole('button', { name: 'Chart', exact: true }).first().click();
    expect(await learn().locator('.hwf-learn-explanation p').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // Try it: the lever set to a value that reaches the goal.
    const reached = await scanLever();
    expect(reached, `lesson ${id}: no lever value reaches the goal`).not.toBeNull();
    const goal = learn().locator('.hwf-learn-goal');
    expect(await goal.getAttribute('role')).toBe('status');
    expect(await goal.innerText()).toMatch(/Goal reached/);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      for (const [part, heading] of [
        ['lesson', 'Step 1: Predict'],
        ['reveal', 'What happened'],
        ['try-it', 'Step 3: Try it yourself'],
      ]) {
        await learn()
          .getByRole('heading', { name: heading })
          .evaluate((h) => h.scrollIntoView());
        await shot(page, `learn-${part}-${width}x${height}.png`);
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await axeViolations(page)).toEqual([]);

    // Escape closes Learn; focus is back on its button and the page is usable again.
    await page.keyboard.press('Escape');
    await expect.poll(() => learn().count()).toBe(0);
    expect(await page.locator('#root[inert]').count()).toBe(0);
    expect(await focused()).toBe('Learn');

    // A reload keeps the prediction and the done mark.
    await page.waitForTimeout(300);
    await page.reload();
    await settled(page);
    await openLearn();
    expect(await learn().locator('.hwf-learn-status').first().innerText()).toMatch(/Done/);
    expect(await learn().locator('.hwf-learn-count').innerText()).toMatch(
      new RegExp(`^1 of ${total} lessons done$`),
    );
    await learn().locator('.hwf-learn-open').first().click();
    expect(await lessonTitle()).toBe(title);
    expect(await learn().locator('.hwf-learn-locked').innerText()).toContain(predicted.trim());
    // It comes back revealed, with the lever where it was left.
    await expect
      .poll(() => learn().getByRole('heading', { name: 'What happened' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    expect(await goalStateAt(reached ?? NaN)).toBe('reached');

    // The lesson's link in a new tab of this browser: the lesson, with this browser's progress.
    const origin = inject('appOrigin');
    const tab = await browser.open(`${origin}/#lesson=${encodeURIComponent(id)}`);
    expect(await lessonTitle(tab.page)).toBe(title);
    expect(await learn(tab.page).locator('.hwf-learn-locked').count()).toBe(1);
    // The link has done its work: the address holds no lesson any more.
    await expect.poll(() => tab.page.evaluate(() => location.hash)).not.toMatch(/lesson=/);
    expect(tab.errors).toEqual([]);

    // In another browser the same link opens the lesson afresh: a link carries no progress.
    const other = await browser.open(
      `${origin}/#lesson=${encodeURIComponent(id)}`,
      await browser.newContext(),
    );
    expect(await lessonTitle(other.page)).toBe(title);
    expect(await learn(other.page).locator('.hwf-learn-locked').count()).toBe(0);
    expect(
      await learn(other.page).getByRole('button', { name: 'Lock in my prediction' }).count(),
    ).toBe(1);

    // An unknown lesson, pasted into the address bar: the list, naming it.
    await other.page.evaluate(() => (location.hash = '#lesson=no-such-lesson'));
    await expect
      .poll(() => learn(other.page).locator('.hwf-learn-problem').innerText())
      .toMatch(/There is no lesson “no-such-lesson”/);
    expect(await learn(other.page).getByRole('heading', { name: LIST_TITLE }).count()).toBe(1);
    expect(other.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens a lesson’s scenario in the editor, with the app’s undo', async () => {
    const before = await page.locator('h1').innerText();
    await openLearn();
    await learn().locator('.hwf-learn-open').first().click();
    await lessonTitle();
    await lockAndRun();
    await learn()
      .getByRole('button', { name: 'Open this lesson’s scenario in the editor' })
      .click();
    await expect.poll(() => learn().count()).toBe(0);
    await expect.poll(() => page.locator('h1').innerText()).not.toBe(before);
    expect(await page.locator('.notice').innerText()).toMatch(/the scenario of lesson 1/);
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(before);
    expect(errors).toEqual([]);
  });

  it('works offline after the first visit', async () => {
    // The service worker registered on the first visit and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await settled(page);
      await openLearn();
      await learn().locator('.hwf-learn-open').last().click();
      await lessonTitle();
      await lockAndRun();
      expect(await learn().locator('.hwf-learn-answer').innerText()).toMatch(/\S/);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    } finally {
      await browser.context.setOffline(false);
    }
    expect(errors).toEqual([]);
  });

  it('reaches the goal of every lesson through its lever', async () => {
    await openLearn();
    const count = await learn().locator('.hwf-learn-open').count();
    const unreached: string[] = [];
    for (let i = 0; i < count; i++) {
      await learn().locator('.hwf-learn-open').nth(i).click();
      const title = await lessonTitle();
      await lockAndRun();
      const value = await scanLever();
      if (value === null) unreached.push(title);
      await learn().getByRole('button', { name: 'All lessons' }).click();
      await expect.poll(() => learn().getByRole('heading', { name: LIST_TITLE }).count()).toBe(1);
    }
    expect(unreached).toEqual([]);
    expect(await learn().locator('.hwf-learn-count').innerText()).toBe(
      `${count} of ${count} lessons done`,
    );
    expect(errors).toEqual([]);
  });
});
