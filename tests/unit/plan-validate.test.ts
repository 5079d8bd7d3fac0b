/**
 * The `plan` field of a scenario (MODEL.md §8): one test per rule, each breaking one rule
 * of a valid plan and expecting an error at the exact path with a sentence a planner
 * understands; a valid plan comes back whole, with the objective filled in.
 */
import { describe, expect, it } from 'vitest';
import { newCtx } from '../../model/scenario/issues.ts';
import { type PlanFacts, validatePlan } from '../../model/scenario/validate-plan.ts';

const facts: PlanFacts = {
  policies: 3,
  professionIds: ['nurse', 'gp'],
  baseYear: 2025,
  horizonYears: 20,
};

const valid = {
  levers: [
    { policy: 0, min: 0, max: 0.5 },
    { policy: 2, min: 0, max: 400, step: 10 },
  ],
  target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.2 },
  objective: 'presentValue',
};

type Plan = typeof valid;

function run(doc: unknown, f: PlanFacts = facts) {
  const ctx = newCtx({});
  const plan = validatePlan(ctx, doc, 'plan', f);
  return { plan, errors: ctx.errors, warnings: ctx.warnings };
}

function edit(change: (p: Plan) => void): unknown {
  const p = structuredClone(valid);
  change(p);
  return p;
}

/** An error at exactly `path` whose message contains `message`; no plan comes back. */
function expectError(doc: unknown, path: string, message: string, f: PlanFacts = facts): void {
  const r = run(doc, f);
  expect(r.plan).toBeUndefined();
  const here = r.errors.filter((e) => e.path === path).map((e) => e.message);
  expect(here.join(' | '), JSON.stringify(r.errors)).toContain(message);
}

