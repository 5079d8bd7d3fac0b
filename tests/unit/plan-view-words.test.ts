/**
 * The Plan view's words, from "Exampleland with costs": each policy's name as the lever
 * list shows it, a lever's value with the level it leads to (computed from the scenario),
 * the road map's actions and year-by-year rows from the scenario with the plan's values and
 * a result, and the outcome — a plan that misses the target is said plainly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HwfResult, SeriesSummary } from '../../model/result/result.ts';
import type { PlanResult } from '../../model/plan/run-plan.ts';
import type { PlanSpec } from '../../model/plan/types.ts';
import { candidateScenario } from '../../model/plan/evaluate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { createFormats } from '../../app/format.ts';
import {
  changeWords,
  levelIn,
  policyTitle,
  policyValueWords,
  shortValue,
} from '../../app/plan/lever-words.ts';
import { createMoney, moneyAxis, moneyColumn } from '../../app/plan/money.ts';
import {
  chosenLevers,
  outcomeWords,
  shortageRows,
  worstShortage,
} from '../../app/plan/plan-words.ts';
import { roadMap } from '../../app/plan/road-map.ts';

const L = 'en-GB';
const f = createFormats(L);

function example(): { scenario: Scenario; spec: PlanSpec } {
  const doc = JSON.parse(
    readFileSync(
      new URL('../../app/data/examples/exampleland-costs.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { scenario: r.scenario, spec: { ...(doc.plan as PlanSpec), objective: 'presentValue' } };
}

/** A series of one value per year (mean and every percentile alike, or as given). */
function series(n: number, at: (k: number) => number, spread = 0): SeriesSummary {
  const v = (d: number) => Array.from({ length: n }, (_, k) => (k === 0 ? 0 : at(k) + d));
  return {
    mean: v(0),
    p5: v(-2 * spread),
    p10: v(-spread),
    p25: v(0),
    p50: v(0),
    p75: v(0),
    p90: v(spread),
    p95: v(2 * spread),
  };
}

/** A result of `s` with given shortage probabilities for the nurses and a cost. */
function result(s: Scenario, shortage: (year: number) => number): HwfResult {
  const years = Array.from({ length: s.horizonYears + 1 }, (_, k) => s.baseYear + k);
  const n = years.length;
  const flat = series(n, () => 1);
  const profession = (id: string, name: string, p: (y: number) => number) => ({
    id,
    name,
    headcount: flat,
    fte: flat,
    demand: flat,
    gap: flat,
    shortageProbability: years.map(p),
    requiredIntake: {
      unreachable: true,
      unreachableShare: 1,
      mean: null,
      p5: null,
      p10: null,
      p25: null,
      p50: null,
      p75: null,
      p90: null,
      p95: null,
    },
    sensitivity: [],
  });
  const cost = {
    training: flat,
    salary: flat,
    recruitment: flat,
    programmes: series(n, (k) => k * 1e6),
    total: series(n, (k) => 1e9 + k * 1e7, 5e7),
    presentValue: {
      mean: 2.5e10,
      p5: 2.3e10,
      p10: 2.35e10,
      p25: 2.4e10,
      p50: 2.5e10,
      p75: 2.6e10,
      p90: 2.7e10,
      p95: 2.8e10,
    },
    currency: 'EUR',
    discountRate: 0.03,
  };
  return {
    schema: 'hwf-result/1',
    scenario: s.name,
    runs: 200,
    seed: 1,
    deterministic: false,
    years,
    targetYear: years[n - 1],
    intakeFromYear: s.baseYear + 1,
    professions: [
      profession('nurse', 'Nurses', shortage),
      profession('gp', 'General practitioners', () => 0),
    ],
    cost,
  };
}

