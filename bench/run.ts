/**
 * `npm run bench`: runs per second of the engines on the built-in examples, printed as a
 * table and written to bench/latest.json. One run on one machine: compare figures from the
 * same machine only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseScenario } from '../app/scenario/parse.ts';
import type { Scenario } from '../app/scenario/types.ts';
import { compile } from '../wasm/reference/compile.ts';
import { runChunk, simulate } from '../wasm/reference/simulate.ts';

interface Row {
  engine: string;
  example: string;
  runs: number;
  ms: number;
  runsPerSecond: number;
}

function load(name: string): Scenario {
  const parsed = parseScenario(
    JSON.parse(readFileSync(new URL(`../app/data/examples/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`example ${name} does not validate`);
  return parsed.scenario;
}

/** Median of `repeats` timings of fn, after one warm-up call. */
function time(fn: () => void, repeats: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

const rows: Row[] = [];
const add = (engine: string, example: string, runs: number, ms: number) =>
  rows.push({ engine, example, runs, ms, runsPerSecond: (runs / ms) * 1000 });

for (const [name, runs] of [
  ['minimal', 2000],
  ['exampleland', 2000],
  ['exampleland', 10_000],
] as const) {
  const sc = load(name);
  const model = compile(sc);
  add(
    'reference TS, runs only',
    name,
    runs,
    time(() => runChunk(model, sc.simulation.seed, 0, runs, { deterministic: false }), 3),
  );
  add(
    'reference TS, runs + summaries',
    name,
    runs,
    time(() => simulate(sc, { runs }), 3),
  );
}

const pad = (s: string, n: number) => s.padEnd(n);
const lines = [
  `${pad('engine', 34)}${pad('example', 13)}${'runs'.padStart(7)}${'ms'.padStart(10)}${'runs/s'.padStart(10)}`,
  ...rows.map(
    (r) =>
      `${pad(r.engine, 34)}${pad(r.example, 13)}${String(r.runs).padStart(7)}${r.ms.toFixed(1).padStart(10)}${Math.round(r.runsPerSecond).toString().padStart(10)}`,
  ),
];
const base = rows.find(
  (r) => r.engine === 'reference TS, runs only' && r.example === 'exampleland' && r.runs === 10_000,
)!;
const full = rows.find(
  (r) =>
    r.engine === 'reference TS, runs + summaries' &&
    r.example === 'exampleland' &&
    r.runs === 10_000,
)!;
lines.push(
  '',
  `ratio runs+summaries / runs only (exampleland, 10 000 runs): ${(full.ms / base.ms).toFixed(2)}×`,
);
console.log(lines.join('\n'));

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
