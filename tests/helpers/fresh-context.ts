/**
 * Browser tests that start clean: one headless Chromium per test file (launching is slow),
 * and for each test a new browser context, with its own storage (localStorage, IndexedDB,
 * caches, service workers), permissions and network state, closed when the test ends. No
 * test sees what another left behind.
 *
 * Call `freshContextPerTest()` at the top of a test file, before the file's own hooks: it
 * registers vitest hooks, so a file's beforeEach can open its page in the new context.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './browser.ts';

export interface OpenedPage {
  page: Page;
  /** The page's console errors and uncaught errors, as they come. */
  errors: string[];
}

export interface FreshContexts {
  /** The current test's context (a new one for every test). */
  readonly context: BrowserContext;
  /** A new tab at `url` in `context` (the current test's unless given), errors collected. */
  open(url: string, context?: BrowserContext): Promise<OpenedPage>;
  /** One more context for the current test, as another person's browser; closed with it. */
  newContext(): Promise<BrowserContext>;
}

const CONTEXT_OPTIONS: BrowserContextOptions = {
  // Charts move to new numbers in 250 ms unless motion is reduced: reduced, a test or a
  // screenshot sees the drawing as it settles, never one caught halfway.
  reducedMotion: 'reduce',
};

export function freshContextPerTest(): FreshContexts {
  let browser: Browser | undefined;
  let current: BrowserContext | undefined;
  let extra: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 30_000,
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
  });

  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    current = await browser.newContext(CONTEXT_OPTIONS);
  });

  afterEach(async () => {
    const closing = current ? [current, ...extra] : extra;
    current = undefined;
    extra = [];
    await Promise.all(closing.map((c) => c.close().catch(() => {})));
  });

  return {
    get context() {
      if (!current) throw new Error('no browser context outside a test');
      return current;
    },
    async open(url, context) {
      const page = await (context ?? this.context).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(url);
      return { page, errors };
    },
    async newContext() {
      if (!browser) throw new Error('Chromium did not start');
      const context = await browser.newContext(CONTEXT_OPTIONS);
      extra.push(context);
      return context;
    },
  };
}
