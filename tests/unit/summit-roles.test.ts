/**
 * The planning summit's roles and their printed briefings: the six roles with their texts,
 * levers that are the scenario's policy parameters, and the briefings' markup made concrete
 * for a scenario with a result (its professions, today's training places, the shortage in
 * words) or saying that the numbers come once it has run.
 */
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeBaseline } from '../../app/charts/intake-words.ts';
import { shortageWords } from '../../app/charts/readout.ts';
import { NO_RESULT_YET, RoleBriefings } from '../../app/summit/briefings.tsx';
import { ROLES, ROLE_IDS, inSentence, openingQuestion } from '../../app/summit/roles.ts';
import { POLICY_PARAMETERS } from '../../model/catalog.ts';
import { simulate } from '../../model/projection/simulate.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { duplicateIds, en, openingTags, renderEnglish, textOf } from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';

function parsed(document: unknown): Scenario {
  const r = parseScenario(document);
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join('\n'));
  return r.scenario;
}

const exampleland = parsed(exampleJson('exampleland'));
let result: HwfResult;

beforeAll(() => {
  result = simulate(exampleland, { runs: 40 });
}, 60_000);

const t = en.t;

function render(scenario: Scenario | null, r: HwfResult | null): string {
  return renderEnglish(createElement(RoleBriefings, { scenario, result: r }));
}

describe('the summit’s roles', () => {
  it('are the six parties of the summit, in order, with unique ids', () => {
    expect(ROLES.map((r) => t(r.name))).toEqual([
      'Ministry of health',
      'Ministry of finance',
      'Universities',
      'Professional associations',
      'Regions',
      'Patients',
    ]);
    expect(ROLES.map((r) => r.id)).toEqual([...ROLE_IDS]);
    expect(new Set(ROLES.map((r) => r.id)).size).toBe(ROLES.length);
  });

  it('have every text filled in, with 3–4 goals and 2–3 red lines', () => {
    for (const role of ROLES) {
      const texts = [
        role.name,
        role.whoTheyAre,
        role.openingQuestion,
        ...role.goals,
        ...role.alsoHolds,
        ...role.redLines,
      ].map((key) => t(key));
      for (const text of texts) expect(text.trim(), role.id).not.toBe('');
      expect(role.goals.length, role.id).toBeGreaterThanOrEqual(3);
      expect(role.goals.length, role.id).toBeLessThanOrEqual(4);
      expect(role.redLines.length, role.id).toBeGreaterThanOrEqual(2);
      expect(role.redLines.length, role.id).toBeLessThanOrEqual(3);
      expect(t(role.openingQuestion), role.id).toMatch(/^Before we start: .*\?$/);
      // A role with levers heads them in the proposal form; one without has no heading.
      expect(role.leversHeading === null, role.id).toBe(role.levers.length === 0);
    }
  });

  it('control only the scenario’s policy parameters, each at most once per role', () => {
    for (const role of ROLES) {
      for (const lever of role.levers) expect(POLICY_PARAMETERS).toContain(lever);
      expect(new Set(role.levers).size, role.id).toBe(role.levers.length);
    }
    const levers = (id: string) => ROLES.find((r) => r.id === id)!.levers;
    expect(levers('universities')).toEqual(['training.intake', 'training.completion']);
    expect(levers('ministry-of-health')).toContain('immigration.perYear');
    expect(levers('professional-associations')).toEqual(
      expect.arrayContaining(['fte', 'exits.retirement.meanAge', 'exits.attrition']),
    );
    // Patients hold no lever but may require a target; finance holds the budget.
    expect(levers('patients')).toEqual([]);
    const holds = (id: string) =>
      ROLES.find((r) => r.id === id)!
        .alsoHolds.map((key) => t(key))
        .join(' ');
    expect(holds('patients')).toMatch(/target/);
    expect(holds('ministry-of-finance')).toMatch(/budget.*veto/s);
  });

  it('ask their opening question about a profession and a year, or in general words', () => {
    const health = ROLES[0];
    expect(openingQuestion(health, t, 'Nurses', '2035')).toBe(
      'Before we start: how likely is a shortage of nurses in 2035?',
    );
    expect(openingQuestion(health, t)).toBe(
      'Before we start: how likely is a shortage of this workforce in the target year?',
    );
    for (const role of ROLES) expect(openingQuestion(role, t, 'GPs', '2040')).not.toMatch(/[{}]/);
    expect(inSentence('General practitioners')).toBe('general practitioners');
    expect(inSentence('GPs')).toBe('GPs');
  });
});

describe('the role briefings', () => {
  it('print one page per role, each with its name, goals, red lines and question', () => {
    const html = render(exampleland, result);
    expect(openingTags(html, 'article')).toHaveLength(6);
    expect(duplicateIds(html)).toEqual([]);
    const pages = html.split('<article').slice(1).map(textOf);
    ROLES.forEach((role, i) => {
      const page = pages[i];
      expect(page).toContain(t(role.name));
      expect(page).toContain(t(role.whoTheyAre));
      for (const key of [...role.goals, ...role.redLines, ...role.alsoHolds]) {
        expect(page).toContain(t(key));
      }
      expect(page).toContain(openingQuestion(role, t, 'Nurses', '2040'));
    });
  });

  it('name the professions, today’s training places and the shortage in the target year', () => {
    const html = render(exampleland, result);
    const pages = html.split('<article').slice(1).map(textOf);
    const universities = pages[ROLE_IDS.indexOf('universities')];
    for (const p of exampleland.professions) {
      const today = intakeBaseline(exampleland, p.id, result.targetYear)!.today;
      expect(universities).toContain(`${p.name}: ${en.count(today)} a year`);
    }
    expect(universities).toContain('Nurses: 1,200 a year');
    expect(universities).toContain('General practitioners: 300 a year');
    const t = result.years.indexOf(result.targetYear);
    for (const page of pages) {
      expect(page).toContain(`Where things stand in ${result.targetYear}`);
      for (const p of result.professions) {
        expect(page).toContain(`${p.name}: ${shortageWords(p.shortageProbability[t], en)}.`);
      }
      expect(page).toContain(exampleland.name);
      expect(page).toContain(
        `Numbers from the working scenario: ${exampleland.name}, ${en.integer(result.runs)} futures.`,
      );
      expect(page).not.toContain(en.t(NO_RESULT_YET));
    }
    // The ministry of finance is told when the scenario carries no costs.
    expect(pages[ROLE_IDS.indexOf('ministry-of-finance')]).toContain('This scenario has no costs');
  });

  it('without a result, still give today’s values and say the numbers come once it has run', () => {
    const pages = render(exampleland, null).split('<article').slice(1).map(textOf);
    expect(pages).toHaveLength(6);
    for (const page of pages) {
      expect(page).toContain(t(NO_RESULT_YET));
      expect(page).toContain(`Numbers from the working scenario: ${exampleland.name}.`);
      expect(page).not.toMatch(/a shortage is \S+ % likely/);
    }
    expect(pages[ROLE_IDS.indexOf('universities')]).toContain('Nurses: 1,200 a year');
  });

  it('with no scenario at all, keep the roles and say the numbers come later', () => {
    const text = textOf(render(null, null));
    for (const role of ROLES) expect(text).toContain(t(role.name));
    expect(text).toContain(t(NO_RESULT_YET));
    expect(text).toContain(openingQuestion(ROLES[0], t));
  });
});
