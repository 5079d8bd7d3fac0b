/**
 * The big case: the largest simulation the limits allow (bench/big-scenario.ts: 30
 * professions, 60 years, 5 464 runs), once in the planner's app built for production and
 * served as a static site, opened in headless Chromium by its share link, and once on the
 * command line (`npm run hwf -- simulate … --engine wasm`). Reported: the time to the full
 * result in each, their ratio, the page's longest main-thread task and the count of tasks
 * over 50 ms (a `PerformanceObserver` of type `longtask`, installed before the page loads),
 * and peak memory (the page's renderer, main thread and workers together; the command
 * line's process). `BENCH_ONLY=big npm run bench` (or `npx tsx bench/big-run.ts`) runs
 * this case alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeScenarioLink } from '../app/share/link-codec.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { buildAndServe, REPO_ROOT } from '../tests/helpers/vite-server.ts';
import { bigScenarioDocument } from './big-scenario.ts';
import { chromiumRenderers, formatPeak, largestPeakMb } from './memory.ts';
import type { BenchRow } from './run.ts';

export interface BigRunFigures {
  /** Long tasks from the big run's start to its full result. */
  runLongestTaskMs: number;
  runTasksOver50: number;
  runTasksOver200: number;
  runs: number;
  /** From navigation to the full result on screen. */
  browserMs: number;
  /** From the big run's start (its progress bar) to the full result on screen. */
  browserRunMs: number | null;
  cliMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  tasksOver200: number;
  browserPeakMb: number | null;
  cliPeakMb: number | null;
}

interface PageTimes {
  /** When the full result of all the runs first showed, with no progress bar. */
  settledAt: number;
  runStartedAt: number | null;
  longTasks: { start: number; duration: number }[];
}

interface BenchWindow {
  __bench: Omit<PageTimes, 'settledAt'> & { settledAt: number | null };
}

/** Watches the page from before its first script: long tasks, when the progress bar of the
 *  big run first shows, and when its full result first shows (no progress bar, "Based on
 *  <runs> futures"). */
const pageWatch = (runs: number) => `(() => {
  const w = window;
  w.__bench = { longTasks: [], runStartedAt: null, settledAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const bar = document.querySelector('[role="progressbar"]');
    if (w.__bench.runStartedAt === null && bar) w.__bench.runStartedAt = performance.now();
    if (w.__bench.settledAt !== null || bar) return;
    const basedOn = document.querySelector('.hwf-based-on');
    if (basedOn && basedOn.textContent.replace(/\\W/g, '') === 'Basedon${runs}futures')
      w.__bench.settledAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function timeInBrowser(origin: string, runs: number, link: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(pageWatch(runs));
    await page.goto(`${origin}/#s=${link}`);
    await page
      .waitForFunction(() => (window as unknown as BenchWindow).__bench.settledAt !== null, null, {
        timeout: 300_000,
        polling: 500,
      })
      .catch(async (error: unknown) => {
        const text = await page.evaluate(() => document.body.innerText.slice(0, 2000));
        throw new Error(`the big run did not finish in the page: ${String(error)}\n${text}`);
      });
    const times = (await page.evaluate(
      () => (window as unknown as BenchWindow).__bench,
    )) as PageTimes;
    return { times, peakMb: largestPeakMb(chromiumRenderers()) };
  } finally {
    await browser.close();
  }
}

function timeCli(file: string): { ms: number; peakMb: number | null } {
  const out = join(tmpdir(), `hwf-big-${process.pid}.json`);
  const args = ['tsx', 'cli/main.ts', 'simulate', file, '--engine', 'wasm', '--out', out];
  const withTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const child = withTime
    ? spawnSync('/usr/bin/time', ['-f', 'maxrss %M', 'npx', ...args], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      })
    : spawnSync('npx', args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  rmSync(out, { force: true });
  if (child.status !== 0) throw new Error(`the command line failed: ${child.stderr}`);
  const rss = /maxrss (\d+)/.exec(child.stderr ?? '');
  return { ms, peakMb: rss ? Number(rss[1]) / 1024 : null };
}

export async function benchBigRun(log: (line: string) => void = console.log): Promise<BenchRow[]> {
  const document = bigScenarioDocument() as { simulation: { runs: number } };
  const runs = document.simulation.runs;
  const dir = mkdtempSync(join(tmpdir(), 'hwf-big-'));
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify(document));
  const outDir = join(dir, 'dist');
  const site = await buildAndServe(outDir);
  try {
    const origin = site.origin;
    const cli = timeCli(file);
    const { times, peakMb } = await timeInBrowser(origin, runs, encodeScenarioLink(document));
    const durations = times.longTasks.map((t) => t.duration);
    const during = times.longTasks
      .filter((t) => t.start + t.duration >= (times.runStartedAt ?? 0))
      .map((t) => t.duration);
    const f: BigRunFigures = {
      runs,
      browserMs: times.settledAt,
      browserRunMs: times.runStartedAt === null ? null : times.settledAt - times.runStartedAt,
      cliMs: cli.ms,
      runLongestTaskMs: Math.max(0, ...during),
      runTasksOver50: during.length,
      runTasksOver200: during.filter((d) => d > 200).length,
      longestTaskMs: Math.max(0, ...durations),
      tasksOver50: durations.length,
      tasksOver200: durations.filter((d) => d > 200).length,
      browserPeakMb: peakMb,
      cliPeakMb: cli.peakMb,
    };
    log(
      [
        `\nBig case: Exampleland ×30 professions, 60 years, ${runs} runs (runs × professions × years = ${runs * 30 * 61})`,
        `  browser (the app, from navigation to the full result): ${(f.browserMs / 1000).toFixed(1)} s` +
          (f.browserRunMs === null
            ? ''
            : ` (from the run's start: ${(f.browserRunMs / 1000).toFixed(1)} s)`),
        `  command line (simulate --engine wasm, whole process): ${(f.cliMs / 1000).toFixed(1)} s`,
        `  browser / command line: ${(f.browserMs / f.cliMs).toFixed(2)}×`,
        `  during the run: longest main-thread task ${f.runLongestTaskMs.toFixed(0)} ms; tasks over 50 ms: ${f.runTasksOver50}; over 200 ms: ${f.runTasksOver200}`,
        `  the whole page, its load included: longest main-thread task ${f.longestTaskMs.toFixed(0)} ms; tasks over 50 ms: ${f.tasksOver50}; over 200 ms: ${f.tasksOver200}`,
        `  tasks over 200 ms (start after navigation, duration): ${
          times.longTasks
            .filter((t) => t.duration > 200)
            .map((t) => `${(t.start / 1000).toFixed(1)} s ${t.duration.toFixed(0)} ms`)
            .join('; ') || 'none'
        } (the run started at ${((times.runStartedAt ?? 0) / 1000).toFixed(1)} s)`,
        `  peak memory: the page ${formatPeak(f.browserPeakMb)} MiB; the command line ${formatPeak(f.cliPeakMb)} MiB`,
      ].join('\n'),
    );
    const row = (engine: string, ms: number, peak: number | null): BenchRow => ({
      engine,
      example: 'big',
      runs,
      ms,
      runsPerSecond: (runs / ms) * 1000,
      peakMb: peak,
    });
    return [
      row('Chromium app, big case', f.browserMs, f.browserPeakMb),
      row('CLI simulate (wasm), big case', f.cliMs, f.cliPeakMb),
      {
        ...row('Chromium app, big case, longest task in the run', f.runLongestTaskMs, null),
        runs: f.runTasksOver50,
      },
    ];
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchBigRun();
}
