// xoshiro128** streams seeded from (seed, run, slot): the twin of model/numeric/rng.ts.
// A stream's four state words live in linear memory at `ptr` (16 bytes).

// @ts-ignore: decorator
@inline function mix32(x: u32): u32 {
  x ^= x >> 16;
  x *= 0x7feb352d;
  x ^= x >> 15;
  x *= 0x846ca68b;
  x ^= x >> 16;
  return x;
}

const GOLDEN: u32 = 0x9e3779b9;

export function streamReset(ptr: usize, seed: u32, run: u32, slot: u32): void {
  let h = mix32(seed ^ GOLDEN);
  h = mix32(h ^ run);
  h = mix32(h ^ ((slot + 1) * 0x85ebca6b));
  store<u32>(ptr, mix32(h + GOLDEN));
  store<u32>(ptr, mix32(h + 2 * GOLDEN), 4);
  store<u32>(ptr, mix32(h + 3 * GOLDEN), 8);
  store<u32>(ptr, mix32(h + 4 * GOLDEN), 12);
}

export function nextU32(ptr: usize): u32 {
  let s0 = load<u32>(ptr);
  let s1 = load<u32>(ptr, 4);
  let s2 = load<u32>(ptr, 8);
  let s3 = load<u32>(ptr, 12);
  const result = rotl<u32>(s1 * 5, 7) * 9;
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl<u32>(s3, 11);
  store<u32>(ptr, s0);
  store<u32>(ptr, s1, 4);
  store<u32>(ptr, s2, 8);
  store<u32>(ptr, s3, 12);
  return result;
}

export function nextDouble(ptr: usize): f64 {
  const a = nextU32(ptr) >> 6;
  const b = nextU32(ptr) >> 6;
  return (<f64>a * 67108864.0 + <f64>b + 0.5) * 2.220446049250313e-16;
}
