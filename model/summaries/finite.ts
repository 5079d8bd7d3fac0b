/**
 * The safety net under the validation's limits: a summary never reports a number that is
 * not finite. A value that overflowed (or became undefined) in a run, or a mean of values too
 * large to add up, stops the summary with a sentence naming the profession, the measure and
 * the year, instead of reaching a result as `null` or NaN. Undefined required intake stays
 * legitimate: it is reported as unreachable, with its reason (summarize.ts).
 */

/** A summary met a number that is not finite. The message is for the planner. */
export class NonFiniteResultError extends Error {
  override name = 'NonFiniteResultError';
}

const WORDS: Readonly<Record<string, string>> = {
  headcount: 'headcount',
  fte: 'FTE supply',
  demand: 'FTE demand',
  gap: 'gap',
  requiredIntake: 'required intake',
};

/** Throws NonFiniteResultError unless `mean` and every percentile are finite. */
export function checkFinite(
  mean: number,
  ps: readonly number[],
  profession: { id: string; name: string },
  measure: string,
  year: number | null,
): void {
  if (Number.isFinite(mean) && ps.every((x) => Number.isFinite(x))) return;
  const who =
    profession.name === profession.id ? profession.id : `${profession.name} (${profession.id})`;
  const when = year === null ? '' : ` in ${year}`;
  throw new NonFiniteResultError(
    `the ${WORDS[measure] ?? measure} of ${who}${when} is too large to compute: some inputs of the scenario combine to numbers beyond what the engine can hold; lower the largest inputs (stocks, intake, growth rates, policies, population)`,
  );
}
