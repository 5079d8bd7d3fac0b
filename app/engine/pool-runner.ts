/**
 * The runner the app uses: runs split into chunks over a pool of workers, merged by run
 * index, summarised in the workers (never on this thread). Progressive: after the first
 * chunk a partial result over the runs done so far arrives through onProgress, then
 * sharper ones, then the full result.
 *
 * A summary costs about a fifth of what computing its runs with the WebAssembly core
 * costs, and it takes a worker away from the chunks. So a partial summary is
 * made only when the runs in have at least doubled since the last one (first: as soon as
 * there are any), while they are at most half of all runs, at least `partialIntervalMs`
 * after the last, and never two at once: all partial summaries together then cost no
 * more than the final one. A partial summary's runs are copied on this thread and sent to
 * a worker, so for a large scenario (many professions and years per run) the partials stop
 * once their runs would take more than `partialBytes`: the largest scenarios get their
 * first bands from a few hundred runs, then the full result, without this thread copying
 * and the workers summarising hundreds of megabytes on the way.
 */
import { transfer } from 'comlink';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { resultDocument } from '../../model/projection/simulate.ts';
import { COST_KINDS } from '../../model/packed/run-block.ts';
import { runsOf } from '../../model/projection/runs.ts';
import { candidateScenario, evaluationOf, targetCells } from '../../model/plan/evaluate.ts';
import type { CandidateEvaluation } from '../../model/plan/types.ts';
import {
  mergedScenarioCost,
  mergeSummaryParts,
  planSummaryParts,
} from '../../model/summaries/parts.ts';
import type { RawRuns } from '../../workers/engine-api.ts';
import {
  ChunkedRuns,
  defaultChunkSize,
  headChunkSize,
  MergedRuns,
  planChunks,
} from '../../workers/chunks.ts';
import { WorkerPool, type PoolOptions } from '../../workers/pool.ts';
import { rawRunsBuffers, type EngineKind } from '../../workers/worker-api.ts';
import {
  blockProfessions,
  cellsPerRun,
  totalRuns,
  type CandidatesRequest,
  type RunOptions,
  type SimulationRequest,
  type SimulationRunner,
} from './runner.ts';

export interface PoolRunnerOptions extends PoolOptions {
  /** Runs per chunk (default: workers/chunks.ts defaultChunkSize). The numbers do not
   *  depend on it. */
  chunkSize?: number;
  /** Milliseconds at least between progressive summaries (default 250). */
  partialIntervalMs?: number;
  /** Progressive summaries at all (default true). */
  partials?: boolean;
  /** Largest block of runs a progressive summary is made of, in bytes (default
   *  PARTIAL_SUMMARY_BYTES). */
  partialBytes?: number;
  /** How many of the last chunks are cut in two (default: two per worker). */
  tailChunks?: number;
}

export interface PoolRunner extends SimulationRunner {
  readonly kind: 'pool';
  readonly pool: WorkerPool;
  /** The engine the workers run, once one has started. */
  readonly engine: EngineKind | undefined;
}

let jobCounter = 0;

/** The fewest runs of one part of a plan candidate (a smaller part costs more in messages
 *  than it saves in waiting). */
export const CANDIDATE_PART_RUNS = 250;

/** The most memory the runs of one progressive summary may take (see partialBytes). */
export const PARTIAL_SUMMARY_BYTES = 8 * 1024 * 1024;

/** Bytes of one run's raw outputs, nearly (the per-cell series dominate; the age rows are
 *  counted for every run, as the first runs have them). */
export function bytesPerRun(scenario: Scenario): number {
  const ages = scenario.ages.max - scenario.ages.min + 1;
  const professions = blockProfessions(scenario);
  // headcount, FTE and demand, and the four kinds of cost when the scenario has costs.
  const series = scenario.costs ? 3 + COST_KINDS.length : 3;
  return (
    (cellsPerRun(scenario) * series + professions * (1 + 2 * ages)) * Float64Array.BYTES_PER_ELEMENT
  );
}

/** From this many runs on, the final summary is split over the workers. */
export const SPLIT_SUMMARY_RUNS = 1000;

