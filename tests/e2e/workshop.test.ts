/**
 * Workshop mode in real Chromium against the built app: presentation mode (large type,
 * levers that move the bands, keys, help dialog, axe), the projector window kept in sync
 * through a BroadcastChannel (levers, hide and reveal, reopening), the comparison of kept
 * scenarios against the scenarios run alone, and the offline copy (a reload with no
 * network still loads and simulates).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import { settled as settledPage, chartTable, axeViolations as axeOn } from '../helpers/app-page.ts';

const settled = (p: Page) => settledPage(p, 90_000);
const tableText = (scope: Locator, title: RegExp) => chartTable(scope, title);
const axeViolations = (p: Page) => axeOn(p);

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');

const browser = freshContextPerTest();
let origin: string;
let page: Page;
let errors: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

// Every test starts from a fresh load of the app in its own context.
beforeEach(async () => {
  origin = inject('appOrigin');
  ({ page, errors } = await browser.open(origin));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settled(page);
});

const overlay = () => page.locator('.hwf-workshop[role="dialog"]');

/** Rows of a table's text: cells split at tabs, header rows left out. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.split('\t').map((cell) => cell.trim()))
    .filter((cells) => /^\d{4}/.test(cells[0] ?? ''));
}

/** Opens presentation mode with its button, as the facilitator does, and waits for results. */
async function openPresentation(): Promise<void> {
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await overlay().waitFor();
  await expect.poll(() => overlay().locator('input[type="range"]').count()).toBe(5);
  await settled(page);
}

async function openProjector(): Promise<{ projector: Page; errors: string[] }> {
  const opened = await browser.open(`${origin}/?view=projector`);
  await opened.page.setViewportSize({ width: 1920, height: 1080 });
  await opened.page.getByRole('heading', { name: 'Supply and demand (FTE)' }).waitFor();
  return { projector: opened.page, errors: opened.errors };
}

const projectorTable = (projector: Page) =>
  tableText(projector.locator('main'), /^Supply and demand/);
const presenterTable = () => tableText(overlay(), /^Supply and demand/);

/** The lever texts wider than their box (scrollWidth > clientWidth), and the levers' column
 *  when it overflows. */
function clippedLeverText(): Promise<string[]> {
  return overlay().evaluate((root) => {
    const column = root.querySelector('.hwf-ws-side-levers') ?? root.querySelector('.hwf-ws-side');
    const texts = [...root.querySelectorAll('.hwf-lever, .hwf-lever *')].filter((el) =>
      el.textContent?.trim(),
    );
    return [...texts, ...(column ? [column] : [])]
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => `${el.className || el.tagName}: ${el.textContent?.slice(0, 60)}`);
  });
}

/** The presenter's header: the lowest top and the highest bottom of its title and
 *  controls (one row: every top is above every bottom). */
function headerRow(): Promise<{ lowestTop: number; highestBottom: number; title: string }> {
  return overlay()
    .locator('.hwf-ws-top')
    .evaluate((header) => {
      const boxes = [...header.querySelectorAll('h2, select, button')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      return {
        lowestTop: Math.max(...boxes.map((r) => r.top)),
        highestBottom: Math.min(...boxes.map((r) => r.bottom)),
        title: header.querySelector('h2')?.textContent ?? '',
      };
    });
}

/** The names of the professions the presenter can show. */
const professionNames = () =>
  overlay()
    .locator('.hwf-ws-top select option')
    .evaluateAll((options) => options.map((o) => o.textContent ?? ''));

/** Shows the profession with the longest name, checks the header stays one row, and returns
 *  the name. */
async function expectOneRowHeader(): Promise<string> {
  const names = await professionNames();
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a), '');
  await overlay().getByLabel('Profession shown').selectOption({ label: longest });
  await expect.poll(async () => (await headerRow()).title).toContain(longest);
  await settled(page);
  const row = await headerRow();
  expect(row.lowestTop, `header of ${longest}`).toBeLessThan(row.highestBottom);
  return longest;
}

