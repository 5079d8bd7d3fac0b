/**
 * The Compare countries view: doctors or nurses and midwives per 1 000 inhabitants in the
 * 19 HEROES countries over time (WHO), the chosen country highlighted among grey lines, the
 * latest year ranked, possible breaks in series marked, each chart with its table; and the
 * working scenario's projected density beside its country's observed series, so a planner
 * sees where the plan would put the country among its peers. The WHO numbers load on
 * demand, the first time the view opens.
 */
import { CountrySelect } from './country-select.tsx';
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { decimal } from '../charts/nullable.ts';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import { WPP2019_ATTRIBUTION } from '../data/population/catalog.ts';
import {
  heroesCountry,
  loadObservedDensities,
  WHO_ATTRIBUTION,
  WHO_TERMS,
} from '../data/workforce/catalog.ts';
import { useT } from '../i18n/language-root.tsx';
import type { ObservedDensities } from '../data/workforce/catalog.ts';
import { datasetStore } from '../population/dataset-store.ts';
import type { ObservedSeriesKey } from '../../model/observed/series.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import {
  clusterOf,
  countryLines,
  datasetCountry,
  datasetIdOf,
  defaultCountry,
  defaultProfession,
  dotRows,
  latestRanking,
  projectedDensity,
  projectedRank,
  projectionYear,
  shownCountries,
} from './compare-data.ts';
import type { AnyPopulation, CountryScope } from './compare-data.ts';
import { CompareDots, dotsTitle } from './compare-dots.tsx';
import { CompareLines, perThousand } from './compare-lines.tsx';
import { ObservedTable, ProjectionTable, RankingTable } from './compare-tables.tsx';
import { messageNodes } from '../i18n/rich-text.tsx';
import { seriesName as nameOfSeries, seriesWords as wordsOfSeries } from './series-words.ts';
import './compare.css';

export interface CompareViewProps {
  /** The working scenario (parsed and valid), or null. */
  scenario: Scenario | null;
  /** The result on screen and the scenario it was run for (may lag the working one). */
  result: HwfResult | null;
  resultScenario: Scenario | null;
  /** The population the result was run with (the resolved data set or inline). */
  population?: PopulationInline;
}

const SERIES: readonly ObservedSeriesKey[] = ['doctors', 'nurses'];

/** The link in the WHO terms. */
export const WHO_TERMS_URL = /https:\/\/\S+/.exec(WHO_TERMS)?.[0] ?? 'https://www.who.int';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; data: ObservedDensities }
  | { status: 'failed'; message: string };

/** The population of the data set the result's scenario names: the one the app resolved
 *  for the working scenario when it is the same, else the page's store (loaded if need be). */
function useResultPopulation(props: CompareViewProps): AnyPopulation | undefined {
  const id = datasetIdOf(props.resultScenario?.population);
  const snapshot = useSyncExternalStore(
    datasetStore.subscribe,
    datasetStore.getSnapshot,
    datasetStore.getSnapshot,
  );
  const same = id !== undefined && id === datasetIdOf(props.scenario?.population);
  const stored = id === undefined ? undefined : snapshot.datasets[id];
  const missing = id !== undefined && !stored && !(same && props.population);
  const waiting = id !== undefined && (snapshot.pending.has(id) || id in snapshot.failed);
  useEffect(() => {
    if (missing && !waiting && id) datasetStore.request(id);
  }, [missing, waiting, id]);
  if (id === undefined) return undefined;
  return (same ? props.population : undefined) ?? stored;
}

