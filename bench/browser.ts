/**
 * The worker pool in headless Chromium: runs per second with 1, 2 and 4 workers on the
 * exampleland example (2 000 and 10 000 runs), the time to the first progressive result
 * and to the full result, and the speed-up of the pool over one worker. Called at the end
 * of bench/run.ts; `npx tsx bench/browser.ts` runs it alone.
 *
 * Workers are warm (spawned, engine loaded) for the timed runs, as after the first slider
 * moves; the first run of a fresh pool is reported separately as "cold". Rounds take the
 * worker counts in turn (1, 2, 4, 1, 2, 4, …), so that a slow spell of a shared machine
 * weighs on each alike; each warm figure is the median of REPEATS rounds after WARMUP
 * untimed ones. "runs (to the last chunk)" is the time until every run is in; "final
 * summary" the time from then to the full result (split over the workers from 1 000 runs
 * on). A pool cannot beat the machine's cores, and the page itself needs some of them.
 * "peak MiB" on the "full" rows is the peak resident memory of the page's renderer process
 * (main thread and workers together) over one run with only that pool alive (Linux only).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser.ts';
import { startViteServer } from '../tests/helpers/vite-server.ts';
import type { SimulateArgs, SimulateOutcome } from '../tests/e2e/harness/harness-api.ts';
import { chromiumRenderers, formatPeak, largestPeakMb, resetPeak } from './memory.ts';
import type { BenchRow } from './run.ts';

const WORKERS = [1, 2, 4] as const;
const RUNS = [2000, 10_000] as const;
/** Timed rounds, after WARMUP untimed ones (the JIT settles, as over a workshop's first
 *  slider moves). */
const REPEATS = 7;
const WARMUP = 3;

