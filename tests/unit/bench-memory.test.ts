import { describe, expect, it } from 'vitest';
import { formatPeak, largestPeakMb, peakMb, resetPeak } from '../../bench/memory.ts';

const linux = process.platform === 'linux';

describe('peak memory for the benchmark', () => {
  it.runIf(linux)('sees memory the process touched, and forgets it after a reset', () => {
    resetPeak('self');
    const before = peakMb('self')!;
    const touch = () => new Float64Array(16 * 1024 * 1024).fill(1)[1]; // 128 MiB, then dropped
    expect(touch()).toBe(1);
    const during = peakMb('self')!;
    expect(during - before).toBeGreaterThan(100);
    // The high-water mark stays until reset, even when the memory is given back.
    expect(largestPeakMb(['self'])).toBeGreaterThanOrEqual(during);
  });

  it('says "unknown" rather than a number when it cannot read one', () => {
    expect(peakMb(-1)).toBeNull();
    expect(largestPeakMb([-1])).toBeNull();
    expect(formatPeak(null)).toBe('–');
    expect(formatPeak(123.4)).toBe('123');
  });
});
