/**
 * "Check against history" (docs/backtest.md): pick a country, a profession and its observed
 * series, and a past year; the app starts the scenario in that year from the observed total,
 * runs its assumptions forward to the last observed year, and lays what was observed over
 * the projection's bands — with the bias and mean absolute error of the median, and how
 * many observed points fell inside the 50 % and 90 % bands. The check's state lives in
 * history-store.ts, so leaving the view loses nothing.
 */
import { countryDatasetId } from '../data/population/catalog.ts';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { ObservedSeriesKey } from '../../model/observed/series.ts';
import { BREAK_THRESHOLD } from '../../model/observed/series.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { IntervalTable } from '../charts/interval-table.tsx';
import { datasetInfo, WPP2019_ATTRIBUTION } from '../data/population/catalog.ts';
import {
  densitiesOf,
  heroesCountry,
  WHO_ATTRIBUTION,
  WHO_SERIES,
  type ObservedDensities,
} from '../data/workforce/catalog.ts';
import { seriesName as nameOfSeries, seriesWords } from '../compare/series-words.ts';
import type { SimulationRunner } from '../engine/runner.ts';
import { HistoryChart } from './history-chart.tsx';
import { HistoryControls } from './history-controls.tsx';
import {
  historyCheck,
  historyKey,
  loadDensities,
  loadedDensities,
  useHistoryCheck,
  type HistoryCheck,
} from './history-store.ts';
import { HistoryTable } from './history-table.tsx';
import {
  chartLabel,
  defaultCountry,
  defaultSeries,
  fromYearOf,
  leftOutWords,
  scoreWords,
  statusWords,
  yearChoices,
} from './history-words.ts';
import './history.css';

export interface HistoryViewProps {
  /** The working scenario (parsed and valid), or null while it has problems. */
  scenario: Scenario | null;
  /** The runner of the app's simulation (the worker pool). */
  runner: Pick<SimulationRunner, 'run'>;
}

export function HistoryView({ scenario, runner }: HistoryViewProps) {
  const f = useFormats();
  const { t } = f;
  const state = useHistoryCheck();
  const last = state.check;
  const [data, setData] = useState<ObservedDensities | null>(loadedDensities);
  /** Why the observed numbers could not be loaded (the error's message). */
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadDensities().then(
      (d) => live && setData(d),
      (error: unknown) =>
        live && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  // The planner's own choices; null means "the default". A check made before (this visit
  // to another pane) gives the choices it was made with.
  const [iso2Chosen, setIso2] = useState<string | null>(() => last?.iso2 ?? null);
  const [professionChosen, setProfession] = useState<string | null>(
    () => last?.prepared.profession.id ?? null,
  );
  const [seriesChosen, setSeries] = useState<ObservedSeriesKey | null>(() => last?.series ?? null);
  const [fromChosen, setFrom] = useState<number | null>(() => last?.prepared.from ?? null);

  const professions = scenario?.professions ?? [];
  const profession = professions.find((p) => p.id === professionChosen) ?? professions[0];
  const iso2 = iso2Chosen ?? defaultCountry(scenario);
  const series = seriesChosen ?? defaultSeries(profession);
  const country = iso2 ? (heroesCountry(iso2)?.name ?? iso2) : '';
  const years = useMemo(() => {
    const info = iso2 ? datasetInfo(countryDatasetId(iso2)) : undefined;
    if (!data || !iso2 || !series || !info) return [];
    return yearChoices(densitiesOf(data, iso2, series), info.years);
  }, [data, iso2, series]);
  const from = fromYearOf(years, fromChosen);
  const key = useMemo(
    () =>
      scenario && profession && iso2 && series && from !== null
        ? historyKey({ scenario, professionId: profession.id, iso2, series, from })
        : null,
    [scenario, profession, iso2, series, from],
  );

  // A problem (said at once, as an alert), not a choice still to make.
  const alert = scenario !== null && (scenario.regions !== undefined || loadError !== null);
  const blocked = !scenario
    ? t('history.blocked.noScenario')
    : scenario.regions !== undefined
      ? t('history.blocked.regional')
      : loadError !== null
        ? t('history.blocked.loadFailed', { message: loadError })
        : !data
          ? t('history.blocked.loading')
          : !iso2
            ? t('history.blocked.country')
            : !series
              ? profession
                ? t('history.blocked.series', { profession: profession.name })
                : t('history.blocked.seriesAny')
              : years.length === 0
                ? t('history.blocked.fewYears', { country, series: seriesWords(series, t) })
                : null;

  // The keyboard follows the check: to Cancel as it starts, to the result when it is made.
  const checkRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const was = useRef(state.status);
  useEffect(() => {
    const before = was.current;
    was.current = state.status;
    if (before === state.status) return;
    const active = document.activeElement;
    const lost = active === document.body || active === null;
    if (state.status === 'running' && (lost || active === checkRef.current)) {
      cancelRef.current?.focus();
    } else if (before === 'running' && (lost || active === cancelRef.current)) {
      if (state.status === 'done') headingRef.current?.focus();
      else checkRef.current?.focus();
    }
  }, [state.status]);

  const check = () => {
    if (!scenario || !profession || !iso2 || !series || from === null || blocked) return;
    void historyCheck.start(runner, {
      scenario,
      professionId: profession.id,
      iso2,
      series,
      from,
    });
  };
  const running = state.status === 'running';
  const p = state.progress;
  const problem =
    state.problem && state.problemKey === key
      ? state.problemKind === 'failed'
        ? t('history.check.failed', { reason: state.problem })
        : state.problem
      : null;
  const stale = last !== null && last.key !== key;

  return (
    <article className="hwf-history-view" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('history.view.title')}</h3>
      <p className="hwf-history-intro">{t('history.view.intro')}</p>
      <HistoryControls
        choices={{ iso2, professionId: profession?.id ?? null, series, from }}
        professions={professions}
        years={years}
        onCountry={(v) => setIso2(v || null)}
        onProfession={(v) => {
          setProfession(v);
          setSeries(null);
        }}
        onSeries={setSeries}
        onFrom={setFrom}
        blocked={blocked}
        blockedIsAlert={blocked !== null && alert}
        running={running}
        share={p && p.total > 0 ? Math.min(1, p.done / p.total) : null}
        status={statusWords(state, country, f)}
        runs={scenario && !blocked ? scenario.simulation.runs : null}
        onCheck={check}
        onCancel={() => historyCheck.cancel()}
        checkRef={checkRef}
        cancelRef={cancelRef}
      />
      {problem && (
        <p className="hwf-history-problem" role="alert">
          {problem}
        </p>
      )}
      {last && <HistoryResult check={last} stale={stale} headingRef={headingRef} data={data} />}
    </article>
  );
}

