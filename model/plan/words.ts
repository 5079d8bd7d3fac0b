/**
 * The plan search's outcome in plain words for a planner (PlanSearchResult.message).
 */
import type { Entry } from './store.ts';
import type { PlanSpec } from './types.ts';

/** 0.34 → "34 %", 0.195 → "19.5 %". */
export function percent(p: number): string {
  const s = (Math.round(p * 1000) / 10).toFixed(1).replace(/\.0$/, '');
  return `${s} %`;
}

/** A lever value as a planner reads it: at most 6 significant digits. */
function value(v: number): string {
  return String(Number(v.toPrecision(6)));
}

function setting(spec: PlanSpec, chosen: Entry): string {
  const parts = spec.levers.map(
    (l, j) =>
      `${l.substitution !== undefined ? `the share of task-shifting rule ${l.substitution}` : `policy ${l.policy}`} to ${value(chosen.values[j])}`,
  );
  if (parts.length === 0) return 'no policy';
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Where the worst probability is, when the evaluator said: "nurse in 2036", "in 2036". */
function where(chosen: Entry): string | undefined {
  const { worstYear: year, worstProfession: who } = chosen;
  if (year === undefined) return who;
  return who === undefined ? `in ${year}` : `${who} in ${year}`;
}

function candidates(n: number): string {
  return n === 1 ? '1 candidate' : `${n} candidates`;
}

export function planMessage(
  spec: PlanSpec,
  chosen: Entry,
  feasible: boolean,
  evaluations: number,
): string {
  const target = percent(spec.target.maxShortageProbability);
  const risk = percent(chosen.risk);
  const at = where(chosen);
  if (!feasible) {
    const context = at === undefined ? `target ${target}` : `${at}; target ${target}`;
    return (
      `No plan within these bounds meets the target: the safest candidate still has a ` +
      `${risk} chance of a shortage in its worst year (${context}). ` +
      `It sets ${setting(spec, chosen)}; ${candidates(evaluations)} were compared. ` +
      `Widen the bounds, add a lever or relax the target.`
    );
  }
  return (
    `The cheapest plan found sets ${setting(spec, chosen)}. Its chance of a shortage stays ` +
    `at or below the target of ${target} in every year from ${spec.target.fromYear} ` +
    `(the highest is ${risk}${at === undefined ? '' : `: ${at}`}); ` +
    `${candidates(evaluations)} were compared.`
  );
}
