/**
 * The least-cost plan search (MODEL.md §8) on "Exampleland with costs": 3 levers, 2 000
 * runs per candidate. In Node on one thread (the reference and the WebAssembly core), and
 * in the worker pool in headless Chromium on 1 and 2 workers (the page's own pool and
 * core) — each with the number of evaluations, the time of the search, the time per
 * evaluation and the whole time (the chosen candidate's full result included). Browser
 * rounds alternate the worker counts; each figure is the median of REPEATS rounds after an
 * untimed one. `BENCH_ONLY=plan npm run bench` runs it alone; bench/run.ts runs it last.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../model/scenario/parse.ts';
import { resolvePopulation } from '../model/scenario/validate-population.ts';
import { runPlan } from '../model/plan/run-plan.ts';
import { shippedDatasets } from '../cli/datasets.ts';
import { wasmEngine, wasmRegionalEngine } from '../workers/wasm-host.ts';
import type { PlanOutcome } from '../tests/e2e/harness/harness-api.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { startViteServer } from '../tests/helpers/vite-server.ts';
import type { BenchRow } from './run.ts';

const REPEATS = 2;
const WORKERS = [1, 2] as const;
const EXAMPLE = 'exampleland-costs';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function exampleDocument(): unknown {
  return JSON.parse(
    readFileSync(new URL(`../app/data/examples/${EXAMPLE}.json`, import.meta.url), 'utf8'),
  );
}

interface PlanFigures {
  label: string;
  evaluations: number;
  searchMs: number;
  totalMs: number;
}

function line(f: PlanFigures): string {
  return (
    `${f.label.padEnd(34)}${String(f.evaluations).padStart(6)} candidates` +
    `${f.searchMs.toFixed(0).padStart(8)} ms search` +
    `${(f.searchMs / f.evaluations).toFixed(1).padStart(8)} ms each` +
    `${f.totalMs.toFixed(0).padStart(8)} ms in all`
  );
}

function row(f: PlanFigures, runs: number): BenchRow {
  return {
    engine: `plan search, ${f.label}`,
    example: EXAMPLE,
    runs: runs * f.evaluations,
    ms: f.totalMs,
    runsPerSecond: ((runs * f.evaluations) / f.searchMs) * 1000,
  };
}

/** The search in Node on one thread, with each engine. */
export async function benchPlanNode(
  core: WebAssembly.Module,
  log: (line: string) => void = console.log,
): Promise<BenchRow[]> {
  const parsed = parseScenario(exampleDocument(), { datasets: shippedDatasets() });
  if (!parsed.ok) throw new Error(`${EXAMPLE} does not validate`);
  const sc = parsed.scenario;
  const population = resolvePopulation(sc.population, shippedDatasets());
  const rows: BenchRow[] = [];
  log(`\nPlan search, ${EXAMPLE}: 3 levers, ${sc.simulation.runs} runs per candidate`);
  const engines = [
    ['Node, reference, one thread', undefined],
    [
      'Node, WASM core, one thread',
      { national: wasmEngine(core), regional: wasmRegionalEngine(core) },
    ],
  ] as const;
  for (const [label, chosen] of engines) {
    const t0 = performance.now();
    let searchMs = 0;
    const doc = await runPlan(sc, {
      population,
      engines: chosen,
      onProgress: () => {
        searchMs = performance.now() - t0;
      },
    });
    const figures = {
      label,
      evaluations: doc.plan.evaluations,
      searchMs,
      totalMs: performance.now() - t0,
    };
    log(line(figures));
    rows.push(row(figures, sc.simulation.runs));
  }
  return rows;
}

/** The search in the worker pool in headless Chromium. */
export async function benchPlanBrowser(
  log: (line: string) => void = console.log,
): Promise<BenchRow[]> {
  const document = exampleDocument();
  const runs = (document as { simulation: { runs: number } }).simulation.runs;
  const server = await startViteServer();
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const rows: BenchRow[] = [];
  try {
    const { page } = await browser.open(`${server.origin}/tests/e2e/harness/index.html`);
    await page.waitForFunction(() => window.harness !== undefined, null, { timeout: 30_000 });
    const times = new Map<number, PlanOutcome[]>(WORKERS.map((w) => [w, []]));
    const plans = new Set<string>();
    for (let round = 0; round <= REPEATS; round++) {
      for (const workers of WORKERS) {
        const outcome: PlanOutcome = await page.evaluate((a) => window.harness!.plan(a), {
          scenario: document,
          workers,
          engine: 'wasm' as const,
          keep: true,
        });
        plans.add(outcome.planJson);
        if (round > 0) times.get(workers)!.push(outcome);
      }
    }
    for (const workers of WORKERS) {
      const list = times.get(workers)!;
      const figures = {
        label: `Chromium pool ×${workers} (${list[0].engine ?? 'unknown'})`,
        evaluations: list[0].evaluations,
        searchMs: median(list.map((o) => o.searchMs)),
        totalMs: median(list.map((o) => o.totalMs)),
      };
      log(line(figures));
      rows.push(row(figures, runs));
    }
    log(
      plans.size === 1
        ? 'the same plan on 1 and 2 workers, every round'
        : `DIFFERENT plans across rounds or worker counts: ${plans.size}`,
    );
    await page.evaluate(() => window.harness!.dispose());
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