interface HistoryResultProps {
  check: HistoryCheck;
  stale: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  data: ObservedDensities | null;
}

/** The check made: its score in words, the chart, the table by horizon, notes and sources. */
function HistoryResult({ check, stale, headingRef, data }: HistoryResultProps) {
  const f = useFormats();
  const { t } = f;
  const { prepared, result, score } = check;
  const { from, to } = prepared;
  const country = heroesCountry(check.iso2)?.name ?? check.iso2;
  const seriesName = nameOfSeries(check.series, t);
  const headcount = result.professions.find((q) => q.id === prepared.profession.id)?.headcount;
  const title = t('history.result.title', {
    series: seriesName,
    country,
    from: f.year(from),
  });
  const chartTitle = t('history.result.chartTitle', { years: f.years(from, to) });
  const start = prepared.observed.find((o) => o.excluded === 'start');
  const decimals = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 3 });
  const info = datasetInfo(countryDatasetId(check.iso2));
  const leftOut = leftOutWords(prepared.observed, prepared.breaks, f);
  const otherNotes = prepared.notes.filter((n, i) => !(i === 0 && n.startsWith('Starts in')));
  const label = chartLabel({ series: seriesName, country, from, to }, score, f);
  return (
    <section
      className={stale ? 'hwf-history-result hwf-results-stale' : 'hwf-history-result'}
      aria-labelledby="history-result-heading"
      data-stale={stale || undefined}
      data-chart-subject={t('history.result.subject', { series: seriesName, country })}
    >
      <h4 id="history-result-heading" tabIndex={-1} ref={headingRef}>
        {title}
      </h4>
      {stale && <p className="hwf-stale-banner">{t('history.result.stale')}</p>}
      <p className="hwf-history-score">{scoreWords(score, { from, to }, f)}</p>
      {leftOut && <p className="hwf-history-left-out-words">{leftOut}</p>}
      <p className="hwf-help">{t('history.result.guide')}</p>
      <div className="hwf-results-body">
        {headcount && (
          <ChartFrame
            title={chartTitle}
            level={4}
            fileName={`check against history ${country} ${seriesName} ${from}`}
            chart={
              <HistoryChart
                years={result.years}
                headcount={headcount}
                points={score.points}
                breaks={prepared.breaks}
                label={label}
              />
            }
            table={
              <IntervalTable
                caption={t('history.result.tableCaption', { title: chartTitle })}
                years={result.years}
                targetYear={NaN}
                unit={t('history.result.people')}
                series={[{ label: t('history.result.projection'), summary: headcount }]}
                extra={[
                  {
                    label: t('history.result.observedPeople'),
                    values: result.years.map((y) => {
                      const o = prepared.observed.find((q) => q.year === y);
                      return o ? f.count(o.headcount) : '—';
                    }),
                  },
                ]}
              />
            }
          />
        )}
        <HistoryTable
          caption={t('history.result.yearByYear', {
            series: seriesName,
            country,
            from: f.year(from),
          })}
          points={score.points}
        />
      </div>
      <section className="hwf-history-notes" aria-labelledby="history-notes-heading">
        <h4 id="history-notes-heading">{t('history.notes.title')}</h4>
        <ul>
          {start && (
            <li>
              {t('history.notes.start', {
                from: f.year(from),
                density: decimals.format(start.per10000),
                per: f.integer(10_000),
                population: f.integer(start.population),
                headcount: f.integer(prepared.startHeadcount),
                profession: prepared.profession.name,
              })}
            </li>
          )}
          {otherNotes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          <li>
            {t('history.notes.breaks', {
              share: f.percent(BREAK_THRESHOLD),
              has: prepared.breaks.length > 0 ? 'yes' : 'no',
              years: prepared.breaks.map(f.year).join(', '),
            })}
          </li>
          <li>{t('history.notes.definitions')}</li>
        </ul>
        <p className="hwf-history-sources">
          {t('history.notes.sources', {
            series: WHO_SERIES[check.series].name,
            attribution: data?.attribution ?? WHO_ATTRIBUTION,
            population: info?.attribution ?? WPP2019_ATTRIBUTION,
            country,
            licence: info?.licenceName ?? 'CC BY 3.0 IGO',
          })}
        </p>
      </section>
    </section>
  );
}
