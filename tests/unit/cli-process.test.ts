import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function hwf(args: string[]): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'cli/main.ts', ...args],
      { cwd: root, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('hwf process', () => {
  it('exits 2 on a missing file, naming it, without a stack trace', async () => {
    const out = await hwf(['simulate', 'no-such-dir/missing-scenario.json']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('no-such-dir/missing-scenario.json');
    expect(out.stderr).not.toMatch(/^\s+at /m);
    expect(out.stdout).toBe('');
  });
});
