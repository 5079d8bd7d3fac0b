/**
 * Peak resident memory of a process, from Linux's /proc: `resetPeak` sets the high-water
 * mark (VmHWM) back to the memory in use now, `peakMb` reads it. Elsewhere both do nothing
 * and the peak is reported as unknown.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

export type Pid = number | 'self';

export function resetPeak(pid: Pid): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the process's whole life.
  }
}

/** The highest resident memory since the last reset, in MiB (null when unknown). */
export function peakMb(pid: Pid): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Chromium's renderer processes (a page, with its dedicated workers, lives in one). */
export function chromiumRenderers(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The largest peak among `pids` since their last reset (null when none is known). */
export function largestPeakMb(pids: readonly Pid[]): number | null {
  const peaks = pids.map(peakMb).filter((mb): mb is number => mb !== null);
  return peaks.length > 0 ? Math.max(...peaks) : null;
}

/** A peak memory figure for a table: MiB, or "–" when unknown. */
export function formatPeak(mb: number | null | undefined): string {
  return mb === null || mb === undefined ? '–' : mb.toFixed(0);
}
