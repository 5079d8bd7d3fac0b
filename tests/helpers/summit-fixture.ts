/**
 * What the summit's unit tests share: a built-in example's document, and a scenario
 * document run on the TypeScript reference engine.
 */
import { EXAMPLES } from '../../app/data/examples/index.ts';
import { simulate } from '../../model/projection/simulate.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';

/** The document of the built-in example `id` (a fresh copy). */
export function exampleDocument(id: string): unknown {
  const e = EXAMPLES.find((x) => x.id === id);
  if (e === undefined) throw new Error(`no example ${id}`);
  return e.document();
}

/** `doc` run on the reference engine; throws with the problems when it does not parse. */
export function runReference(doc: unknown, runs: number, seed: number): HwfResult {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join('\n'));
  return simulate(r.scenario, { runs, seed });
}
