/**
 * Storage faults in real Chromium, against the built site. For each store and each field of
 * each record (and a few documents too large for the editor), the field is replaced by a
 * wrong type, a huge number, a date out of range, -1, NaN, a 5 MB text or null; then a new
 * tab opens the app. It must render with results, name in "My scenarios" every record it
 * set aside, and lose nothing else: the good saved scenario is listed and the newest good
 * working scenario is restored. Cases are grouped by value (one page load per group). Then
 * the faults of the issue one by one: a date out of range after reloads and in a new tab,
 * cleared by keyboard after a download; a draft of 2 000 professions set aside at once,
 * downloaded and discarded; and a part of the page that throws while the rest works.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { keyText } from '../../app/library/records.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { settled } from '../helpers/app-page.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const browser = freshContextPerTest();
let origin: string;
const example = exampleJson('exampleland') as Record<string, unknown>;

beforeEach(() => {
  origin = inject('appOrigin');
});

type Store = 'scenarios' | 'working';
const KINDS = ['wrong type', '1e300', '8.64e15+1', '-1', 'NaN', '5 MB text', 'null'] as const;
type Kind = (typeof KINDS)[number] | 'document';
const FIELDS: Record<Store, readonly string[]> = {
  scenarios: ['id', 'name', 'document', 'modified', 'revision', 'valid', 'writer'],
  working: ['tab', 'document', 'modified', 'valid', 'link', 'link.id', 'link.revision'],
};
/** Documents the editor must never get: too many professions, far too long, far too large. */
const DOCUMENTS = ['2 000 professions', 'name of 5 MB', 'document of 5 MB', 'NaN inside'] as const;

interface Case {
  store: Store;
  field: string;
  kind: Kind;
  /** For kind 'document': which document. */
  document?: (typeof DOCUMENTS)[number];
}

/** The only replacements that leave a record as good as it was. */
const accepted = (c: Case) =>
  (c.field === 'modified' && c.kind === '-1') || (c.field === 'link' && c.kind === 'null');

const label = (c: Case) => `${c.store}.${c.field} = ${c.document ?? c.kind}`;

/** Writes the good records and the cases into the stores (emptied first), from any page of
 *  the site. Returns, for each case, the key it is stored under (as text), or null when
 *  IndexedDB refuses it (a key must be a number, a text, a date or a list). */