/** The most memory the copies of the runs for a split summary may take together. */
export const SPLIT_SUMMARY_BYTES = 256 * 1024 * 1024;

/** How many parts the final summary of `runs` runs is split into on `workers` workers:
 *  one per worker (at most one per profession and projected year), as long as the parts'
 *  own copies of the runs fit in SPLIT_SUMMARY_BYTES together. */
export function summaryParts(scenario: Scenario, runs: number, workers: number): number {
  if (runs < SPLIT_SUMMARY_RUNS) return 1; // a split would only wake more workers
  // A regional summary needs every region's runs at once (the density ratio compares
  // regions within a run), so it is made in one piece.
  if (scenario.regions) return 1;
  const parts = planSummaryParts(
    scenario.professions.length,
    scenario.horizonYears + 1,
    0,
    workers,
  ).length;
  // Headcount, FTE and demand per run, profession and year dominate a block's size.
  const blockBytes = runs * cellsPerRun(scenario) * 3 * Float64Array.BYTES_PER_ELEMENT;
  return Math.max(1, Math.min(parts, Math.floor(SPLIT_SUMMARY_BYTES / blockBytes)));
}

export function createPoolRunner(options: PoolRunnerOptions = {}): PoolRunner {
  const pool = new WorkerPool(options);
  const partialIntervalMs = options.partialIntervalMs ?? 250;
  const partials = options.partials ?? true;
  const partialBytes = options.partialBytes ?? PARTIAL_SUMMARY_BYTES;

  async function run(request: SimulationRequest, { onProgress, signal }: RunOptions = {}) {
    const total = totalRuns(request);
    signal?.throwIfAborted();
    const job = ++jobCounter;
    const stop = new AbortController(); // the job's own calls: caller abort or failure
    const withScenario = {
      scenario: request.scenario,
      population: request.population,
      seed: request.seed,
      deterministic: request.deterministic,
    };
    const withoutScenario = { seed: request.seed, deterministic: request.deterministic };
    // The scenario (and population) go to each worker once per job: its later calls of
    // the job leave them out. Calls to one worker arrive in the order they were sent.
    const primed = new WeakSet<object>();
    const base = (api: object) => {
      if (primed.has(api)) return withoutScenario;
      primed.add(api);
      return withScenario;
    };
    const summarize = (block: RawRuns, signal: AbortSignal) =>
      pool.call(
        (api) => api.summarize(transfer({ ...base(api), block }, rawRunsBuffers(block)), job),
        { signal, urgent: true },
      );
    // One summary in one piece: the chunks go to the worker as they came, merged there.
    const summarizeChunks = (blocks: RawRuns[], signal: AbortSignal) =>
      pool.call(
        (api) =>
          api.summarizeChunks(
            transfer({ ...base(api), blocks }, blocks.flatMap(rawRunsBuffers)),
            job,
          ),
        { signal, urgent: true },
      );
    const summarizePart = (block: RawRuns, index: number, count: number) =>
      pool.call(
        (api) =>
          api.summarizePart(
            transfer({ ...base(api), block, part: { index, count } }, rawRunsBuffers(block)),
            job,
          ),
        { signal: stop.signal, urgent: true },
      );
    // Partial summaries still waiting when the last chunk is in are no longer wanted.
    const partialStop = new AbortController();
    stop.signal.addEventListener('abort', () => partialStop.abort(stop.signal.reason));
    // The final summary's parts each get a block of their own: filled as chunks come in.
    // With one part the chunks are kept as they came (merged in the worker, not on this
    // thread); with several, each part's copy is filled here as the chunks come in.
    const parts = summaryParts(request.scenario, total, pool.size);
    const merged = parts === 1 ? new ChunkedRuns(total) : new MergedRuns(total, parts - 1);
    const chunkSize =
      options.chunkSize ?? defaultChunkSize(total, pool.size, cellsPerRun(request.scenario));
    // Progressive summaries only of blocks up to partialBytes.
    const partialRunsMax = Math.floor(partialBytes / bytesPerRun(request.scenario));

    return new Promise<HwfResult>((resolve, reject) => {
      let settled = false;
      let finishing = false;
      let partialInFlight = false;
      let lastPartialRuns = 0;
      let lastPartialAt = -Infinity;

      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        stop.abort(error);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const onAbort = () => fail(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const succeed = (result: HwfResult) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      };

      const maybePartial = () => {
        const runs = merged.prefix;
        if (!partials || finishing || settled || partialInFlight) return;
        if (runs < 2 * lastPartialRuns || runs === 0 || 2 * runs > total) return;
        if (runs > partialRunsMax) return;
        if (performance.now() - lastPartialAt < partialIntervalMs) return;
        partialInFlight = true;
        lastPartialRuns = runs;
        lastPartialAt = performance.now();
        summarize(merged.copyPrefix(runs), partialStop.signal).then(
          (partial) => {
            partialInFlight = false;
            if (settled || finishing) return;
            onProgress?.({ done: merged.done, total, partial });
            maybePartial();
          },
          (error: unknown) => {
            if (!finishing) fail(error);
          },
        );
      };

      // The final summary is split over the workers (model/summaries/parts.ts
      // planSummaryParts): each part gets its own block of the runs, transferred, and the
      // parts are put together here.
      const finish = () => {
        finishing = true;
        partialStop.abort();
        if (merged instanceof ChunkedRuns) {
          summarizeChunks(merged.takeChunks(), stop.signal).then(succeed, fail);
          return;
        }
        const blocks = merged.takeAll();
        Promise.all(blocks.map((b, g) => summarizePart(b, g, parts)))
          .then((summaries) =>
            succeed(
              resultDocument(
                request.scenario,
                total,
                request.seed,
                request.deterministic,
                mergeSummaryParts(summaries),
                mergedScenarioCost(summaries),
              ),
            ),
          )
          .catch(fail);
      };

      // The last chunks halved, two per worker, so the workers finish close together.
      const tail = options.tailChunks ?? 2 * pool.size;
      const head = headChunkSize(cellsPerRun(request.scenario));
      for (const chunk of planChunks(total, chunkSize, tail, head)) {
        pool
          .call((api) => api.runChunk({ ...base(api), ...chunk }, job), { signal: stop.signal })
          .then((raw) => {
            if (settled) return;
            merged.place(chunk.start, raw);
            onProgress?.({ done: merged.done, total });
            if (merged.done === total) finish();
            else maybePartial();
          })
          .catch(fail);
      }
    });
  }

  /**
   * A batch of plan candidates on the pool: each candidate's runs in parts (more parts when
   * the batch has fewer candidates than the pool has workers, so every worker is busy),
   * each part a call of its own; a candidate's parts are put together in run order, so its
   * numbers are those of any other split.
   */
  async function evaluateCandidates(
    request: CandidatesRequest,
    candidates: readonly number[][],
    { signal }: Pick<RunOptions, 'signal'> = {},
  ): Promise<CandidateEvaluation[]> {
    signal?.throwIfAborted();
    const cells = targetCells(request.scenario, request.spec);
    const perCandidate = Math.max(1, Math.ceil((2 * pool.size) / Math.max(1, candidates.length)));
    return Promise.all(
      candidates.map(async (values) => {
        const scenario = candidateScenario(request.scenario, request.spec, values);
        const runs = runsOf(scenario, false);
        const size = Math.max(CANDIDATE_PART_RUNS, Math.ceil(runs / perCandidate));
        const job = ++jobCounter;
        const calls = [];
        for (let start = 0; start < runs; start += size) {
          const count = Math.min(size, runs - start);
          calls.push(
            pool.call(
              (api) =>
                api.candidatePart(
                  {
                    scenario,
                    population: request.population,
                    spec: request.spec,
                    seed: scenario.simulation.seed,
                    start,
                    count,
                    deterministic: false,
                  },
                  job,
                ),
              { signal },
            ),
          );
        }
        return evaluationOf(values, await Promise.all(calls), cells, scenario.baseYear);
      }),
    );
  }

  return {
    kind: 'pool',
    pool,
    get engine() {
      return pool.engineKind;
    },
    run,
    evaluateCandidates,
    dispose: () => pool.dispose(),
  };
}