describe('policies and levers in words', () => {
  const { scenario } = example();

  it('names each policy as the lever list shows it', () => {
    expect(scenario.policies.map((p) => policyTitle(scenario, p, f.t))).toEqual([
      'Nurses: training places, +% from 2027 to 2029',
      'Nurses: attrition, +% from 2026 to 2030',
      'Nurses: recruitment from abroad, + people a year from 2027 to 2028',
    ]);
  });

  it('says a change in the lever’s own unit, and none as such', () => {
    const [training, attrition, recruitment] = scenario.policies;
    expect(changeWords(training, 0.12, f)).toBe('+12%');
    expect(changeWords(attrition, -0.232, f)).toBe('−23.2%');
    expect(changeWords(recruitment, 204, f)).toBe('+204 people a year');
    expect(changeWords({ parameter: 'exits.retirement.meanAge', kind: 'absolute' }, 1.5, f)).toBe(
      '+1.5 years',
    );
    expect(changeWords({ parameter: 'exits.attrition', kind: 'absolute' }, -0.005, f)).toBe(
      '−0.5 percentage points',
    );
    expect(changeWords(training, 0, f)).toBe('no change');
    expect(shortValue(training, 0.12, L)).toBe('+12%');
    expect(shortValue(recruitment, 204, L)).toBe('204');
  });

  it('computes the levels from the scenario: today’s and with the plan’s value', () => {
    const planned = candidateScenario(scenario, example().spec, [0.12, -0.232, 204]);
    expect(levelIn(planned, 0, 2026)).toBe(1200);
    expect(levelIn(planned, 0, 2029)).toBeCloseTo(1344, 9);
    expect(levelIn(planned, 0, 2028)).toBeCloseTo(1272, 9);
    expect(policyValueWords(planned, 0, f)).toBe(
      'Nurses: training places +12% (1,200 → 1,344 a year)',
    );
    expect(policyValueWords(planned, 1, f)).toBe('Nurses: attrition −23.2% (2.5% → 1.9% a year)');
    expect(policyValueWords(planned, 2, f)).toBe(
      'Nurses: recruitment from abroad +204 people a year (300 → 504 a year)',
    );
    const none = candidateScenario(scenario, example().spec, [0, -0.2, 0]);
    expect(policyValueWords(none, 0, f)).toBe('Nurses: training places, no change');
  });
});

describe('the road map', () => {
  const { scenario, spec } = example();
  const planned = candidateScenario(scenario, spec, [0, -0.232, 204]);
  const money = createMoney(L, 'EUR');
  const map = roadMap(
    planned,
    spec,
    result(planned, () => 0.2),
    money,
    f,
  );

  it('lists the plan’s levers in the order they start, a lever left as it is last', () => {
    expect(map.policies.map((p) => [p.name, p.change, p.inPlan])).toEqual([
      ['Nurses: training places', 'no change', true],
      ['Nurses: attrition', '−23.2%', true],
      ['Nurses: recruitment from abroad', '+204 people a year', true],
    ]);
    expect(map.actions).toEqual([
      {
        year: 2026,
        text: 'Nurses: attrition −23.2% (2.5% → 1.9% a year), step by step to full strength in 2030; programme cost EUR 15 million a year at full strength.',
      },
      {
        year: 2027,
        text: 'Nurses: recruitment from abroad +204 people a year (300 → 504 a year), step by step to full strength in 2028; programme cost EUR 500,000 a year at full strength.',
      },
      {
        year: null,
        text: 'Nurses: training places: left as it is; the scenario still counts its programme cost EUR 2 million a year at full strength, from 2027.',
      },
    ]);
  });

  it('gives every projected year its changes, ramping, and its cost', () => {
    expect(map.years.map((y) => y.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2026 + i));
    const at = (year: number) => map.years.find((y) => y.year === year)!;
    expect(at(2026).cells).toEqual(['—', 'starts (2.5% a year)', '—']);
    expect(at(2027).cells[1]).toBe('−5.8% (2.4% a year)');
    expect(at(2027).cells[2]).toBe('starts (300 a year)');
    expect(at(2028).cells[1]).toBe('−11.6% (2.2% a year)');
    expect(at(2028).cells[2]).toBe('+204 (504 a year)');
    expect(at(2030).cells[1]).toBe('−23.2% (1.9% a year)');
    expect(at(2026).total).toEqual({ median: 1.01e9, low: 0.91e9, high: 1.11e9 });
    expect(at(2030).programmes).toBe(5e6);
  });

  it('puts the scenario’s other policies after the plan’s, marked as already there', () => {
    const one: PlanSpec = { ...spec, levers: [spec.levers[2]] };
    const other = roadMap(
      planned,
      one,
      result(planned, () => 0.2),
      money,
      f,
    );
    expect(other.policies.map((p) => [p.index, p.inPlan])).toEqual([
      [2, true],
      [0, false],
      [1, false],
    ]);
    expect(other.actions[0].text).toMatch(/\(already in the scenario\)\.$/);
  });
});