async function writeCases(p: Page, cases: readonly Case[]): Promise<(string | null)[]> {
  const keys = await p.evaluate(
    async ({ cases, example }) => {
      const value = (kind: string, original: unknown): unknown => {
        switch (kind) {
          case 'wrong type':
            return typeof original === 'boolean' ? 'yes' : true;
          case '1e300':
            return 1e300;
          case '8.64e15+1':
            return 8.64e15 + 1;
          case '-1':
            return -1;
          case 'NaN':
            return NaN;
          case '5 MB text':
            return 'x'.repeat(5 * 1024 * 1024);
          default:
            return null;
        }
      };
      const documentOf = (which: string, name: string): Record<string, unknown> => {
        const doc: Record<string, unknown> = { ...example, name };
        const professions = example.professions as Record<string, unknown>[];
        if (which === '2 000 professions') {
          doc.professions = Array.from({ length: 2000 }, (_, i) => ({
            ...professions[i % professions.length],
            id: `p${i}`,
          }));
        } else if (which === 'name of 5 MB') doc.name = 'n'.repeat(5 * 1024 * 1024);
        else if (which === 'document of 5 MB') {
          doc.notes = Array.from({ length: 100 }, () => 'd'.repeat(52_000));
        } else if (which === 'NaN inside') doc.horizonYears = NaN;
        return doc;
      };
      const now = Date.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('hwf-scenario-lab');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(new Error(String(r.error)));
      });
      const tx = db.transaction(['scenarios', 'working'], 'readwrite');
      const scenarios = tx.objectStore('scenarios');
      const working = tx.objectStore('working');
      scenarios.clear();
      working.clear();
      scenarios.put({
        id: 'keep',
        name: 'Keep me',
        document: { ...example, name: 'Keep me' },
        modified: now - 60_000,
        revision: 1,
        valid: true,
        writer: 'elsewhere',
      });
      working.put({
        tab: 'good-tab',
        document: { ...example, name: 'Kept draft' },
        modified: now - 60_000,
        valid: true,
        link: null,
      });
      const stored = cases.map((c, i) => {
        const name = `Bad ${i}`;
        const record: Record<string, unknown> =
          c.store === 'scenarios'
            ? {
                id: `bad-${i}`,
                name,
                document: { ...example, name },
                modified: now,
                revision: 1,
                valid: true,
                writer: 'elsewhere',
              }
            : {
                tab: `bad-${i}`,
                document: { ...example, name },
                modified: now,
                valid: true,
                link: { id: 'keep', revision: 1 },
              };
        if (c.kind === 'document') {
          record.document = documentOf(c.document!, name);
          record.valid = false; // a draft saved with its problems: it would open as it is
        } else if (c.field.startsWith('link.')) {
          const link = record.link as Record<string, unknown>;
          record.link = { ...link, [c.field.slice(5)]: value(c.kind, link[c.field.slice(5)]) };
        } else {
          record[c.field] = value(c.kind, record[c.field]);
        }
        try {
          (c.store === 'scenarios' ? scenarios : working).put(record);
          const key = record[c.store === 'scenarios' ? 'id' : 'tab'];
          return typeof key === 'string' ? key : typeof key === 'number' ? key : 'other';
        } catch {
          return null; // DataError: not a key
        }
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
      return stored;
    },
    { cases, example },
  );
  return keys.map((k) => (k === null ? null : keyText(k)));
}

/** The keys (as text) of every stored record, by store. */
async function storedKeys(p: Page): Promise<Record<Store, string[]>> {
  const keys = await p.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('hwf-scenario-lab');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(new Error(String(r.error)));
    });
    const read = (store: string) =>
      new Promise<IDBValidKey[]>((resolve) => {
        const r = db.transaction(store).objectStore(store).getAllKeys();
        r.onsuccess = () => resolve(r.result);
      });
    const result = { scenarios: await read('scenarios'), working: await read('working') };
    db.close();
    return result as { scenarios: (string | number)[]; working: (string | number)[] };
  });
  return { scenarios: keys.scenarios.map(keyText), working: keys.working.map(keyText) };
}

const menu = (p: Page) => p.locator('details.library-menu');
const panel = (p: Page) => menu(p).locator('.library-panel');
async function openMenu(p: Page): Promise<void> {
  if (!(await menu(p).evaluate((d) => (d as HTMLDetailsElement).open))) {
    await menu(p).locator('summary').click();
  }
}
/** The records named as set aside in the open menu: "store key". */
const setAside = (p: Page) =>
  panel(p)
    .locator('li.library-set-aside-item')
    .evaluateAll((items) =>
      items.map((li) => `${li.getAttribute('data-store')} ${li.getAttribute('data-key')}`),
    );
/** The names of the good lines of "Saved in this browser". */
const goodNames = (p: Page) =>
  panel(p)
    .locator('ul.library-list > li.library-item:not(.library-set-aside-item)')
    .evaluateAll((items) =>
      items
        .filter((li) => !li.querySelector('.library-damaged'))
        .map((li) => li.querySelector('.library-name')?.textContent ?? ''),
    );

/** A page of the site that is not the app, to write the stores while no app is open. */
const writerUrl = () => `${origin}/sw.js`;

/**
 * Opens the app in a new tab of `context`; checks it renders with results (`full`: all runs
 * done, else the first results on screen).
 */
async function openApp(
  context: BrowserContext,
  full = true,
): Promise<{ page: Page; errors: string[] }> {
  const opened = await browser.open(origin, context);
  await opened.page.setViewportSize({ width: 1366, height: 768 });
  if (full) await settled(opened.page, 60_000);
  else await opened.page.locator('#results-panel').waitFor({ timeout: 60_000 });
  expect(await opened.page.locator('#root').evaluate((r) => r.childElementCount)).toBeGreaterThan(
    0,
  );
  return opened;
}