interface Timing {
  totalMs: number;
  /** From the last chunk in to the full result: the final summary. */
  summaryMs: number;
  firstPartialMs: number | null;
  firstPartialRuns: number | null;
  engine: string;
  /** Peak resident memory of the page's renderer (main thread and workers) during the
   *  run, in MiB; null where it cannot be read. */
  peakMb: number | null;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timing(outcome: SimulateOutcome, peakMb: number | null): Timing {
  const partial = outcome.events.find((e) => e.kind === 'partial');
  const lastChunk = outcome.events.filter((e) => e.kind === 'progress').pop();
  return {
    totalMs: outcome.totalMs,
    summaryMs: outcome.totalMs - (lastChunk?.atMs ?? 0),
    firstPartialMs: partial?.atMs ?? null,
    firstPartialRuns: partial?.runs ?? null,
    engine: outcome.engine ?? 'unknown',
    peakMb,
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
    const renderers = chromiumRenderers();
    const run = async (p: Page, args: Omit<SimulateArgs, 'scenario'>) => {
      renderers.forEach(resetPeak);
      const outcome = await p.evaluate((a) => window.harness!.simulate(a), {
        scenario,
        keep: true,
        ...args,
      });
      return timing(outcome, largestPeakMb(renderers));
    };

    for (const engine of ['wasm', 'reference'] as const) {
      const full = new Map<string, number>();
      const runsPhase = new Map<string, number>();
      for (const runs of RUNS) {
        // A fresh pool per worker count, then rounds that take the worker counts in turn,
        // so that a slow spell of the machine weighs on all of them alike.
        await page.evaluate(() => window.harness!.dispose());
        const cold = new Map<number, Timing>();
        for (const workers of WORKERS)
          cold.set(workers, await run(page, { workers, runs, engine }));
        const warm = new Map<number, Timing[]>(WORKERS.map((w) => [w, []]));
        for (let round = 0; round < WARMUP + REPEATS; round++) {
          for (const workers of WORKERS) {
            const t = await run(page, { workers, runs, engine });
            if (round >= WARMUP) warm.get(workers)!.push(t);
          }
        }
        // Peak memory, one pool alive at a time: a fresh pool, one run to warm it, then the
        // peak of the page's renderer (main thread and workers) over one more run.
        const peak = new Map<number, number | null>();
        for (const workers of WORKERS) {
          await page.evaluate(() => window.harness!.dispose());
          await run(page, { workers, runs, engine });
          peak.set(workers, (await run(page, { workers, runs, engine })).peakMb);
        }
        for (const workers of WORKERS) {
          const times = warm.get(workers)!;
          const label = `Chromium pool ×${workers} (${times[0].engine})`;
          const ms = median(times.map((t) => t.totalMs));
          full.set(`${workers}/${runs}`, ms);
          runsPhase.set(`${workers}/${runs}`, median(times.map((t) => t.totalMs - t.summaryMs)));
          const add = (what: string, time: number, count: number, peak?: number | null) =>
            rows.push({
              engine: `${label}, ${what}`,
              example: 'exampleland',
              runs: count,
              ms: time,
              runsPerSecond: (count / time) * 1000,
              peakMb: peak,
            });
          add('full', ms, runs, peak.get(workers));
          const partials = times.filter((t) => t.firstPartialMs !== null);
          if (partials.length > 0) {
            add(
              'first partial',
              median(partials.map((t) => t.firstPartialMs!)),
              median(partials.map((t) => t.firstPartialRuns!)),
            );
          }
          add('full, cold', cold.get(workers)!.totalMs, runs);
          add('runs (to the last chunk)', runsPhase.get(`${workers}/${runs}`)!, runs);
          add('final summary', median(times.map((t) => t.summaryMs)), runs);
        }
      }
      for (const runs of RUNS) {
        const ratios = (map: Map<string, number>) =>
          WORKERS.filter((w) => w > 1)
            .map((w) => `×${w}: ${(map.get(`1/${runs}`)! / map.get(`${w}/${runs}`)!).toFixed(2)}`)
            .join(', ');
        lines.push(
          `${engine}, ${runs} runs, speed-up over one worker: full ${ratios(full)}; runs alone ${ratios(runsPhase)}`,
        );
      }
    }
    const ceiling = await machineCeiling(page);
    lines.push(
      `the machine's own ceiling: one busy loop split over 2 workers runs ${ceiling.map((r) => r.toFixed(2)).join(', ')}× as fast as in 1 (${CEILING_ROUNDS} rounds)`,
    );
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

const CEILING_ROUNDS = 3;

/**
 * What two workers can gain on this machine at best: a plain arithmetic loop (no
 * messages, no allocation) done by one worker, then split over two, in the same page.
 * The pool's speed-up can only come near it.
 */
async function machineCeiling(page: Page): Promise<number[]> {
  // A string, so that the page runs this code exactly as written.
  return page.evaluate(`(async () => {
    const source = "onmessage = (e) => { const n = e.data; const t0 = performance.now(); let x = 0;" +
      " const a = new Float64Array(65536); for (let i = 0; i < n; i++) {" +
      " const j = (i * 2654435761) & 65535; a[j] = a[j] * 0.5 + Math.sqrt(i); x += a[j]; }" +
      " postMessage([performance.now() - t0, x]); };";
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const workers = [new Worker(url), new Worker(url)];
    const send = (w, n) => new Promise((done) => { w.onmessage = done; w.postMessage(n); });
    await Promise.all(workers.map((w) => send(w, 1e6)));
    const wall = async (k, n) => {
      const t0 = performance.now();
      await Promise.all(workers.slice(0, k).map((w) => send(w, n / k)));
      return performance.now() - t0;
    };
    const ratios = [];
    for (let round = 0; round < ${CEILING_ROUNDS}; round++) {
      const one = await wall(1, 1e8);
      ratios.push(one / (await wall(2, 1e8)));
    }
    workers.forEach((w) => w.terminate());
    URL.revokeObjectURL(url);
    return ratios;
  })()`);
}

function formatRows(list: BenchRow[]): string {
  const head = `${'engine'.padEnd(48)}${'runs'.padStart(7)}${'ms'.padStart(10)}${'runs/s'.padStart(10)}${'peak MiB'.padStart(10)}`;
  return [
    head,
    ...list.map(
      (r) =>
        `${r.engine.padEnd(48)}${String(r.runs).padStart(7)}${r.ms.toFixed(1).padStart(10)}${Math.round(r.runsPerSecond).toString().padStart(10)}${(r.peakMb === undefined ? '' : formatPeak(r.peakMb)).padStart(10)}`,
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'})`);
  await benchBrowser();
}
