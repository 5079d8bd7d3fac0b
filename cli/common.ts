/**
 * What the commands share: reading and parsing the scenario file, the user's mistakes
 * reported without a stack trace, the engine choice, and checks of the output file and of
 * --runs and --seed.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatIssue, parseScenario, parseScenarioJson } from '../model/scenario/parse.ts';
import type { ParseResult, ScenarioIssue } from '../model/scenario/parse.ts';
import type { PopulationInline, Scenario } from '../model/scenario/types.ts';
import { resolvePopulation } from '../model/scenario/validate-population.ts';
import { NonFiniteResultError } from '../model/summaries/finite.ts';
import type { BacktestCommand, PlanCommand, SimulateCommand } from './args.ts';
import { InputRefused, readInputFile } from './read-input.ts';
import { shippedDatasets } from './datasets.ts';
import type { CliIo } from './run.ts';

/** A mistake of the user's, reported as a message without a stack trace. */
export class UserError extends Error {}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function fileProblem(error: unknown): string {
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

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function writeWarnings(warnings: readonly ScenarioIssue[], io: CliIo): void {
  for (const w of warnings) io.stderr(`warning: ${formatIssue(w)}\n`);
}

/** Reads and parses the scenario; on failure prints every broken rule and returns null. */
export function loadScenario(file: string, io: CliIo): Scenario | null {
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

/** The WebAssembly core, as `npm run build` (or `npm test`) compiles it. */
export const CORE_PATH = new URL('../wasm/build/hwf.wasm', import.meta.url);

/** The WebAssembly core, or undefined for the reference: `auto` takes the core when it is
 *  built. It runs scenarios with and without regions. */
export function chooseCore(
  command: SimulateCommand | PlanCommand | BacktestCommand,
): WebAssembly.Module | undefined {
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
export function checkOutput(command: SimulateCommand | PlanCommand | BacktestCommand): void {
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
export function withOverrides(
  scenario: Scenario,
  command: SimulateCommand | PlanCommand | BacktestCommand,
  io: CliIo,
): Scenario | null {
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

/** A document to standard output and its words to standard error; or, with --out, the
 *  document to that file and its words to standard output. */
export function writeDocument(
  out: string | undefined,
  text: string,
  words: string,
  io: CliIo,
): void {
  if (out === undefined) {
    io.stdout(text);
    io.stderr(words);
    return;
  }
  try {
    writeFileSync(out, text, 'utf8');
  } catch (error) {
    throw new UserError(`cannot write ${out}: ${fileProblem(error)}`);
  }
  io.stdout(words);
}

/** A number beyond what the engine holds is the scenario's, not ours: said like a bad
 *  scenario (exit 2), and nothing is written. */
export function asUserError(file: string, error: unknown): unknown {
  return error instanceof NonFiniteResultError
    ? new UserError(`${file} cannot be simulated: ${error.message}`)
    : error;
}

/** The population table a scenario's data set names, read from disk (national, or the
 *  table a regional scenario splits by shares); undefined for an inline one or none. */
export function populationOf(scenario: Scenario): PopulationInline | undefined {
  const pop = scenario.population as { dataset?: unknown } | undefined;
  return pop !== undefined && typeof pop.dataset === 'string'
    ? resolvePopulation({ dataset: pop.dataset }, shippedDatasets())
    : undefined;
}
