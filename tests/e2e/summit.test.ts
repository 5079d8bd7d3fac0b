/**
 * The planning summit in the built app, in real Chromium: a facilitator starts a summit in
 * the workshop, roles put proposals on the table (named by the role), one is shown on the
 * stage as a named variant, accepted ones build the plan shown against the baseline; the
 * rounds, the proposals and the plan survive a reload and reach the projector window; the
 * debrief says what moved the result, what it cost and what is uncertain, prints on A4, and
 * exports the plan as a scenario file and as the report. Axe finds nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import { axeViolations, settled } from '../helpers/app-page.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';

/** A built-in example with fewer futures, to open by link. */
function example(name: string, runs = 300): Record<string, unknown> {
  const doc = JSON.parse(
    readFileSync(new URL(`../../app/data/examples/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  return { ...doc, simulation: { ...(doc.simulation as object), runs } };
}

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
  ({ page, errors } = await browser.open(origin));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const overlay = () => page.locator('.hwf-workshop[role="dialog"]');
const sheet = () => page.locator('.hwf-summit[role="dialog"]');

async function openWorkshop(): Promise<void> {
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await overlay().waitFor();
  await settled(page);
}

async function openSummit(): Promise<void> {
  await overlay()
    .getByRole('button', { name: /^Summit/ })
    .click();
  await sheet().waitFor();
}

/** Fills the proposal form and puts the proposal on the table. */
async function propose(role: string, lever: RegExp, change: string, from: string, region?: string) {
  const form = sheet().locator('form');
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByLabel('Profession').selectOption({ label: 'Nurses' });
  const option = await form
    .getByLabel('Lever')
    .locator('option')
    .evaluateAll(
      (options, source) =>
        options.find((o) => new RegExp(source).test(o.textContent ?? ''))?.getAttribute('value'),
      lever.source,
    );
  await form.getByLabel('Lever').selectOption(option ?? '');
  if (region) await form.getByLabel('Region').selectOption({ label: region });
  await form.getByLabel(/^Change/).fill(change);
  await form.getByLabel('From the year').fill(from);
  await form.getByRole('button', { name: 'Put it on the table' }).click();
}

/** The number of pages of a PDF file. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the planning summit', () => {
  it('builds a plan in rounds that survives a reload, reaches the projector and ends in a debrief', async () => {
    await openWorkshop();
    await openSummit();
    await sheet().getByRole('button', { name: 'Start the summit from the baseline' }).click();
    await sheet().getByRole('heading', { name: 'Planning summit · round 1' }).waitFor();

    // The words the room will see, as the form is filled.
    await propose('Universities', /^Training places/, '15', '2027');
    const first = 'Universities: +15 % training places of nurses from 2027';
    await sheet().locator('.hwf-summit-proposals li', { hasText: first }).waitFor();
    expect(await sheet().locator('.hwf-summit-status').first().innerText()).toBe('(on the table)');
    expect(await axeViolations(page, '.hwf-summit')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'summit-rounds-1366x768.png') });

    // A projector window, as the room sees it.
    const opened = await browser.open(`${origin}/?view=projector`);
    const projector = opened.page;
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.locator('.hwf-summit-strip').waitFor();
    expect(await projector.locator('.hwf-summit-strip').innerText()).toMatch(/round 1/);

    // Shown on the stage: the comparison names the variant by the role's proposal.
    await sheet()
      .locator('.hwf-summit-proposals li', { hasText: first })
      .getByRole('button', { name: 'Show on the stage' })
      .click();
    await expect.poll(() => sheet().count()).toBe(0);
    await expect.poll(() => overlay().innerText()).toContain(`Variant A (long dashes): ${first}`);
    await expect
      .poll(() => projector.locator('.hwf-summit-strip').innerText())
      .toContain(`On the table: ${first}`);
    await expect.poll(() => projector.locator('main').innerText()).toContain(first);

    // Accepted; a second proposal in the next round, accepted too.
    await openSummit();
    await sheet()
      .locator('.hwf-summit-proposals li', { hasText: first })
      .getByRole('button', { name: 'Accept' })
      .click();
    await sheet().getByRole('button', { name: 'Next round' }).click();
    await sheet().getByRole('heading', { name: 'Planning summit · round 2' }).waitFor();
    await propose('Professional associations', /^Retirement age/, '1', '2028');
    const second = 'Professional associations: retirement age of nurses +1 year from 2028';
    await sheet()
      .locator('.hwf-summit-proposals li', { hasText: second })
      .getByRole('button', { name: 'Accept' })
      .click();
    await propose('Regions', /^Emigration/, '-0,5', '2027');
    const declined = sheet().locator('.hwf-summit-proposals li', { hasText: 'Regions:' });
    await declined.getByRole('button', { name: 'Decline' }).click();
    await expect.poll(() => declined.innerText()).toContain('(declined)');
    expect(await sheet().locator('.hwf-summit-plan li').allInnerTexts()).toEqual([first, second]);
    const table = sheet().locator('table', { hasText: 'The plan against the baseline' });
    await table.waitFor({ timeout: 60_000 });
    expect(await table.innerText()).toMatch(/Nurses: shortage likely/);
    await expect
      .poll(() => projector.locator('.hwf-summit-strip').innerText())
      .toMatch(/round 2[\s\S]*Universities[\s\S]*Professional associations/);

    // A reload loses nothing: the round, the proposals and the plan come back.
    await page.reload();
    await settled(page);
    await openWorkshop();
    expect(
      await overlay()
        .getByRole('button', { name: /^Summit/ })
        .innerText(),
    ).toBe('Summit · round 2');
    await openSummit();
    expect(await sheet().locator('.hwf-summit-plan li').allInnerTexts()).toEqual([first, second]);
    expect(await declined.innerText()).toContain('(declined)');
    // …and the projector gets the summit again from the reloaded presenter.
    await expect
      .poll(() => projector.locator('.hwf-summit-strip').innerText())
      .toMatch(/round 2[\s\S]*Professional associations/);
    await projector.screenshot({ path: join(SHOTS, 'summit-projector-1920x1080.png') });
    expect(await axeViolations(projector)).toEqual([]);

    // The debrief.
    await sheet().getByRole('button', { name: 'Debrief' }).click();
    const debrief = sheet().locator('.hwf-summit-debrief');
    await debrief.getByRole('heading', { name: 'What is still uncertain' }).waitFor({
      timeout: 90_000,
    });
    const text = await debrief.innerText();
    expect(text).toContain('What moved the result most');
    expect(text).toMatch(/(Universities|Professional associations): .* for nurses in \d{4}/);
    expect(text).toContain('The scenario has no costs');
    expect(text).toMatch(/in 9 futures out of 10 the gap lies between/);
    expect(await axeViolations(page, '.hwf-summit')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'summit-debrief-1366x768.png') });
    // The room sees the same debrief in the projector window.
    const moved = await debrief
      .locator('section', { hasText: 'What moved' })
      .locator('p')
      .innerText();
    await expect.poll(() => projector.locator('main').innerText()).toContain(moved);
    expect(await projector.locator('h1').innerText()).toBe('Planning summit: the debrief');
    await projector.screenshot({ path: join(SHOTS, 'summit-projector-debrief-1920x1080.png') });
    expect(await axeViolations(projector)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, 'summit-debrief.pdf'), pdf);
    // Two proposals, two professions: one A4 page.
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The plan as a scenario file: the baseline with the two accepted policies.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sheet().getByRole('button', { name: 'Download the plan' }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      name: string;
      policies: { parameter: string; value: number; startYear: number }[];
    };
    expect(saved.name).toMatch(/summit plan$/);
    expect(saved.policies.slice(-2)).toMatchObject([
      { parameter: 'training.intake', value: 0.15, startYear: 2027 },
      { parameter: 'exits.retirement.meanAge', value: 1, startYear: 2028 },
    ]);
    expect(parseScenario(saved).ok).toBe(true);

    // The plan's report, and back to the debrief by Esc.
    await sheet().getByRole('button', { name: 'Report of the plan' }).click();
    const report = page.locator('.hwf-report[role="dialog"]');
    await report.waitFor();
    expect(await report.innerText()).toContain('summit plan');
    await page.keyboard.press('Escape');
    await sheet().waitFor();
    expect(await overlay().count()).toBe(1);
    expect(errors).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('prices the plan of a scenario with costs, and takes a region and a decimal comma', async () => {
    // The example with costs: the plan's cost against the baseline's in the debrief.
    await page.goto(`${origin}/#s=${encodeScenarioLink(example('exampleland-costs'))}`);
    await settled(page, 120_000);
    await openWorkshop();
    await openSummit();
    await sheet().getByRole('button', { name: 'Start the summit from the baseline' }).click();
    await propose('Ministry of health', /^Immigration/, '20', '2027');
    const title = 'Ministry of health: +20 % immigration of nurses from 2027';
    await sheet()
      .locator('.hwf-summit-proposals li', { hasText: title })
      .getByRole('button', { name: 'Accept' })
      .click();
    const table = sheet().locator('table', { hasText: 'The plan against the baseline' });
    await expect.poll(() => table.innerText(), { timeout: 90_000 }).toMatch(/Cost, present value/);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'summit-rounds-1920x1080.png') });
    await sheet().getByRole('button', { name: 'Debrief' }).click();
    const debrief = sheet().locator('.hwf-summit-debrief');
    await debrief.getByRole('heading', { name: 'What is still uncertain' }).waitFor({
      timeout: 90_000,
    });
    expect(await debrief.innerText()).toMatch(
      /The plan costs [A-Z]{3} .* against .* baseline: [+−]/,
    );
    expect(await axeViolations(page, '.hwf-summit')).toEqual([]);

    // A scenario with regions in a browser that writes a decimal comma.
    const context = await browser.context.browser()!.newContext({ locale: 'it-IT' });
    // English words (the reader's choice), the Italian browser's numbers.
    await context.addInitScript(() => localStorage.setItem('hwf-language', 'en'));
    try {
      const other = await context.newPage();
      const otherErrors: string[] = [];
      other.on('pageerror', (e) => otherErrors.push(e.message));
      page = other;
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${origin}/#s=${encodeScenarioLink(example('exampleland-regions'))}`);
      await settled(page, 120_000);
      await openWorkshop();
      await openSummit();
      await sheet().getByRole('button', { name: 'Start the summit from the baseline' }).click();
      await propose('Regions', /^Training places/, '10,5', '2027', 'Rural');
      const regional = sheet().locator('.hwf-summit-proposals li', { hasText: 'Regions:' });
      await expect
        .poll(() => regional.locator('.hwf-summit-title').innerText())
        .toBe('Regions: +10,5 % training places of nurses in Rural from 2027');
      await regional.getByRole('button', { name: 'Show on the stage' }).click();
      await expect.poll(() => sheet().count()).toBe(0);
      await expect.poll(() => overlay().innerText()).toContain('Variant A');
      await page.screenshot({ path: join(SHOTS, 'summit-stage-regions-it-1366x768.png') });
      expect(otherErrors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(errors).toEqual([]);
  });
});
