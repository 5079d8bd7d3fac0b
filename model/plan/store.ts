/**
 * The memo of the plan search: every candidate evaluated so far, keyed by its grid
 * indices, so that no candidate is evaluated twice. It hands the evaluator batches (in a
 * fixed order, without repeats), checks the answers, reports progress and honours the
 * abort signal between batches.
 */
import { type LeverGrid, gridValue } from './grid.ts';
import type { CandidateEvaluation, PlanEvaluator, PlanSearchOptions } from './types.ts';

/** One evaluated candidate. */
export interface Entry {
  /** Grid index of each lever. */
  readonly idx: readonly number[];
  readonly values: readonly number[];
  readonly presentValue: number;
  readonly risk: number;
  readonly feasible: boolean;
  readonly worstYear?: number;
  readonly worstProfession?: string;
}

export function abortError(): Error {
  return new DOMException('The plan search was cancelled.', 'AbortError');
}

/** Lexicographic order of grid indices: the one order of batches and of the frontier. */
export function compareIdx(a: readonly number[], b: readonly number[]): number {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return a[j] - b[j];
  return 0;
}

export class EvaluationStore {
  private readonly memo = new Map<string, Entry>();
  /** Entries in the order they were evaluated. */
  readonly entries: Entry[] = [];
  /** The current estimate of how many candidates the search will evaluate. */
  private about: number;

  constructor(
    readonly grids: readonly LeverGrid[],
    readonly limit: number,
    private readonly evaluate: PlanEvaluator,
    private readonly options: PlanSearchOptions,
    about: number,
  ) {
    this.about = Math.max(1, about);
  }

  get count(): number {
    return this.entries.length;
  }

  get(idx: readonly number[]): Entry | undefined {
    return this.memo.get(idx.join(','));
  }

  /** Raises (never lowers) the estimate of the total, e.g. when a phase starts. */
  expect(remaining: number): void {
    this.about = Math.max(this.about, this.count + remaining);
  }

  /** Evaluates every point not yet in the memo, as one batch; returns the entries of all
   *  points, in the order given. */
  async batch(points: readonly (readonly number[])[]): Promise<Entry[]> {
    this.throwIfAborted();
    const fresh = new Map<string, readonly number[]>();
    for (const p of points) {
      const key = p.join(',');
      if (!this.memo.has(key) && !fresh.has(key)) fresh.set(key, p);
    }
    if (fresh.size > 0) {
      const todo = [...fresh.values()].sort(compareIdx);
      const candidates = todo.map((p) => p.map((i, j) => gridValue(this.grids[j], i)));
      const answers = await this.evaluate(candidates.map((c) => c.slice()));
      this.throwIfAborted();
      if (!Array.isArray(answers) || answers.length !== candidates.length) {
        throw new Error(
          `The plan search asked about ${candidates.length} candidates but got ${Array.isArray(answers) ? answers.length : 'no'} answers.`,
        );
      }
      todo.forEach((p, k) => {
        const ev = match(answers, candidates[k], k);
        const entry = this.toEntry(p, candidates[k], ev);
        this.memo.set(p.join(','), entry);
        this.entries.push(entry);
      });
      if (this.count > this.about) this.about = this.count;
      this.options.onProgress?.(this.count, this.about);
    }
    return points.map((p) => this.memo.get(p.join(','))!);
  }

  /** The last report: done = about. */
  finish(): void {
    this.options.onProgress?.(this.count, this.count);
  }

  private throwIfAborted(): void {
    if (this.options.signal?.aborted) throw abortError();
  }

  private toEntry(idx: readonly number[], values: number[], ev: CandidateEvaluation): Entry {
    const pv = ev.presentValue;
    const risk = ev.worstShortageProbability;
    if (typeof pv !== 'number' || !Number.isFinite(pv)) {
      throw new Error(`The plan search got no present value for levers ${values.join(', ')}.`);
    }
    if (typeof risk !== 'number' || !(risk >= 0 && risk <= 1)) {
      throw new Error(
        `The plan search got no shortage probability for levers ${values.join(', ')}.`,
      );
    }
    const entry: Entry = {
      idx: idx.slice(),
      values,
      presentValue: pv,
      risk,
      feasible: risk <= this.limit,
    };
    return {
      ...entry,
      ...(ev.worstYear !== undefined ? { worstYear: ev.worstYear } : {}),
      ...(ev.worstProfession !== undefined ? { worstProfession: ev.worstProfession } : {}),
    };
  }
}

/** The answer for candidate k: the k-th, or else the one that names the same levers (an
 *  evaluator may answer in another order if it says which candidate each answer is for). */
function match(answers: CandidateEvaluation[], levers: number[], k: number): CandidateEvaluation {
  const same = (a: CandidateEvaluation | undefined): boolean =>
    a !== undefined &&
    Array.isArray(a.levers) &&
    a.levers.length === levers.length &&
    a.levers.every((v, j) => v === levers[j]);
  const own = answers[k];
  if (own !== undefined && (!Array.isArray(own.levers) || same(own))) return own;
  const found = answers.find(same);
  if (found === undefined) {
    throw new Error(`The plan search got no answer for levers ${levers.join(', ')}.`);
  }
  return found;
}
