import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../cli/args.ts';
import type { Command } from '../../cli/args.ts';

function command(argv: string[]): Command {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(`expected success, got: ${parsed.error}`);
  return parsed.command;
}

function error(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`expected an error, got ${JSON.stringify(parsed.command)}`);
  return parsed.error;
}

describe('parseArgs: help', () => {
  it('shows help with no arguments, --help, -h or help', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['simulate', 'x.json', '--help']]) {
      expect(command(argv)).toEqual({ kind: 'help' });
    }
  });

  it('help wins over other mistakes', () => {
    expect(command(['frobnicate', '--help'])).toEqual({ kind: 'help' });
    expect(command(['simulate', '--runs', 'abc', '-h'])).toEqual({ kind: 'help' });
  });

  it('the usage names both commands and every option', () => {
    for (const word of [
      'simulate',
      'validate',
      '--runs',
      '--seed',
      '--deterministic',
      '--format',
      '--out',
      '--engine',
    ]) {
      expect(USAGE).toContain(word);
    }
  });
});

describe('parseArgs: simulate', () => {
  it('has defaults', () => {
    expect(command(['simulate', 's.json'])).toEqual({
      kind: 'simulate',
      file: 's.json',
      deterministic: false,
      format: 'json',
      engine: 'auto',
    });
  });

  it('reads every option, with a space or =', () => {
    expect(
      command([
        'simulate',
        '--runs',
        '50',
        's.json',
        '--seed',
        '0',
        '--format',
        'csv',
        '--out',
        'r.csv',
        '--engine',
        'reference',
      ]),
    ).toEqual({
      kind: 'simulate',
      file: 's.json',
      runs: 50,
      seed: 0,
      deterministic: false,
      format: 'csv',
      out: 'r.csv',
      engine: 'reference',
    });
    expect(
      command([
        'simulate',
        's.json',
        '--runs=7',
        '--seed=42',
        '--format=json',
        '--out=o.json',
        '--engine=wasm',
      ]),
    ).toEqual({
      kind: 'simulate',
      file: 's.json',
      runs: 7,
      seed: 42,
      deterministic: false,
      format: 'json',
      out: 'o.json',
      engine: 'wasm',
    });
  });

  it('refuses an engine it does not have', () => {
    expect(parseArgs(['simulate', 's.json', '--engine', 'gpu'])).toEqual({
      ok: false,
      error: "--engine must be wasm or reference (got 'gpu')",
    });
  });

  it('reads --deterministic', () => {
    expect(command(['simulate', 's.json', '--deterministic', '--seed', '3'])).toMatchObject({
      deterministic: true,
      seed: 3,
    });
  });

  it('accepts the limits of runs and seed', () => {
    expect(command(['simulate', 's.json', '--runs', '1'])).toMatchObject({ runs: 1 });
    expect(command(['simulate', 's.json', '--runs', '100000'])).toMatchObject({ runs: 100000 });
    expect(command(['simulate', 's.json', '--seed', '4294967295'])).toMatchObject({
      seed: 4294967295,
    });
  });

  it('takes a file name after -- even when it starts with a dash', () => {
    expect(command(['simulate', '--runs', '5', '--', '-odd.json'])).toMatchObject({
      file: '-odd.json',
      runs: 5,
    });
  });

  it('rejects runs that are not a whole number in 1..100000', () => {
    for (const bad of ['0', '100001', '-5', '2.5', '1e3', 'abc', ' 5', '+5', '0x10']) {
      expect(error(['simulate', 's.json', '--runs', bad])).toMatch(
        /--runs must be a whole number from 1 to 100000/,
      );
    }
    expect(error(['simulate', 's.json', '--runs', '0'])).toContain("(got '0')");
  });

  it('rejects seeds that are not a whole number in 0..4294967295', () => {
    for (const bad of ['-1', '4294967296', '1.5', 'x', '99999999999999999999']) {
      expect(error(['simulate', 's.json', '--seed', bad])).toMatch(
        /--seed must be a whole number from 0 to 4294967295/,
      );
    }
  });

  it('rejects a format other than json or csv', () => {
    expect(error(['simulate', 's.json', '--format', 'xml'])).toBe(
      "--format must be json or csv (got 'xml')",
    );
    expect(error(['simulate', 's.json', '--format', 'JSON'])).toMatch(
      /--format must be json or csv/,
    );
  });

  it('rejects an option without its value', () => {
    expect(error(['simulate', 's.json', '--runs'])).toBe('--runs needs a value');
    expect(error(['simulate', 's.json', '--out', '--runs', '5'])).toBe('--out needs a value');
    expect(error(['simulate', 's.json', '--seed='])).toBe('--seed needs a value');
  });

  it('rejects a value given to --deterministic', () => {
    expect(error(['simulate', 's.json', '--deterministic=yes'])).toBe(
      '--deterministic takes no value',
    );
  });

  it('rejects an option given twice', () => {
    expect(error(['simulate', 's.json', '--runs', '5', '--runs', '6'])).toBe(
      '--runs is given more than once',
    );
  });

  it('rejects --runs together with --deterministic', () => {
    expect(error(['simulate', 's.json', '--runs', '5', '--deterministic'])).toMatch(
      /--runs cannot be combined with --deterministic/,
    );
  });

  it('rejects unknown options', () => {
    expect(error(['simulate', 's.json', '--fast'])).toBe("unknown option '--fast' for simulate");
    expect(error(['simulate', 's.json', '-r', '5'])).toBe("unknown option '-r' for simulate");
  });

  it('needs exactly one file', () => {
    expect(error(['simulate'])).toBe('simulate needs a scenario file');
    expect(error(['simulate', '--runs', '5'])).toBe('simulate needs a scenario file');
    expect(error(['simulate', 'a.json', 'b.json'])).toMatch(
      /simulate takes one scenario file, got 2/,
    );
  });
});

describe('parseArgs: validate', () => {
  it('reads the file', () => {
    expect(command(['validate', 's.json'])).toEqual({ kind: 'validate', file: 's.json' });
  });

  it('rejects the options of simulate', () => {
    expect(error(['validate', 's.json', '--runs', '5'])).toBe(
      "unknown option '--runs' for validate",
    );
    expect(error(['validate', 's.json', '--deterministic'])).toBe(
      "unknown option '--deterministic' for validate",
    );
  });

  it('needs exactly one file', () => {
    expect(error(['validate'])).toBe('validate needs a scenario file');
    expect(error(['validate', 'a.json', 'b.json'])).toMatch(/validate takes one scenario file/);
  });
});

describe('parseArgs: commands', () => {
  it('rejects an unknown command', () => {
    expect(error(['run', 's.json'])).toBe(
      "unknown command 'run' (the commands are simulate, plan, backtest and validate)",
    );
  });

  it('rejects an option before the command', () => {
    expect(error(['--runs', '5', 'simulate', 's.json'])).toBe('expected a command before --runs');
  });
});
