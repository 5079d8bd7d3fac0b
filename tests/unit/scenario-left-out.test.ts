/**
 * What does not apply may be left out of a profession: `fteTrend`, `training`, `immigration`,
 * `exits` and, within it, `attrition`, `emigration` and `retirement` (docs/scenario-format.md,
 * Defaults). The parser accepts each alone and all together, keeps them out of its output,
 * still refuses wrong values where they are given, and refuses a policy on a part a profession
 * leaves out, at the policy's path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { exampleJson } from '../helpers/scenarios.ts';

/** The parts a profession may leave out, as paths under `professions[i]`. */
const LEFT_OUT = [
  'fteTrend',
  'training',
  'immigration',
  'exits.attrition',
  'exits.emigration',
  'exits.retirement',
  'exits',
] as const;

type Doc = { professions: Record<string, unknown>[]; policies?: unknown[] };

/** The minimal example (one profession, midwives) without the given parts. */
function without(parts: readonly string[], base = exampleJson('minimal') as Doc): Doc {
  const doc = structuredClone(base);
  for (const part of parts) {
    const [head, tail] = part.split('.');
    const p = doc.professions[0];
    if (tail === undefined) delete p[head];
    else if (p[head] !== undefined) delete (p[head] as Record<string, unknown>)[tail];
  }
  return doc;
}

function errorsOf(doc: unknown): string[] {
  const r = parseScenario(doc);
  return r.ok ? [] : r.errors.map(formatIssue);
}

describe('a profession may leave out what does not apply', () => {
  it.each(LEFT_OUT)('accepts a profession without %s, and keeps it out', (part) => {
    const r = parseScenario(without([part]));
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([]);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(getAtPath(r.scenario.professions[0], part)).toBeUndefined();
    // The parts still given are kept as they were.
    for (const other of LEFT_OUT.filter((o) => !o.startsWith(part) && !part.startsWith(o))) {
      expect(getAtPath(r.scenario.professions[0], other)).toEqual(
        getAtPath((exampleJson('minimal') as Doc).professions[0], other),
      );
    }
  });

  it('accepts a profession that leaves out all of them at once', () => {
    const r = parseScenario(without(LEFT_OUT));
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([]);
    if (!r.ok) return;
    const p = r.scenario.professions[0];
    expect(Object.keys(p).sort()).toEqual(['demand', 'fte', 'id', 'name', 'stock']);
  });

  it('accepts an empty exits object (no attrition, emigration or retirement curve)', () => {
    const doc = without(['exits.attrition', 'exits.emigration', 'exits.retirement']);
    const r = parseScenario(doc);
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([]);
    if (r.ok) expect(r.scenario.professions[0].exits).toEqual({});
  });

  it('accepts any combination of left-out parts, and parses its output to itself', () => {
    fc.assert(
      fc.property(fc.subarray([...LEFT_OUT]), (parts) => {
        const r = parseScenario(without(parts));
        expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([]);
        if (!r.ok) return;
        for (const part of parts)
          expect(getAtPath(r.scenario.professions[0], part)).toBe(undefined);
        const again = parseScenario(r.scenario);
        expect(again.ok && again.scenario).toEqual(r.scenario);
      }),
      { numRuns: 60 },
    );
  });
});

describe('what is given is still checked', () => {
  const wrong: [string, unknown, string][] = [
    ['fteTrend', 'none', 'professions[0].fteTrend'],
    ['fteTrend', null, 'professions[0].fteTrend'],
    ['training', 0, 'professions[0].training'],
    ['training', null, 'professions[0].training'],
    ['training', {}, 'professions[0].training.intake'],
    ['immigration', false, 'professions[0].immigration'],
    ['immigration', { perYear: 5 }, 'professions[0].immigration.entrants'],
    ['exits', [], 'professions[0].exits'],
    ['exits', { attrition: 1.4 }, 'professions[0].exits.attrition'],
    ['exits', { emigration: 'x' }, 'professions[0].exits.emigration'],
    ['exits', { attrition: null }, 'professions[0].exits.attrition'],
    ['exits', { retirement: 63 }, 'professions[0].exits.retirement'],
    ['exits', { retirement: { meanAge: 63 } }, 'professions[0].exits.retirement.sd'],
  ];
  it.each(wrong)('refuses %s = %j at %s', (key, value, path) => {
    const doc = without([]);
    doc.professions[0][key] = value;
    const r = parseScenario(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });
});

describe('a policy on a part a profession leaves out', () => {
  const cases: [string, string, string][] = [
    ['training', 'training.intake', 'no training pipeline'],
    ['training', 'training.completion', 'no training pipeline'],
    ['training', 'training.entryRate', 'no training pipeline'],
    ['immigration', 'immigration.perYear', 'no immigration'],
    ['exits.attrition', 'exits.attrition', 'no attrition'],
    ['exits.emigration', 'exits.emigration', 'no emigration'],
    ['exits.retirement', 'exits.retirement.meanAge', 'no retirement curve'],
    ['exits', 'exits.attrition', 'no attrition'],
    ['exits', 'exits.retirement.meanAge', 'no retirement curve'],
  ];
  it.each(cases)('without %s, refuses a policy on %s at its path', (part, parameter, words) => {
    const doc = without([part]);
    doc.policies = [
      {
        profession: 'midwife',
        parameter: 'fte',
        kind: 'relative',
        value: 0.1,
        startYear: 2026,
        fullYear: 2027,
      },
      {
        profession: 'midwife',
        parameter,
        kind: 'relative',
        value: 0.1,
        startYear: 2026,
        fullYear: 2027,
      },
    ];
    const r = parseScenario(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].path).toBe('policies[1].parameter');
    expect(r.errors[0].message).toContain(words);
    expect(r.errors[0].message).toContain('remove this policy');
  });

  it('accepts the same policies when the part is given', () => {
    const doc = without([]);
    doc.policies = cases.map(([, parameter]) => ({
      profession: 'midwife',
      parameter,
      kind: 'relative',
      value: 0.1,
      startYear: 2026,
      fullYear: 2027,
    }));
    expect(errorsOf(doc)).toEqual([]);
  });

  it('names the profession by its index in a scenario of several', () => {
    const doc = exampleJson('exampleland') as Doc;
    delete doc.professions[1].immigration;
    doc.policies = [
      {
        profession: 'gp',
        parameter: 'immigration.perYear',
        kind: 'absolute',
        value: 5,
        startYear: 2026,
        fullYear: 2027,
      },
    ];
    const r = parseScenario(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual(['policies[0].parameter']);
      expect(r.errors[0].message).toContain('professions[1]');
    }
  });
});
