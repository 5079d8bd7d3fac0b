import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ResultCache } from '../../app/engine/cache.ts';
import type { SimulationRequest } from '../../app/engine/runner.ts';
import { canonicalJson, cyrb53, requestKey } from '../../app/engine/scenario-hash.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { exampleJson, scenarioArb } from '../helpers/scenarios.ts';

function example(): Scenario {
  const parsed = parseScenario(exampleJson('exampleland'));
  if (!parsed.ok) throw new Error('exampleland does not validate');
  return parsed.scenario;
}

const request = (
  scenario: Scenario,
  extra: Partial<SimulationRequest> = {},
): SimulationRequest => ({
  scenario,
  runs: 1000,
  seed: 7,
  deterministic: false,
  ...extra,
});

/** The same value with every object's keys in an order given by `order`. */
function reorder(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, order));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of order(Object.keys(value))) {
    out[key] = reorder((value as Record<string, unknown>)[key], order);
  }
  return out;
}

/** Paths of every leaf (number, string, boolean) of a JSON value. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function changedAt(value: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const old = at[last];
  at[last] =
    typeof old === 'number'
      ? old === 0
        ? 1e-9
        : old * (1 + 1e-12) + (Number.isInteger(old) ? 1 : 0)
      : typeof old === 'string'
        ? `${old}x`
        : typeof old === 'boolean'
          ? !old
          : 0;
  return copy;
}

describe('canonical JSON', () => {
  it('is JSON.stringify with sorted keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('leaves out undefined members, as JSON does', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined, 2] })).toBe('{"b":1,"c":[null,2]}');
  });
});

describe('request keys', () => {
  it('leaves out the plan question, which changes no result, and nothing else', () => {
    const sc = example();
    const key = requestKey(request(sc));
    const plan = {
      levers: [{ policy: 0, min: 0, max: 0.5 }],
      target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.2 },
      objective: 'presentValue' as const,
    };
    expect(requestKey(request({ ...sc, plan }))).toBe(key);
    const changed = {
      ...sc,
      policies: [{ ...sc.policies[0], value: 0.3 }, ...sc.policies.slice(1)],
    };
    expect(requestKey(request({ ...changed, plan }))).not.toBe(key);
  });

  it('do not depend on the order of keys (the example, reversed and shuffled)', () => {
    const sc = example();
    const key = requestKey(request(sc));
    expect(requestKey(request(reorder(sc, (k) => [...k].reverse()) as Scenario))).toBe(key);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let s = seed >>> 0;
        const shuffle = (keys: string[]) =>
          keys
            .map((k) => ({ k, r: (s = cyrb53(k, s) % 2 ** 31) }))
            .sort((a, b) => a.r - b.r)
            .map((e) => e.k);
        expect(requestKey(request(reorder(sc, shuffle) as Scenario))).toBe(key);
      }),
      { numRuns: 30 },
    );
  });

  it('do not depend on key order for generated scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        expect(requestKey(request(reorder(sc, (k) => [...k].reverse()) as Scenario))).toBe(
          requestKey(request(sc)),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('change when any value of the scenario changes', () => {
    const sc = example();
    const key = requestKey(request(sc));
    const paths = leaves(sc);
    expect(paths.length).toBeGreaterThan(1000);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), (i) => {
        const changed = changedAt(sc, paths[i]) as Scenario;
        expect(requestKey(request(changed))).not.toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it('change with runs, seed, mode and population; runs do not count in deterministic mode', () => {
    const sc = example();
    const key = requestKey(request(sc));
    expect(requestKey(request(sc, { runs: 1001 }))).not.toBe(key);
    expect(requestKey(request(sc, { seed: 8 }))).not.toBe(key);
    expect(requestKey(request(sc, { deterministic: true }))).not.toBe(key);
    const pop = { ages: { min: 0, max: 1 }, years: [2025], female: [[1, 2]], male: [[1, 2]] };
    expect(requestKey(request(sc, { population: pop }))).not.toBe(key);
    expect(requestKey(request(sc, { deterministic: true, runs: 5 }))).toBe(
      requestKey(request(sc, { deterministic: true, runs: 9 })),
    );
  });
});

describe('the result cache', () => {
  it('returns what was stored, and nothing for unknown keys', () => {
    const cache = new ResultCache<number>(4);
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its capacity', () => {
    const cache = new ResultCache<number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('d', 4); // evicts b
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4]);
    expect(cache.size).toBe(3);
  });

  it('behaves like a list ordered by last use (model-based)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(
          fc.tuple(fc.boolean(), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.nat()),
          {
            maxLength: 60,
          },
        ),
        (capacity, ops) => {
          const cache = new ResultCache<number>(capacity);
          let model: [string, number][] = [];
          for (const [isSet, key, value] of ops) {
            const at = model.findIndex(([k]) => k === key);
            if (isSet) {
              if (at >= 0) model.splice(at, 1);
              model.push([key, value]);
              if (model.length > capacity) model = model.slice(model.length - capacity);
              cache.set(key, value);
            } else {
              const expected = at >= 0 ? model[at][1] : undefined;
              if (at >= 0) model.push(model.splice(at, 1)[0]);
              expect(cache.get(key)).toBe(expected);
            }
            expect(cache.size).toBe(model.length);
          }
        },
      ),
    );
  });

  it('stores nothing with capacity 0', () => {
    const cache = new ResultCache<number>(0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});
