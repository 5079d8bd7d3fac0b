/**
 * Values worth checking, in Chromium: typing `64` as a retirement age never runs the `6`
 * typed on the way (a value that would be warned about waits for a pause in typing), while
 * a `6` left standing is run after the pause, noted in the Problems list with its field in
 * words, and noted at the field as a tenfold change.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { axeViolations, reveal, settled } from '../helpers/app-page.ts';

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const AGE = 'field-professions-0-exits-retirement-meanAge';
const MEAN = `${AGE}-mean`;
const LOW =
  /an average retirement age of 6 \(this range’s point value: its mean\) is unusually low/;

/** Records every text the Problems list shows from now on. */
async function watchProblems(): Promise<void> {
  await page.evaluate(() => {
    const list = document.querySelector('.hwf-problems')!;
    const seen: string[] = [(list as HTMLElement).innerText];
    (window as unknown as { seenProblems: string[] }).seenProblems = seen;
    new MutationObserver(() => seen.push((list as HTMLElement).innerText)).observe(list, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const seenProblems = () =>
  page.evaluate(() => (window as unknown as { seenProblems: string[] }).seenProblems.join('\n'));

describe.sequential('values worth checking', () => {
  it('runs 64 typed as a retirement age without running 6 first', async () => {
    const summary = await reveal(page, AGE);
    await summary.click();
    const mean = page.locator(`#${MEAN}`);
    expect(await mean.inputValue()).toBe('63');
    await watchProblems();
    await mean.focus();
    await mean.press('ControlOrMeta+a');
    await mean.pressSequentially('64', { delay: 150 });
    await expect.poll(() => summary.innerText()).toMatch(/^normal, mean 64, sd 1/);
    // Well past the pause: the 6 on the way never reached the scenario.
    await page.waitForTimeout(1000);
    expect(await seenProblems()).not.toMatch(/retirement age of 6\b/);
    expect(await page.locator(`#${MEAN}-jump`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('runs a 6 left standing after the pause, and notes it in words and at the field', async () => {
    const summary = await reveal(page, AGE);
    await summary.click();
    const mean = page.locator(`#${MEAN}`);
    await mean.focus();
    await mean.press('ControlOrMeta+a');
    await mean.pressSequentially('6');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^normal, mean 6,/);
    // In the Problems list: where in words, what, and the path in code.
    const note = page.locator('.hwf-problem-note').filter({ hasText: LOW });
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.locator('.hwf-problem-where').innerText()).toBe(
      'Nurses › Leaving the profession: average retirement age, mean',
    );
    expect(await note.locator('.hwf-problem-path').innerText()).toBe(
      'professions[0].exits.retirement.meanAge.mean',
    );
    // At the field: the same note, and the tenfold change.
    await expect.poll(() => page.locator(`#${MEAN}-issues`).innerText()).toMatch(LOW);
    expect(await page.locator(`#${MEAN}-jump`).innerText()).toBe(
      'Note: this is 1/11 of the value before (63); check the units',
    );
    expect(await mean.getAttribute('aria-describedby')).toContain(`${MEAN}-jump`);
    // The scenario still runs: no error, results for the new value.
    expect(await page.locator('.hwf-problems h3').innerText()).toBe('Problems (0)');
    await settled(page);
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
