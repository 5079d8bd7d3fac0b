/**
 * Bit-for-bit comparison of Float64Arrays: one check per array instead of one per element,
 * and on a mismatch a message naming the field, the first differing index, both values (with
 * their bits) and, through `locate`, what that index means (run, profession, year…).
 */

function bytes(x: Float64Array): Buffer {
  return Buffer.from(x.buffer, x.byteOffset, x.byteLength);
}

function hex(bits: bigint): string {
  return `0x${bits.toString(16).padStart(16, '0')}`;
}

/**
 * The first difference between `actual` and `expected` as a sentence, or undefined when they
 * hold the same bits (NaN included: a NaN equals only a NaN with the same payload and sign).
 */
export function firstBitDifference(
  field: string,
  actual: Float64Array,
  expected: Float64Array,
  locate?: (index: number) => string,
): string | undefined {
  if (actual.length !== expected.length) {
    return `${field}: length ${actual.length}, expected ${expected.length}`;
  }
  if (bytes(actual).equals(bytes(expected))) return undefined;
  // Read the bits through an integer view: a NaN's payload survives, whatever the engine
  // does with NaNs it reads as numbers.
  const a = new BigUint64Array(actual.buffer, actual.byteOffset, actual.length);
  const e = new BigUint64Array(expected.buffer, expected.byteOffset, expected.length);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== e[i]) {
      const where = locate ? ` (${locate(i)})` : '';
      return (
        `${field}[${i}]${where}: ${actual[i]} (${hex(a[i])}), ` +
        `expected ${expected[i]} (${hex(e[i])})`
      );
    }
  }
  return undefined;
}

/** Throws (failing the test) unless `actual` and `expected` hold the same bits. */
export function expectSameBits(
  field: string,
  actual: Float64Array,
  expected: Float64Array,
  locate?: (index: number) => string,
): void {
  const difference = firstBitDifference(field, actual, expected, locate);
  if (difference !== undefined) throw new Error(`not bit for bit: ${difference}`);
}
