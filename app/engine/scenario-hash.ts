/**
 * Keys for the result cache: a fast, synchronous hash of the canonical JSON of everything
 * that decides a result. Canonical means object keys sorted at every level, so the key does
 * not depend on the order in which a scenario's fields were written.
 */
import { runsOf } from '../../model/projection/runs.ts';
import type { SimulationRequest } from './runner.ts';

/** JSON.stringify with object keys sorted; otherwise the same output (undefined members
 *  left out, non-finite numbers as null). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    members.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${members.join(',')}}`;
}

/** cyrb53 (bryc, public domain): a fast 53-bit string hash. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The cache key of a request: scenario, population, runs (1 in deterministic mode), seed
 *  and mode. The scenario's `plan` (the plan search's question) changes no result, so it is
 *  left out: editing the plan's target or levers does not run the projections again. */
export function requestKey(request: SimulationRequest): string {
  const text = canonicalJson({
    scenario: { ...request.scenario, plan: undefined },
    population: request.population ?? null,
    runs: runsOf(request.scenario, request.deterministic, request.runs),
    seed: request.seed,
    deterministic: request.deterministic,
  });
  return `${cyrb53(text).toString(36)}-${text.length.toString(36)}`;
}