describe.sequential('workshop mode in Chromium', () => {
  it('opens presentation mode in large type, with levers, keys and a help dialog', async () => {
    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await overlay().waitFor();
    await expect.poll(() => overlay().locator('input[type="range"]').count()).toBe(5);
    // Chart labels of at least 24 px on a 1920 × 1080 screen.
    const label = overlay().locator('.hwf-ws-stage .hwf-axis text').first();
    await label.waitFor();
    const size = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    // The sliders are labelled, with their unit.
    await expect
      .poll(() =>
        overlay()
          .getByRole('slider', { name: /Training places/ })
          .getAttribute('aria-valuetext'),
      )
      .toMatch(/^0 %/);
    await expect
      .poll(() =>
        overlay()
          .getByRole('slider', { name: /Average retirement age/ })
          .getAttribute('aria-valuetext'),
      )
      .toBe('63 years');

    // ↑ moves the chosen lever (the first); the bands follow.
    const before = await presenterTable();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() =>
        overlay()
          .getByRole('slider', { name: /Training places/ })
          .getAttribute('aria-valuetext'),
      )
      .toMatch(/^\+5 %/);
    await expect
      .poll(async () => (await settled(page), presenterTable()), { timeout: 90_000 })
      .not.toBe(before);
    // → chooses the next lever and gives it the focus.
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-valuetext')))
      .toBe('63 years');

    // ? opens the help dialog with the focus on Close; Esc closes it and the focus returns.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    expect(await help.innerText()).toMatch(/reveal the result/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-valuetext'))).toBe(
      '63 years',
    );
    await expect.poll(() => overlay().count()).toBe(1);

    await settled(page);
    await page.screenshot({ path: join(SHOTS, 'workshop-presentation-1920x1080.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps a projector window in sync: levers, hide and reveal, and a reopened window', async () => {
    await openPresentation();
    let { projector, errors: projectorErrors } = await openProjector();
    await settled(page);
    await expect.poll(() => projectorTable(projector)).toBe(await presenterTable());

    // A lever moved in the presenter changes the projector's numbers.
    const before = await projectorTable(projector);
    await overlay()
      .getByRole('slider', { name: /Average retirement age/ })
      .focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await settled(page);
    const after = await presenterTable();
    expect(after).not.toBe(before);
    await expect.poll(() => projectorTable(projector), { timeout: 30_000 }).toBe(after);
    expect(await projector.locator('.hwf-projector-levers').innerText()).toMatch(
      /Average retirement age: 64 years/,
    );

    // Hide: both windows say so; reveal: the charts return.
    await page.keyboard.press('h');
    await overlay().getByText('Result hidden: make your guess').waitFor();
    await projector.getByText('Result hidden: make your guess').waitFor();
    expect(await projector.locator('.hwf-chart-svg').count()).toBe(0);
    await projector.screenshot({ path: join(SHOTS, 'workshop-projector-hidden.png') });
    await page.keyboard.press('r');
    await projector.getByRole('heading', { name: 'Supply and demand (FTE)' }).waitFor();
    expect(await projectorTable(projector)).toBe(after);
    expect(await axeViolations(projector)).toEqual([]);
    expect(projectorErrors).toEqual([]);

    // Closed and opened again, the projector asks for the picture and gets it.
    await projector.close();
    await overlay()
      .getByRole('slider', { name: /Average retirement age/ })
      .focus();
    await page.keyboard.press('ArrowDown');
    await settled(page);
    const latest = await presenterTable();
    ({ projector, errors: projectorErrors } = await openProjector());
    await expect.poll(() => projectorTable(projector), { timeout: 30_000 }).toBe(latest);
    await projector.screenshot({ path: join(SHOTS, 'workshop-projector-1920x1080.png') });
    await projector.close();
    expect(projectorErrors).toEqual([]);
  });

  it('sends no picture while no projector is open, and a projector outlives a presenter reload', async () => {
    // Count the pictures the page posts on the workshop channel.
    await page.addInitScript(() => {
      const w = window as unknown as { __pictures: number };
      w.__pictures = 0;
      const proto = BroadcastChannel.prototype;
      const post = Object.getOwnPropertyDescriptor(proto, 'postMessage')?.value as (
        this: BroadcastChannel,
        m: unknown,
      ) => void;
      proto.postMessage = function (this: BroadcastChannel, m: unknown) {
        if ((m as { type?: unknown } | null)?.type === 'picture') w.__pictures++;
        post.call(this, m);
      };
    });
    await page.reload();
    await settled(page);
    await openPresentation();
    const slider = overlay().getByRole('slider', { name: /Average retirement age/ });
    await slider.focus();
    await page.keyboard.press('ArrowUp');
    await settled(page);
    const pictures = () =>
      page.evaluate(() => (window as unknown as { __pictures: number }).__pictures);
    // One picture when the presenter starts (for projectors already open), none after.
    expect(await pictures()).toBeLessThanOrEqual(1);

    const { projector, errors: projectorErrors } = await openProjector();
    await expect.poll(() => projectorTable(projector)).toBe(await presenterTable());
    expect(await pictures()).toBeGreaterThan(0);

    // The presenter's page reloads; the projector left open meets the new presenter.
    await page.reload();
    await settled(page);
    await openPresentation();
    await overlay()
      .getByRole('slider', { name: /Average retirement age/ })
      .focus();
    await page.keyboard.press('ArrowDown');
    await settled(page);
    const latest = await presenterTable();
    await expect.poll(() => projectorTable(projector), { timeout: 30_000 }).toBe(latest);
    await projector.close();
    expect(projectorErrors).toEqual([]);
  });

  it('compares a variant with the baseline; each equals the scenario run alone', async () => {
    // A lever moved: the draft now differs from the baseline (kept when the presentation
    // opened).
    await openPresentation();
    const baseline = await presenterTable();
    await overlay()
      .getByRole('slider', { name: /Training places/ })
      .focus();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await settled(page), presenterTable()), { timeout: 90_000 })
      .not.toBe(baseline);
    await overlay()
      .locator('.hwf-ws-top')
      .getByRole('button', { name: 'Result', exact: true })
      .click();
    const variantAlone = rows(await presenterTable());
    await overlay().getByRole('button', { name: 'Keep as variant A' }).click();
    await overlay().getByText('Kept as Variant A.').waitFor();

    await overlay()
      .locator('.hwf-ws-top')
      .getByRole('button', { name: 'Compare', exact: true })
      .click();
    await overlay().getByRole('heading', { name: 'Gap by scenario (FTE)' }).waitFor();
    await settled(page);
    await overlay().getByRole('button', { name: 'Supply (FTE)', exact: true }).click();
    const compared = rows(await tableText(overlay(), /^Supply by scenario/));
    // Columns: year, baseline median and interval, variant A median and interval.
    expect(compared.length).toBe(variantAlone.length);
    // The fan table: year, supply median, 50/80/90 % intervals, then demand; the comparison
    // draws each scenario's median and 80 % interval.
    expect(compared.map((r) => r[3])).toEqual(variantAlone.map((r) => r[1]));
    expect(compared.map((r) => r[4])).toEqual(variantAlone.map((r) => r[3]));
    await page.screenshot({ path: join(SHOTS, 'workshop-compare.png') });
    const legend = await overlay().locator('.hwf-compare-chart .hwf-legend').innerText();
    expect(legend).toMatch(/Baseline \(solid line\)/);
    expect(legend).toMatch(/Variant A \(long dashes\): training places \+5 % \(Nurses\)/);

    // The difference view and its table.
    await overlay()
      .locator('.hwf-ws-top')
      .getByRole('button', { name: 'Difference', exact: true })
      .click();
    const difference = rows(await tableText(overlay(), /^Difference from the baseline/));
    expect(difference.length).toBe(compared.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'workshop-difference.png') });

    // Back to the baseline (B): the app's own result equals the baseline's column.
    await overlay()
      .locator('.hwf-ws-top')
      .getByRole('button', { name: 'Result', exact: true })
      .click();
    await page.keyboard.press('b');
    await overlay().getByText('Back to the baseline.').waitFor();
    await expect
      .poll(async () => (await settled(page), rows(await presenterTable()).map((r) => r[1])), {
        timeout: 90_000,
      })
      .toEqual(compared.map((r) => r[1]));
    expect(errors).toEqual([]);
  });

  it('fits a laptop: no lever text clipped, a one-row header, the scenarios above the keys', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openPresentation();
    // Six levers of two professions, so the labels name the profession: the longest texts.
    const chooser = overlay().locator('.hwf-ws-chooser');
    await chooser.locator('summary').click();
    await chooser
      .locator('fieldset', { hasText: 'General practitioners' })
      .getByLabel('Unmet need today')
      .check();
    await chooser.locator('summary').click();
    await expect.poll(() => overlay().locator('input[type="range"]').count()).toBe(6);
    await overlay()
      .getByRole('slider', { name: /Immigration/ })
      .focus();
    await page.keyboard.press('ArrowUp');
    await settled(page);
    expect(await clippedLeverText()).toEqual([]);

    // The longest profession name of the example, then of a country scenario.
    expect(await expectOneRowHeader()).toBe('General practitioners');
    await page.screenshot({ path: join(SHOTS, 'workshop-presentation-1366x768.png') });
    await overlay().getByRole('button', { name: 'Leave the presentation' }).click();
    await expect.poll(() => overlay().count()).toBe(0);
    const details = page
      .locator('.hwf-population details')
      .filter({ has: page.locator(':scope > summary', { hasText: /Start from a country/ }) });
    await details.locator(':scope > summary').click();
    await details.getByLabel('Country', { exact: true }).selectOption({ label: 'Germany' });
    await details.getByRole('button', { name: 'Start a new scenario for Germany' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/^Germany/);
    await settled(page);
    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await overlay().waitFor();
    await settled(page);
    expect(await expectOneRowHeader()).toMatch(/\(total observed, ages and flows assumed\)$/);
    expect(await clippedLeverText()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'workshop-presentation-country-1366x768.png') });

    // On a large screen, with three variants kept, the scenarios are all above the key strip.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await overlay().getByRole('button', { name: 'Make this the baseline' }).click();
    for (const id of ['A', 'B', 'C']) {
      await overlay()
        .getByRole('slider', { name: /Training places/ })
        .focus();
      await page.keyboard.press('ArrowUp');
      await settled(page);
      await overlay()
        .getByRole('button', { name: `Keep as variant ${id}` })
        .click();
      await overlay().getByText(`Kept as Variant ${id}.`).waitFor();
    }
    await settled(page);
    // As the room first sees it: the side scrolled to its top (a click may have scrolled it).
    await overlay().evaluate((root) =>
      root.querySelectorAll('.hwf-ws-side, .hwf-ws-side-levers').forEach((el) => {
        el.scrollTop = 0;
      }),
    );
    const keys = await overlay().locator('.hwf-ws-footer').boundingBox();
    for (const part of ['.hwf-ws-snapshots', '.hwf-ws-keep']) {
      const box = await overlay().locator(part).boundingBox();
      expect(box && keys).toBeTruthy();
      expect(box!.y + box!.height, part).toBeLessThanOrEqual(keys!.y);
    }
    expect(await clippedLeverText()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'workshop-presentation-country-1920x1080.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says what each variant changes, offers demand levers, and puts the gap on stage', async () => {
    await openPresentation();
    const { projector, errors: projectorErrors } = await openProjector();
    // A demand lever: the nurses' unmet need, chosen among the levers.
    const chooser = overlay().locator('.hwf-ws-chooser');
    await chooser.locator('summary').click();
    const nurses = chooser.locator('fieldset', { hasText: 'Nurses' });
    await nurses.getByLabel('Unmet need today').check();
    await expect(nurses.getByLabel('Demand trend: health needs').count()).resolves.toBe(1);
    await chooser.locator('summary').click();
    await overlay()
      .getByRole('slider', { name: /Training places/ })
      .focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    await settled(page);
    await overlay().getByRole('button', { name: 'Keep as variant A' }).click();
    const unmet = overlay().getByRole('slider', { name: /Unmet need today/ });
    await unmet.focus();
    const demandBefore = await presenterTable();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => unmet.getAttribute('aria-valuetext')).toBe('7 %');
    await expect
      .poll(async () => (await settled(page), presenterTable()), { timeout: 90_000 })
      .not.toBe(demandBefore);
    await settled(page);
    await overlay().getByRole('button', { name: 'Keep as variant B' }).click();
    await overlay().getByText('Kept as Variant B.').waitFor();

    // The scenarios list, the compare legend and the projector say what each variant changes.
    const words = {
      A: 'training places +15 % (Nurses)',
      B: 'training places +15 %, unmet need today +2 percentage points (Nurses)',
    };
    const snapshots = await overlay().locator('.hwf-ws-snapshots').innerText();
    expect(snapshots).toContain(words.A);
    expect(snapshots).toContain(words.B);
    await overlay()
      .locator('.hwf-ws-top')
      .getByRole('button', { name: 'Compare', exact: true })
      .click();
    await overlay().getByRole('heading', { name: 'Gap by scenario (FTE)' }).waitFor();
    await settled(page);
    const legend = await overlay().locator('.hwf-compare-chart .hwf-legend').innerText();
    expect(legend).toContain(`Variant A (long dashes): ${words.A}`);
    expect(legend).toContain(`Variant B (dots): ${words.B}`);
    // Small multiples: a panel per scenario, one band in each.
    expect(await overlay().locator('.hwf-compare-panel').count()).toBe(3);
    expect(await overlay().locator('.hwf-compare-panel .hwf-band').count()).toBe(3);
    await projector.getByRole('heading', { name: 'Gap by scenario (FTE)' }).waitFor();
    await expect
      .poll(() => projector.locator('.hwf-compare-chart .hwf-legend').innerText())
      .toContain(`Variant B (dots): ${words.B}`);
    expect(await projector.locator('.hwf-compare-panel').count()).toBe(3);
    await page.screenshot({ path: join(SHOTS, 'workshop-compare-1920x1080.png') });
    await projector.screenshot({ path: join(SHOTS, 'workshop-projector-compare-1920x1080.png') });
    await projector.setViewportSize({ width: 1366, height: 768 });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'workshop-compare-1366x768.png') });
    await projector.screenshot({ path: join(SHOTS, 'workshop-projector-compare-1366x768.png') });

    // The gap and the probability of a shortage, on stage in both windows.
    await overlay()
      .locator('.hwf-ws-top')
      .getByRole('button', { name: 'Gap', exact: true })
      .click();
    const gapTitle = 'Gap and probability of a shortage';
    await overlay().getByRole('heading', { name: gapTitle }).waitFor();
    await projector.getByRole('heading', { name: gapTitle }).waitFor();
    await expect
      .poll(() => tableText(projector.locator('main'), /^Gap and probability/))
      .toBe(await tableText(overlay(), /^Gap and probability/));
    expect(
      await projector.locator('svg[aria-label^="Gap between supply and demand"]').count(),
    ).toBe(1);
    await projector.screenshot({ path: join(SHOTS, 'workshop-projector-gap-1366x768.png') });
    expect(await axeViolations(projector)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await projector.close();
    expect(projectorErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works offline after the first visit, and leaves with Esc', async () => {
    await openPresentation();
    // Esc leaves full screen first (where the browser granted it), then the presentation.
    if (await page.evaluate(() => document.fullscreenElement !== null)) {
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.fullscreenElement === null);
      expect(await overlay().count()).toBe(1);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Workshop');

    // The service worker registered on the first visit and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('button', { name: 'Workshop', exact: true }).waitFor();
      await settled(page);
      // A simulation runs: open the presentation and move a lever.
      await page.getByRole('button', { name: 'Workshop', exact: true }).click();
      await overlay().waitFor();
      await settled(page);
      const before = await presenterTable();
      await overlay()
        .getByRole('slider', { name: /Attrition/ })
        .focus();
      await page.keyboard.press('ArrowUp');
      await expect
        .poll(async () => (await settled(page), presenterTable()), { timeout: 90_000 })
        .not.toBe(before);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
