/**
 * The command line without the process: takes the arguments and two writers, returns the
 * exit code (0 success, 1 internal error, 2 a user error: arguments, file or scenario).
 * A user error never shows a stack trace.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatIssue, parseScenario, parseScenarioJson } from '../model/scenario/parse.ts';
import type { ParseResult, ScenarioIssue } from '../model/scenario/parse.ts';
import type { PopulationInline, Scenario } from '../model/scenario/types.ts';
import { resolvePopulation } from '../model/scenario/validate-population.ts';
import { resultToCsv } from '../model/result/result-csv.ts';
import type { HwfResult } from '../model/result/result.ts';
import { regionalOf, type RegionalScenario } from '../model/regions/types.ts';
import type { RegionalResult } from '../model/regions/simulate.ts';
import { simulate } from '../model/projection/simulate.ts';
import { runsOf } from '../model/projection/runs.ts';
import { NonFiniteResultError } from '../model/summaries/finite.ts';
import { wasmEngine, wasmRegionalEngine } from '../workers/wasm-host.ts';
import { parseArgs, USAGE, USAGE_HINT } from './args.ts';
import type { SimulateCommand, ValidateCommand } from './args.ts';
import { createProgress } from './progress.ts';
import { InputRefused, readInputFile } from './read-input.ts';
import { shippedDatasets } from './datasets.ts';
import { regionProblem, resultOfRegion, simulateRegional } from './regional.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress is rewritten in place on a terminal, printed as lines otherwise. */
  stderrIsTTY?: boolean;
  /** Milliseconds, for the progress delay; injectable for tests. */
  now?: () => number;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USER = 2;

/** A mistake of the user's, reported as a message without a stack trace. */
class UserError extends Error {}

export function run(argv: readonly string[], io: CliIo): number {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`error: ${parsed.error}\n${USAGE_HINT}\n`);
      return EXIT_USER;
    }
    const { command } = parsed;
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case 'validate':
        return runValidate(command, io);
      case 'simulate':
        return runSimulate(command, io);
    }
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT_USER;
    }
    io.stderr(`internal error: ${describe(error)}\n`);
    return EXIT_INTERNAL;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return describe(error);
  }
}

