/**
 * The workshop's Where view in real Chromium against the built app: a regional scenario
 * opened from a share link; the C key reaches the Where view, whose heat table on the stage
 * has the results screen's numbers for the years it shows (the first, the last and the
 * target year always among them), fits a 1920 × 1080 screen without scrolling sideways, has
 * its legend and names the region most likely short; the projector window shows the same
 * table, and its Rural row follows the "Training places in Rural" lever; axe finds nothing;
 * a screenshot of the stage in /tmp for a person to look at. A scenario without regions
 * never offers the view.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { axeViolations, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';

const doc = JSON.parse(
  readFileSync(
    new URL('../../app/data/examples/exampleland-regions.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown> & {
  baseYear: number;
  horizonYears: number;
  analysis: { targetYear: number };
  regions: { id: string; name: string }[];
};
const small = { ...doc, simulation: { ...(doc.simulation as object), runs: 300 } };
const regionNames = doc.regions.map((r) => r.name);
const first = doc.baseYear;
const last = doc.baseYear + doc.horizonYears;
const target = doc.analysis.targetYear;

const browser = freshContextPerTest();
let origin: string;
let page: Page;
let errors: string[];

beforeEach(() => {
  origin = inject('appOrigin');
});

async function openApp(hash = ''): Promise<void> {
  ({ page, errors } = await browser.open(`${origin}/${hash}`));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settled(page, 120_000);
}

const overlay = () => page.locator('.hwf-workshop[role="dialog"]');
const views = () => overlay().getByRole('group', { name: 'Show', exact: true });
const pressed = () => views().locator('button[aria-pressed="true"]').innerText();

/** A heat table as read on the screen: its years and, per row, the text of every cell. */
interface HeatRead {
  years: number[];
  rows: Record<string, string[]>;
  /** Cells whose text is cut. */
  wrong: string[];
}

function readHeat(table: Locator): Promise<HeatRead> {
  return table.evaluate((t) => {
    const years = [...t.querySelectorAll('thead th[scope="col"]')]
      .slice(1)
      .map((th) => Number(/\d{4}/.exec(th.textContent ?? '')?.[0]));
    const rows: Record<string, string[]> = {};
    const wrong: string[] = [];
    for (const tr of t.querySelectorAll('tbody tr, tfoot tr')) {
      const name = tr.querySelector('th')?.textContent?.trim() ?? '';
      const cells = [...tr.querySelectorAll('td')];
      rows[name] = cells.map((c) => c.textContent?.trim() ?? '');
      for (const c of cells) {
        if (c.scrollWidth > c.clientWidth) wrong.push(`${name}: ${c.textContent} cut`);
      }
    }
    return { years, rows, wrong };
  });
}

/** The cells of `shown` equal those of the full table `all` at the same years. */
function sameAsFull(shown: HeatRead, all: HeatRead): void {
  for (const [name, cells] of Object.entries(shown.rows)) {
    const full = shown.years.map((y) => all.rows[name]?.[all.years.indexOf(y)]);
    expect(cells, name).toEqual(full);
  }
}

/** The frame's table fits its width (no sideways scrolling) and its type is large. */
function fits(scope: Locator): Promise<{ fits: boolean; fontPx: number }> {
  return scope.locator('.hwf-ws-where').evaluate((frame) => {
    const scroller = frame.querySelector('.hwf-table-scroll')!;
    const td = frame.querySelector('td')!;
    return {
      fits: scroller.scrollWidth <= scroller.clientWidth + 1,
      fontPx: parseFloat(getComputedStyle(td).fontSize),
    };
  });
}

/** The Where view's frame in a window; its table and the note when years are left out. */
async function checkStage(scope: Locator, all: HeatRead): Promise<HeatRead> {
  const frame = scope.locator('.hwf-ws-where');
  await frame.getByRole('heading', { name: 'Where a shortage is likely' }).waitFor();
  const shown = await readHeat(frame.locator('table.hwf-heat-table'));
  expect(shown.wrong).toEqual([]);
  expect(Object.keys(shown.rows)).toEqual([...regionNames, 'National']);
  for (const y of [first, target, last]) expect(shown.years).toContain(y);
  sameAsFull(shown, all);
  const text = await frame.innerText();
  expect(text).toMatch(/Less likely short[\s\S]*More likely short/);
  expect(text).toContain('The darker the cell, the more likely a shortage');
  if (shown.years.length < all.years.length)
    expect(text).toMatch(/Every (other|fifth|tenth) year is shown/);
  else expect(text).not.toMatch(/year is shown/);
  const size = await fits(scope);
  expect(size.fits).toBe(true);
  expect(size.fontPx).toBeGreaterThanOrEqual(20);
  return shown;
}

