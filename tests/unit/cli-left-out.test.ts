/**
 * The command line reads a scenario whose professions leave out what does not apply (no
 * training, no immigration, no FTE trend, no exits): it validates, simulates with either
 * engine alike, and gives the results of the same scenario with the zeros written out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.ts';
import type { HwfResult } from '../../model/result/result.ts';

const EXAMPLELAND = join(import.meta.dirname, '../../app/data/examples/exampleland.json');
const dir = mkdtempSync(join(tmpdir(), 'hwf-cli-left-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

type Doc = { name: string; professions: Record<string, unknown>[]; policies: unknown[] };

/** Exampleland with the GPs trained on the job abroad: no training, no FTE trend, no exits
 *  but the retirement curve; written to a file. With `zeros`, the same with the zeros
 *  written out instead. */
function file(zeros: boolean): string {
  const doc = JSON.parse(readFileSync(EXAMPLELAND, 'utf8')) as Doc;
  const gp = doc.professions[1];
  const exits = gp.exits as Record<string, unknown>;
  if (zeros) {
    gp.fteTrend = 0;
    gp.training = {
      intake: 0,
      durationYears: 1,
      completion: 0,
      entryRate: 0,
      entrants: { femaleShare: 0.5, ageMean: 30, ageSd: 2 },
    };
    gp.exits = { attrition: 0, emigration: 0, retirement: exits.retirement };
  } else {
    delete gp.fteTrend;
    delete gp.training;
    gp.exits = { retirement: exits.retirement };
  }
  const path = join(dir, zeros ? 'zeros.json' : 'left-out.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

/** A result without what words the reason (the same numbers are compared). */
function numbers(stdout: string): unknown {
  const result = JSON.parse(stdout) as HwfResult;
  for (const p of result.professions) delete p.requiredIntake.reason;
  return result;
}

describe('the command line and professions that leave parts out', () => {
  it('validates the file', () => {
    const out = cli(['validate', file(false)]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^valid: /);
  });

  it('simulates it with both engines alike, as the zeros written out', () => {
    const leftOut = file(false);
    const zeros = file(true);
    for (const extra of [['--runs', '200'], ['--deterministic']]) {
      const wasm = cli(['simulate', leftOut, '--engine', 'wasm', ...extra]);
      const reference = cli(['simulate', leftOut, '--engine', 'reference', ...extra]);
      expect([wasm.code, reference.code, wasm.stderr]).toEqual([0, 0, '']);
      expect(wasm.stdout).toBe(reference.stdout);
      const explicit = cli(['simulate', zeros, '--engine', 'wasm', ...extra]);
      expect(explicit.code).toBe(0);
      expect(numbers(wasm.stdout)).toEqual(numbers(explicit.stdout));
      const gp = (JSON.parse(wasm.stdout) as HwfResult).professions[1];
      expect(gp.requiredIntake.unreachable).toBe(true);
      expect(gp.requiredIntake.reason).toContain('no training pipeline');
      expect(gp.sensitivity.map((s) => s.input)).not.toContainEqual(
        expect.stringMatching(/^professions\[1\]\.(training|fteTrend|exits\.attrition)/),
      );
    }
  });

  it('refuses a policy on the left-out training, with its path', () => {
    const path = file(false);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as Doc;
    doc.policies.push({
      profession: 'gp',
      parameter: 'training.intake',
      kind: 'relative',
      value: 0.1,
      startYear: 2027,
      fullYear: 2029,
    });
    writeFileSync(path, JSON.stringify(doc));
    const out = cli(['validate', path]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(
      /^policies\[2\]\.parameter: professions\[1\] \("gp"\) has no training pipeline/m,
    );
  });
});
