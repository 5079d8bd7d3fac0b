/**
 * Command-line arguments → a command, or a message saying what is wrong. Pure: no I/O.
 */
import { LIMITS } from '../model/scenario/types.ts';

export type OutputFormat = 'json' | 'csv';

/** Which engine runs the runs: the WebAssembly core when it is built (auto), or one of
 *  the two by name. They give the same numbers, bit for bit. */
export type EngineChoice = 'auto' | 'wasm' | 'reference';

export interface SimulateCommand {
  kind: 'simulate';
  file: string;
  /** Overrides the scenario's runs. */
  runs?: number;
  /** Overrides the scenario's seed. */
  seed?: number;
  deterministic: boolean;
  format: OutputFormat;
  /** Write here instead of stdout. */
  out?: string;
  engine: EngineChoice;
  /** Only this region's figures (a scenario with regions). */
  region?: string;
}

/** The least-cost plan search (MODEL.md §8) of a scenario with costs and a plan. */
export interface PlanCommand {
  kind: 'plan';
  file: string;
  runs?: number;
  seed?: number;
  /** Write the plan document here; the summary then goes to standard output. */
  out?: string;
  engine: EngineChoice;
}

/** The check against history (docs/backtest.md): the scenario's profession started from
 *  the observed total of a past year, projected to the last observed year, scored. */
export interface BacktestCommand {
  kind: 'backtest';
  file: string;
  /** ISO alpha-2 of one of the 19 shipped countries, lower or upper case. */
  country: string;
  from: number;
  profession: string;
  /** The observed series; guessed from the profession's id and name when left out. */
  series?: 'doctors' | 'nurses';
  runs?: number;
  seed?: number;
  out?: string;
  engine: EngineChoice;
}

export interface ValidateCommand {
  kind: 'validate';
  file: string;
}

export interface HelpCommand {
  kind: 'help';
}

export type Command =
  SimulateCommand | PlanCommand | BacktestCommand | ValidateCommand | HelpCommand;

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

export const USAGE = `HWF Scenario Lab: Monte Carlo projection of health workforce supply and demand.

Usage:
  hwf simulate <scenario.json> [options]   run the scenario, write the result
  hwf plan <scenario.json> [options]       search the least-cost plan that meets the
                                           scenario's target, write it with its result
  hwf backtest <scenario.json> --country C --from YEAR --profession ID [options]
                                           check the scenario against history: start
                                           the profession from its observed total in
                                           YEAR, project to the last observed year,
                                           score the bands against what was observed
  hwf validate <scenario.json>             check a scenario, list every broken rule
  hwf --help                               show this help

Options of simulate:
  --runs N          number of runs, ${LIMITS.runsMin}..${LIMITS.runsMax} (default: the scenario's)
  --seed S          random seed, 0..${LIMITS.seedMax} (default: the scenario's)
  --deterministic   one run with every input at its point value, shocks off
  --format F        json (hwf-result/1, default) or csv
  --out FILE        write the result to FILE instead of standard output
  --engine E        wasm (the WebAssembly core, the default when it is built) or
                    reference (the TypeScript reference); the same numbers either way
  --region ID       only the figures of region ID (a scenario with regions)

Options of plan: --runs, --seed, --out and --engine as for simulate. Every candidate
is run with the scenario's runs and seed (common random numbers). The plan document
(hwf-result/1 of the chosen plan, with "plan": levers, feasible, presentValue,
worstShortageProbability, evaluations, frontier) goes to standard output, or to
--out FILE; a one-paragraph summary goes to standard error (standard output with
--out). The scenario needs "costs" and "plan" (docs/costs.md, docs/plan-search.md).

Options of backtest:
  --country C       one of the 19 shipped countries by its two-letter code (it, de, …)
  --from YEAR       the past base year (an observed year from 2000 on)
  --profession ID   the scenario's profession to check
  --series S        doctors or nurses (WHO densities; default: guessed from the
                    profession's id and name)
  --runs, --seed, --out and --engine as for simulate. The check (hwf-backtest/1 JSON:
  the start, every observed point with the projection's median and bands, the bias
  and mean absolute percentage error by horizon, the calibration counts) goes to
  standard output, or to --out FILE; a table goes to standard error (standard output
  with --out). Observed data: WHO Global Health Observatory (docs/observed-data.md).

A scenario with costs gets, in the result, "cost" per profession and for the scenario
(training, salary, recruitment, programmes, total per year; the present value).

A scenario with regions gives the national figures and every region's, each with
its FTE per 1 000 inhabitants (densityPer1000) and nationally the density ratio
(highest regional density / lowest); its CSV starts with a region column, where
(national) marks the national rows. Regions, like everything else, run on the
WebAssembly core when it is built.

Exit codes: 0 success, 1 internal error, 2 bad arguments or bad scenario.
`;

export const USAGE_HINT = "Run 'hwf --help' for usage.";

const COMMANDS = ['simulate', 'plan', 'backtest', 'validate'] as const;
type CommandName = (typeof COMMANDS)[number];

/** Options of each command: whether they take a value. */
const OPTIONS: Record<CommandName, Record<string, 'value' | 'flag'>> = {
  simulate: {
    runs: 'value',
    seed: 'value',
    deterministic: 'flag',
    format: 'value',
    out: 'value',
    engine: 'value',
    region: 'value',
  },
  plan: { runs: 'value', seed: 'value', out: 'value', engine: 'value' },
  backtest: {
    country: 'value',
    from: 'value',
    profession: 'value',
    series: 'value',
    runs: 'value',
    seed: 'value',
    out: 'value',
    engine: 'value',
  },
  validate: {},
};

