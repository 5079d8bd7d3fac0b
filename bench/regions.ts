/**
 * Regional scenarios in the engines (MODEL.md §6), Node, one thread: runs per second of the
 * reference and the WebAssembly core on "Exampleland regions" (4 regions × 2 professions)
 * and on a 10-region × 3-profession scenario (bench/regional-scenario.ts), and the time of
 * the summaries. Each figure is the median of its timings after a warm-up (the reference's
 * 10-region figure is one timing: it is slow). Called by bench/run.ts;
 * `BENCH_ONLY=regions npm run bench` runs it alone (with the Chromium pool).
 */
import { compileRegional } from '../model/regions/compile.ts';
import { regionalReferenceEngine } from '../model/regions/flat.ts';
import { summarizeRegionalBlock } from '../model/regions/simulate.ts';
import { regionalOf, type RegionalScenario } from '../model/regions/types.ts';
import { formatIssue, parseScenario } from '../model/scenario/parse.ts';
import { wasmRegionalEngine } from '../workers/wasm-host.ts';
import { benchRegionalDocument, regionalExampleDocument } from './regional-scenario.ts';
import type { BenchRow } from './run.ts';

function regional(document: unknown): RegionalScenario {
  const parsed = parseScenario(document);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
  const rs = regionalOf(parsed.scenario);
  if (!rs) throw new Error('not a regional scenario');
  return rs;
}

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

export function benchRegions(core: WebAssembly.Module): { rows: BenchRow[]; lines: string[] } {
  const rows: BenchRow[] = [];
  const lines: string[] = [];
  const cases = [
    ['regions-4x2', regional(regionalExampleDocument()), 2000, 2000, 3],
    ['regions-10x3', regional(benchRegionalDocument()), 2000, 100, 1],
  ] as const;
  for (const [name, rs, wasmRuns, refRuns, refRepeats] of cases) {
    const rm = compileRegional(rs);
    const seed = rs.simulation.seed;
    const ref = regionalReferenceEngine(rm);
    const wasm = wasmRegionalEngine(core)(rm);
    const add = (engine: string, runs: number, ms: number) =>
      rows.push({ engine, example: name, runs, ms, runsPerSecond: (runs / ms) * 1000 });
    const refMs = time(() => ref(seed, 0, refRuns, false), refRepeats);
    add('reference TS, regional runs', refRuns, refMs);
    const wasmMs = time(() => wasm(seed, 0, wasmRuns, false), 3);
    add('WASM core, regional runs', wasmRuns, wasmMs);
    const block = wasm(seed, 0, wasmRuns, false);
    const sumMs = time(() => summarizeRegionalBlock(rs, rm, block, seed, false), 3);
    add('summaries (one thread)', wasmRuns, sumMs);
    const refRate = refRuns / refMs;
    const wasmRate = wasmRuns / wasmMs;
    lines.push(
      `${name}: WASM ${Math.round(wasmRate * 1000)} runs/s, reference ${Math.round(refRate * 1000)} runs/s, WASM / TS ${(wasmRate / refRate).toFixed(2)}×; summaries of ${wasmRuns} runs ${sumMs.toFixed(0)} ms`,
    );
  }
  return { rows, lines };
}
