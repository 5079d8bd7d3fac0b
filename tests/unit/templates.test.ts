/** New scenarios and their parts: valid as they come, for any workforce age range. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import {
  newPolicyTemplate,
  newProfessionTemplate,
  newScenarioTemplate,
  newShockTemplate,
  newSubstitutionTemplate,
} from '../../app/scenario/templates.ts';

function expectValid(doc: unknown): void {
  const r = parseScenario(doc);
  expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([]);
}

describe('newScenarioTemplate', () => {
  it('is a valid scenario without warnings', () => {
    const r = parseScenario(newScenarioTemplate(2026));
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('has one profession, Nurses, and says its numbers are examples', () => {
    const r = parseScenario(newScenarioTemplate());
    if (!r.ok) throw new Error('template is not valid');
    expect(r.scenario.professions.map((p) => p.name)).toEqual(['Nurses']);
    expect(r.scenario.name).toMatch(/example/i);
    expect(r.scenario.description).toMatch(/example/i);
    expect(r.scenario.baseYear).toBe(new Date().getFullYear());
    const { female, male } = r.scenario.professions[0].stock;
    expect(new Set(female.filter((v) => v > 0)).size).toBe(1); // flat
    expect(male.some((v) => v > 0)).toBe(true);
  });

  it('is a fresh object each time', () => {
    const a = newScenarioTemplate(2025) as { professions: { name: string }[] };
    a.professions[0].name = 'changed';
    expect((newScenarioTemplate(2025) as typeof a).professions[0].name).toBe('Nurses');
  });
});

describe('newProfessionTemplate', () => {
  it('fits any workforce age range', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 119 })
          .chain((min) =>
            fc.tuple(fc.constant(min), fc.integer({ min: min + 1, max: Math.min(120, min + 79) })),
          ),
        ([min, max]) => {
          const ages = { min, max };
          const doc = {
            ...(newScenarioTemplate(2025) as object),
            ages,
            professions: [newProfessionTemplate('x', ages)],
          };
          const r = parseScenario(doc);
          return r.ok;
        },
      ),
      { numRuns: 300 },
    );
    for (const ages of [
      { min: 0, max: 1 },
      { min: 119, max: 120 },
      { min: 41, max: 120 },
      { min: 0, max: 79 },
    ]) {
      expectValid({
        ...(newScenarioTemplate(2025) as object),
        ages,
        professions: [newProfessionTemplate('x', ages)],
      });
    }
  });

  it('uses the id and name given', () => {
    const p = newProfessionTemplate('gp', { min: 25, max: 70 }, 'GPs');
    expect([p.id, p.name, p.stock.female.length, p.stock.male.length]).toEqual([
      'gp',
      'GPs',
      46,
      46,
    ]);
  });
});

describe('defaults for policies, task shifting and crises', () => {
  it('are valid in a scenario with two professions', () => {
    const base = newScenarioTemplate(2025) as { professions: unknown[] };
    const ages = { min: 20, max: 74 };
    expectValid({
      ...base,
      professions: [...base.professions, newProfessionTemplate('gp', ages, 'GPs')],
      policies: [newPolicyTemplate('nurse', 2025), newPolicyTemplate('gp', 2025)],
      substitution: [newSubstitutionTemplate('gp', 'nurse', 2025)],
      shocks: [newShockTemplate()],
    });
  });

  it('start their changes after the base year', () => {
    expect(newPolicyTemplate('a', 2030).startYear).toBeGreaterThan(2030);
    const rule = newSubstitutionTemplate('a', 'b', 2030);
    expect(rule.fullYear).toBeGreaterThan(rule.startYear);
  });
});