const tally = { tried: 0, held: 0, refused: 0 };
afterAll(() => {
  console.info(
    `storage fault cases: ${tally.tried} tried, ${tally.held} held; ${tally.refused} more refused by IndexedDB itself (not a key)`,
  );
});

describe.sequential('storage faults: every field of every record, in a new tab', () => {
  const groups: { title: string; cases: Case[] }[] = [
    ...KINDS.map((kind) => ({
      title: kind,
      cases: (['scenarios', 'working'] as const).flatMap((store) =>
        FIELDS[store].map((field) => ({ store, field, kind })),
      ),
    })),
    {
      title: 'documents the editor must never get',
      cases: (['scenarios', 'working'] as const).flatMap((store) =>
        DOCUMENTS.map((document) => ({
          store,
          field: 'document',
          kind: 'document' as const,
          document,
        })),
      ),
    },
  ];

  it('renders with results, names every record set aside, and loses nothing else', async () => {
    const { context } = browser;
    let app = await openApp(context); // creates the database
    const failures: string[] = [];
    for (const group of groups) {
      await app.page.close();
      const writer = await context.newPage();
      await writer.goto(writerUrl());
      const keys = await writeCases(writer, group.cases);
      await writer.close();
      const started = Date.now();
      app = await openApp(context, false);
      const { page, errors } = app;
      const seconds = (Date.now() - started) / 1000;
      // Nothing else is lost: the newest good working scenario is restored, the good
      // saved one is listed as it was.
      // (the restore may land after the first results, when the stores hold 5 MB records)
      // A good working record newer than it (a link of null is good) is the one restored.
      const newer = group.cases.findIndex(
        (c, i) =>
          c.store === 'working' && keys[i] !== null && accepted(c) && c.field !== 'modified',
      );
      const expected = newer >= 0 ? `Bad ${newer}` : 'Kept draft';
      await expect
        .poll(() => page.locator('h1').innerText(), { message: group.title })
        .toBe(expected);
      await openMenu(page);
      await expect.poll(() => goodNames(page)).toContain('Keep me');
      const named = await setAside(page);
      const stored = await storedKeys(page);
      group.cases.forEach((c, i) => {
        const key = keys[i];
        if (key === null) {
          tally.refused++;
          return;
        }
        tally.tried++;
        const shown = named.includes(`${c.store} ${key}`);
        const ok = accepted(c) ? !shown : shown;
        // Set aside is not removed: it stays in its store until the planner clears it.
        const kept = stored[c.store].includes(key) || c.store === 'working';
        if (ok && kept) tally.held++;
        else failures.push(`${label(c)}: ${shown ? 'set aside' : 'not named'}`);
      });
      const workingAside = group.cases.some(
        (c, i) => c.store === 'working' && keys[i] !== null && !accepted(c),
      );
      if (workingAside) {
        expect(await page.locator('p.notice').allInnerTexts()).toContainEqual(
          expect.stringMatching(/^Set aside, not opened:/),
        );
      }
      expect(errors, group.title).toEqual([]);
      expect(seconds, `${group.title}: the app took ${seconds} s`).toBeLessThan(30);
    }
    expect(failures).toEqual([]);
  }, 240_000);
});

