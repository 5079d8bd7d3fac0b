/**
 * The parts of a profession that may be left out when they do not apply, what leaving each
 * out means (docs/scenario-format.md, Defaults), and the one rule that follows across the
 * document: a policy cannot change a part its profession leaves out.
 */
import type { Policy } from './types.ts';
import { type Ctx, error, field, isRecord, show } from './issues.ts';
import type { LeftOutTopic } from './issue-messages.ts';

export interface LeftOutPart {
  /** Path under `professions[i]`. */
  readonly path: string;
  /** What leaving it out means, in a planner's words: the message `policy.leftOut.<topic>`
   *  (issue-messages.ts) says it. */
  readonly topic: LeftOutTopic;
}

/** The parts a profession may leave out, in the order of the format. `exits` itself may be
 *  left out too: the same as `{}`, every exit left out. */
export const LEFT_OUT_PARTS: readonly LeftOutPart[] = [
  { path: 'fteTrend', topic: 'fteTrend' },
  { path: 'training', topic: 'training' },
  { path: 'immigration', topic: 'immigration' },
  { path: 'exits.attrition', topic: 'attrition' },
  { path: 'exits.emigration', topic: 'emigration' },
  { path: 'exits.retirement', topic: 'retirement' },
];

/** The part a parameter path lies in (`training.intake` → `training`), if it may be left out. */
export function leftOutPartOf(parameterPath: string): LeftOutPart | undefined {
  return LEFT_OUT_PARTS.find(
    (p) => parameterPath === p.path || parameterPath.startsWith(`${p.path}.`),
  );
}

/**
 * Which step of `path` a profession (as given, not yet checked) leaves out, e.g. `exits` for
 * `exits.attrition` when there are no exits; undefined when the part is there, or when a step
 * is not an object (the profession's own checks report that).
 */
function missingStep(profession: unknown, part: string): string | undefined {
  let node: unknown = profession;
  let walked = '';
  for (const step of part.split('.')) {
    if (!isRecord(node)) return undefined;
    walked = walked === '' ? step : `${walked}.${step}`;
    node = field(node, step);
    if (node === undefined) return walked;
  }
  return undefined;
}

/**
 * Each policy on a part its profession leaves out is an error at `policies[i].parameter`:
 * there is nothing for it to change (MODEL.md is silent; a planner who meant it adds the part,
 * e.g. `"attrition": 0`, and the policy then changes that).
 */
export function checkPoliciesOnLeftOut(
  ctx: Ctx,
  rawProfessions: unknown,
  policies: readonly Policy[],
): void {
  if (!Array.isArray(rawProfessions)) return;
  policies.forEach((pol, i) => {
    const part = leftOutPartOf(pol.parameter);
    if (part === undefined) return;
    const index = rawProfessions.findIndex((p) => isRecord(p) && field(p, 'id') === pol.profession);
    if (index < 0) return;
    const missing = missingStep(rawProfessions[index], part.path);
    if (missing === undefined) return;
    error(ctx, `policies[${i}].parameter`, `policy.leftOut.${part.topic}`, {
      profession: index,
      id: show(pol.profession),
      missing,
      parameter: pol.parameter,
      part: part.path,
    });
  });
}