describe.sequential('the Where view of the workshop', { timeout: 400_000 }, () => {
  it('shows where the shortages fall on the stage and the projector, following a regional lever', async () => {
    await openApp(`#s=${encodeScenarioLink(small)}`);
    // The results screen's full table, to check the stage's numbers against.
    await page
      .getByRole('group', { name: 'Results view' })
      .getByRole('button', { name: 'Where the shortages fall' })
      .click();
    const fullTable = page.locator('#root table.hwf-heat-table');
    await fullTable.waitFor();
    const all = await readHeat(fullTable);
    expect(all.years).toHaveLength(last - first + 1);

    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await overlay().waitFor();
    await settled(page, 120_000);
    expect(await views().locator('button').allInnerTexts()).toEqual([
      'Result',
      'Gap',
      'Compare',
      'Difference',
      'Where',
    ]);
    // The Result view's headline names the region most likely short.
    expect(await overlay().locator('.hwf-ws-headline-text').innerText()).toMatch(
      /Nurses: shortage most likely in \w+/,
    );
    // C goes through the views to Where.
    for (const view of ['Gap', 'Compare', 'Difference', 'Where']) {
      await page.keyboard.press('c');
      await expect.poll(pressed).toBe(view);
    }
    await settled(page, 120_000);
    const stage = overlay().locator('.hwf-ws-stage');
    const onStage = await checkStage(stage, all);
    expect(await stage.locator('.hwf-ws-headline-text').innerText()).toMatch(
      /^In \d{4} .*Nurses: shortage most likely in \w+ \([^)]*% in \d{4}\)/s,
    );
    const overflowing = await overlay().evaluate((root) =>
      [...root.querySelectorAll('.hwf-ws-stage, .hwf-ws-stage *')]
        .filter(
          (el) =>
            !el.classList.contains('visually-hidden') &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX !== 'visible',
        )
        .map((el) => el.className),
    );
    expect(overflowing).toEqual([]);
    await page.screenshot({ path: '/tmp/workshop-where-stage-1920x1080.png' });
    expect(await axeViolations(page)).toEqual([]);

    // The projector draws the same table.
    const opened = await browser.open(`${origin}/?view=projector`);
    const projector = opened.page;
    await projector.setViewportSize({ width: 1920, height: 1080 });
    const main = projector.locator('main');
    const before = await checkStage(main, all);
    await projector.screenshot({ path: '/tmp/workshop-where-projector-1920x1080.png' });
    expect(await axeViolations(projector)).toEqual([]);

    // Training places in Rural, chosen and moved: the projector's Rural row follows.
    const chooser = overlay().locator('.hwf-ws-chooser');
    await chooser.locator('summary').click();
    await chooser
      .locator('fieldset', { hasText: 'Nurses' })
      .getByLabel('Training places in Rural')
      .check();
    await chooser.locator('summary').click();
    const rural = overlay().getByRole('slider', { name: /Training places in Rural/ });
    await rural.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => rural.getAttribute('aria-valuetext')).toMatch(/^\+100 %/);
    await settled(page, 120_000);
    await expect
      .poll(async () => (await readHeat(main.locator('table.hwf-heat-table'))).rows.Rural, {
        timeout: 60_000,
      })
      .not.toEqual(before.rows.Rural);
    expect(await projector.locator('.hwf-projector-levers').innerText()).toMatch(
      /Training places in Rural: \+100 %/,
    );
    // Both windows agree with the results screen's new numbers.
    const allAfter = await readHeat(fullTable);
    sameAsFull(await readHeat(main.locator('table.hwf-heat-table')), allAfter);
    sameAsFull(await readHeat(stage.locator('table.hwf-heat-table')), allAfter);
    expect(allAfter.rows.Rural).not.toEqual(all.rows.Rural);
    expect(onStage.years.length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('is never offered for a scenario without regions', async () => {
    await openApp();
    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await overlay().waitFor();
    expect(await views().locator('button').allInnerTexts()).toEqual([
      'Result',
      'Gap',
      'Compare',
      'Difference',
    ]);
    for (const view of ['Gap', 'Compare', 'Difference', 'Result']) {
      await page.keyboard.press('c');
      await expect.poll(pressed).toBe(view);
    }
    expect(await overlay().locator('table.hwf-heat-table').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