/** The view: loads the WHO densities, then shows them. */
export function CompareView(props: CompareViewProps) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const population = useResultPopulation(props);
  useEffect(() => {
    let live = true;
    loadObservedDensities().then(
      (data) => live && setLoaded({ status: 'ready', data }),
      (error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        if (live) setLoaded({ status: 'failed', message: why });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  if (loaded.status === 'ready') {
    return <CompareContent {...props} data={loaded.data} population={population} />;
  }
  return (
    <article className="hwf-compare-view" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('compare.view.title')}</h3>
      {loaded.status === 'loading' ? (
        <p role="status">{t('compare.view.loading')}</p>
      ) : (
        <div role="alert" className="hwf-compare-problem">
          <p>{t('compare.view.failed', { message: loaded.message })}</p>
          <button
            type="button"
            onClick={() => {
              setLoaded({ status: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('compare.view.tryAgain')}
          </button>
        </div>
      )}
    </article>
  );
}

/** Props of {@link CompareContent}: the view's, with the data loaded. */
export interface CompareContentProps extends Omit<CompareViewProps, 'population'> {
  data: ObservedDensities;
  /** The population of the result's data set, when it names one. */
  population?: AnyPopulation;
}

/** The view once the WHO densities are loaded. */
export function CompareContent(props: CompareContentProps) {
  const { data, scenario, result, resultScenario, population } = props;
  const f = useFormats();
  const { t } = f;
  const show = decimal(f);
  const id = useId();
  const [series, setSeries] = useState<ObservedSeriesKey>('doctors');
  const [picked, setPicked] = useState<string | null>(null);
  const [scope, setScope] = useState<CountryScope>('all');
  const [mapping, setMapping] = useState<Partial<Record<ObservedSeriesKey, string | null>>>({});
  const [pickedYear, setPickedYear] = useState<number | null>(null);

  const country = heroesCountry(picked ?? defaultCountry(scenario?.population))!;
  const seriesName = nameOfSeries(series, t);
  const seriesWords = wordsOfSeries(series, t);
  const cluster = clusterOf(country.iso2);
  const countries = useMemo(() => shownCountries(country.iso2, scope), [country.iso2, scope]);
  const lines = useMemo(() => countryLines(data, series, countries), [data, series, countries]);
  const ranking = useMemo(() => latestRanking(data, series, countries), [data, series, countries]);

  // The projection: the result's scenario's country, the profession shown as this series.
  const professions = result?.professions ?? [];
  const own = mapping[series];
  const professionId =
    own === null || (own !== undefined && professions.some((p) => p.id === own))
      ? own
      : defaultProfession(professions, series);
  const profession = professions.find((p) => p.id === professionId);
  const projectionCountry = datasetCountry(resultScenario?.population);
  const projection = useMemo(
    () =>
      result && profession && population
        ? projectedDensity(profession, result.years, population)
        : [],
    [result, profession, population],
  );
  const shown = projectionCountry?.iso2 === country.iso2 && projection.length > 0;
  const year =
    pickedYear !== null && projection.some((p) => p.year === pickedYear)
      ? pickedYear
      : projectionYear(projection);
  const point = shown ? projection.find((p) => p.year === year) : undefined;
  const rows = dotRows(
    ranking.rows,
    point ? { iso2: country.iso2, name: country.name, point } : undefined,
  );
  const place = point ? projectedRank(ranking.rows, country.iso2, point.median) : null;

  const projectionNote = (() => {
    if (!result || !resultScenario) return t('compare.note.waiting');
    if (!projectionCountry) return t('compare.note.ownPopulation');
    if (projectionCountry.iso2 !== country.iso2) return null;
    if (!profession) return t('compare.note.noProfession', { series: seriesWords });
    if (!population) {
      return t('compare.note.loadingPopulation', { country: projectionCountry.name });
    }
    if (projection.length === 0) {
      return t('compare.note.notCovered', { country: projectionCountry.name });
    }
    return t('compare.note.projection', {
      profession: profession.name,
      share: f.percent(0.8),
      country: country.name,
      series,
    });
  })();

  return (
    <article className="hwf-compare-view" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('compare.view.title')}</h3>
      <p className="hwf-compare-intro">{t('compare.view.intro')}</p>
      <div className="hwf-compare-controls">
        <div className="hwf-compare-control">
          <span className="hwf-compare-label" aria-hidden="true">
            {t('compare.controls.workforce')}
          </span>
          <ToggleGroup
            label={t('compare.controls.workforceLabel')}
            options={SERIES.map((key) => ({ value: key, label: nameOfSeries(key, t) }))}
            value={series}
            onChange={setSeries}
          />
        </div>
        <div className="hwf-compare-control">
          <label htmlFor={`${id}-country`}>{t('compare.controls.country')}</label>
          <CountrySelect id={`${id}-country`} value={country.iso2} onChange={setPicked} />
        </div>
        <fieldset className="hwf-compare-control hwf-compare-scope">
          <legend>{t('compare.controls.scope')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            {t('compare.controls.all')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'cluster'}
              onChange={() => setScope('cluster')}
            />
            {t('compare.controls.cluster', {
              country: country.name,
              countries: cluster.map((c) => c.name).join(', '),
            })}
          </label>
        </fieldset>
        {professions.length > 0 && (
          <div className="hwf-compare-control">
            <label htmlFor={`${id}-profession`}>
              {t('compare.controls.profession', { series: seriesWords })}
            </label>
            <select
              id={`${id}-profession`}
              value={professionId ?? ''}
              onChange={(e) => setMapping({ ...mapping, [series]: e.target.value || null })}
            >
              <option value="">{t('compare.controls.notShown')}</option>
              {professions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {shown && (
          <div className="hwf-compare-control">
            <label htmlFor={`${id}-year`}>{t('compare.controls.year')}</label>
            <select
              id={`${id}-year`}
              value={year}
              onChange={(e) => setPickedYear(Number(e.target.value))}
            >
              {projection.map((p) => (
                <option key={p.year} value={p.year}>
                  {f.year(p.year)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {projectionNote && <p className="hwf-note hwf-compare-note">{projectionNote}</p>}
      {projectionCountry && projectionCountry.iso2 !== country.iso2 && result && (
        <p className="hwf-note hwf-compare-note">
          {t('compare.note.projectionOf', { country: projectionCountry.name })}{' '}
          <button type="button" onClick={() => setPicked(projectionCountry.iso2)}>
            {t('compare.note.show', { country: projectionCountry.name })}
          </button>
        </p>
      )}
      {point && place && (
        <p className="hwf-compare-rank">
          {t('compare.ranking.projected', {
            year: f.year(point.year),
            country: country.name,
            value: show(point.median),
            series: seriesWords,
            band: show(point.low) === show(point.high) ? 'no' : 'yes',
            share: f.percent(0.8),
            low: show(point.low),
            high: show(point.high),
            rank: String(place.rank),
            of: String(place.of),
          })}
        </p>
      )}
      <div className="hwf-compare-charts" data-chart-subject={seriesName}>
        <ChartFrame
          title={t('compare.lines.title', { what: perThousand(seriesName, t) })}
          level={4}
          fileName={`${seriesWords} per 1000 by country`}
          chart={
            <CompareLines
              series={seriesName}
              lines={lines}
              highlight={country.iso2}
              projection={shown ? projection : null}
            />
          }
          table={
            <>
              <ObservedTable series={seriesName} lines={lines} highlight={country.iso2} />
              {shown && profession && (
                <ProjectionTable
                  series={seriesWords}
                  country={country.name}
                  profession={profession.name}
                  points={projection}
                />
              )}
            </>
          }
        />
        <ChartFrame
          title={dotsTitle(seriesName, ranking.commonYear, f)}
          level={4}
          fileName={`${seriesWords} per 1000 ranked`}
          chart={
            <CompareDots
              series={seriesName}
              rows={rows}
              commonYear={ranking.commonYear}
              highlight={country.iso2}
            />
          }
          table={
            <RankingTable
              series={seriesName}
              rows={rows}
              commonYear={ranking.commonYear}
              highlight={country.iso2}
            />
          }
        />
        {ranking.missing.length > 0 && (
          <p className="hwf-note">
            {t('compare.ranking.missing', {
              countries: ranking.missing.map((c) => c.name).join(', '),
            })}
          </p>
        )}
      </div>
      <footer className="hwf-compare-source">
        <p>
          {messageNodes(
            t,
            shown ? 'compare.source.withPopulation' : 'compare.source.observed',
            {
              terms: (
                <a href={WHO_TERMS_URL} target="_blank" rel="noreferrer">
                  {t('compare.source.terms')}
                </a>
              ),
            },
            { source: WHO_ATTRIBUTION, population: WPP2019_ATTRIBUTION },
          )}
        </p>
      </footer>
    </article>
  );
}
