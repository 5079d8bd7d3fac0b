/**
 * Files in and out of the built app, in real Chromium: open a scenario file through the
 * picker and by dropping it, refuse a bad one without touching the work, download the
 * scenario and the results, import a population from a CSV table (demand follows), import a
 * stock given in five-year age groups (the preview shows the groups and the single years;
 * the planner chooses how to spread them), import Eurostat's bulk download (TSV) of two
 * countries as it is, and refuse a bad table row by row; axe on the open menu and the import
 * dialog.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import exampleland from '../../app/data/examples/exampleland.json';
import minimal from '../../app/data/examples/minimal.json';
import { parseScenarioJson } from '../../model/scenario/parse.ts';
import { CSV_HEADER } from '../../model/result/result-csv.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import {
  settled as settledPage,
  chartFrame,
  axeViolations as axeOn,
  reveal,
} from '../helpers/app-page.ts';

const settled = () => settledPage(page);
const frame = (title: RegExp) => chartFrame(page, title);
const axeViolations = () => axeOn(page);

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

// Every test starts from a fresh load of the app (the built-in example) in its own context.
beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled();
});

/** The demand medians of the "Supply and demand" table alternative, by year. */
async function demandMedians(): Promise<string[]> {
  const f = frame(/^Supply and demand/);
  await f.getByRole('button', { name: 'Table', exact: true }).click();
  const table = f.locator('table').first();
  const head = await table.locator('thead').innerText();
  expect(head).toMatch(/Demand/);
  // Year, then Supply: median and three intervals, then Demand: median and three intervals.
  const medians = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[4]?.textContent ?? ''));
  await f.getByRole('button', { name: 'Chart', exact: true }).click();
  return medians;
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

async function openMenu(): Promise<void> {
  const details = page.locator('details.files-menu');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
}

