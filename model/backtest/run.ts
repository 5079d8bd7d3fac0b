/**
 * A whole check against history in one call, on the reference engine or another chunk
 * engine (the command line's WebAssembly core): prepare, simulate, score.
 */
import type { HwfResult } from '../result/result.ts';
import { simulate, type SimulateOptions } from '../projection/simulate.ts';
import { prepareBacktest, type BacktestRequest, type PreparedBacktest } from './prepare.ts';
import { scoreBacktest, type BacktestScore } from './score.ts';

export interface BacktestOutcome {
  prepared: PreparedBacktest;
  result: HwfResult;
  score: BacktestScore;
}

/** Scores the projection `result` of a prepared check. */
export function scorePrepared(prepared: PreparedBacktest, result: HwfResult): BacktestScore {
  const profession = result.professions.find((p) => p.id === prepared.profession.id);
  if (!profession) throw new Error(`the result has no profession ${prepared.profession.id}`);
  return scoreBacktest(result.years, profession.headcount, prepared.observed);
}

export function runBacktest(
  req: BacktestRequest,
  options: Pick<SimulateOptions, 'engine' | 'onProgress'> = {},
): { ok: true; value: BacktestOutcome } | { ok: false; message: string } {
  const prepared = prepareBacktest(req);
  if (!prepared.ok) return prepared;
  const result = simulate(prepared.value.scenario, {
    population: req.population,
    engine: options.engine,
    onProgress: options.onProgress,
  });
  return {
    ok: true,
    value: { prepared: prepared.value, result, score: scorePrepared(prepared.value, result) },
  };
}
