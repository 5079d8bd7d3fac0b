/** The built-in examples parse cleanly; defaults are filled in; the input is never changed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';

function load(name: string): Record<string, unknown> {
  const url = new URL(`../../app/data/examples/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

function parseOk(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('built-in examples', () => {
  it('minimal.json parses with no errors or warnings and only gains the defaults', () => {
    const input = load('minimal');
    const r = parseScenario(input);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    const expected = structuredClone(input);
    Object.assign(expected, {
      substitution: [],
      policies: [],
      shocks: [],
      analysis: { targetYear: 2035, intakeFromYear: 2026 },
    });
    expect(parseOk(input)).toStrictEqual(expected);
  });

  it('exampleland.json parses with no errors or warnings and only gains the defaults', () => {
    const input = load('exampleland');
    const r = parseScenario(input);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    const expected = structuredClone(input) as {
      professions: { demand: Record<string, unknown> }[];
    };
    // The GPs' demand has no trends: they default to {}.
    expected.professions[1].demand.trends = {};
    expect(parseOk(input)).toStrictEqual(expected);
  });
});

describe('the input is never modified', () => {
  it.each(['minimal', 'exampleland', 'exampleland-regions', 'exampleland-costs'])(
    '%s: a deep-frozen input parses the same',
    (name) => {
      const input = deepFreeze(load(name));
      expect(parseOk(input)).toStrictEqual(parseOk(load(name)));
    },
  );

  it('a broken, deep-frozen input is reported, not changed', () => {
    const raw = load('exampleland') as { professions: { exits: Record<string, unknown> }[] };
    raw.professions[0].exits.attrition = 1.4;
    raw.professions[0].exits.attrtion = 0.1;
    const before = structuredClone(raw);
    const r = parseScenario(deepFreeze(raw));
    expect(r.ok).toBe(false);
    expect(raw).toStrictEqual(before);
  });

  it('the result shares no object with the input', () => {
    const input = load('exampleland');
    const before = structuredClone(input);
    const out = parseOk(input);
    out.professions[0].stock.female[0] = -1;
    out.professions[0].training!.intake = 0;
    out.simulation.runs = 7;
    (out.population as { years: number[] }).years.push(3000);
    expect(input).toStrictEqual(before);
  });
});