/** Clicks a Files menu entry that downloads, and gives the file's name and text. */
async function download(name: string): Promise<{ name: string; text: string }> {
  await openMenu();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function chooseScenarioFile(name: string, text: string): Promise<void> {
  await openMenu();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a scenario file…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const notices = () => page.locator('.notice').allInnerTexts();

async function dismissNotices(): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/** The example's population as Eurostat's SDMX-CSV, older every year: more people of 65
 *  and over, fewer children. */
function olderPopulationCsv(): string {
  const pop = exampleland.population;
  const lines = [
    'DATAFLOW,LAST UPDATE,freq,projection,sex,age,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
  ];
  pop.years.forEach((year, k) => {
    for (const [sex, rows] of [
      ['F', pop.female],
      ['M', pop.male],
    ] as const) {
      rows[k].forEach((v, i) => {
        const age = pop.ages.min + i;
        const code = age === 0 ? 'Y_LT1' : age === pop.ages.max ? `Y_GE${age}` : `Y${age}`;
        const factor = age >= 65 ? 1 + 0.04 * k : age < 15 ? 1 - 0.01 * k : 1;
        lines.push(
          `ESTAT:PROJ_23NP(1.0),20/06/23 23:00:00,A,BSL,${sex},${code},PER,XL,${year},${Math.round(v * factor)},`,
        );
      });
    }
  });
  return lines.join('\r\n') + '\r\n';
}

describe.sequential('files in and out of the app', () => {
  it('the Files menu lists its entries, and axe finds nothing with it open', async () => {
    await openMenu();
    for (const name of [
      'Open a scenario file…',
      'Download the scenario (JSON)',
      'Download the results (JSON)',
      'Download the results (CSV)',
      'Import a table (CSV)…',
    ]) {
      await expect.poll(() => page.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await shot('files-menu.png');
    expect(await axeViolations()).toEqual([]);
    await page.locator('details.files-menu summary').click();
  });

  it('downloads the scenario and the results, which read back', async () => {
    const scenario = await download('Download the scenario (JSON)');
    expect(scenario.name).toBe('exampleland-nurses-and-gps.json');
    expect(scenario.text).toMatch(/^\{\n {2}"schema": "hwf-scenario\/1"/);
    expect(JSON.parse(scenario.text)).toEqual(exampleland);
    expect(parseScenarioJson(scenario.text).ok).toBe(true);

    const json = await download('Download the results (JSON)');
    expect(json.name).toBe('exampleland-nurses-and-gps-results.json');
    const result = JSON.parse(json.text) as {
      schema: string;
      scenario: string;
      professions: { id: string; demand: { p50: number[] } }[];
      years: number[];
    };
    expect(result.schema).toBe('hwf-result/1');
    expect(result.scenario).toBe(exampleland.name);
    expect(result.professions.map((p) => p.id)).toEqual(['nurse', 'gp']);
    expect(result.professions[0].demand.p50).toHaveLength(result.years.length);

    const csv = await download('Download the results (CSV)');
    expect(csv.name).toBe('exampleland-nurses-and-gps-results.csv');
    const lines = csv.text.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines.some((l) => l.startsWith('nurse,demand,2040,p50,'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a scenario file chosen in the file picker, with a way back', async () => {
    const doc = { ...structuredClone(minimal), name: 'Midwives from a file' };
    await chooseScenarioFile('midwives.json', JSON.stringify(doc, null, 2));
    await expect.poll(() => page.locator('h1').innerText()).toBe('Midwives from a file');
    await expect
      .poll(notices)
      .toContainEqual(expect.stringContaining('You opened the scenario from midwives.json'));
    await settled();
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(exampleland.name);
    await settled();
  });

  it('refuses a bad file with the line and column, and the work stays as it was', async () => {
    const before = await demandMedians();
    await chooseScenarioFile('broken.json', '{\n  "schema": "hwf-scenario/1",\n  "name": }\n');
    await expect
      .poll(notices)
      .toContainEqual(
        expect.stringMatching(
          /^The scenario file "broken\.json" was not opened: line 3, column 11: .*Your scenario is unchanged\./,
        ),
      );
    expect(await page.locator('h1').innerText()).toBe(exampleland.name);
    expect(await page.getByRole('button', { name: 'Go back to it' }).count()).toBe(0);

    // A file that is JSON but breaks the scenario's rules: every problem, with its path.
    const bad = { ...structuredClone(exampleland), horizonYears: 0, ages: { min: 50, max: 20 } };
    await dismissNotices();
    await chooseScenarioFile('rules.json', JSON.stringify(bad));
    await expect
      .poll(notices)
      .toContainEqual(
        expect.stringMatching(/"rules\.json" was not opened: .*horizonYears: .*ages/),
      );
    expect(await demandMedians()).toEqual(before);
    await shot('files-bad-file.png');
    await dismissNotices();
  });

  it('opens a scenario file dropped on the page, with a drop hint while dragging', async () => {
    const doc = JSON.stringify({ ...structuredClone(minimal), name: 'Dropped midwives' });
    const transfer = await page.evaluateHandle((text) => {
      const t = new DataTransfer();
      t.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return t;
    }, doc);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.files-drop-hint').isVisible()).toBe(true);
    await shot('files-drop-hint.png');
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.files-drop-hint').count()).toBe(0);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dropped midwives');
    await settled();
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(exampleland.name);
    await settled();
  });

  it('imports a population from a CSV file: the preview, then demand follows', async () => {
    const before = await demandMedians();
    await openMenu();
    await page.getByRole('button', { name: 'Import a table (CSV)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a table (CSV)' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog
      .getByLabel('Import into')
      .selectOption({ label: 'Population (by year, age and sex)' });
    await dialog.getByLabel('CSV file').setInputFiles({
      name: 'proj_23np_older.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(olderPopulationCsv()),
    });
    const status = dialog.getByRole('status');
    await expect.poll(() => status.innerText()).toMatch(/^Ready to import into the population/);
    const preview = await dialog.locator('.files-summary').innerText();
    expect(preview).toMatch(/4[\s,.\u202f\u00a0]?242 rows read/);
    expect(preview).toMatch(/Ages 0–100 \(the last is 100 and over\)/);
    expect(preview).toMatch(/Years 2025–2045 \(21\)/);
    expect(preview).toMatch(/year from TIME_PERIOD, value from OBS_VALUE/);
    await shot('files-import-dialog.png');
    expect(await axeViolations()).toEqual([]);

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(notices)
      .toContainEqual(
        expect.stringContaining(
          'Imported the population (2025–2045, ages 0–100) from proj_23np_older.csv.',
        ),
      );
    await settled();
    const after = await demandMedians();
    expect(after).toHaveLength(before.length);
    expect(after[0]).toBe(before[0]); // the base year's demand is where it was
    expect(after[after.length - 1]).not.toBe(before[before.length - 1]);
    await dismissNotices();
  });

  it('imports a stock in five-year age groups: both views, the choice, then the editor', async () => {
    await openMenu();
    await page.getByRole('button', { name: 'Import a table (CSV)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a table (CSV)' });
    await dialog
      .getByLabel('Import into')
      .selectOption({ label: 'Stock of Nurses (headcount by age and sex)' });
    // A ministry's table: ;-separated, five-year groups with an en dash, an open 65+.
    const groups: [string, number, number][] = [
      ['20–24', 500, 100],
      ['25–29', 1200, 260],
      ['30–34', 1400, 300],
      ['35–39', 1300, 310],
      ['40–44', 1100, 280],
      ['45–49', 1000, 250],
      ['50–54', 900, 240],
      ['55–59', 800, 200],
      ['60–64', 600, 150],
      ['65+', 200, 60],
    ];
    const csv = ['Age group;Sex;Headcount']
      .concat(groups.flatMap(([age, f, m]) => [`${age};F;${f}`, `${age};M;${m}`]))
      .join('\r\n');
    await dialog.getByLabel('CSV file').setInputFiles({
      name: 'nurses-by-group.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const status = dialog.getByRole('status');
    await expect
      .poll(() => status.innerText())
      .toBe(
        'Ready to import into the stock of Nurses, with the groups of ages spread smoothly across the groups: nothing changes until you choose Import.',
      );
    expect(await dialog.locator('.files-summary').innerText()).toContain(
      '20 rows give groups of ages, spread over single years: smoothly across the groups.',
    );
    // The groups as given, and the single years after the split.
    const given = dialog.getByRole('region', { name: 'As given' });
    expect(await given.locator('tbody tr').count()).toBe(10);
    expect(await given.locator('tbody tr').first().innerText()).toMatch(/^20–24\s+500\s+100$/);
    expect(await given.locator('tbody tr').last().innerText()).toMatch(/^65\+\s+200\s+60$/);
    const smooth = dialog.getByRole('region', { name: /^Single years after the split, smoothly/ });
    expect(await smooth.locator('tbody tr').count()).toBe(55);
    const smoothRows = await smooth.locator('tbody tr').allInnerTexts();
    const female = (rows: string[]) =>
      rows.map((r) => Number(r.split(/\t/)[1].replace(/[^\d]/g, '')));
    const sums = (v: number[]) =>
      Array.from({ length: 10 }, (_, k) => v.slice(5 * k, k === 9 ? 55 : 5 * k + 5)).map((g) =>
        g.reduce((a, b) => a + b, 0),
      );
    expect(sums(female(smoothRows))).toEqual(groups.map((g) => g[1]));
    expect(new Set(female(smoothRows).slice(0, 5)).size).toBeGreaterThan(1); // not flat
    await shot('files-import-groups.png');
    expect(await axeViolations()).toEqual([]);

    // The planner chooses even shares instead: the preview follows, by keyboard.
    const even = dialog.getByRole('radio', { name: /^Evenly within each group/ });
    await even.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => even.isChecked()).toBe(true);
    const evenTable = dialog.getByRole('region', { name: /^Single years after the split, evenly/ });
    await expect
      .poll(async () => female(await evenTable.locator('tbody tr').allInnerTexts()).slice(0, 6))
      .toEqual([100, 100, 100, 100, 100, 240]);
    await expect.poll(() => status.innerText()).toMatch(/spread evenly within each group:/);

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(notices)
      .toContainEqual(
        expect.stringContaining(
          'Imported the stock of Nurses from nurses-by-group.csv; the groups of ages were spread over single years evenly within each group.',
        ),
      );
    await settled();
    // The stock in the editor: age 20 and age 65 (the open group over 65–74).
    const digits = (v: string) => v.replace(/[^\d.]/g, '');
    const age20 = await reveal(page, 'field-professions-0-stock-female-0');
    expect(digits(await age20.inputValue())).toBe('100');
    const age65 = await reveal(page, 'field-professions-0-stock-female-45');
    expect(digits(await age65.inputValue())).toBe('20');
    const male74 = await reveal(page, 'field-professions-0-stock-male-54');
    expect(digits(await male74.inputValue())).toBe('6');
    await dismissNotices();
    expect(errors).toEqual([]);
  });

  it('imports Eurostat’s bulk download (TSV) as it is: the country chosen, totals left out', async () => {
    await openMenu();
    await page.getByRole('button', { name: 'Import a table (CSV)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a table (CSV)' });
    await dialog
      .getByLabel('Import into')
      .selectOption({ label: 'Stock of General practitioners (headcount by age and sex)' });
    await dialog.getByLabel('Leave out rows of ages outside the workforce ages 20–74').check();
    await dialog.getByLabel('CSV file').setInputFiles({
      name: 'hlth_rs_phys-like.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: readFileSync(join(REPO_ROOT, 'tests/fixtures/eurostat/hlth_rs_phys-like.tsv')),
    });
    await expect
      .poll(() => dialog.locator('.files-errors').innerText())
      .toContain('the file holds 2 countries in column geo: DE, PL; pick one');
    // The choice appears because the file holds two countries; chosen by keyboard.
    const country = dialog.getByLabel(
      'The file holds 2 countries in column geo: which one to import?',
    );
    await country.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => country.inputValue()).toBe('DE');
    const status = dialog.getByRole('status');
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Ready to import into the stock of General practitioners/);
    const noted = await dialog.locator('.files-warnings').innerText();
    expect(noted).toMatch(/column 2025: the value \(37624\) is flagged b, a break in series/);
    expect(noted).toMatch(/both sexes together \("T"\) left out/);
    expect(await axeViolations()).toEqual([]);

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(notices)
      .toContainEqual(
        expect.stringContaining(
          'Imported the stock of General practitioners from hlth_rs_phys-like.tsv',
        ),
      );
    await settled();
    // Germany's women aged 35–44 in 2025 (37 624 in the file) over the ages 35–44.
    let women = 0;
    for (let i = 15; i <= 24; i++) {
      const field = await reveal(page, `field-professions-1-stock-female-${i}`);
      women += Number((await field.inputValue()).replace(/[^\d]/g, ''));
    }
    expect(women).toBe(37624);
    await dismissNotices();
    expect(errors).toEqual([]);
  });

  it('refuses a bad table row by row, and changes nothing', async () => {
    const before = await demandMedians();
    await openMenu();
    await page.getByRole('button', { name: 'Import a table (CSV)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a table (CSV)' });
    await dialog
      .getByLabel('Import into')
      .selectOption({ label: 'Stock of Nurses (headcount by age and sex)' });
    await dialog
      .getByLabel('Or paste the table')
      .fill('age;sex;value\n20;F;120\n21;T;240\n22;F;12,5a\nY70-65;M;3\n');
    await expect
      .poll(() => dialog.locator('.files-errors').innerText())
      .toContain('row 3, column sex: "T" is the total of both sexes');
    const problems = await dialog.locator('.files-errors li').allInnerTexts();
    expect(problems).toEqual([
      'row 3, column sex: "T" is the total of both sexes; the import needs females and males in separate rows: leave the total rows out',
      'row 4, column value: "12,5a" is not a number',
      'row 5, column age: "Y70-65" is not a group of ages: it runs from 70 down to 65',
    ]);
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(
      true,
    );
    await shot('files-import-errors.png');
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await demandMedians()).toEqual(before);
    expect((await notices()).some((n) => /Imported/.test(n))).toBe(false);
    expect(errors).toEqual([]);
  });
});
