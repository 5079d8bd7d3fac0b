/** The command line reads a file's text through the parser's rule: one byte order mark. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.ts';

const MINIMAL = join(import.meta.dirname, '../../app/data/examples/minimal.json');
const dir = mkdtempSync(join(tmpdir(), 'hwf-cli-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(text: string): { code: number; stdout: string; stderr: string } {
  const file = join(dir, 'scenario.json');
  writeFileSync(file, text, 'utf8');
  let stdout = '';
  let stderr = '';
  const code = run(['validate', file], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('byte order marks on the command line', () => {
  const text = readFileSync(MINIMAL, 'utf8');

  it('accepts a file with one byte order mark', () => {
    expect(validate(`\uFEFF${text}`)).toMatchObject({ code: 0 });
  });

  it('refuses a file with two, with a message and exit 2', () => {
    const out = validate(`\uFEFF\uFEFF${text}`);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/two byte order marks/);
    expect(out.stdout).toBe('');
  });
});
