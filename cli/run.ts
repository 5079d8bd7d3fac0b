/**
 * The command line without the process: takes the arguments and two writers, returns the
 * exit code (0 success, 1 internal error, 2 a user error: arguments, file or scenario).
 * A user error never shows a stack trace.
 */
import { writeFileSync } from 'node:fs';
import { resultToCsv } from '../model/result/result-csv.ts';
import type { HwfResult } from '../model/result/result.ts';
import { regionalOf } from '../model/regions/types.ts';
import type { RegionalResult } from '../model/regions/simulate.ts';
import { simulate } from '../model/projection/simulate.ts';
import { runsOf } from '../model/projection/runs.ts';
import { wasmEngine, wasmRegionalEngine } from '../workers/wasm-host.ts';
import { parseArgs, USAGE, USAGE_HINT } from './args.ts';
import type { SimulateCommand, ValidateCommand } from './args.ts';
import { createProgress } from './progress.ts';
import {
  asUserError,
  populationOf,
  checkOutput,
  chooseCore,
  describe,
  fileProblem,
  loadScenario,
  UserError,
  withOverrides,
} from './common.ts';
import { runPlanCommand } from './plan.ts';
import { runBacktestCommand } from './backtest.ts';
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

/** Every command, the plan search included (it is the one that waits). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.ok && parsed.command.kind === 'plan') {
    return runPlanCommand(parsed.command, io).catch((error: unknown) => failed(error, io));
  }
  return run(argv, io);
}

/** The commands that answer at once (all but plan: see runCli). */
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
      case 'backtest':
        return runBacktestCommand(command, io);
      case 'plan':
        throw new Error('the plan command waits for its search: run it through runCli');
    }
  } catch (error) {
    return failed(error, io);
  }
}

/** The exit code of a failure, said on stderr: a user's mistake without a stack trace. */
function failed(error: unknown, io: CliIo): number {
  if (error instanceof UserError) {
    io.stderr(`error: ${error.message}\n`);
    return EXIT_USER;
  }
  io.stderr(`internal error: ${describe(error)}\n`);
  return EXIT_INTERNAL;
}

function runValidate(command: ValidateCommand, io: CliIo): number {
  const scenario = loadScenario(command.file, io);
  if (scenario === null) return EXIT_USER;
  io.stdout(`valid: ${scenario.name}\n`);
  return EXIT_OK;
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
            population: populationOf(scenario),
            onProgress,
          })
        : simulateRegional(regional, {
            deterministic: command.deterministic,
            population: populationOf(scenario),
            engine: core && wasmRegionalEngine(core),
            onProgress,
          });
  } catch (error) {
    throw asUserError(command.file, error);
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

/** The result as the chosen format, limited to one region when --region is given. */
function resultText(result: HwfResult, command: SimulateCommand): string {
  const region = command.region;
  if (command.format === 'csv') return resultToCsv(result, region === undefined ? {} : { region });
  const doc = region === undefined ? result : resultOfRegion(result as RegionalResult, region);
  return JSON.stringify(doc, null, 2) + '\n';
}
