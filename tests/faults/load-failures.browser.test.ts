/**
 * The simulation's files failing to load, in Chromium against the built site: the worker
 * script answered with 404, the WebAssembly core answered with garbage bytes or 404, and
 * both. In each case:
 *
 * - the app shows results all the same (run in this page, or with the built-in engine),
 *   with a plain sentence in the results area saying why they may be slower;
 * - two edits later the worker script has not been asked for again (a worker that cannot
 *   start is not started on every edit) and the core neither;
 * - the edits are kept, the results follow them, and no failure is shown.
 *
 * The cases are made in a loop; every case is counted.
 */
import type { Page, Request, Route } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  BOTH_FAILED_NOTICE,
  WASM_FAILED_NOTICE,
  WORKER_FAILED_NOTICE,
} from '../../app/engine/create-runner.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { chartTable, reveal, settled } from '../helpers/app-page.ts';

const browser = freshContextPerTest();
let origin: string;

beforeEach(() => {
  origin = inject('appOrigin');
});

const WORKER_SCRIPT = /\/sim\.worker[^/]*\.js(\?.*)?$/;
const WASM = /\.wasm(\?.*)?$/;

const notFound = (route: Route) => route.fulfill({ status: 404, body: 'not found' });
const garbage = (route: Route) =>
  route.fulfill({
    status: 200,
    contentType: 'application/wasm',
    body: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) & 255)),
  });

interface Case {
  name: string;
  worker?: (route: Route) => Promise<void>;
  wasm?: (route: Route) => Promise<void>;
  notice: string;
  /** Whether the workers run (and so whether their script is asked for at all). */
  workersRun: boolean;
}

const CASES: Case[] = [
  { name: 'worker script 404', worker: notFound, notice: WORKER_FAILED_NOTICE, workersRun: false },
  { name: 'WebAssembly corrupt', wasm: garbage, notice: WASM_FAILED_NOTICE, workersRun: true },
  { name: 'WebAssembly 404', wasm: notFound, notice: WASM_FAILED_NOTICE, workersRun: true },
  {
    name: 'both missing',
    worker: notFound,
    wasm: garbage,
    notice: BOTH_FAILED_NOTICE,
    workersRun: false,
  },
];

const tried: string[] = [];
const held: string[] = [];
afterAll(() => {
  console.log(`load failures: ${held.length} of ${tried.length} cases held`);
});

/** Requests of the page (not of the service worker's precaching) matching `url`. */
function countRequests(requests: Request[], url: RegExp): number {
  return requests.filter((r) => url.test(r.url()) && r.serviceWorker() === null).length;
}

async function edit(page: Page, value: string): Promise<void> {
  const field = await reveal(page, 'field-professions-0-exits-retirement-sd');
  await field.fill(value);
}

describe.sequential('the app when its simulation files fail to load', () => {
  for (const c of CASES) {
    it(`${c.name}: results with a notice, no worker started again, nothing lost`, async () => {
      tried.push(c.name);
      const context = browser.context;
      const requests: Request[] = [];
      context.on('request', (r) => requests.push(r));
      if (c.worker) await context.route(WORKER_SCRIPT, c.worker);
      if (c.wasm) await context.route(WASM, c.wasm);

      const { page, errors } = await browser.open(origin);
      await settled(page);
      const notice = page.locator('.results-pane p[role="status"]', { hasText: c.notice });
      await expect.poll(() => notice.count()).toBe(1);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      const workerAsked = countRequests(requests, WORKER_SCRIPT);
      const wasmAsked = countRequests(requests, WASM);
      if (c.workersRun) expect(workerAsked).toBeGreaterThan(0);
      expect(wasmAsked).toBe(1);
      const before = await chartTable(page, /^Supply and demand/);

      // Two edits, each rerun: the results follow, the worker is not started again.
      await edit(page, '4');
      await expect
        .poll(async () => (await settled(page), chartTable(page, /^Supply and demand/)), {
          timeout: 60_000,
        })
        .not.toBe(before);
      await edit(page, '3.5');
      await settled(page);
      const after = await chartTable(page, /^Supply and demand/);
      expect(after).not.toBe(before);
      if (!c.workersRun) expect(countRequests(requests, WORKER_SCRIPT)).toBe(workerAsked);
      expect(countRequests(requests, WASM)).toBe(wasmAsked);

      // Nothing lost: the typed value stays, no failure is shown, the notice stays put.
      expect(await page.locator('#field-professions-0-exits-retirement-sd').inputValue()).toBe(
        '3.5',
      );
      expect(await page.getByText('The simulation failed').count()).toBe(0);
      expect(await notice.count()).toBe(1);
      expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
      held.push(c.name);
    });
  }
});
