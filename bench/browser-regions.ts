/**
 * The regional scenarios in the worker pool in headless Chromium (the page's own pool and
 * the WebAssembly core, every summary included): 10 000 runs of the 10-region ×
 * 3-profession scenario (bench/regional-scenario.ts) and 2 000 runs of "Exampleland
 * regions", on 1 and 2 workers — the time to the first bands (the first progressive result)
 * and to the full result, and the peak memory of the page's renderer. Rounds alternate the
 * worker counts; each figure is the median of REPEATS warm rounds after one untimed one.
 * Called by bench/run.ts; `BENCH_ONLY=regions npm run bench` runs it with the Node part.
 */
import type { SimulateOutcome } from '../tests/e2e/harness/harness-api.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { startViteServer } from '../tests/helpers/vite-server.ts';
import { chromiumRenderers, formatPeak, largestPeakMb, resetPeak } from './memory.ts';
import { benchRegionalDocument, regionalExampleDocument } from './regional-scenario.ts';
import type { BenchRow } from './run.ts';

const REPEATS = 3;
const WORKERS = [1, 2] as const;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchBrowserRegions(
  log: (line: string) => void = console.log,
): Promise<BenchRow[]> {
  const cases = [
    ['regions-10x3', benchRegionalDocument(), 10_000],
    ['regions-4x2', regionalExampleDocument(), 2000],
  ] as const;
  const server = await startViteServer();
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const rows: BenchRow[] = [];
  try {
    const { page } = await browser.open(`${server.origin}/tests/e2e/harness/index.html`);
    await page.waitForFunction(() => window.harness !== undefined, null, { timeout: 30_000 });
    const renderers = chromiumRenderers();
    for (const [name, scenario, runs] of cases) {
      const times = new Map<number, { full: number; first: number | null; engine: string }[]>(
        WORKERS.map((w) => [w, []]),
      );
      const peaks = new Map<number, number | null>();
      for (let round = 0; round <= REPEATS; round++) {
        for (const workers of WORKERS) {
          renderers.forEach(resetPeak);
          const outcome: SimulateOutcome = await page.evaluate((a) => window.harness!.simulate(a), {
            scenario,
            runs,
            workers,
            engine: 'wasm' as const,
            keep: true,
          });
          if (round === 0) continue;
          peaks.set(workers, Math.max(peaks.get(workers) ?? 0, largestPeakMb(renderers) ?? 0));
          const partial = outcome.events.find((e) => e.kind === 'partial');
          times.get(workers)!.push({
            full: outcome.totalMs,
            first: partial?.atMs ?? null,
            engine: outcome.engine ?? 'unknown',
          });
        }
      }
      for (const workers of WORKERS) {
        const list = times.get(workers)!;
        const label = `Chromium pool ×${workers} (${list[0].engine})`;
        const full = median(list.map((t) => t.full));
        rows.push({
          engine: `${label}, full`,
          example: name,
          runs,
          ms: full,
          runsPerSecond: (runs / full) * 1000,
          peakMb: peaks.get(workers) || null,
        });
        const firsts = list.map((t) => t.first).filter((t): t is number => t !== null);
        if (firsts.length > 0) {
          const first = median(firsts);
          rows.push({
            engine: `${label}, first bands`,
            example: name,
            runs,
            ms: first,
            runsPerSecond: 0,
          });
        }
      }
      await page.evaluate(() => window.harness!.dispose());
    }
    log('\nChromium, regional scenarios (every summary included)');
    for (const r of rows) {
      log(
        `${r.engine.padEnd(44)}${r.example.padEnd(14)}${String(r.runs).padStart(7)}${r.ms.toFixed(0).padStart(8)} ms${r.peakMb ? `${formatPeak(r.peakMb).padStart(8)} MiB` : ''}`,
      );
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
