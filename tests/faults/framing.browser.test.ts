/**
 * Framing (clickjacking): no other site may show the app inside a frame. The built app, in
 * Chromium:
 *
 * - framed by a page of another origin (a second local server), it does not start: the frame
 *   shows a short message and a link that opens the app in its own tab, reachable by keyboard;
 * - loaded as a page of its own (the planner's page, the projector window) it starts as usual;
 * - served with the headers of public/_headers (as Netlify or Cloudflare Pages send them; here
 *   by a small proxy), the browser refuses to show it in a frame at all, and the app still
 *   runs under that policy as a page of its own;
 * - the preview server serves public/_headers as an ordinary file, left out of the offline copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { settled } from '../helpers/app-page.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const browser = freshContextPerTest();
const appOrigin = inject('appOrigin');

const HEADERS_FILE = readFileSync(join(REPO_ROOT, 'public/_headers'), 'utf8');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const NOTICE_LINK = 'Open HWF Scenario Lab in its own tab';

/** The headers that public/_headers sets for every path (`/*`), as a host reads them. */
function headersOfFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let forAll = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      forAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (forAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }),
  );
}

/** Another site: a page that frames `src` (`/frame?src=…`). */
const otherSite = createServer((req, res) => {
  const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="en"><title>Another site</title>` +
      `<h1>Another site</h1><iframe title="framed" src="${src.replace(/"/g, '&quot;')}" ` +
      `width="900" height="600"></iframe></html>`,
  );
});

/** The built app as a host that reads public/_headers serves it. */
const hosted = createServer((req, res) => {
  const upstream = request(
    `${appOrigin}${req.url ?? '/'}`,
    { method: req.method, headers: { ...req.headers, host: new URL(appOrigin).host } },
    (up) => {
      res.writeHead(up.statusCode ?? 502, { ...up.headers, ...headersOfFile(HEADERS_FILE) });
      up.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});

let otherOrigin = '';
let hostedOrigin = '';
beforeAll(async () => {
  [otherOrigin, hostedOrigin] = await Promise.all([listen(otherSite), listen(hosted)]);
});
afterAll(async () => {
  await Promise.all(
    [otherSite, hosted].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
  );
});

/** A page of another site that frames `src`, and the frame once it has loaded. */
async function framedBy(src: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const { page, errors } = await browser.open(
    `${otherOrigin}/frame?src=${encodeURIComponent(src)}`,
  );
  await page.waitForLoadState('load');
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the page has no frame');
  return { page, frame, errors };
}

async function noticeShown(frame: Frame): Promise<void> {
  await frame.getByRole('link', { name: NOTICE_LINK }).waitFor({ timeout: 30_000 });
  // The app itself is not there: no header, no editor, no charts.
  expect(await frame.locator('.app, .hwf-projector, svg, input, button').count()).toBe(0);
  expect(await frame.locator('#root').innerText()).toMatch(/does not run inside another page/);
}

describe.sequential('framing', () => {
  it('a page of its own: the app starts', async () => {
    const { page, errors } = await browser.open(appOrigin);
    await settled(page);
    expect(await page.locator('.app').count()).toBe(1);
    expect(await page.getByRole('link', { name: NOTICE_LINK }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('framed by another site: the app does not start, a message and a link say why', async () => {
    const { frame, errors } = await framedBy(`${appOrigin}/`);
    await noticeShown(frame);
    const link = frame.getByRole('link', { name: NOTICE_LINK });
    expect(await link.getAttribute('href')).toBe(`${appOrigin}/`);
    expect(await link.getAttribute('target')).toBe('_blank');
    // Nothing started behind the message: no worker, no result.
    await frame.waitForTimeout(1000);
    expect(await frame.evaluate(() => document.body.innerText)).not.toMatch(/Based on/);
    expect(errors).toEqual([]);
  });

  it('the message is accessible: the link is reached by Tab and opens the app in its own tab', async () => {
    const { page, frame } = await framedBy(`${appOrigin}/#section`);
    await noticeShown(frame);
    await frame.evaluate(axeSource);
    const violations = await frame.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(d: Document): Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    // From the other site's page, Tab goes into the frame and reaches the link.
    let reached = false;
    for (let i = 0; i < 5 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await frame.evaluate(
        (name) => document.activeElement?.textContent?.trim() === name,
        NOTICE_LINK,
      );
    }
    expect(reached).toBe(true);
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.keyboard.press('Enter'),
    ]);
    await opened.waitForLoadState('load');
    expect(opened.url()).toBe(`${appOrigin}/#section`);
    await settled(opened);
    expect(await opened.locator('.app').count()).toBe(1);
  });

  it('the projector window starts as a window of its own, and not inside a frame', async () => {
    const { page } = await browser.open(`${appOrigin}/?view=projector`);
    await page.locator('.hwf-projector').waitFor();
    expect(await page.getByRole('link', { name: NOTICE_LINK }).count()).toBe(0);

    const { frame } = await framedBy(`${appOrigin}/?view=projector`);
    await noticeShown(frame);
  });

  it('public/_headers forbids frames and keeps the page policy of index.html', () => {
    const headers = headersOfFile(HEADERS_FILE);
    expect(headers['X-Frame-Options']).toBe('DENY');
    const header = directives(headers['Content-Security-Policy'] ?? '');
    expect(header.get('frame-ancestors')).toBe("'none'");
    const html = readFileSync(join(REPO_ROOT, 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // The header allows exactly what the meta tag allows (both apply), plus frame-ancestors.
    const withoutFraming = new Map(header);
    withoutFraming.delete('frame-ancestors');
    expect(withoutFraming).toEqual(directives(meta ?? ''));
  });

  it('served with public/_headers: the browser refuses the frame; the page of its own runs', async () => {
    const { page, errors } = await browser.open(hostedOrigin);
    const response = await page.reload();
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    // Under the header policy the app runs whole: workers and the WebAssembly core.
    await settled(page);
    expect(await page.locator('.app').count()).toBe(1);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

    const framing = await browser.open(
      `${otherOrigin}/frame?src=${encodeURIComponent(`${hostedOrigin}/`)}`,
    );
    await framing.page.waitForLoadState('load');
    await framing.page.waitForTimeout(1500);
    const frame = await (await framing.page.waitForSelector('iframe')).contentFrame();
    // The browser shows its own error page in place of the app: neither app nor message.
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '') : '';
    expect(text).not.toMatch(/HWF Scenario Lab/);
    expect(frame ? await frame.locator('#root').count() : 0).toBe(0);
  });

  it('the preview server serves _headers as an ordinary file, not in the offline copy', async () => {
    const file = await fetch(`${appOrigin}/_headers`);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe(HEADERS_FILE);
    // The service worker carries its precache list (Workbox's manifest) in its own text.
    const sw = await (await fetch(`${appOrigin}/sw.js`)).text();
    expect(sw).toMatch(/"url":"index\.html"/);
    expect(sw).not.toMatch(/_headers/);
  });
});
