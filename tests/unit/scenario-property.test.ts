/**
 * Property tests: whatever comes in (random JSON, random damage to the examples, random
 * text), the parser never throws, never changes its input, and either returns a scenario
 * or at least one well-formed error.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseScenario, parseScenarioJson } from '../../model/scenario/parse.ts';
import { allPaths, deleteAtPath, getAtPath, setAtPath } from '../../model/scenario/json-path.ts';
import { findJsonSyntaxError } from '../../model/scenario/json-location.ts';

const load = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../app/data/examples/${name}.json`, import.meta.url), 'utf8'),
  );
const EXAMPLES = [load('minimal'), load('exampleland')];
const RUNS = 500;

/** The contract of every result. */
function checkResult(r: ParseResult): void {
  for (const w of r.warnings) {
    expect(typeof w.path).toBe('string');
    expect(w.message.length).toBeGreaterThan(0);
  }
  if (r.ok) {
    expect(typeof r.scenario).toBe('object');
    // The output is itself a valid scenario that parses to itself.
    const again = parseScenario(r.scenario);
    expect(again.ok && again.scenario).toStrictEqual(r.scenario);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.path).toBe('string');
    expect(typeof e.message).toBe('string');
    expect(e.message.trim().length).toBeGreaterThan(0);
  }
}

/** Paths into the examples: mostly the structure, sometimes anything (even deep data). */
const pathArb = (doc: unknown): fc.Arbitrary<string> => {
  const all = allPaths(doc);
  const structural = all.filter((p) => !/\[([3-9]|\d\d+)\]/.test(p));
  return fc.oneof(
    { arbitrary: fc.constantFrom(...structural), weight: 4 },
    { arbitrary: fc.constantFrom(...all), weight: 1 },
  );
};

const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
  fc.integer({ min: -3, max: 3000 }),
  fc.constantFrom(null, '', -1, 0, 1, 0.5, 1.5, 2025, [], {}, { dist: 'uniform', min: 1, max: 0 }),
);

type Edit =
  | { kind: 'set'; path: string; value: unknown }
  | { kind: 'delete'; path: string }
  | { kind: 'grow'; path: string };

const editArb = (doc: unknown): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path: pathArb(doc), value: valueArb }),
    fc.record({ kind: fc.constant('delete' as const), path: pathArb(doc) }),
    fc.record({ kind: fc.constant('grow' as const), path: pathArb(doc) }),
  );

function apply(doc: unknown, edit: Edit): void {
  if (edit.kind === 'set') setAtPath(doc, edit.path, structuredClone(edit.value));
  else if (edit.kind === 'delete') deleteAtPath(doc, edit.path);
  else {
    // Duplicate an array element (or the array's first one): lengths and ids go wrong.
    const v = getAtPath(doc, edit.path);
    if (Array.isArray(v) && v.length > 0) v.push(structuredClone(v[0]));
  }
}

describe('parseScenario never throws', () => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const before = structuredClone(v);
        checkResult(parseScenario(v));
        expect(v).toStrictEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('on random JavaScript values (NaN, Infinity, undefined, odd keys)', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        checkResult(parseScenario(v));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([0, 1])('on random damage to example %i', (which) => {
    const base = EXAMPLES[which];
    fc.assert(
      fc.property(fc.array(editArb(base), { minLength: 1, maxLength: 4 }), (edits) => {
        const doc = structuredClone(base);
        for (const e of edits) apply(doc, e);
        const before = structuredClone(doc);
        checkResult(parseScenario(doc));
        expect(doc).toStrictEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('on hostile objects', () => {
    const throwing = Object.defineProperty({}, 'schema', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    for (const v of [throwing, proxy]) {
      const r = parseScenario(v);
      expect(r.ok).toBe(false);
      checkResult(r);
    }
  });
});

describe('parseScenarioJson never throws', () => {
  /** JSON text of a random value or an example, with a few characters changed. */
  const textArb = fc
    .tuple(
      fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v, null, 1) ?? 'null'),
        fc.constantFrom(...EXAMPLES.map((e) => JSON.stringify(e).slice(0, 3000))),
      ),
      fc.array(
        fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...'{}[],:"\\ \n0-1.eE+tnfa\'/x')),
        { maxLength: 3 },
      ),
    )
    .map(([text, edits]) => {
      let t = text;
      for (const [at, op, ch] of edits) {
        const i = t.length ? at % (t.length + 1) : 0;
        if (op === 0) t = t.slice(0, i) + t.slice(i + 1);
        else if (op === 1) t = t.slice(0, i) + ch + t.slice(i);
        else t = t.slice(0, i) + ch + t.slice(i + 1);
      }
      return t;
    });

  it('and its scanner agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const problem = findJsonSyntaxError(text);
        expect(problem === undefined).toBe(valid);
        const r = parseScenarioJson(text);
        checkResult(r);
        if (!valid && text.trim() !== '') {
          expect(r.ok ? '' : r.errors[0].message).toMatch(
            /^line \d+, column \d+: .+ — the JSON is not valid/,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        checkResult(parseScenarioJson(text));
      }),
      { numRuns: RUNS },
    );
  });
});
