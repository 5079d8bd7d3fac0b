/**
 * A regional scenario in the workshop and the report, in real Chromium against the built
 * app: the training-places lever of one region is offered, named after it, and moves that
 * region's intake alone (checked through the scenario file the app downloads); the bands
 * follow; the report says where the shortages fall; axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { axeViolations, chartTable, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';

const doc = JSON.parse(
  readFileSync(
    new URL('../../app/data/examples/exampleland-regions.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown> & {
  professions: { training: { intake: Record<string, { mode: number }> } }[];
};
const small = { ...doc, simulation: { ...(doc.simulation as object), runs: 300 } };

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeEach(async () => {
  ({ page, errors } = await browser.open(`${inject('appOrigin')}/#s=${encodeScenarioLink(small)}`));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settled(page, 120_000);
});

const overlay = () => page.locator('.hwf-workshop[role="dialog"]');

/** The scenario as the app saves it (Files › Download the scenario). */
async function downloaded(): Promise<typeof doc> {
  const details = page.locator('details.files-menu');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the scenario (JSON)', exact: true }).click(),
  ]);
  return JSON.parse(readFileSync(await file.path(), 'utf8')) as typeof doc;
}

describe.sequential(
  'a regional scenario in the workshop and the report',
  { timeout: 300_000 },
  () => {
    it('offers training places per region; the Rural lever moves Rural’s intake alone', async () => {
      await page.getByRole('button', { name: 'Workshop', exact: true }).click();
      await overlay().waitFor();
      const chooser = overlay().locator('.hwf-ws-chooser');
      await chooser.locator('summary').click();
      const nurses = chooser.locator('fieldset', { hasText: 'Nurses' });
      await nurses.getByLabel('Training places in Rural').check();
      await chooser.locator('summary').click();
      const rural = overlay().getByRole('slider', { name: /Training places in Rural/ });
      await rural.waitFor();
      const before = await chartTable(overlay(), /^Supply and demand/);
      await rural.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
      await expect.poll(() => rural.getAttribute('aria-valuetext')).toMatch(/^\+20 %/);
      await expect
        .poll(async () => (await settled(page), chartTable(overlay(), /^Supply and demand/)), {
          timeout: 90_000,
        })
        .not.toBe(before);
      expect(await axeViolations(page)).toEqual([]);
      await overlay().getByRole('button', { name: 'Leave the presentation' }).click();
      await overlay().waitFor({ state: 'detached' });
      const saved = await downloaded();
      const was = doc.professions[0].training.intake;
      const now = saved.professions[0].training.intake;
      expect(now.rural.mode).toBeCloseTo(was.rural.mode * 1.2, 6);
      for (const id of ['capital', 'north', 'south']) expect(now[id]).toEqual(was[id]);
      expect(errors).toEqual([]);
    });

    it('reports where the shortages fall', async () => {
      await page.getByRole('button', { name: 'Report', exact: true }).click();
      const report = page.locator('.hwf-report-page');
      await report.waitFor();
      await report.getByRole('heading', { name: 'Where the shortages fall' }).waitFor();
      const text = await report.innerText();
      for (const name of ['Capital', 'North', 'South', 'Rural']) expect(text).toContain(name);
      expect(text).toMatch(/Nurses by region, \d{4}/);
      expect(text).toMatch(/of Nurses in Rural move to Capital/);
      expect(text).toMatch(/\(in Rural only\)/);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);
