/**
 * The scenario library in real Chromium, against the built site: save and the saved state,
 * the working scenario across a reload and a closed-and-reopened page, save as / rename /
 * duplicate / delete with undo, a damaged record, two tabs that do not overwrite each other,
 * a share link that takes precedence, a full disk that loses nothing, a browser window without IndexedDB, a newer version in
 * another tab, and axe on the open menu and the conflict dialog.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import {
  settled as settledPage,
  axeViolations as axeOn,
  reveal as revealField,
} from '../helpers/app-page.ts';

const settled = (p: Page) => settledPage(p);
const axeViolations = (p: Page) => axeOn(p);

const browser = freshContextPerTest();
let page: Page;
let errors: string[];
let origin: string;

// Every test starts with an empty library: the app's first visit, in a context of its own.
beforeEach(async () => {
  origin = inject('appOrigin');
  ({ page, errors } = await browser.open(origin));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const menu = (p: Page) => p.locator('details.library-menu');
const panel = (p: Page) => menu(p).locator('.library-panel');
const savedState = (p: Page) => p.locator('.library-saved');
const notices = (p: Page) => p.locator('p.notice[role="status"]').allInnerTexts();
const title = (p: Page) => p.locator('h1').innerText();
/** The names in "Saved in this browser", newest first. */
const names = (p: Page) => panel(p).locator('.library-name').allInnerTexts();

async function openMenu(p: Page): Promise<void> {
  if (!(await menu(p).evaluate((d) => (d as HTMLDetailsElement).open))) {
    await menu(p).locator('summary').click();
  }
}

async function closeMenu(p: Page): Promise<void> {
  if (await menu(p).evaluate((d) => (d as HTMLDetailsElement).open)) {
    await menu(p).locator('summary').click();
  }
}

/** Types a new scenario name into the editor (opening its section if need be). */
async function rename(p: Page, name: string): Promise<void> {
  const field = p.locator('#field-name');
  const sections = p.locator('details', { has: field });
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await section.locator(':scope > summary').click();
    }
  }
  await field.fill(name);
  await expect.poll(() => title(p)).toBe(name);
}