function readScenarioFile(file: string): string {
  try {
    return readInputFile(file);
  } catch (error) {
    const problem = error instanceof InputRefused ? error.message : fileProblem(error);
    throw new UserError(`cannot read ${file}: ${problem}`);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function writeWarnings(warnings: readonly ScenarioIssue[], io: CliIo): void {
  for (const w of warnings) io.stderr(`warning: ${formatIssue(w)}\n`);
}

/** Reads and parses the scenario; on failure prints every broken rule and returns null. */
function loadScenario(file: string, io: CliIo): Scenario | null {
  // A byte order mark is the parser's to handle (one is accepted, two are refused).
  const text = readScenarioFile(file);
  const parsed: ParseResult = parseScenarioJson(text, { datasets: shippedDatasets() });
  if (!parsed.ok) {
    io.stderr(
      `error: ${file} is not a valid scenario (${plural(parsed.errors.length, 'problem')}):\n`,
    );
    for (const issue of parsed.errors) io.stderr(`${formatIssue(issue)}\n`);
    writeWarnings(parsed.warnings, io);
    return null;
  }
  writeWarnings(parsed.warnings, io);
  return parsed.scenario;
}

function runValidate(command: ValidateCommand, io: CliIo): number {
  const scenario = loadScenario(command.file, io);
  if (scenario === null) return EXIT_USER;
  io.stdout(`valid: ${scenario.name}\n`);
  return EXIT_OK;
}

/** The WebAssembly core, as `npm run build` (or `npm test`) compiles it. */
export const CORE_PATH = new URL('../wasm/build/hwf.wasm', import.meta.url);

/** The WebAssembly core, or undefined for the reference: `auto` takes the core when it is
 *  built. It runs scenarios with and without regions. */
function chooseCore(command: SimulateCommand): WebAssembly.Module | undefined {
  if (command.engine === 'reference') return undefined;
  if (!existsSync(CORE_PATH)) {
    if (command.engine === 'auto') return undefined;
    throw new UserError(
      'the WebAssembly core is not built: run npm run build:wasm, or use --engine reference',
    );
  }
  return new WebAssembly.Module(readFileSync(CORE_PATH));
}

/** Fails early, before a long run, when the result could not be written. */
function checkOutput(command: SimulateCommand): void {
  const out = command.out;
  if (out === undefined) return;
  if (resolve(out) === resolve(command.file)) {
    throw new UserError(`--out ${out} would overwrite the scenario file`);
  }
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UserError(`cannot write ${out}: the folder ${dirname(out)} does not exist`);
  }
  if (existsSync(out) && statSync(out).isDirectory()) {
    throw new UserError(`cannot write ${out}: it is a folder, not a file`);
  }
}

/**
 * --runs and --seed go through the same door as the file (parseScenario), so the limits
 * that depend on them (the cap on per-run results) hold on the command line too.
 */
function withOverrides(scenario: Scenario, command: SimulateCommand, io: CliIo): Scenario | null {
  if (command.runs === undefined && command.seed === undefined) return scenario;
  const simulation = {
    runs: command.runs ?? scenario.simulation.runs,
    seed: command.seed ?? scenario.simulation.seed,
  };
  const again = parseScenario({ ...scenario, simulation }, { datasets: shippedDatasets() });
  if (again.ok) return again.scenario;
  io.stderr(`error: the options do not fit ${command.file}:\n`);
  for (const issue of again.errors) io.stderr(`${formatIssue(issue)}\n`);
  return null;
}

function runSimulate(command: SimulateCommand, io: CliIo): number {
  checkOutput(command);
  const loaded = loadScenario(command.file, io);
  if (loaded === null) return EXIT_USER;
  const scenario = withOverrides(loaded, command, io);
  if (scenario === null) return EXIT_USER;
  const regional = regionalOf(scenario);
  if (command.region !== undefined) {
    const problem = regionProblem(scenario, regional, command.region);
    if (problem !== null) throw new UserError(problem);
  }
  const core = chooseCore(command);

  const total = runsOf(scenario, command.deterministic);
  const progress = createProgress({
    total,
    write: io.stderr,
    isTTY: io.stderrIsTTY === true,
    now: io.now,
  });
  let result: HwfResult;
  try {
    const onProgress = (done: number, all: number) => progress.update(done, all);
    result =
      regional === null
        ? simulate(scenario, {
            engine: core && wasmEngine(core),
            deterministic: command.deterministic,
            population: resolvePopulation(scenario.population, shippedDatasets()),
            onProgress,
          })
        : simulateRegional(regional, {
            deterministic: command.deterministic,
            population: datasetOf(regional),
            engine: core && wasmRegionalEngine(core),
            onProgress,
          });
  } catch (error) {
    // A number beyond what the engine holds is the scenario's, not ours: said like a bad
    // scenario, and nothing is written.
    if (error instanceof NonFiniteResultError) {
      throw new UserError(`${command.file} cannot be simulated: ${error.message}`);
    }
    throw error;
  } finally {
    progress.finish();
  }

  const text = resultText(result, command);
  if (command.out === undefined) {
    io.stdout(text);
  } else {
    try {
      writeFileSync(command.out, text, 'utf8');
    } catch (error) {
      throw new UserError(`cannot write ${command.out}: ${fileProblem(error)}`);
    }
  }
  return EXIT_OK;
}

/** The data set a scenario with regions names for its population, read from disk. */
function datasetOf(rs: RegionalScenario): PopulationInline | undefined {
  const pop = rs.population;
  return pop !== undefined && 'dataset' in pop
    ? resolvePopulation({ dataset: pop.dataset }, shippedDatasets())
    : undefined;
}

/** The result as the chosen format, limited to one region when --region is given. */
function resultText(result: HwfResult, command: SimulateCommand): string {
  const region = command.region;
  if (command.format === 'csv') return resultToCsv(result, region === undefined ? {} : { region });
  const doc = region === undefined ? result : resultOfRegion(result as RegionalResult, region);
  return JSON.stringify(doc, null, 2) + '\n';
}
