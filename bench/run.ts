/**
 * `npm run bench`: runs per second and peak memory of the engines on the built-in
 * examples, printed as a table with ratios and written to bench/latest.json. One run on
 * one machine: compare figures from the same machine only. Each figure is the median of 3
 * timings after a warm-up; its peak memory is the process's peak resident memory over
 * them (bench/memory.ts). Then the worker pool in Chromium (bench/browser.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseScenario } from '../model/scenario/parse.ts';
import type { Scenario } from '../model/scenario/types.ts';
import { compile } from '../model/projection/compile.ts';
import { runChunk, simulate } from '../model/projection/simulate.ts';
import { instantiateCore, WasmModel } from '../workers/wasm-host.ts';
import { formatPeak, peakMb, resetPeak } from './memory.ts';

export interface BenchRow {
  engine: string;
  example: string;
  runs: number;
  ms: number;
  runsPerSecond: number;
  /** Peak resident memory of the process doing the work while it did it, in MiB (the Node
   *  process; the page's renderer, workers included). Null where it cannot be read. */
  peakMb?: number | null;
}

function load(name: string): Scenario {
  const url = new URL(`../app/data/examples/${name}.json`, import.meta.url);
  const parsed = parseScenario(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.ok) throw new Error(`example ${name} does not validate`);
  return parsed.scenario;
}

/** Median of `repeats` timings of fn, after one warm-up call; `lastPeakMb` is then the
 *  process's peak memory over those calls. */
let lastPeakMb: number | null = null;
function time(fn: () => void, repeats = 3): number {
  resetPeak('self');
  fn();
  const t: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  lastPeakMb = peakMb('self');
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

const rows: BenchRow[] = [];

// `BENCH_ONLY=big npm run bench`: the big case alone (bench/big-run.ts).
if (process.env.BENCH_ONLY === 'big') {
  const { benchBigRun } = await import('./big-run.ts');
  await benchBigRun();
  process.exit(0);
}
// `BENCH_ONLY=regions npm run bench`: the regional cases alone (bench/regions.ts and the
// regional pool in Chromium, bench/browser-regions.ts).
if (process.env.BENCH_ONLY === 'regions') {
  const { benchRegions } = await import('./regions.ts');
  const core = new WebAssembly.Module(
    readFileSync(new URL('../wasm/build/hwf.wasm', import.meta.url)),
  );
  const regional = benchRegions(core);
  console.log(
    'Node, one thread\n' + formatTable(regional.rows) + '\n\n' + regional.lines.join('\n'),
  );
  const { benchBrowserRegions } = await import('./browser-regions.ts');
  await benchBrowserRegions();
  process.exit(0);
}
// `BENCH_ONLY=plan npm run bench`: the plan search alone (bench/plan.ts).
if (process.env.BENCH_ONLY === 'plan') {
  const { benchPlanNode, benchPlanBrowser } = await import('./plan.ts');
  const core = new WebAssembly.Module(
    readFileSync(new URL('../wasm/build/hwf.wasm', import.meta.url)),
  );
  await benchPlanNode(core);
  await benchPlanBrowser();
  process.exit(0);
}
const add = (engine: string, example: string, runs: number, ms: number) =>
  rows.push({ engine, example, runs, ms, runsPerSecond: (runs / ms) * 1000, peakMb: lastPeakMb });
const find = (engine: string, example: string, runs: number) =>
  rows.find((r) => r.engine === engine && r.example === example && r.runs === runs);

const core = new WebAssembly.Module(
  readFileSync(new URL('../wasm/build/hwf.wasm', import.meta.url)),
);
const cases = [
  ['minimal', 2000],
  ['exampleland', 2000],
  ['exampleland', 10_000],
] as const;
for (const [name, runs] of cases) {
  const sc = load(name);
  const seed = sc.simulation.seed;
  const model = compile(sc);
  const wasm = new WasmModel(instantiateCore(core), model);
  add(
    'reference TS, runs',
    name,
    runs,
    time(() => runChunk(model, seed, 0, runs, { deterministic: false })),
  );
  add(
    'WASM core, runs',
    name,
    runs,
    time(() => wasm.run(seed, 0, runs, false)),
  );
  add(
    'reference TS, runs + summaries',
    name,
    runs,
    time(() => simulate(sc, { runs })),
  );
}

export function formatTable(list: BenchRow[]): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (s: string, n: number) => s.padStart(n);
  return [
    `${pad('engine', 36)}${pad('example', 13)}${num('runs', 7)}${num('ms', 10)}${num('runs/s', 10)}${num('peak MiB', 10)}`,
    ...list.map(
      (r) =>
        `${pad(r.engine, 36)}${pad(r.example, 13)}${num(String(r.runs), 7)}${num(r.ms.toFixed(1), 10)}${num(Math.round(r.runsPerSecond).toString(), 10)}${num(formatPeak(r.peakMb), 10)}`,
    ),
  ].join('\n');
}

const lines = [formatTable(rows), ''];
for (const [name, runs] of cases) {
  const ts = find('reference TS, runs', name, runs)!;
  const wasm = find('WASM core, runs', name, runs)!;
  const full = find('reference TS, runs + summaries', name, runs)!;
  lines.push(
    `${name}, ${runs} runs: WASM / TS ${(ts.ms / wasm.ms).toFixed(2)}×; summaries ${(full.ms - ts.ms).toFixed(0)} ms`,
  );
}
const { benchRegions } = await import('./regions.ts');
const regional = benchRegions(core);
rows.push(...regional.rows);
lines.push('', formatTable(regional.rows), '', ...regional.lines);
console.log('Node, one thread\n' + lines.join('\n'));

const machine = {
  node: process.version,
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  platform: `${os.platform()} ${os.arch()}`,
};
writeFileSync(
  new URL('./latest.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n',
);
console.log(
  `\nwritten to bench/latest.json (${machine.cpu}, ${machine.cpus} cores, Node ${machine.node})`,
);

// The worker pool in headless Chromium (bench/browser.ts), then the big case in the app
// (bench/big-run.ts), added to the same file.
try {
  const { benchBrowser } = await import('./browser.ts');
  rows.push(...(await benchBrowser()));
  const { benchBigRun } = await import('./big-run.ts');
  rows.push(...(await benchBigRun()));
  const { benchBrowserRegions } = await import('./browser-regions.ts');
  rows.push(...(await benchBrowserRegions()));
  const { benchPlanNode, benchPlanBrowser } = await import('./plan.ts');
  rows.push(...(await benchPlanNode(core)), ...(await benchPlanBrowser()));
  writeFileSync(
    new URL('./latest.json', import.meta.url),
    JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n',
  );
  console.log('browser rows added to bench/latest.json');
} catch (error) {
  console.log(
    `\nbrowser benchmark skipped: ${error instanceof Error ? error.message : String(error)}`,
  );
}
