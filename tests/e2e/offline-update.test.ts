/**
 * The offline copy across a new version, in real Chromium: the service worker (app/offline/
 * sw.ts, built by vite-plugin-pwa) precaches the files every visit needs and no more; a new
 * version installs in the background and WAITS (a reload keeps the old one), is offered in
 * the page, and takes over only on "Reload now"; taking over, it drops the hand-kept
 * service worker's caches and keeps the on-demand one, so a country used under the old
 * version still loads offline under the new one.
 *
 * The app is built once here; "version B" is that build with a changed index.html and the
 * service worker's precache list changed to match, served on the same address by a small
 * server whose folder the test switches.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const browser = freshContextPerTest();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

let work: string;
let versionA: string;
let versionB: string;
/** The folder the server serves now. */
let served: string;
let server: Server;
let origin: string;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hwf-offline-update-'));
  versionA = join(work, 'a');
  versionB = join(work, 'b');
  // The test runner sets NODE_ENV=test; the site under test is the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: REPO_ROOT,
      mode: 'production',
      logLevel: 'error',
      build: { outDir: versionA, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // Version B: index.html changed, and so its revision in the service worker's list.
  cpSync(versionA, versionB, { recursive: true });
  const indexA = readFileSync(join(versionA, 'index.html'), 'utf8');
  const indexB = indexA.replace('</head>', '<meta name="hwf-build" content="B" /></head>');
  writeFileSync(join(versionB, 'index.html'), indexB);
  const swA = readFileSync(join(versionA, 'sw.js'), 'utf8');
  const entry = (index: string) => `{"revision":"${md5(index)}","url":"index.html"}`;
  expect(swA).toContain(entry(indexA));
  writeFileSync(join(versionB, 'sw.js'), swA.replace(entry(indexA), entry(indexB)));

  served = versionA;
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = normalize(join(served, path.endsWith('/') ? `${path}index.html` : path));
    let body: Buffer;
    try {
      if (!file.startsWith(served)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The names of the page's caches and, for each, the paths it holds. */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => {
        const url = new URL(r.url);
        return url.pathname + url.search;
      });
    }
    return out;
  });
}

const precacheOf = (contents: Record<string, string[]>) =>
  Object.entries(contents).find(([name]) => name.startsWith('workbox-precache-'))?.[1] ?? [];

const build$ = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[name="hwf-build"]')?.getAttribute('content') ?? 'A',
  );

describe('the offline copy across a new version', () => {
  it('precaches what every visit needs, waits with a new version until "Reload now"', async () => {
    const { page, errors } = await browser.open(`${origin}/`);
    await page.setViewportSize({ width: 1366, height: 768 });
    await settled(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });

    // The precache: index.html (with its revision), the scripts, the styles, the core and
    // the worker; no source map, no population data set.
    const first = precacheOf(await cacheContents(page));
    expect(first.filter((p) => p.startsWith('/index.html'))).toEqual([
      `/index.html?__WB_REVISION__=${md5(readFileSync(join(versionA, 'index.html'), 'utf8'))}`,
    ]);
    expect(first.some((p) => p.endsWith('.wasm'))).toBe(true);
    expect(first.some((p) => /\/assets\/sim\.worker-[\w-]+\.js$/.test(p))).toBe(true);
    expect(first.some((p) => p.endsWith('.css'))).toBe(true);
    expect(first.filter((p) => p.endsWith('.map') || /\/assets\/[a-z]{2}-/.test(p))).toEqual([]);
    expect(first.length).toBe(5);

    // A country used under version A: kept in the on-demand cache.
    const population = page.getByLabel('Population', { exact: true });
    await population.selectOption('wpp2019-mt');
    await settled(page);
    await expect
      .poll(async () => (await cacheContents(page))['hwf-on-demand'] ?? [])
      .toContainEqual(expect.stringMatching(/\/assets\/mt-[\w-]+\.js$/));
    // A cache as the hand-kept service worker left them (its version's copy).
    await page.evaluate(() =>
      caches.open('hwf-0ldversi0n').then((c) => c.put('index.html', new Response('old'))),
    );

    // Version B on the server: it installs in the background and waits.
    served = versionB;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const offer = page.getByRole('region', { name: 'New version' });
    await expect.poll(() => offer.count(), { timeout: 30_000 }).toBe(1);
    expect(await offer.getByRole('status').innerText()).toBe(
      'A new version is ready: reload when convenient.',
    );
    expect(
      await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state),
      ),
    ).toBe('installed');
    await offer.getByRole('button', { name: 'Later' }).click();
    expect(await offer.count()).toBe(0);

    // A reload is still version A, and offers B again: it never takes over by itself.
    await page.reload();
    await settled(page);
    expect(await build$(page)).toBe('A');
    await expect.poll(() => offer.count(), { timeout: 30_000 }).toBe(1);

    // "Reload now": B takes over and the page reloads into it.
    await offer.getByRole('button', { name: 'Reload now' }).click();
    await expect.poll(() => build$(page), { timeout: 30_000 }).toBe('B');
    await settled(page);
    expect(await offer.count()).toBe(0);

    // A's index.html left the precache, B's is there; the hand-kept worker's cache is gone,
    // the on-demand one kept.
    const after = await cacheContents(page);
    expect(precacheOf(after).filter((p) => p.startsWith('/index.html'))).toEqual([
      `/index.html?__WB_REVISION__=${md5(readFileSync(join(versionB, 'index.html'), 'utf8'))}`,
    ]);
    expect(Object.keys(after)).not.toContain('hwf-0ldversi0n');
    expect(after['hwf-on-demand']).toContainEqual(expect.stringMatching(/\/assets\/mt-/));

    // Offline, B loads, and the country used under A too.
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await settled(page);
      expect(await build$(page)).toBe('B');
      await population.selectOption('wpp2019-mt');
      await expect
        .poll(() =>
          page.locator('.hwf-population svg[role="img"]').first().getAttribute('aria-label'),
        )
        .toMatch(/Malta/);
      expect(await page.locator('.hwf-population').getByRole('alert').count()).toBe(0);
    } finally {
      await browser.context.setOffline(false);
    }
    expect(errors).toEqual([]);
  });

  it('keeps the language of a first visit, fetched before the service worker was there', async () => {
    // An Italian reader's first visit: the catalogue loads before the app draws, while no
    // service worker controls the page yet.
    await browser.context.addInitScript(() => localStorage.setItem('hwf-language', 'it'));
    const { page, errors } = await browser.open(`${origin}/`);
    await page.setViewportSize({ width: 1366, height: 768 });
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    // Once the service worker controls the page, what the page fetched before is kept too.
    await expect
      .poll(async () => (await cacheContents(page))['hwf-on-demand'] ?? [])
      .toContainEqual(expect.stringMatching(/\/assets\/lang-it-[\w-]+\.js$/));
    expect(precacheOf(await cacheContents(page)).filter((p) => p.includes('/lang-'))).toEqual([]);

    // Offline, a reload opens in Italian, with no word that it could not be.
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
      expect(await page.locator('.app-header h1').innerText()).toBe(
        'Exampleland: infermieri e MMG',
      );
    } finally {
      await browser.context.setOffline(false);
    }
    expect(errors).toEqual([]);
  });
});
