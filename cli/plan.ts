/**
 * `hwf plan`: the least-cost plan search of MODEL.md §8 on this thread (the WebAssembly
 * core when it is built), then the chosen plan's full result with its `plan`, and a
 * one-paragraph summary in words.
 */
import type { Scenario } from '../model/scenario/types.ts';
import { planProblem, runPlan, type PlanDocument } from '../model/plan/run-plan.ts';
import { wasmEngine, wasmRegionalEngine } from '../workers/wasm-host.ts';
import type { PlanCommand } from './args.ts';
import {
  asUserError,
  populationOf,
  checkOutput,
  chooseCore,
  writeDocument,
  loadScenario,
  UserError,
  withOverrides,
} from './common.ts';
import { createProgress } from './progress.ts';
import type { CliIo } from './run.ts';

export async function runPlanCommand(command: PlanCommand, io: CliIo): Promise<number> {
  checkOutput(command);
  const loaded = loadScenario(command.file, io);
  if (loaded === null) return 2;
  const scenario = withOverrides(loaded, command, io);
  if (scenario === null) return 2;
  const problem = planProblem(scenario);
  if (problem) throw new UserError(`${command.file}: ${problem}`);
  const core = chooseCore(command);
  const population = populationOf(scenario);
  const progress = createProgress({
    total: 1,
    write: io.stderr,
    isTTY: io.stderrIsTTY === true,
    now: io.now,
    describe: (done, about) => `searching the least-cost plan: candidate ${done} of about ${about}`,
  });
  let doc: PlanDocument;
  try {
    doc = await runPlan(scenario, {
      population,
      engines: core && { national: wasmEngine(core), regional: wasmRegionalEngine(core) },
      onProgress: (done, about) => progress.update(done, Math.max(done, about)),
    });
  } catch (error) {
    throw asUserError(command.file, error);
  } finally {
    progress.finish();
  }
  const text = JSON.stringify(doc, null, 2) + '\n';
  const summary = planSummary(scenario, doc) + '\n';
  writeDocument(command.out, text, summary, io);
  return 0;
}

/** A money amount: "EUR 12.3 million", "EUR 1.24 billion". */
export function money(currency: string, v: number): string {
  const abs = Math.abs(v);
  const [scale, word] = abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
  const n = v / scale;
  const digits = scale === 1 ? 0 : Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return `${currency} ${n.toFixed(digits)}${word}`;
}

const pct = (p: number) => `${String(Math.round(p * 1000) / 10)} %`;

/** The plan in one paragraph. */
export function planSummary(sc: Scenario, doc: PlanDocument): string {
  const plan = doc.plan;
  const spec = sc.plan!;
  const currency = sc.costs!.currency;
  const levers = plan.levers
    .map((l) => {
      const v = String(Number(l.value.toPrecision(6)));
      if ('substitution' in l) {
        const rule = sc.substitution[l.substitution];
        return `substitution[${l.substitution}] (${rule.from} → ${rule.to}, share) = ${v}`;
      }
      const pol = sc.policies[l.policy];
      return `policies[${l.policy}] (${pol.profession} ${pol.parameter}, ${pol.kind}) = ${v}`;
    })
    .join('; ');
  const pv = plan.presentValue;
  const rate = sc.costs!.discountRate;
  const target = `${spec.target.professions.join(', ')}: shortage probability at most ${pct(spec.target.maxShortageProbability)} in every year from ${spec.target.fromYear}`;
  const reached = plan.feasible
    ? `The target (${target}) is met: the worst year${plan.worstYear ? `, ${plan.worstYear},` : ''} has ${pct(plan.worstShortageProbability)}.`
    : `No candidate within the bounds meets the target (${target}); this is the least-risk candidate: ${plan.message}`;
  return (
    `Least-cost plan for "${sc.name}" (${doc.runs} runs, seed ${doc.seed}): ${levers}. ${reached} ` +
    `Present value of the total cost${rate > 0 ? `, discounted at ${pct(rate)} a year` : ''}: ` +
    `${money(currency, pv.mean)} (90 % interval ${money(currency, pv.p5)} to ${money(currency, pv.p95)}). ` +
    `${plan.evaluations} candidates evaluated.`
  );
}