function fail(error: string): ParsedArgs {
  return { ok: false, error };
}

/** A whole number in min..max written with digits only, or undefined. */
function parseInteger(text: string, min: number, max: number): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

function isCommandName(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { ok: true, command: { kind: 'help' } };
  // Help wins wherever it appears (before a lone `--`).
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h') || argv[0] === 'help') {
    return { ok: true, command: { kind: 'help' } };
  }

  const name = argv[0];
  if (name.startsWith('-')) return fail(`expected a command before ${name}`);
  if (!isCommandName(name)) {
    return fail(
      `unknown command '${name}' (the commands are ${COMMANDS.slice(0, -1).join(', ')} and ${COMMANDS[COMMANDS.length - 1]})`,
    );
  }

  const known = OPTIONS[name];
  const values = new Map<string, string | true>();
  const positional: string[] = [];
  let onlyPositional = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (!arg.startsWith('--')) return fail(`unknown option '${arg}' for ${name}`);
    const eq = arg.indexOf('=');
    const key = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = known[key];
    if (kind === undefined) return fail(`unknown option '--${key}' for ${name}`);
    if (values.has(key)) return fail(`--${key} is given more than once`);
    if (kind === 'flag') {
      if (eq !== -1) return fail(`--${key} takes no value`);
      values.set(key, true);
      continue;
    }
    let value: string;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) {
        return fail(`--${key} needs a value`);
      }
      value = argv[++i];
    }
    if (value === '') return fail(`--${key} needs a value`);
    values.set(key, value);
  }

  if (positional.length === 0) return fail(`${name} needs a scenario file`);
  if (positional.length > 1) {
    return fail(
      `${name} takes one scenario file, got ${positional.length}: ${positional.join(' ')}`,
    );
  }
  const file = positional[0];

  if (name === 'validate') return { ok: true, command: { kind: 'validate', file } };

  if (name === 'backtest') return backtestArgs(file, values);

  const command: SimulateCommand | PlanCommand =
    name === 'plan'
      ? { kind: 'plan', file, engine: 'auto' }
      : {
          kind: 'simulate',
          file,
          deterministic: values.get('deterministic') === true,
          format: 'json',
          engine: 'auto',
        };
  const common = commonOptions(command, values);
  if (common !== null) return fail(common);
  const format = values.get('format');
  if (typeof format === 'string' && command.kind === 'simulate') {
    if (format !== 'json' && format !== 'csv') {
      return fail(`--format must be json or csv (got '${format}')`);
    }
    command.format = format;
  }
  const region = values.get('region');
  if (typeof region === 'string' && command.kind === 'simulate') command.region = region;
  if (command.kind === 'simulate' && command.deterministic && command.runs !== undefined) {
    return fail(
      '--runs cannot be combined with --deterministic (a deterministic result is one run)',
    );
  }
  return { ok: true, command };
}

/** --runs, --seed, --out and --engine into `command`; a message when one is wrong. */
function commonOptions(
  command: SimulateCommand | PlanCommand | BacktestCommand,
  values: ReadonlyMap<string, string | true>,
): string | null {
  const runs = values.get('runs');
  if (typeof runs === 'string') {
    const n = parseInteger(runs, LIMITS.runsMin, LIMITS.runsMax);
    if (n === undefined) {
      return `--runs must be a whole number from ${LIMITS.runsMin} to ${LIMITS.runsMax} (got '${runs}')`;
    }
    command.runs = n;
  }
  const seed = values.get('seed');
  if (typeof seed === 'string') {
    const n = parseInteger(seed, 0, LIMITS.seedMax);
    if (n === undefined) {
      return `--seed must be a whole number from 0 to ${LIMITS.seedMax} (got '${seed}')`;
    }
    command.seed = n;
  }
  const out = values.get('out');
  if (typeof out === 'string') command.out = out;
  const engine = values.get('engine');
  if (typeof engine === 'string') {
    if (engine !== 'wasm' && engine !== 'reference') {
      return `--engine must be wasm or reference (got '${engine}')`;
    }
    command.engine = engine;
  }
  return null;
}

/** The backtest's own options: --country, --from and --profession are required. */
function backtestArgs(file: string, values: ReadonlyMap<string, string | true>): ParsedArgs {
  const country = values.get('country');
  const from = values.get('from');
  const profession = values.get('profession');
  const missing = [
    typeof country === 'string' ? '' : '--country',
    typeof from === 'string' ? '' : '--from',
    typeof profession === 'string' ? '' : '--profession',
  ].filter(Boolean);
  if (missing.length > 0) return fail(`backtest needs ${missing.join(', ')}`);
  if (typeof country !== 'string' || !/^[a-zA-Z]{2}$/.test(country)) {
    return fail(
      `--country must be a two-letter country code such as it (got '${String(country)}')`,
    );
  }
  const year = parseInteger(String(from), 1900, 2100);
  if (year === undefined) return fail(`--from must be a year such as 2010 (got '${String(from)}')`);
  const command: BacktestCommand = {
    kind: 'backtest',
    file,
    country: country.toUpperCase(),
    from: year,
    profession: String(profession),
    engine: 'auto',
  };
  const series = values.get('series');
  if (typeof series === 'string') {
    if (series !== 'doctors' && series !== 'nurses') {
      return fail(`--series must be doctors or nurses (got '${series}')`);
    }
    command.series = series;
  }
  const common = commonOptions(command, values);
  if (common !== null) return fail(common);
  return { ok: true, command };
}
