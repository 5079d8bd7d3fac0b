/**
 * The command line reads only regular files of at most 64 MB: a device (`/dev/zero` never
 * ends), a named pipe, a folder or a larger file is refused with a message and exit code 2,
 * before it is read. The refusals run in a child process with a time limit, so a reader that
 * hangs on a pipe or reads a device without end fails the case instead of the test run.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.ts';
import { MAX_INPUT_BYTES, readInputFile } from '../../cli/read-input.ts';

const ROOT = join(import.meta.dirname, '../..');
const MINIMAL = join(ROOT, 'app/data/examples/minimal.json');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

const dir = mkdtempSync(join(tmpdir(), 'hwf-cli-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `hwf <args>` in a child process, killed after `timeout` ms. */
function hwf(args: string[], timeout = 30_000) {
  const out = spawnSync(TSX, [join(ROOT, 'cli/main.ts'), ...args], {
    encoding: 'utf8',
    timeout,
    maxBuffer: 1024 * 1024,
  });
  return { code: out.status, signal: out.signal, stdout: out.stdout, stderr: out.stderr };
}

function refused(out: ReturnType<typeof hwf>, reason: RegExp): void {
  expect(out.signal, 'the command was killed: it did not stop by itself').toBeNull();
  expect(out.code).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr).toMatch(reason);
  expect(out.stderr).not.toMatch(/^\s+at /m);
  expect(out.stderr.trim().split('\n')).toHaveLength(1);
}

function inProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('hwf refuses what is not a scenario file of at most 64 MB', () => {
  it('/dev/zero: a device, refused at once', () => {
    for (const command of ['validate', 'simulate']) {
      const started = Date.now();
      refused(
        hwf([command, '/dev/zero'], 20_000),
        /^error: cannot read \/dev\/zero: it is a device, not a regular file/,
      );
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  });

  it('a named pipe (FIFO): refused without waiting for a writer', () => {
    const fifo = join(dir, 'scenario.fifo');
    execFileSync('mkfifo', [fifo]);
    refused(hwf(['validate', fifo], 20_000), /it is a named pipe, not a regular file/);
  });

  it('a folder: refused', () => {
    refused(hwf(['validate', dir]), /cannot read .*: it is a folder, not a file/);
  });

  it('a sparse 65 MB file: refused by its size, before it is read', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 65 * 1024 * 1024);
    const out = inProcess(['validate', big]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      `error: cannot read ${big}: the file is 65 MB; scenario files larger than 64 MB are refused\n`,
    );
    refused(hwf(['simulate', big]), /larger than 64 MB are refused/);
  });

  it('the limit is 64 MB exactly: one byte more is refused, the limit itself is read', () => {
    expect(MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
    const over = join(dir, 'over.json');
    writeFileSync(over, '');
    truncateSync(over, MAX_INPUT_BYTES + 1);
    expect(() => readInputFile(over)).toThrow(/larger than 64 MB are refused/);
    // A scenario padded with spaces to the limit is read (and is valid JSON).
    const at = join(dir, 'at.json');
    const text = readFileSync(MINIMAL, 'utf8');
    writeFileSync(at, text + ' '.repeat(MAX_INPUT_BYTES - Buffer.byteLength(text)));
    expect(readInputFile(at).length).toBe(MAX_INPUT_BYTES);
    const out = inProcess(['validate', at]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^valid: /);
  });

  it('a regular scenario file still works', () => {
    const out = hwf(['validate', MINIMAL]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^valid: /);
  });
});
