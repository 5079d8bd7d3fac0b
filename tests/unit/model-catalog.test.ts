/**
 * The parameter catalog (model/catalog.ts) against everything derived from it: slots and
 * policy codes without gaps, the validation's domains, the compiled model's distributions,
 * the packed profession record, the planner's words and the workshop's levers.
 */
import { describe, expect, it } from 'vitest';
import {
  DIST_PARAMETER_KEYS,
  PARAMETER_KEYS,
  PARAMETERS,
  POLICY_CODE,
  POLICY_KEYS,
  POLICY_PARAMETERS,
  PROFESSION_DIST_COUNT,
  parameterAt,
  type ParameterKey,
  type ValidDomain,
} from '../../model/catalog.ts';
import { DIST, HEADER, PROF, PROF_DISTS } from '../../model/packed/layout.ts';
import { packModel } from '../../model/packed/pack.ts';
import { compile } from '../../model/projection/compile.ts';
import { getAtPath, setAtPath } from '../../model/scenario/json-path.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { PARAMETER_HELP, POLICY_PARAMETER_LABELS } from '../../app/scenario/labels.ts';
import { LEVER_KINDS } from '../../app/workshop/levers.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A value each domain refuses. */
const OUTSIDE: Readonly<Record<ValidDomain, number>> = {
  probability: 1.5,
  count: -1,
  rate: -1.5,
  age: 130,
  money: -1,
};

/** Exampleland with every optional parameter present: the nurses get the four demand
 *  trends and a base FTE; the GPs (ratio method) have their target per 1 000. */
function everyParameter(): Record<string, unknown> {
  const doc = exampleJson('exampleland') as Record<string, unknown>;
  for (const key of ['epidemiology', 'sociocultural', 'technology', 'efficiency']) {
    setAtPath(doc, `professions[0].demand.trends.${key}`, 0.01);
  }
  setAtPath(doc, 'professions[0].demand.baseFte', 9000);
  setAtPath(doc, 'costs', { currency: 'EUR', discountRate: 0.03 });
  setAtPath(doc, 'professions[0].costs', {
    trainingPerStudentYear: 15000,
    salaryPerFte: 52000,
    salaryGrowth: 0.01,
    recruitmentPerImmigrant: 9000,
  });
  return doc;
}

/** The first profession of `doc` that holds the parameter. */
function holder(doc: unknown, key: ParameterKey): number {
  const found = [0, 1].find((p) => {
    const v = getAtPath(doc, `professions[${p}].${PARAMETERS[key].path}`);
    return v !== undefined && v !== null;
  });
  if (found === undefined) throw new Error(`no profession holds ${key}`);
  return found;
}