/** A saved scenario's line in the open menu. */
const item = (p: Page, name: string) =>
  panel(p)
    .locator('li.library-item')
    .filter({ has: p.locator('.library-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function save(p: Page): Promise<void> {
  await openMenu(p);
  await panel(p).getByRole('button', { name: 'Save', exact: true }).click();
}

/** Saves the working scenario as a new record called `name`, which it then stays bound to. */
async function saveAs(p: Page, name: string): Promise<void> {
  await openMenu(p);
  await panel(p).getByRole('button', { name: 'Save as…' }).click();
  await panel(p).getByLabel('Name of the new saved scenario').fill(name);
  await panel(p).getByRole('button', { name: 'Save as new' }).click();
  await expect.poll(() => names(p)).toContain(name);
  await expect.poll(() => savedState(p).innerText()).toBe('saved ✓');
  await closeMenu(p);
}

/** The built-in example saved (as "Exampleland: nurses and GPs"), then renamed "Plan A" in
 *  the editor and saved over: one record, its name from the first save. */
async function savePlanA(p: Page): Promise<void> {
  await save(p);
  await expect.poll(() => savedState(p).innerText()).toBe('saved ✓');
  await closeMenu(p);
  await rename(p, 'Plan A');
  await save(p);
  await expect.poll(() => savedState(p).innerText()).toBe('saved ✓');
  await expect.poll(() => names(p)).toEqual(['Exampleland: nurses and GPs']);
  await closeMenu(p);
}

/** Waits until the working scenario has been autosaved (the debounce is about 1 s). */
const autosaved = (p: Page) => p.waitForTimeout(1_600);

describe.sequential('the scenario library in Chromium', () => {
  it('saves the working scenario and says so next to the menu', async () => {
    await openMenu(page);
    await expect.poll(() => panel(page).innerText()).toMatch(/No saved scenarios yet/);
    expect(await savedState(page).innerText()).toBe('not saved');
    await save(page);
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    expect(await names(page)).toEqual(['Exampleland: nurses and GPs']);
    // The date is shown in the browser's locale, with a machine-readable twin.
    const time = item(page, 'Exampleland: nurses and GPs').locator('time');
    expect(Date.parse((await time.getAttribute('datetime')) ?? '')).toBeGreaterThan(0);
    expect(await time.innerText()).toMatch(/\d/);
    await closeMenu(page);

    await rename(page, 'Plan A');
    await expect.poll(() => savedState(page).innerText()).toBe('not saved');
    await save(page);
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    // One record, saved over (the library name stays until renamed there).
    expect(await names(page)).toEqual(['Exampleland: nurses and GPs']);
    await closeMenu(page);
    expect(errors).toEqual([]);
  });

  it('the working scenario survives a reload, still saved if it was', async () => {
    await savePlanA(page);
    await autosaved(page);
    await page.reload();
    await expect.poll(() => title(page)).toBe('Plan A');
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    // Edited and reloaded at once: no pause for the autosave or the address bar.
    await rename(page, 'Reloaded plan');
    await page.reload();
    await expect.poll(() => title(page)).toBe('Reloaded plan');
    await expect.poll(() => savedState(page).innerText()).toBe('not saved');
    await settled(page);
  });

  it('a draft with problems survives a reload as it was typed', async () => {
    await rename(page, 'Reloaded plan');
    const field = () => page.locator('#field-professions-0-exits-retirement-sd');
    const reveal = () => revealField(page, 'field-professions-0-exits-retirement-sd');
    await reveal();
    const before = await field().inputValue();
    await field().fill('-1');
    await expect.poll(() => field().getAttribute('aria-invalid')).toBe('true');
    await page.reload();
    await expect.poll(() => title(page)).toBe('Reloaded plan');
    await reveal();
    await expect.poll(() => field().inputValue()).toBe('-1');
    await field().fill(before);
    await settled(page);
  });

  it('and a page closed and opened again', async () => {
    await rename(page, 'Reopened plan');
    await autosaved(page);
    await page.close();
    ({ page, errors } = await browser.open(origin));
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => title(page)).toBe('Reopened plan');
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => title(page)).toBe('Exampleland: nurses and GPs');
    await page.getByRole('button', { name: 'Go back to it' }).waitFor({ state: 'detached' });
    await rename(page, 'Reopened plan');
    await settled(page);
  });

  it('saves as, renames, duplicates, deletes with undo, and opens', async () => {
    // A saved record holding "Plan A", and a working scenario renamed since.
    await savePlanA(page);
    await rename(page, 'Reopened plan');
    await openMenu(page);
    await panel(page).getByRole('button', { name: 'Save as…' }).click();
    const nameField = panel(page).getByLabel('Name of the new saved scenario');
    expect(await nameField.inputValue()).toBe('Reopened plan');
    await nameField.fill('Variant B');
    await panel(page).getByRole('button', { name: 'Save as new' }).click();
    await expect.poll(() => names(page)).toEqual(['Variant B', 'Exampleland: nurses and GPs']);
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    expect(await item(page, 'Variant B').locator('.library-tag').innerText()).toBe('open now');

    await item(page, 'Variant B').getByRole('button', { name: 'Rename Variant B' }).click();
    await panel(page).getByLabel('New name for “Variant B”').fill('Variant C');
    await panel(page).getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => names(page)).toContain('Variant C');
    // Focus returns to the line's Rename button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Rename Variant C');
    expect(await savedState(page).innerText()).toBe('saved ✓');

    await item(page, 'Variant C').getByRole('button', { name: 'Duplicate Variant C' }).click();
    await expect.poll(() => names(page)).toContain('Variant C (copy)');
    expect(await names(page)).toHaveLength(3);

    await item(page, 'Variant C (copy)')
      .getByRole('button', { name: 'Delete Variant C (copy)' })
      .click();
    await expect.poll(() => names(page)).not.toContain('Variant C (copy)');
    const undo = page.locator('.library-undo');
    expect(await undo.innerText()).toMatch(/Deleted “Variant C \(copy\)”/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await undo.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => names(page)).toContain('Variant C (copy)');
    expect(await undo.count()).toBe(0);

    await item(page, 'Variant C (copy)')
      .getByRole('button', { name: 'Delete Variant C (copy)' })
      .click();
    await undo.getByRole('button', { name: 'Dismiss' }).click();
    expect(await undo.count()).toBe(0);
    await expect.poll(() => names(page)).toEqual(['Variant C', 'Exampleland: nurses and GPs']);

    // Open the first saved one: its document as it was saved ("Plan A").
    await item(page, 'Exampleland: nurses and GPs')
      .getByRole('button', { name: 'Open Exampleland: nurses and GPs' })
      .click();
    await expect.poll(() => title(page)).toBe('Plan A');
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    await expect
      .poll(() => notices(page))
      .toContainEqual(expect.stringMatching(/You opened “Exampleland: nurses and GPs”/));
    // The app's undo goes back to Variant C, still saved.
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => title(page)).toBe('Reopened plan');
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    // The list is the same after a reload.
    await page.reload();
    await openMenu(page);
    await expect.poll(() => names(page)).toEqual(['Variant C', 'Exampleland: nurses and GPs']);
    await closeMenu(page);
    expect(errors).toEqual([]);
  });

  it('an example opened from the menu is not saved over the scenario before it', async () => {
    // The scenario before: saved and bound to the record "Variant C", after another one.
    await save(page);
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    await closeMenu(page);
    await saveAs(page, 'Variant C');
    expect(await savedState(page).innerText()).toBe('saved ✓');
    await page.getByText('Examples and new').click();
    await page.getByRole('button', { name: /Open example: Minimal/ }).click();
    await expect.poll(() => title(page)).toMatch(/^Minimal/);
    expect(await savedState(page).innerText()).toBe('not saved');
    await save(page);
    await expect
      .poll(() => names(page))
      .toEqual([
        'Minimal: one profession, no population',
        'Variant C',
        'Exampleland: nurses and GPs',
      ]);
    await closeMenu(page);
    await settled(page);
  });

  it('the open menu works by keyboard, with a visible focus, and has no axe violations', async () => {
    // Saved scenarios in the menu, one of them open now.
    await save(page);
    await expect.poll(() => savedState(page).innerText()).toBe('saved ✓');
    await closeMenu(page);
    await saveAs(page, 'Variant C');
    await menu(page).locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await menu(page).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).not.toBe('none');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menu(page).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('My scenarios');
  });

  it('a damaged record is named, not opened, and not deleted', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('hwf-scenario-lab');
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('scenarios', 'readwrite');
            tx.objectStore('scenarios').put({
              id: 'damaged-1',
              name: 'Broken plan',
              document: { schema: 'hwf-scenario/1', name: 'Broken', horizonYears: -1 },
              modified: Date.now(),
              revision: 1,
              valid: true,
              writer: 'elsewhere',
            });
            tx.oncomplete = () => {
              db.close();
              // Another tab would announce it like this.
              new BroadcastChannel('hwf-scenario-lab-library').postMessage({
                kind: 'changed',
                writer: 'elsewhere',
              });
              resolve();
            };
          };
        }),
    );
    await openMenu(page);
    await expect.poll(() => names(page)).toContain('Broken plan');
    expect(await item(page, 'Broken plan').innerText()).toMatch(/damaged/);
    const before = await title(page);
    await item(page, 'Broken plan').getByRole('button', { name: 'Open Broken plan' }).click();
    await expect
      .poll(() => notices(page))
      .toContainEqual(expect.stringMatching(/“Broken plan” could not be opened: it is damaged/));
    expect(await title(page)).toBe(before);
    await openMenu(page);
    expect(await names(page)).toContain('Broken plan');
    await closeMenu(page);
  });

  it('two tabs do not overwrite each other: the second save asks', async () => {
    await rename(page, 'Reopened plan');
    await saveAs(page, 'Variant C');
    const a = page;
    const { page: b, errors: bErrors } = await browser.open(origin);
    await b.setViewportSize({ width: 1366, height: 768 });
    for (const p of [a, b]) {
      await openMenu(p);
      await item(p, 'Variant C').getByRole('button', { name: 'Open Variant C' }).click();
      await expect.poll(() => title(p)).toBe('Reopened plan');
    }
    await rename(a, 'From A');
    await save(a);
    await expect.poll(() => savedState(a).innerText()).toBe('saved ✓');
    await expect
      .poll(() => savedState(b).innerText())
      .toBe('a newer version was saved in another tab');

    await rename(b, 'From B');
    await save(b);
    const dialog = b.getByRole('dialog', { name: '“Variant C” was saved in another tab' });
    await dialog.waitFor();
    expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Not now');
    expect(await axeViolations(b)).toEqual([]);

    // Take theirs: A's version opens in B; B's own stays one "Go back to it" away.
    await dialog.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => title(b)).toBe('From A');
    await expect.poll(() => savedState(b).innerText()).toBe('saved ✓');
    await b.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => title(b)).toBe('From B');

    // Keep mine: B's version is written over A's, and A hears of it.
    await save(b);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => savedState(b).innerText()).toBe('saved ✓');
    await expect
      .poll(() => savedState(a).innerText())
      .toBe('a newer version was saved in another tab');

    // A saves too: asked again; "Not now" writes nothing.
    await save(a);
    const aDialog = a.getByRole('dialog');
    await aDialog.waitFor();
    await aDialog.getByRole('button', { name: 'Not now' }).click();
    await aDialog.waitFor({ state: 'detached' });
    expect(await title(a)).toBe('From A');
    await openMenu(a);
    await item(a, 'Variant C').getByRole('button', { name: 'Open Variant C' }).click();
    await expect.poll(() => title(a)).toBe('From B');
    expect(bErrors).toEqual([]);
    await b.close();
    expect(errors).toEqual([]);
  });

  it('a share link opened in a new tab takes precedence over the last working scenario', async () => {
    // A last working scenario to come back to, kept in this browser.
    await rename(page, 'The last working plan');
    await autosaved(page);
    const p = await browser.context.newPage();
    await p.goto(`${origin}/#s=${encodeScenarioLink(exampleJson('minimal'))}`);
    await expect.poll(() => title(p)).toMatch(/^Minimal/);
    await settled(p);
    expect(await title(p)).toMatch(/^Minimal/);
    expect(await notices(p)).not.toContainEqual(expect.stringMatching(/last working scenario/));
    await p.close();
  });

  it('a full disk loses nothing: the draft stays, the message says so, the file is offered', async () => {
    const p = await browser.context.newPage();
    const pErrors: string[] = [];
    p.on('pageerror', (e) => pErrors.push(e.message));
    await p.addInitScript(() => {
      IDBObjectStore.prototype.put = function put(): IDBRequest<IDBValidKey> {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await p.goto(origin);
    await p.setViewportSize({ width: 1366, height: 768 });
    await settled(p);
    await rename(p, 'Too big to keep');
    await expect
      .poll(() => notices(p), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/Your browser's storage is full/));
    expect(await title(p)).toBe('Too big to keep');
    await save(p);
    await expect.poll(() => panel(p).innerText()).toMatch(/storage is full/);
    expect(await savedState(p).innerText()).toBe('not saved');
    const [file] = await Promise.all([
      p.waitForEvent('download'),
      panel(p).getByRole('button', { name: 'Download the scenario (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('too-big-to-keep.json');
    const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as { name: string };
    expect(saved.name).toBe('Too big to keep');
    expect(pErrors).toEqual([]);
    await p.close();
  });

  it('works without IndexedDB, and says saving is not available', async () => {
    const p = await browser.context.newPage();
    const pErrors: string[] = [];
    p.on('pageerror', (e) => pErrors.push(e.message));
    await p.addInitScript(() => {
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await p.goto(origin);
    await p.setViewportSize({ width: 1366, height: 768 });
    await expect
      .poll(() => notices(p))
      .toContainEqual(expect.stringMatching(/^Saving is not available in this browser window/));
    // The built-in example, simulated as ever.
    expect(await title(p)).toBe('Exampleland: nurses and GPs');
    await settled(p);
    await openMenu(p);
    expect(await panel(p).innerText()).toMatch(/Saving is not available in this browser window/);
    expect(await panel(p).getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    await rename(p, 'Kept in the page');
    await openMenu(p);
    const [file] = await Promise.all([
      p.waitForEvent('download'),
      panel(p).getByRole('button', { name: 'Download the scenario (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('kept-in-the-page.json');
    expect(await axeViolations(p)).toEqual([]);
    expect(pErrors).toEqual([]);
    await p.close();
  });

  it('a newer version in another tab: this one stops writing and says to reload', async () => {
    await rename(page, 'Before the update');
    await autosaved(page);
    const other = await browser.context.newPage();
    await other.goto(origin);
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('hwf-scenario-lab', 2);
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
        }),
    );
    await expect
      .poll(() => notices(page))
      .toContainEqual(expect.stringMatching(/updated in another tab: reload this page/));
    expect(await title(page)).toBe('Before the update');
    // This version of the app cannot use the newer database: it says so and still works.
    await page.reload();
    await expect
      .poll(() => notices(page))
      .toContainEqual(expect.stringMatching(/written by a newer version of HWF Scenario Lab/));
    await settled(page);
    await other.close();
    expect(errors).toEqual([]);
  });
});
