/**
 * The worker pool in headless Chromium: runs per second with 1, 2 and 4 workers on the
 * exampleland example (2 000 and 10 000 runs), the time to the first progressive result
 * and to the full result, and the speed-up of the pool over one worker. Called at the end
 * of bench/run.ts; `npx tsx bench/browser.ts` runs it alone.
 *
 * Workers are warm (spawned, engine loaded) for the timed runs, as after the first slider
 * move; the first run of a fresh pool is reported separately as "cold". Each warm figure
 * is the median of 3 runs after that first one. "final summary" is the time from the last
 * chunk in to the full result (one worker summarises). A pool cannot beat the machine's
 * cores.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser.ts';
import { startViteServer } from '../tests/helpers/vite-server.ts';
import type { SimulateArgs, SimulateOutcome } from '../tests/e2e/harness/harness-api.ts';
import type { BenchRow } from './run.ts';

const WORKERS = [1, 2, 4] as const;
const RUNS = [2000, 10_000] as const;
const REPEATS = 3;

interface Timing {
  totalMs: number;
  /** From the last chunk in to the full result: the final summary. */
  summaryMs: number;
  firstPartialMs: number | null;
  firstPartialRuns: number | null;
  engine: string;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timing(outcome: SimulateOutcome): Timing {
  const partial = outcome.events.find((e) => e.kind === 'partial');
  const lastChunk = outcome.events.filter((e) => e.kind === 'progress').pop();
  return {
    totalMs: outcome.totalMs,
    summaryMs: outcome.totalMs - (lastChunk?.atMs ?? 0),
    firstPartialMs: partial?.atMs ?? null,
    firstPartialRuns: partial?.runs ?? null,
    engine: outcome.engine ?? 'unknown',
  };
}

export async function benchBrowser(log: (line: string) => void = console.log): Promise<BenchRow[]> {
  const scenario: unknown = JSON.parse(
    readFileSync(new URL('../app/data/examples/exampleland.json', import.meta.url), 'utf8'),
  );
  const server = await startViteServer();
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const rows: BenchRow[] = [];
  const lines: string[] = [];
  try {
    const { page } = await browser.open(`${server.origin}/tests/e2e/harness/index.html`);
    await page.waitForFunction(() => window.harness !== undefined, null, { timeout: 30_000 });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const run = (p: Page, args: Omit<SimulateArgs, 'scenario'>) =>
      p.evaluate((a) => window.harness!.simulate(a), { scenario, keep: true, ...args });

    for (const engine of ['wasm', 'reference'] as const) {
      const full = new Map<string, number>();
      for (const workers of WORKERS) {
        for (const runs of RUNS) {
          await page.evaluate(() => window.harness!.dispose()); // a fresh pool: cold
          const cold = timing(await run(page, { workers, runs, engine }));
          const warm: Timing[] = [];
          for (let i = 0; i < REPEATS; i++)
            warm.push(timing(await run(page, { workers, runs, engine })));
          const label = `Chromium pool ×${workers} (${warm[0].engine})`;
          const ms = median(warm.map((t) => t.totalMs));
          full.set(`${workers}/${runs}`, ms);
          const add = (what: string, time: number, count: number) =>
            rows.push({
              engine: `${label}, ${what}`,
              example: 'exampleland',
              runs: count,
              ms: time,
              runsPerSecond: (count / time) * 1000,
            });
          add('full', ms, runs);
          const partials = warm.filter((t) => t.firstPartialMs !== null);
          if (partials.length > 0) {
            add(
              'first partial',
              median(partials.map((t) => t.firstPartialMs!)),
              median(partials.map((t) => t.firstPartialRuns!)),
            );
          }
          add('full, cold', cold.totalMs, runs);
          add('final summary', median(warm.map((t) => t.summaryMs)), runs);
        }
      }
      for (const runs of RUNS) {
        const one = full.get(`1/${runs}`)!;
        const ratios = WORKERS.filter((w) => w > 1).map(
          (w) => `×${w}: ${(one / full.get(`${w}/${runs}`)!).toFixed(2)}`,
        );
        lines.push(`${engine}, ${runs} runs, speed-up over one worker: ${ratios.join(', ')}`);
      }
    }
    const version = await page.evaluate(() => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0]);
    log(`\nHeadless ${version ?? 'Chromium'}, ${cores} logical cores, exampleland`);
    log(formatRows(rows));
    log(lines.join('\n'));
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

function formatRows(list: BenchRow[]): string {
  const head = `${'engine'.padEnd(48)}${'runs'.padStart(7)}${'ms'.padStart(10)}${'runs/s'.padStart(10)}`;
  return [
    head,
    ...list.map(
      (r) =>
        `${r.engine.padEnd(48)}${String(r.runs).padStart(7)}${r.ms.toFixed(1).padStart(10)}${Math.round(r.runsPerSecond).toString().padStart(10)}`,
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'})`);
  await benchBrowser();
}
