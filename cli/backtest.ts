/**
 * `hwf backtest`: the check against history of docs/backtest.md. The scenario's profession
 * starts from the observed total of a past year (WHO density × UN population), runs with
 * the scenario's parameters to the last observed year, and is scored against what was
 * observed; the document goes to standard output (or --out), a table to standard error.
 */
import { countryDatasetId } from '../app/data/population/catalog.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  densitiesOf,
  heroesCountry,
  readDensities,
  WHO_ATTRIBUTION,
  WHO_SERIES,
} from '../app/data/workforce/catalog.ts';
import type { ObservedDensities } from '../app/data/workforce/catalog.ts';
import { runBacktest, type BacktestOutcome } from '../model/backtest/run.ts';
import { seriesForProfession, type ObservedSeriesKey } from '../model/observed/series.ts';
import { wasmEngine } from '../workers/wasm-host.ts';
import type { BacktestCommand } from './args.ts';
import {
  asUserError,
  checkOutput,
  chooseCore,
  writeDocument,
  loadScenario,
  UserError,
  withOverrides,
} from './common.ts';
import { shippedDatasets } from './datasets.ts';
import { createProgress } from './progress.ts';
import type { CliIo } from './run.ts';

export const BACKTEST_SCHEMA = 'hwf-backtest/1';

const DENSITIES = fileURLToPath(
  new URL('../app/data/workforce/who-densities.json', import.meta.url),
);

let shipped: ObservedDensities | undefined;
/** The shipped WHO densities, read once. */
export function shippedDensities(): ObservedDensities {
  shipped ??= readDensities(JSON.parse(readFileSync(DENSITIES, 'utf8')) as unknown);
  return shipped;
}

export function runBacktestCommand(command: BacktestCommand, io: CliIo): number {
  checkOutput(command);
  const country = heroesCountry(command.country);
  if (!country) {
    throw new UserError(
      `--country ${command.country}: not one of the shipped countries ` +
        `(be cz de ee es gr hr hu it lt mt nl no pl pt ro se si sk)`,
    );
  }
  const loaded = loadScenario(command.file, io);
  if (loaded === null) return 2;
  const scenario = withOverrides(loaded, command, io);
  if (scenario === null) return 2;
  const profession = scenario.professions.find((p) => p.id === command.profession);
  if (!profession) {
    const ids = scenario.professions.map((p) => p.id).join(', ');
    throw new UserError(`--profession ${command.profession}: ${command.file} has ${ids}`);
  }
  const series: ObservedSeriesKey | undefined = command.series ?? seriesForProfession(profession);
  if (!series) {
    throw new UserError(
      `cannot tell whether "${profession.name}" is counted as doctors or as nurses: ` +
        'add --series doctors or --series nurses',
    );
  }
  const datasetId = countryDatasetId(country.iso2);
  const population = shippedDatasets()[datasetId];
  const core = chooseCore(command);
  const progress = createProgress({
    total: scenario.simulation.runs,
    write: io.stderr,
    isTTY: io.stderrIsTTY === true,
    now: io.now,
  });
  let outcome: BacktestOutcome;
  try {
    const r = runBacktest(
      {
        scenario,
        professionId: profession.id,
        from: command.from,
        datasetId,
        population,
        observed: densitiesOf(shippedDensities(), country.iso2, series),
      },
      {
        engine: core && wasmEngine(core),
        onProgress: (done, all) => progress.update(done, all),
      },
    );
    if (!r.ok) throw new UserError(`${country.name}, ${WHO_SERIES[series].short}: ${r.message}`);
    outcome = r.value;
  } catch (error) {
    throw asUserError(command.file, error);
  } finally {
    progress.finish();
  }
  const doc = backtestDocument(outcome, country.iso2, series);
  const text = JSON.stringify(doc, null, 2) + '\n';
  const table = backtestTable(outcome, country.name, series);
  writeDocument(command.out, text, table, io);
  return 0;
}

const round = (x: number, digits = 0) => Number(x.toFixed(digits));

/** The hwf-backtest/1 document. */
export function backtestDocument(o: BacktestOutcome, iso2: string, series: ObservedSeriesKey) {
  const { prepared, score, result } = o;
  return {
    schema: BACKTEST_SCHEMA,
    scenario: result.scenario,
    country: iso2,
    series,
    indicator: WHO_SERIES[series].indicator,
    profession: prepared.profession,
    from: prepared.from,
    to: prepared.to,
    runs: result.runs,
    seed: result.seed,
    startHeadcount: prepared.startHeadcount,
    breaks: prepared.breaks,
    notes: prepared.notes,
    score: {
      scored: score.scored,
      bias: score.bias,
      mape: score.mape,
      inside50: score.inside50,
      inside90: score.inside90,
      byHorizon: score.byHorizon,
    },
    points: score.points.map((p) => ({
      year: p.year,
      horizon: p.horizon,
      observed: round(p.headcount),
      median: p.median,
      p5: p.p5,
      p25: p.p25,
      p75: p.p75,
      p95: p.p95,
      error: p.error,
      in50: p.in50,
      in90: p.in90,
      excluded: p.excluded,
    })),
    source: `${WHO_ATTRIBUTION}; population: United Nations, DESA, Population Division, World Population Prospects 2019`,
  };
}

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');

/** The check as a plain-text table with a closing line. */
export function backtestTable(
  o: BacktestOutcome,
  country: string,
  series: ObservedSeriesKey,
): string {
  const { prepared, score } = o;
  const head = `Check against history: ${prepared.profession.name}, ${country}, ${WHO_SERIES[series].short} (WHO), from ${prepared.from} to ${prepared.to}, ${o.result.runs} runs`;
  const rows = [
    ['year', 'h', 'observed', 'median', '90 % band', 'error', 'in 50 %', 'in 90 %', ''],
    ...score.points.map((p) => [
      String(p.year),
      String(p.horizon),
      String(Math.round(p.headcount)),
      String(Math.round(p.median)),
      `${Math.round(p.p5)}–${Math.round(p.p95)}`,
      p.excluded === 'start' ? '' : pct(p.error),
      p.excluded === 'start' ? '' : p.in50 ? 'yes' : 'no',
      p.excluded === 'start' ? '' : p.in90 ? 'yes' : 'no',
      p.excluded === 'start'
        ? 'start (observed total)'
        : p.excluded === 'break'
          ? 'left out: possible break in series'
          : '',
    ]),
  ];
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  const lines = rows.map((r) =>
    r
      .map((c, j) => (j === 0 || j === 8 ? c.padEnd(widths[j]) : c.padStart(widths[j])))
      .join('  ')
      .trimEnd(),
  );
  const summary =
    score.scored === 0
      ? 'No observed point could be scored.'
      : `Bias ${pct(score.bias)} (above 0: the projection was too high), mean absolute error ${pct(score.mape)}; ` +
        `${score.inside50} of ${score.scored} observed points inside the 50 % band and ${score.inside90} of ${score.scored} inside the 90 % band.`;
  return [head, ...lines, summary, ...prepared.notes].join('\n') + '\n';
}
