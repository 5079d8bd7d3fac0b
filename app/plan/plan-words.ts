/**
 * A plan found, in words: the levers it sets, whether it meets the target, and the chance
 * of a shortage before and after it in the worst year of the target's years. Pure.
 */
import type { HwfResult } from '../../model/result/result.ts';
import type { PlanSpec } from '../../model/plan/types.ts';
import type { PlanResult } from '../../model/plan/run-plan.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import type { Formats } from '../format.ts';
import {
  policyValueWords,
  professionName,
  substitutionValueWords,
  type Words,
} from './lever-words.ts';

/** The highest chance of a shortage of the named professions from `fromYear` on. */
export interface WorstShortage {
  probability: number;
  year: number;
  /** The profession's name. */
  profession: string;
}

/** The worst year of one profession (or of several together) from `fromYear` on; null
 *  when the result has none of them. */
export function worstShortage(
  result: HwfResult,
  professions: readonly string[],
  fromYear: number,
): WorstShortage | null {
  let worst: WorstShortage | null = null;
  for (const p of result.professions) {
    if (!professions.includes(p.id)) continue;
    result.years.forEach((year, k) => {
      if (year < fromYear) return;
      const probability = p.shortageProbability[k];
      if (worst === null || probability > worst.probability) {
        worst = { probability, year, profession: p.name };
      }
    });
  }
  return worst;
}

/** One row of the before-and-after table: a profession of the target. */
export interface ShortageRow {
  id: string;
  name: string;
  before: WorstShortage | null;
  after: WorstShortage | null;
}

export function shortageRows(
  spec: PlanSpec,
  scenario: Pick<Scenario, 'professions'>,
  before: HwfResult | null,
  after: HwfResult,
): ShortageRow[] {
  const from = spec.target.fromYear;
  return spec.target.professions.map((id) => ({
    id,
    name: professionName(scenario, id),
    before: before ? worstShortage(before, [id], from) : null,
    after: worstShortage(after, [id], from),
  }));
}

/** The chosen value of each lever in words, in the order of the question. */
export function chosenLevers(
  spec: PlanSpec,
  plan: PlanResult,
  planned: Scenario,
  f: Words,
): string[] {
  return spec.levers.map((lever, j) => {
    const value = plan.levers[j]?.value ?? Number.NaN;
    if (lever.substitution !== undefined) {
      return substitutionValueWords(planned, lever.substitution, value, f);
    }
    return policyValueWords(planned, lever.policy, f);
  });
}

/** "at most 20 % likely in every year from 2032, for Nurses and General practitioners". */
export function targetWords(spec: PlanSpec, s: Pick<Scenario, 'professions'>, f: Formats): string {
  const names = spec.target.professions.map((id) => professionName(s, id));
  const who =
    names.length <= 1
      ? (names[0] ?? '')
      : f.t('plan.target.names', {
          first: names.slice(0, -1).join(f.t('plan.target.namesSeparator')),
          last: names[names.length - 1],
        });
  return f.t('plan.target.words', {
    who,
    share: f.percent(spec.target.maxShortageProbability),
    year: f.year(spec.target.fromYear),
  });
}

/** The outcome in a sentence: the cheapest plan meets the target, or none does and the
 *  safest candidate is shown instead. */
export function outcomeWords(
  spec: PlanSpec,
  plan: PlanResult,
  s: Pick<Scenario, 'professions'>,
  f: Formats,
): string {
  const values = {
    target: targetWords(spec, s, f),
    share: f.percent(plan.worstShortageProbability),
    hasYear: plan.worstYear !== undefined ? 'yes' : 'no',
    year: plan.worstYear !== undefined ? f.year(plan.worstYear) : '',
    n: plan.evaluations,
    count: f.integer(plan.evaluations),
  };
  return f.t(plan.feasible ? 'plan.outcome.met' : 'plan.outcome.missed', values);
}