describe('a task-shifting lever', () => {
  const { scenario, spec } = example();
  const shifting: PlanSpec = { ...spec, levers: [{ substitution: 0, min: 0, max: 0.3 }] };
  const planned = candidateScenario(scenario, shifting, [0.2]);

  it('says the share that moves, in the lever list and the road map', () => {
    const plan = { levers: [{ substitution: 0, value: 0.2 }] } as unknown as PlanResult;
    expect(chosenLevers(shifting, plan, planned, f)).toEqual([
      'Task shifting from General practitioners to Nurses: 20% of the demand moves',
    ]);
    const map = roadMap(
      planned,
      shifting,
      result(planned, () => 0.1),
      null,
      f,
    );
    expect(map.actions[0]).toEqual({
      year: 2026,
      text: 'Nurses: attrition −20% (2.5% → 2% a year), step by step to full strength in 2030 (already in the scenario).',
    });
    expect(map.actions.find((a) => a.text.startsWith('Task shifting'))).toEqual({
      year: 2027,
      text: 'Task shifting from General practitioners to Nurses: 20% of the demand moves, step by step to full strength in 2032.',
    });
  });
});

describe('the outcome', () => {
  const { scenario, spec } = example();
  const planned = candidateScenario(scenario, spec, [0.5, -0.4, 400]);
  const plan: PlanResult = {
    levers: [
      { policy: 0, value: 0.5 },
      { policy: 1, value: -0.4 },
      { policy: 2, value: 400 },
    ],
    feasible: false,
    presentValue: { mean: 2.6e10, p5: 2.4e10, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 2.9e10 },
    worstShortageProbability: 0.27,
    worstYear: 2032,
    evaluations: 8,
    frontier: [],
    message: '',
  };

  it('says plainly that no plan meets the target, and which candidate is shown', () => {
    expect(outcomeWords(spec, plan, scenario, f)).toBe(
      'No plan within these bounds meets the target (a shortage of Nurses at most 20% likely in every year from 2032). ' +
        'The safest candidate is shown instead: it still has a 27% chance of a shortage in 2032. ' +
        '8 candidates were compared. Widen the bounds, add a lever or relax the target.',
    );
    expect(chosenLevers(spec, plan, planned, f)).toEqual([
      'Nurses: training places +50% (1,200 → 1,800 a year)',
      'Nurses: attrition −40% (2.5% → 1.5% a year)',
      'Nurses: recruitment from abroad +400 people a year (300 → 700 a year)',
    ]);
  });

  it('finds the worst year from the target’s first year, before and after', () => {
    const before = result(scenario, (y) => (y === 2031 ? 0.9 : y === 2035 ? 0.5 : 0.1));
    const after = result(planned, (y) => (y === 2033 ? 0.3 : 0.05));
    expect(worstShortage(before, ['nurse'], 2032)).toEqual({
      probability: 0.5,
      year: 2035,
      profession: 'Nurses',
    });
    expect(shortageRows(spec, scenario, before, after)).toEqual([
      {
        id: 'nurse',
        name: 'Nurses',
        before: { probability: 0.5, year: 2035, profession: 'Nurses' },
        after: { probability: 0.3, year: 2033, profession: 'Nurses' },
      },
    ]);
    expect(shortageRows(spec, scenario, null, after)[0].before).toBeNull();
  });

  it('writes a column of sums in one unit, with the digits that tell them apart', () => {
    const m = createMoney(L, 'EUR');
    const costs = moneyColumn(m, [1.38e9, 1.41e9, 2.02e9]);
    expect([costs.label, costs.show(1.38e9), costs.show(2.02e9)]).toEqual([
      'EUR million',
      '1,380',
      '2,020',
    ]);
    const close = moneyColumn(m, [24e9, 25.38e9, 25.41e9, 28.4e9], true);
    expect([close.label, close.show(25.38e9), close.show(25.41e9)]).toEqual([
      'EUR billion',
      '25.38',
      '25.41',
    ]);
    expect(moneyColumn(m, [3.75e6, 17.5e6]).show(3.75e6)).toBe('3.8');
    const axis = moneyAxis(m, [24e9, 24.5e9, 25e9]);
    expect([axis.label, axis.show(24e9), axis.show(24.5e9)]).toEqual([
      'EUR billion',
      '24.0',
      '24.5',
    ]);
    expect(moneyAxis(m, [24e9, 25e9]).show(25e9)).toBe('25');
    expect(createMoney('de-DE', 'EUR').amount(2.54e10)).toBe('EUR 25,4 billion');
  });
});
