/** The bit-for-bit comparison the differential test relies on: it passes only on equal bits. */
import { describe, expect, it } from 'vitest';
import { expectSameBits, firstBitDifference } from '../helpers/same-bits.ts';

/** `x` with the lowest bit of its 64 flipped. */
function flipLowestBit(x: number): number {
  const bits = new BigUint64Array(Float64Array.of(x).buffer);
  bits[0] ^= 1n;
  return new Float64Array(bits.buffer)[0];
}

/** A NaN with another payload than the usual quiet NaN (0x7ff8000000000000). */
function otherNaN(): Float64Array {
  return new Float64Array(BigUint64Array.of(0x7ff8000000000001n).buffer);
}

describe('same bits', () => {
  it('accepts equal arrays, NaN and −0 included', () => {
    const a = Float64Array.of(1.5, NaN, -0, Infinity, 1e-310);
    expect(firstBitDifference('x', a, Float64Array.from(a))).toBeUndefined();
    expect(() => expectSameBits('x', a, Float64Array.from(a))).not.toThrow();
    expect(firstBitDifference('x', new Float64Array(0), new Float64Array(0))).toBeUndefined();
  });

  it('fails on one differing bit, naming the field, the index, both values and the place', () => {
    const expected = Float64Array.of(1, 2, 0.1, 4);
    const actual = Float64Array.from(expected);
    actual[2] = flipLowestBit(0.1);
    expect(actual[2]).not.toBe(0.1);
    expect(Math.abs(actual[2] - 0.1)).toBeLessThan(1e-16); // within any tolerance
    expect(firstBitDifference('fte', actual, expected, (i) => `run ${i}`)).toBe(
      'fte[2] (run 2): 0.10000000000000002 (0x3fb999999999999b), ' +
        'expected 0.1 (0x3fb999999999999a)',
    );
    expect(() => expectSameBits('fte', actual, expected)).toThrow(
      'not bit for bit: fte[2]: 0.10000000000000002',
    );
  });

  it('names the first difference when there are several', () => {
    const difference = firstBitDifference(
      'demand',
      Float64Array.of(0, 5, 6),
      Float64Array.of(0, 1, 2),
    );
    expect(difference).toMatch(/^demand\[1\]: 5 /);
  });

  it('tells 0 from −0 and a NaN from a NaN with another payload', () => {
    expect(firstBitDifference('x', Float64Array.of(-0), Float64Array.of(0))).toBe(
      'x[0]: 0 (0x8000000000000000), expected 0 (0x0000000000000000)',
    );
    expect(firstBitDifference('x', otherNaN(), Float64Array.of(NaN))).toBe(
      'x[0]: NaN (0x7ff8000000000001), expected NaN (0x7ff8000000000000)',
    );
  });

  it('fails on a length difference', () => {
    expect(firstBitDifference('inputs', Float64Array.of(1, 2), Float64Array.of(1, 2, 3))).toBe(
      'inputs: length 2, expected 3',
    );
    expect(() => expectSameBits('inputs', Float64Array.of(1), new Float64Array(0))).toThrow(
      'inputs: length 1, expected 0',
    );
  });

  it('compares views by their own elements, not their whole buffers', () => {
    const buffer = Float64Array.of(9, 1, 2, 9);
    const other = Float64Array.of(7, 1, 2);
    expect(firstBitDifference('x', buffer.subarray(1, 3), other.subarray(1))).toBeUndefined();
    expect(firstBitDifference('x', buffer.subarray(0, 2), other.subarray(0, 2))).toMatch(
      /^x\[0\]: 9 /,
    );
  });
});
