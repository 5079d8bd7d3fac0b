import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.ts';
import type { CliIo } from '../../cli/run.ts';
import type { HwfResult } from '../../model/result/result.ts';

const MINIMAL = join(import.meta.dirname, '../../app/data/examples/minimal.json');
/** minimal.json projects 2025 .. 2025 + 15. */
const MINIMAL_YEARS = Array.from({ length: 16 }, (_, i) => 2025 + i);

const dir = mkdtempSync(join(tmpdir(), 'hwf-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(argv: string[], extra: Partial<CliIo> = {}): Outcome {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...extra,
  });
  return { code, stdout, stderr };
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
}

function invalidScenarioFile(): string {
  const scenario = JSON.parse(readFileSync(MINIMAL, 'utf8')) as {
    professions: { exits: { attrition: unknown } }[];
  };
  scenario.professions[0].exits.attrition = 1.4;
  const file = join(dir, 'attrition-1.4.json');
  writeFileSync(file, JSON.stringify(scenario, null, 2));
  return file;
}

describe('run: arguments', () => {
  it('prints the usage for --help and no arguments', () => {
    for (const argv of [[], ['--help']]) {
      const out = cli(argv);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('Usage:');
      expect(out.stderr).toBe('');
    }
  });

  it('exits 2 with the message and a usage hint for bad arguments', () => {
    const out = cli(['simulate', 's.json', '--runs', '0']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('--runs must be a whole number from 1 to 100000');
    expect(out.stderr).toContain('hwf --help');
    const unknown = cli(['explode']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'explode'");
  });
});

describe('run: files', () => {
  it('names a missing file and exits 2', () => {
    const missing = join(dir, 'no-such-scenario.json');
    for (const command of ['simulate', 'validate']) {
      const out = cli([command, missing]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(missing);
      expect(out.stderr).toContain('no such file');
      expect(out.stdout).toBe('');
      noStackTrace(out.stderr);
    }
  });

  it('names a folder given as the scenario', () => {
    const out = cli(['validate', dir]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(dir);
    expect(out.stderr).toContain('folder');
  });

  it('reports bad JSON with the file, line and column', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "schema": "hwf-scenario/1",\n  "name": ,\n}\n');
    for (const command of ['simulate', 'validate']) {
      const out = cli([command, file]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(file);
      expect(out.stderr).toMatch(/line\W*3\b/i);
      expect(out.stderr).toMatch(/col(umn)?\W*\d+/i);
      noStackTrace(out.stderr);
    }
  });

  it('checks --out before running', () => {
    const noFolder = cli(['simulate', MINIMAL, '--out', join(dir, 'missing-folder', 'r.json')]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('missing-folder');
    const folder = cli(['simulate', MINIMAL, '--out', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('folder');
  });

  it('refuses to overwrite the scenario with its result', () => {
    const copy = join(dir, 'keep.json');
    writeFileSync(copy, readFileSync(MINIMAL));
    const out = cli(['simulate', copy, '--out', copy]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('would overwrite the scenario');
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(MINIMAL, 'utf8'));
  });
});

describe('run: invalid scenario', () => {
  it('simulate lists the broken rule with the file and its path, exits 2', () => {
    const file = invalidScenarioFile();
    const out = cli(['simulate', file, '--runs', '10']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(file);
    expect(out.stderr).toContain('professions[0].exits.attrition');
    expect(out.stderr).toContain('1.4');
    noStackTrace(out.stderr);
  });

  it('validate lists the broken rule and exits 2', () => {
    const file = invalidScenarioFile();
    const out = cli(['validate', file]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^professions\[0\]\.exits\.attrition: .*1\.4/m);
  });
});

describe('run: valid scenario', () => {
  it('validate says valid with the name', () => {
    const out = cli(['validate', MINIMAL]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('valid: Minimal: one profession, no population\n');
  });

  it('simulate writes an hwf-result/1 document', () => {
    const out = cli(['simulate', MINIMAL, '--runs', '50', '--seed', '99']);
    expect(out.stderr).not.toContain('internal error');
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith('{\n  "schema": "hwf-result/1"')).toBe(true);
    const result = JSON.parse(out.stdout) as HwfResult;
    expect(result.schema).toBe('hwf-result/1');
    expect(result.runs).toBe(50);
    expect(result.seed).toBe(99);
    expect(result.deterministic).toBe(false);
    expect(result.years).toEqual(MINIMAL_YEARS);
    expect(result.professions.map((p) => p.id)).toEqual(['midwife']);
    const p = result.professions[0];
    for (const measure of ['headcount', 'fte', 'demand', 'gap'] as const) {
      expect(p[measure].p50).toHaveLength(MINIMAL_YEARS.length);
    }
    expect(p.shortageProbability).toHaveLength(MINIMAL_YEARS.length);
    expect(out.stderr).not.toContain('simulating');
  });

  it('--runs is checked against the scenario like the file itself (the per-run results cap)', () => {
    const scenario = JSON.parse(readFileSync(MINIMAL, 'utf8')) as {
      horizonYears: number;
      professions: { id: string }[];
      analysis: unknown;
    };
    scenario.horizonYears = 60;
    scenario.professions = [0, 1].map((i) => ({ ...scenario.professions[0], id: `p${i}` }));
    const file = join(dir, 'wide.json');
    writeFileSync(file, JSON.stringify(scenario));
    const out = cli(['simulate', file, '--runs', '100000']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`the options do not fit ${file}`);
    expect(out.stderr).toMatch(
      /simulation\.runs: runs × professions × projected years is 12 200 000/,
    );
    noStackTrace(out.stderr);
  });

  it('--format csv writes the long table', () => {
    const out = cli(['simulate', MINIMAL, '--runs', '50', '--format', 'csv']);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('profession,measure,year,statistic,value');
    expect(lines[1]).toMatch(/^midwife,headcount,2025,mean,\d/);
    const years = new Set(lines.slice(1).map((l) => Number(l.split(',')[2])));
    expect([...years].sort()).toEqual(MINIMAL_YEARS);
    expect(lines).toContainEqual(expect.stringMatching(/^midwife,requiredIntake,2035,p50,/));
  });

  it('--out writes the file and nothing to stdout', () => {
    const json = join(dir, 'result.json');
    const out = cli(['simulate', MINIMAL, '--runs', '50', '--out', json]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    const result = JSON.parse(readFileSync(json, 'utf8')) as HwfResult;
    expect(result.schema).toBe('hwf-result/1');
    expect(result.years).toEqual(MINIMAL_YEARS);

    mkdirSync(join(dir, 'sub'), { recursive: true });
    const csv = join(dir, 'sub', 'result.csv');
    expect(cli(['simulate', MINIMAL, '--runs=50', '--format=csv', `--out=${csv}`]).code).toBe(0);
    expect(existsSync(csv)).toBe(true);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(
      'profession,measure,year,statistic,value',
    );
  });

  it('gives the same result with the WebAssembly core and the reference engine', () => {
    const exampleland = join(import.meta.dirname, '../../app/data/examples/exampleland.json');
    for (const extra of [['--runs', '300'], ['--deterministic']]) {
      const wasm = cli(['simulate', exampleland, '--engine', 'wasm', ...extra]);
      const reference = cli(['simulate', exampleland, '--engine', 'reference', ...extra]);
      expect([wasm.code, reference.code]).toEqual([0, 0]);
      expect(wasm.stdout).toBe(reference.stdout);
      expect(cli(['simulate', exampleland, ...extra]).stdout).toBe(reference.stdout);
    }
  });

  it('--deterministic makes one run', () => {
    const out = cli(['simulate', MINIMAL, '--deterministic']);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as HwfResult;
    expect(result.runs).toBe(1);
    expect(result.deterministic).toBe(true);
    expect(result.years).toEqual(MINIMAL_YEARS);
  });

  it('shows progress on stderr when the run takes longer than a second', () => {
    let time = 0;
    const out = cli(['simulate', MINIMAL, '--runs', '200'], { now: () => (time += 1000) });
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^simulating 200 runs… \d+%$/m);
    expect(out.stderr).not.toContain('\r');
    expect(JSON.parse(out.stdout)).toMatchObject({ schema: 'hwf-result/1', runs: 200 });
  });
});
