/**
 * Headless Chromium: the system browser driven by playwright-core. Its path and flags serve
 * the browser tests (fresh-context.ts: a new context per test) and the benchmarks, which
 * launch it here with a fresh profile in a temporary folder that is removed on close.
 *
 * The browser is the one the environment variable CHROMIUM_PATH names, else the first of
 * CHROMIUM_CANDIDATES that exists. When there is none, `chromiumPath()` throws a message that
 * says what to install or what to set.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where a Chromium or Chrome is looked for when CHROMIUM_PATH is not set, in this order. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to drive, or the sentence that says why there is none and what to do. */
export function findChromium(
  env: { CHROMIUM_PATH?: string },
  exists: (path: string) => boolean,
): { path: string } | { message: string } {
  const named = env.CHROMIUM_PATH?.trim();
  if (named) {
    return exists(named)
      ? { path: named }
      : {
          message:
            `CHROMIUM_PATH is set to ${named}, but there is no file there. ` +
            'Set it to the path of a Chromium or Google Chrome executable, or unset it to use the system Chromium.',
        };
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (found) return { path: found };
  return {
    message:
      `The browser tests need Chromium, and none was found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). ` +
      'Install it (Debian and Ubuntu: apt-get install chromium; Fedora: dnf install chromium; ' +
      'macOS: brew install --cask chromium), or set CHROMIUM_PATH to a Chromium or Google Chrome executable: ' +
      'CHROMIUM_PATH=/path/to/chrome npm test.',
  };
}

/** The Chromium executable; throws the message of `findChromium` when there is none. */
export function chromiumPath(): string {
  const found = findChromium(process.env, existsSync);
  if ('message' in found) throw new Error(found.message);
  return found.path;
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** A new tab at `url`, with the page's console errors and uncaught errors collected. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), 'hwf-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      // Charts move to new numbers in 250 ms unless motion is reduced: reduced, a test or
      // a screenshot sees the drawing as it settles, never one caught halfway.
      reducedMotion: 'reduce',
      timeout: 30_000,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    async open(url: string) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(url);
      return { page, errors };
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
