/**
 * Starting points for new things in a scenario: a whole new scenario, a profession, a
 * policy, a task-shifting rule and a crisis. Every number is an example a planner replaces;
 * each template is valid on its own (tests/unit/templates.test.ts parses them).
 */
import { SCENARIO_SCHEMA } from '../../model/scenario/types.ts';
import { englishT, type Translate } from '../i18n/translate.ts';
import type {
  Immigration,
  Policy,
  Profession,
  Retirement,
  Shock,
  SubstitutionRule,
  Training,
} from '../../model/scenario/types.ts';

export interface AgeSpan {
  min: number;
  max: number;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

/** Before this age the example workforce is flat; from it on it is empty. */
const EXAMPLE_LAST_WORKING_AGE = 64;

function flatColumn(ages: AgeSpan, perAge: number): number[] {
  const n = ages.max - ages.min + 1;
  const working = Math.max(0, Math.min(n, EXAMPLE_LAST_WORKING_AGE - ages.min + 1));
  // When every age is past the example's working ages, keep the column flat throughout.
  return Array.from({ length: n }, (_, i) => (working === 0 || i < working ? perAge : 0));
}

/** Example training: 150 places a year, three years (entrants' ages within `ages`). */
export function trainingTemplate(ages: AgeSpan): Training {
  return {
    intake: 150,
    durationYears: 3,
    completion: 0.8,
    entryRate: 0.9,
    entrants: { femaleShare: 0.85, ageMean: clamp(24, ages.min, ages.max), ageSd: 2 },
  };
}

/** Example immigration: 10 people a year (their ages within `ages`). */
export function immigrationTemplate(ages: AgeSpan): Immigration {
  return {
    perYear: 10,
    entrants: { femaleShare: 0.8, ageMean: clamp(32, ages.min, ages.max), ageSd: 5 },
  };
}

/** An example retirement curve: retiring at 63 on average. */
export function retirementTemplate(): Retirement {
  return { meanAge: 63, sd: 2.5 };
}

/**
 * A new profession with example numbers that fits any workforce age range (the entrants'
 * average ages are kept inside it, so they always reach the workforce).
 */
export function newProfessionTemplate(
  id: string,
  ages: AgeSpan,
  name = englishT('scenario.template.newProfession'),
): Profession {
  return {
    id,
    name,
    stock: { female: flatColumn(ages, 100), male: flatColumn(ages, 20) },
    fte: 0.9,
    fteTrend: 0,
    training: trainingTemplate(ages),
    immigration: immigrationTemplate(ages),
    exits: {
      attrition: { dist: 'pert', min: 0.015, mode: 0.025, max: 0.04 },
      emigration: 0.005,
      retirement: retirementTemplate(),
    },
    demand: { method: 'utilisation', baseFte: null, unmet: 0, trends: {} },
  };
}

/** A new scenario: one profession, "Nurses", with a flat example workforce to replace; its
 *  words in the language of `t`. */
export function newScenarioTemplate(
  baseYear = new Date().getFullYear(),
  t: Translate = englishT,
): unknown {
  const ages = { min: 20, max: 74 };
  return {
    schema: SCENARIO_SCHEMA,
    name: t('scenario.template.newScenario'),
    description: t('scenario.template.newScenarioDescription'),
    baseYear,
    horizonYears: 20,
    simulation: { runs: 1000, seed: 1 },
    ages,
    professions: [newProfessionTemplate('nurse', ages, t('scenario.template.nurses'))],
    substitution: [],
    policies: [],
    shocks: [],
  };
}

/** A policy: 10 % more training places, phased in over two years from baseYear + 2. */
export function newPolicyTemplate(professionId: string, baseYear: number): Policy {
  return {
    profession: professionId,
    parameter: 'training.intake',
    kind: 'relative',
    value: 0.1,
    startYear: baseYear + 2,
    fullYear: baseYear + 4,
  };
}

/** A task-shifting rule: 5 % of `from`'s demand moves to `to` over five years. */
export function newSubstitutionTemplate(
  from: string,
  to: string,
  baseYear: number,
): SubstitutionRule {
  return { from, to, share: 0.05, ratio: 1, startYear: baseYear + 2, fullYear: baseYear + 7 };
}

/** A crisis: a 2 % chance a year of two years with 5–15 % more demand (named in the language
 *  of `t`). */
export function newShockTemplate(t: Translate = englishT): Shock {
  return {
    name: t('scenario.template.pandemic'),
    probabilityPerYear: 0.02,
    durationYears: 2,
    demandIncrease: { dist: 'uniform', min: 0.05, max: 0.15 },
    extraExit: 0.01,
  };
}