describe('a valid plan', () => {
  it('comes back whole', () => {
    const r = run(valid);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.plan).toEqual(valid);
  });

  it('gets the objective "presentValue" when it has none', () => {
    const rest: Partial<Plan> = structuredClone(valid);
    delete rest.objective;
    const r = run(rest);
    expect(r.errors).toEqual([]);
    expect(r.plan).toEqual({ ...rest, objective: 'presentValue' });
  });

  it('may give a lever min = max (it then stays put) and a step of exactly max − min', () => {
    const r = run(
      edit((p) => {
        p.levers[0] = { policy: 0, min: 0.1, max: 0.1 };
        p.levers[1].step = 400;
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.plan?.levers[0]).toEqual({ policy: 0, min: 0.1, max: 0.1 });
  });

  it('warns about unknown fields and a profession named twice, and drops them', () => {
    const r = run(
      edit((p) => {
        (p as Record<string, unknown>).extra = 1;
        p.target.professions = ['nurse', 'nurse'];
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.path)).toEqual(['plan', 'plan.target.professions[1]']);
    expect(r.warnings[0].message).toContain('unknown field "extra" is ignored');
    expect(r.plan?.target.professions).toEqual(['nurse']);
  });

  it('leaves the profession ids and years unchecked when they are not known', () => {
    const r = run(
      edit((p) => {
        p.target.professions = ['midwife'];
        p.target.fromYear = 1990;
      }),
      { policies: 3 },
    );
    expect(r.errors).toEqual([]);
  });
});

describe('plan rules', () => {
  const rows: { rule: string; doc: unknown; at: string; message: string; f?: PlanFacts }[] = [
    {
      rule: 'the plan is an object',
      doc: [1],
      at: 'plan',
      message: 'must be an object with levers, target and objective',
    },
    {
      rule: 'levers are required',
      doc: edit((p) => delete (p as Partial<Plan>).levers),
      at: 'plan.levers',
      message: 'is missing; it must be a list of 1 to 4 levers',
    },
    {
      rule: 'levers are a list',
      doc: edit((p) => ((p as Record<string, unknown>).levers = { policy: 0 })),
      at: 'plan.levers',
      message: 'must be a list of 1 to 4 levers',
    },
    {
      rule: 'at least one lever',
      doc: edit((p) => (p.levers = [])),
      at: 'plan.levers',
      message: 'must name at least one lever',
    },
    {
      rule: 'at most 4 levers',
      doc: edit((p) => {
        p.levers = [0, 1, 2, 3, 4].map((i) => ({ policy: i, min: 0, max: 1, step: 0.1 }));
      }),
      at: 'plan.levers',
      message: 'may have at most 4 levers (got 5)',
      f: { ...facts, policies: 5 },
    },
    {
      rule: 'a lever is an object',
      doc: edit((p) => ((p.levers as unknown[])[1] = 7)),
      at: 'plan.levers[1]',
      message: 'must be an object with policy (or substitution), min and max',
    },
    {
      rule: 'a lever names a policy that exists',
      doc: edit((p) => (p.levers[1].policy = 5)),
      at: 'plan.levers[1].policy',
      message: 'there is no policy 5; the scenario has 3 policies (0 to 2)',
    },
    {
      rule: 'a lever names a policy that exists (one policy)',
      doc: edit((p) => (p.levers[1].policy = 1)),
      at: 'plan.levers[1].policy',
      message: 'there is no policy 1; the scenario has 1 policy (0)',
      f: { ...facts, policies: 1 },
    },
    {
      rule: 'a lever needs a policy to set',
      doc: edit((p) => (p.levers = [{ policy: 0, min: 0, max: 1 }])),
      at: 'plan.levers[0].policy',
      message: 'there is no policy 0; the scenario has no policies',
      f: { ...facts, policies: 0 },
    },
    {
      rule: 'the policy index is a whole number',
      doc: edit((p) => (p.levers[0].policy = 0.5)),
      at: 'plan.levers[0].policy',
      message: 'must be a whole number of at least 0 (got 0.5)',
    },
    {
      rule: 'no policy is named twice',
      doc: edit((p) => (p.levers[1].policy = 0)),
      at: 'plan.levers[1].policy',
      message: 'policy 0 is already a lever (plan.levers[0]); name each policy once',
    },
    {
      rule: 'min is required',
      doc: edit((p) => delete (p.levers[0] as Partial<Plan['levers'][0]>).min),
      at: 'plan.levers[0].min',
      message: 'is missing; it must be a number',
    },
    {
      rule: 'max is a number',
      doc: edit((p) => ((p.levers[0] as Record<string, unknown>).max = '0.5')),
      at: 'plan.levers[0].max',
      message: 'must be a number (got "0.5")',
    },
    {
      rule: 'min ≤ max',
      doc: edit((p) => (p.levers[0] = { policy: 0, min: 0.5, max: 0.2 })),
      at: 'plan.levers[0].max',
      message: 'must not be less than min (0.5) (got 0.2)',
    },
    {
      rule: 'step > 0',
      doc: edit((p) => (p.levers[1].step = 0)),
      at: 'plan.levers[1].step',
      message: 'must be a number greater than 0',
    },
    {
      rule: 'step ≤ max − min',
      doc: edit((p) => (p.levers[1].step = 500)),
      at: 'plan.levers[1].step',
      message: 'must be at most max − min (400) (got 500)',
    },
    {
      rule: 'step not absurdly fine',
      doc: edit((p) => (p.levers[1].step = 0.001)),
      at: 'plan.levers[1].step',
      message: 'is too fine: (max − min) / step may be at most 10 000 (got 400 000 steps)',
    },
    {
      rule: 'target is required',
      doc: edit((p) => delete (p as Partial<Plan>).target),
      at: 'plan.target',
      message:
        'is missing; it must be an object with professions, fromYear and maxShortageProbability',
    },
    {
      rule: 'target professions are required',
      doc: edit((p) => delete (p.target as Partial<Plan['target']>).professions),
      at: 'plan.target.professions',
      message:
        'is missing; it must be a list of the ids of the professions the target is for (nurse, gp)',
    },
    {
      rule: 'target professions are a list',
      doc: edit((p) => ((p.target as Record<string, unknown>).professions = 'nurse')),
      at: 'plan.target.professions',
      message:
        'must be a list of the ids of the professions the target is for (nurse, gp) (got "nurse")',
    },
    {
      rule: 'at least one target profession',
      doc: edit((p) => (p.target.professions = [])),
      at: 'plan.target.professions',
      message: 'must name at least one profession (nurse, gp)',
    },
    {
      rule: 'target professions are known ids',
      doc: edit((p) => (p.target.professions = ['nurse', 'midwife'])),
      at: 'plan.target.professions[1]',
      message: 'unknown profession "midwife"; known: nurse, gp',
    },
    {
      rule: 'a target profession is a text',
      doc: edit((p) => ((p.target.professions as unknown[]) = [3])),
      at: 'plan.target.professions[0]',
      message: 'must be the id of a profession (nurse, gp) (got 3)',
    },
    {
      rule: 'fromYear is a projected year after the base year',
      doc: edit((p) => (p.target.fromYear = 2025)),
      at: 'plan.target.fromYear',
      message: 'must be a whole year between 2026 and 2045 (got 2025)',
    },
    {
      rule: 'fromYear is within the horizon',
      doc: edit((p) => (p.target.fromYear = 2046)),
      at: 'plan.target.fromYear',
      message: 'must be a whole year between 2026 and 2045 (got 2046)',
    },
    {
      rule: 'maxShortageProbability is a probability',
      doc: edit((p) => (p.target.maxShortageProbability = 20)),
      at: 'plan.target.maxShortageProbability',
      message: 'must be a probability between 0 and 1 (e.g. 0.2 for 20 %) (got 20)',
    },
    {
      rule: 'maxShortageProbability is required',
      doc: edit((p) => delete (p.target as Partial<Plan['target']>).maxShortageProbability),
      at: 'plan.target.maxShortageProbability',
      message: 'is missing; it must be a probability between 0 and 1',
    },
    {
      rule: 'objective is "presentValue"',
      doc: edit((p) => (p.objective = 'cheapest')),
      at: 'plan.objective',
      message: 'must be one of "presentValue" (got "cheapest")',
    },
  ];

  for (const row of rows) {
    it(row.rule, () => expectError(row.doc, row.at, row.message, row.f));
  }

  it('reports every broken rule at once', () => {
    const r = run(
      edit((p) => {
        p.levers[1].policy = 9;
        p.target.fromYear = 2100;
        p.objective = 'x';
      }),
    );
    expect(r.errors.map((e) => e.path)).toEqual([
      'plan.levers[1].policy',
      'plan.target.fromYear',
      'plan.objective',
    ]);
  });
});

describe("levers on task-shifting rules, and bounds in the value's domain", () => {
  const withRules: PlanFacts = { ...facts, substitutions: 2 };

  it("a lever may set a task-shifting rule's share", () => {
    const doc = { ...valid, levers: [{ substitution: 1, min: 0.05, max: 0.3 }] };
    const r = run(doc, withRules);
    expect(r.errors).toEqual([]);
    expect(r.plan?.levers).toEqual([{ substitution: 1, min: 0.05, max: 0.3 }]);
  });

  it.each([
    [
      { substitution: 2, min: 0, max: 0.3 },
      'plan.levers[0].substitution',
      'there is no task-shifting rule 2; the scenario has 2 task-shifting rules (0 to 1)',
    ],
    [
      { substitution: 0, min: 0, max: 1.3 },
      'plan.levers[0].max',
      'probability must be between 0 and 1 (got 1.3)',
    ],
    [
      { substitution: 0, policy: 1, min: 0, max: 0.3 },
      'plan.levers[0].substitution',
      'either a policy or a task-shifting rule',
    ],
  ])('refuses %j', (lever, path, message) => {
    expectError({ ...valid, levers: [lever] }, path, message, withRules);
  });

  it('names each rule once', () => {
    const doc = {
      ...valid,
      levers: [
        { substitution: 0, min: 0, max: 0.2 },
        { substitution: 0, min: 0, max: 0.3 },
      ],
    };
    expectError(doc, 'plan.levers[1].substitution', 'substitution 0 is already a lever', withRules);
  });

  it("keeps a policy lever's bounds within what the policy's value may be", () => {
    const relative: PlanFacts = {
      ...facts,
      policyDomain: (i) => (i === 0 ? 'relative' : 'changeCount'),
    };
    expectError(
      edit((p) => (p.levers[0].min = -1.5)),
      'plan.levers[0].min',
      'a relative change cannot be below -1',
      relative,
    );
    expect(
      run(
        edit((p) => (p.levers[0].min = -0.5)),
        relative,
      ).errors,
    ).toEqual([]);
  });
});
