/**
 * The plan question in the draft and its check in the Plan view: a plan started from the
 * scenario, levers added from a policy or made from a common lever (a new policy with value
 * 0 and its lever), a lever taken out, a plan applied; and each problem at its field, in
 * the units the view shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { englishT as t } from '../../app/i18n/translate.ts';
import { checkPlan } from '../../app/plan/plan-check.ts';
import {
  addPolicyLever,
  applyPlanValues,
  chooseTargetProfession,
  createLever,
  draftLevers,
  removeLever,
  startPlan,
  startingBounds,
  withDraftPolicies,
} from '../../app/plan/plan-draft.ts';
import { checkNewLever, commonChoices } from '../../app/plan/new-lever.tsx';

const read = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../app/data/examples/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

function parsed(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const messages = (draft: unknown, s: Scenario) =>
  checkPlan(draft, s, t).issues.map((i) => `${i.path}: ${i.message}`);

describe('the plan in the draft', () => {
  const doc = read('exampleland');
  const s = parsed(doc);

  it('starts a plan from the scenario, with a lever on its first policy', () => {
    const draft = startPlan(doc, s);
    expect(getAtPath(draft, 'plan')).toEqual({
      levers: [{ policy: 0, min: 0, max: 0.5 }],
      target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.2 },
      objective: 'presentValue',
    });
    expect(checkPlan(draft, s, t).issues).toEqual([]);
    expect(parseScenario(draft).ok).toBe(true);
    expect(getAtPath(doc, 'plan')).toBeUndefined();
  });

  it('starts a plan of a scenario without policies on new training places', () => {
    const bare = { ...doc, policies: [] };
    const draft = startPlan(bare, parsed(bare));
    expect(getAtPath(draft, 'policies')).toEqual([
      {
        profession: 'nurse',
        parameter: 'training.intake',
        kind: 'relative',
        value: 0,
        startYear: 2027,
        fullYear: 2029,
      },
    ]);
    expect(draftLevers(draft)).toEqual([{ policy: 0, min: 0, max: 0.5 }]);
    expect(parseScenario(draft).ok).toBe(true);
  });

  it('takes the plan question out with its last lever, never leaving it without one', () => {
    const draft = startPlan(doc, s);
    expect(getAtPath(removeLever(draft, 0), 'plan')).toBeUndefined();
    const none = {
      ...(draft as object),
      plan: { ...(getAtPath(draft, 'plan') as object), levers: [] },
    };
    expect(checkPlan(none, s, t)).toEqual({
      spec: null,
      issues: [],
      missing: 'Add at least one lever: a policy the search may change.',
    });
  });

  it('adds a lever on a policy, makes one from a common lever, takes one out', () => {
    let draft = startPlan(doc, s);
    draft = createLever(draft, {
      common: 'recruitment',
      profession: 'gp',
      startYear: 2027,
      fullYear: 2028,
      costPerYear: 250_000,
      min: 0,
      max: 100,
      step: 10,
    });
    const n = s.policies.length;
    expect(getAtPath(draft, `policies[${n}]`)).toEqual({
      profession: 'gp',
      parameter: 'immigration.perYear',
      kind: 'absolute',
      value: 0,
      startYear: 2027,
      fullYear: 2028,
      costPerYear: 250_000,
    });
    expect(draftLevers(draft)).toEqual([
      { policy: 0, min: 0, max: 0.5 },
      { policy: n, min: 0, max: 100, step: 10 },
    ]);
    const s2 = parsed(draft);
    const spec = checkPlan(draft, s2, t).spec;
    expect(spec?.levers).toEqual([
      { policy: 0, min: 0, max: 0.5 },
      { policy: n, min: 0, max: 100, step: 10 },
    ]);
    const fewer = removeLever(draft, 0);
    expect(draftLevers(fewer)).toEqual([{ policy: n, min: 0, max: 100, step: 10 }]);
    expect((getAtPath(fewer, 'policies') as unknown[]).length).toBe(n + 1);
  });

  it('applies a plan’s values to the levers’ policies, leaving the rest as typed', () => {
    const draft = addPolicyLever(startPlan(doc, s), 1, { min: 0, max: 1 });
    const applied = applyPlanValues(draft, [{ policy: 1 }], [0.25]);
    expect(getAtPath(applied, 'policies[1].value')).toBe(0.25);
    expect(getAtPath(applied, 'policies[0]')).toBe(getAtPath(draft, 'policies[0]'));
    expect(applyPlanValues(draft, [{ substitution: 0 }], [0.1])).toEqual(
      Object.assign({}, draft, { substitution: [{ ...s.substitution[0], share: 0.1 }] }),
    );
  });

  it('starts a lever’s bounds from its common lever, or from its value now', () => {
    expect(startingBounds(s.policies[1], -0.2)).toEqual({ min: -0.4, max: 0 });
    const fte = { ...s.policies[0], parameter: 'fte' as const, kind: 'absolute' as const };
    expect(startingBounds(fte, 0.05)).toEqual({ min: 0, max: 0.1 });
    expect(startingBounds(fte, -0.05)).toEqual({ min: -0.1, max: 0 });
  });

  it('names a lever made while another field is wrong, from the draft’s policies', () => {
    const draft = createLever(
      { ...doc, baseYear: 'soon' },
      {
        common: 'fte',
        profession: 'gp',
        startYear: 2027,
        fullYear: 2027,
        min: 0,
        max: 0.1,
      },
    );
    const seen = withDraftPolicies(s, draft);
    expect(seen.policies.map((p) => p.parameter)).toEqual([
      'training.intake',
      'exits.attrition',
      'fte',
    ]);
    expect(withDraftPolicies(s, { ...doc, policies: [{ profession: 'nurse' }] })).toBe(s);
  });

  it('chooses the target’s professions', () => {
    let draft = startPlan(doc, s);
    draft = chooseTargetProfession(draft, 'gp', true);
    draft = chooseTargetProfession(draft, 'nurse', false);
    expect(getAtPath(draft, 'plan.target.professions')).toEqual(['gp']);
  });
});

describe('the plan’s problems, at their fields and in words', () => {
  const doc = read('exampleland-costs');
  const s = parsed(doc);

  it('takes the example’s question as it is', () => {
    const check = checkPlan(doc, s, t);
    expect(check.issues).toEqual([]);
    expect(check.spec).toEqual({ ...(doc.plan as object), objective: 'presentValue' });
  });

  it('says what is wrong, where, and what is allowed', () => {
    const bad = structuredClone(doc) as { plan: Record<string, unknown> };
    bad.plan.target = { professions: [], fromYear: 2050, maxShortageProbability: 1.4 };
    bad.plan.levers = [
      { policy: 0, min: 0.5, max: 0.1 },
      { policy: 0, min: 'abc', max: 1 },
      { policy: 7, min: 0, max: 1 },
      { policy: 2, min: 0, max: 400, step: 0.01 },
      { policy: 1, min: -1.5, max: 0 },
    ];
    expect(messages(bad, s)).toEqual([
      'plan.target.professions: choose at least one profession',
      'plan.target.fromYear: must be a year from 2026 to 2045 (you typed 2050)',
      'plan.target.maxShortageProbability: must be at least 0 % and below 100 % (you typed 140 %)',
      'plan.levers: a plan moves at most 4 levers (this one has 5): take one out',
      'plan.levers[0].max: must be at least the lowest value, 50 % (you typed 10 %)',
      'plan.levers[1]: moves the same policy as lever 1: take one out',
      'plan.levers[1].min: must be a number, such as 20 % (you typed “abc”)',
      'plan.levers[2]: is not a policy of this scenario: take it out',
      'plan.levers[3].step: makes more than 10,000 steps from the lowest to the highest value: choose a larger step',
      'plan.levers[4].min: must be at least −100 % (you typed −150 %)',
    ]);
    expect(checkPlan(bad, s, t).spec).toBeNull();
  });

  it('waits for a valid scenario and for a plan', () => {
    expect(checkPlan(doc, null, t).missing).toMatch(/Fix the problems in the editor/);
    const none = { ...doc, plan: undefined };
    expect(checkPlan(none, s, t).missing).toMatch(/start a plan/);
  });

  it('checks a new lever’s form before it is made', () => {
    const { issues, lever } = checkNewLever(
      {
        kind: 'training',
        profession: 'nurse',
        startYear: 2024,
        fullYear: 2023,
        min: 0.3,
        max: 0.1,
      },
      s,
      t,
    );
    expect(lever).toBeNull();
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'newLever.startYear: must be a year from 2026 to 2045 (you typed 2024)',
      'newLever.fullYear: must be a whole year, not before 2024 (you typed 2023)',
      'newLever.max: must be at least the lowest value',
    ]);
    const ok = checkNewLever(
      { kind: 'retention', profession: 'gp', startYear: 2027, fullYear: 2030, min: -0.3, max: 0 },
      s,
      t,
    );
    expect(ok.lever).toEqual({
      common: 'retention',
      profession: 'gp',
      startYear: 2027,
      fullYear: 2030,
      min: -0.3,
      max: 0,
    });
  });

  it('offers task shifting where the scenario has task-shifting rules', () => {
    const ids = commonChoices(s).map((c) => c.id);
    expect(ids).toContain('taskShifting');
    expect(commonChoices({ ...s, substitution: [] }).map((c) => c.id)).not.toContain(
      'taskShifting',
    );
  });
});