describe.sequential('the faults of the issue', () => {
  /** Adds one record to a store, from the app page. */
  const put = (p: Page, store: Store, record: Record<string, unknown>) =>
    p.evaluate(
      ({ store, record }) =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.open('hwf-scenario-lab');
          r.onerror = () => reject(new Error(String(r.error)));
          r.onsuccess = () => {
            const tx = r.result.transaction(store, 'readwrite');
            tx.objectStore(store).put(record);
            tx.oncomplete = () => {
              r.result.close();
              resolve();
            };
          };
        }),
      { store, record },
    );

  it('a date out of range: the app renders after every reload and in a new tab, and the record is downloaded and cleared by keyboard', async () => {
    const { page, errors } = await openApp(browser.context);
    await openMenu(page);
    await panel(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => goodNames(page)).toEqual(['Exampleland: nurses and GPs']);
    await put(page, 'scenarios', {
      id: 'far-future',
      name: 'Far future',
      document: example,
      modified: 8.64e15 + 1,
      revision: 1,
      valid: true,
      writer: 'elsewhere',
    });
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await settled(page);
      await openMenu(page);
      await expect.poll(() => setAside(page)).toEqual(['scenarios far-future']);
      expect(await panel(page).innerText()).toMatch(/date is out of range \(8640000000000001\)/);
    }
    const other = await openApp(browser.context);
    await openMenu(other.page);
    await expect.poll(() => setAside(other.page)).toEqual(['scenarios far-future']);
    await other.page.close();

    // By keyboard: the labelled button, focused and pressed.
    const clear = panel(page).getByRole('button', {
      name: 'Download and remove the damaged records',
    });
    await clear.focus();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await downloading;
    const text = readFileSync(await file.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      records: [{ store: 'scenarios', key: 'far-future', value: { modified: 8640000000000001 } }],
    });
    await expect.poll(async () => (await storedKeys(page)).scenarios.length).toBe(1);
    expect(await goodNames(page)).toEqual(['Exampleland: nurses and GPs']);
    await expect.poll(() => setAside(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a working draft of 2 000 professions is set aside at once, read-only, and can be downloaded or discarded', async () => {
    const { page } = await openApp(browser.context);
    const professions = example.professions as Record<string, unknown>[];
    await put(page, 'working', {
      tab: 'huge',
      document: {
        ...example,
        name: 'Two thousand',
        professions: Array.from({ length: 2000 }, (_, i) => ({
          ...professions[i % 2],
          id: `p${i}`,
        })),
      },
      modified: Date.now() + 60_000,
      valid: false,
      link: null,
    });
    const started = Date.now();
    const { page: next, errors } = await openApp(browser.context);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await next.locator('h1').innerText()).not.toBe('Two thousand');
    expect(await next.locator('p.notice').allInnerTexts()).toContainEqual(
      expect.stringMatching(/Set aside, not opened: the working scenario “Two thousand”/),
    );
    await openMenu(next);
    const item = panel(next).locator('li.library-set-aside-item[data-key="huge"]');
    expect(await item.innerText()).toMatch(
      /Two thousand[\s\S]*2\u00a0000 professions \(a scenario has at most 30\)/,
    );
    const downloading = next.waitForEvent('download');
    await item
      .getByRole('button', { name: 'Download the working scenario “Two thousand” (JSON)' })
      .click();
    const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as {
      records: { value: { document: { professions: unknown[] } } }[];
    };
    expect(file.records[0].value.document.professions).toHaveLength(2000);
    await item.getByRole('button', { name: 'Discard the working scenario “Two thousand”' }).click();
    await expect.poll(async () => (await storedKeys(next)).working).not.toContain('huge');
    expect(errors).toEqual([]);
  });

  it('a part of the page that throws is replaced by a message; the rest works', async () => {
    // Dates cannot be written in this page: the saved list fails as it renders.
    await browser.context.addInitScript(() => {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        get: () => () => {
          throw new RangeError('Invalid time value');
        },
      });
    });
    const { page } = await openApp(browser.context);
    await openMenu(page);
    await panel(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('[role="alert"]').allInnerTexts())
      .toContainEqual(expect.stringMatching(/could not be shown because of an unexpected problem/));
    // The rest of the app: results, the editor, the menu's own buttons.
    expect(await page.locator('h1').innerText()).toBe('Exampleland: nurses and GPs');
    await expect.poll(() => page.getByText(/Based on/).count()).toBeGreaterThan(0);
    expect(await panel(page).getByRole('button', { name: 'Save as…' }).isVisible()).toBe(true);
  });
});