describe('the parameter catalog', () => {
  it('gives the distributions slots 0, 1, 2 … without gaps, and the policies codes likewise', () => {
    expect(DIST_PARAMETER_KEYS.map((k) => PARAMETERS[k].q)).toEqual(range(PROFESSION_DIST_COUNT));
    expect(POLICY_KEYS.map((k) => PARAMETERS[k].policy)).toEqual(range(POLICY_KEYS.length));
    expect(POLICY_PARAMETERS.map((p) => POLICY_CODE[p])).toEqual(range(POLICY_KEYS.length));
    for (const key of PARAMETER_KEYS) expect(parameterAt(PARAMETERS[key].path)).toBe(key);
  });

  it('keeps the policy parameters of the scenario format, in the order of their codes', () => {
    // The scenario format (docs/scenario-format.md) names these; a stored scenario uses them.
    expect(POLICY_PARAMETERS).toEqual([
      'training.intake',
      'training.completion',
      'training.entryRate',
      'immigration.perYear',
      'exits.attrition',
      'exits.emigration',
      'exits.retirement.meanAge',
      'fte',
    ]);
  });

  it('every distribution is validated against its domain, at its own path', () => {
    const base = everyParameter();
    expect(parseScenario(base).ok).toBe(true);
    for (const key of DIST_PARAMETER_KEYS) {
      const row = PARAMETERS[key];
      const path = `professions[${holder(base, key)}].${row.path}`;
      const doc = structuredClone(base);
      setAtPath(doc, path, OUTSIDE[row.valid]);
      const parsed = parseScenario(doc);
      expect(parsed.ok, `${key} at ${OUTSIDE[row.valid]}`).toBe(false);
      if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain(path);
    }
  });

  it('compiles each distribution at its slot, with its clamp and draw rule', () => {
    const parsed = parseScenario(everyParameter());
    if (!parsed.ok) throw new Error('the scenario does not validate');
    const sc: Scenario = parsed.scenario;
    const model = compile(sc);
    const packed = packModel(model);
    const distAt = (i: number) => packed[HEADER.distTable] + i * 10;
    for (const key of DIST_PARAMETER_KEYS) {
      const row = PARAMETERS[key];
      const p = holder(sc, key);
      const d = model.professions[p][key];
      expect(d, key).not.toBeNull();
      expect(d!.slot).toBe(256 * (p + 1) + row.q);
      expect(d!.domain).toBe(row.clamp);
      expect(d!.perRunOnly).toBe(row.perRunOnly);
      expect(d!.path).toBe(`professions[${p}].${row.path}`);
      // The packed record points at a distribution with the same slot.
      const record = packed[packed[HEADER.professionTable] + p];
      const index = packed[record + PROF[key]];
      expect(PROF[key]).toBe(PROF_DISTS + row.q);
      expect(packed[distAt(index) + DIST.slot]).toBe(d!.slot);
    }
  });

  it('an optional parameter left out compiles to nothing and packs as −1', () => {
    const parsed = parseScenario(exampleJson('exampleland'));
    if (!parsed.ok) throw new Error('the example does not validate');
    const model = compile(parsed.scenario);
    const packed = packModel(model);
    const nurses = packed[packed[HEADER.professionTable]];
    expect(model.professions[0].trendTechnology).toBeNull();
    expect(packed[nurses + PROF.trendTechnology]).toBe(-1);
    expect(model.professions[0].targetPer1000).toBeNull();
    expect(packed[nurses + PROF.targetPer1000]).toBe(-1);
  });

  it('an optional parameter with a `none` number left out compiles to that fixed number', () => {
    const doc = exampleJson('minimal') as { professions: Record<string, unknown>[] };
    for (const part of ['fteTrend', 'training', 'immigration', 'exits'])
      delete doc.professions[0][part];
    const parsed = parseScenario(doc);
    if (!parsed.ok) throw new Error('the scenario without its optional parts does not validate');
    const model = compile(parsed.scenario);
    const packed = packModel(model);
    const record = packed[packed[HEADER.professionTable]];
    const distAt = (i: number) => packed[HEADER.distTable] + i * 10;
    const held = DIST_PARAMETER_KEYS.filter((k) => PARAMETERS[k].none !== null);
    expect(held).toEqual([
      'fteTrend',
      'intake',
      'completion',
      'entryRate',
      'immigration',
      'attrition',
      'emigration',
      'retirementMeanAge',
      'trainingCost',
      'salaryPerFte',
      'salaryGrowth',
      'recruitmentCost',
    ]);
    for (const key of held) {
      const row = PARAMETERS[key];
      expect(row.optional, key).toBe(true);
      const d = model.professions[0][key]!;
      expect(d.flat.kind, key).toBe(0);
      expect(d.flat.point, key).toBe(row.none);
      expect(d.slot).toBe(256 + row.q);
      const index = packed[record + PROF[key]];
      expect(packed[distAt(index) + DIST.kind]).toBe(0);
      expect(packed[distAt(index) + DIST.point]).toBe(row.none);
      expect(model.inputs).not.toContain(d);
    }
  });

  it('has planner words for every parameter and every policy, and a rule for every lever', () => {
    for (const key of PARAMETER_KEYS) expect(PARAMETER_HELP[key].label.length).toBeGreaterThan(0);
    for (const p of POLICY_PARAMETERS) expect(POLICY_PARAMETER_LABELS[p].length).toBeGreaterThan(0);
    expect([...LEVER_KINDS].sort()).toEqual(
      PARAMETER_KEYS.filter((k) => PARAMETERS[k].lever).sort(),
    );
  });
});
