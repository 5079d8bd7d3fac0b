/**
 * How the command line reads a scenario file: only a regular file, and only up to
 * MAX_INPUT_BYTES (64 MB). The file is looked at (stat) before anything is read, so a
 * device (`/dev/zero`), a named pipe, a socket or a folder is refused at once, and a file
 * that is too large is refused without reading it. The file is then opened without waiting
 * (a pipe put in its place is not waited on), looked at again, and read with a stop past the
 * limit, so a file that grows while it is read is refused too.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';

/** The largest scenario file the command line reads: 64 MB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A file that cannot be read, with the reason as a plain phrase. */
export class InputRefused extends Error {}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function tooLarge(size: string): InputRefused {
  return new InputRefused(
    `the file is ${size}; scenario files larger than ${megabytes(MAX_INPUT_BYTES)} are refused`,
  );
}

/** Why `stats` is not a file to read, or null when it is a regular file within the limit. */
function refusal(stats: Stats): InputRefused | null {
  if (stats.isDirectory()) return new InputRefused('it is a folder, not a file');
  if (!stats.isFile()) {
    const kind = stats.isFIFO()
      ? 'a named pipe'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : stats.isSocket()
          ? 'a socket'
          : 'not a regular file';
    return new InputRefused(
      `it is ${kind}, not a regular file; give the path of a scenario file (.json)`,
    );
  }
  if (stats.size > MAX_INPUT_BYTES) return tooLarge(megabytes(stats.size));
  return null;
}

/**
 * The text of the file at `path` (UTF-8). Throws InputRefused for a file that is not a
 * regular file or is larger than MAX_INPUT_BYTES, and the file system's error otherwise
 * (no such file, permission denied).
 */
export function readInputFile(path: string): string {
  const before = refusal(statSync(path));
  if (before) throw before;
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const after = refusal(fstatSync(fd));
    if (after) throw after;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, MAX_INPUT_BYTES + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_INPUT_BYTES) throw tooLarge(`more than ${megabytes(MAX_INPUT_BYTES)}`);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
