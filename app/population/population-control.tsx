/**
 * The population control, above the editor: which population drives demand (one of the
 * shipped country projections, none, or the scenario's own), its source and licence, a
 * pyramid of any projected year, and "Start from a country".
 */
import { useEffect, useId, useState } from 'react';
import { datasetInfo } from '../data/population/catalog.ts';
import type { PopulationDatasetInfo } from '../data/population/catalog.ts';
import { useFormats } from '../charts/formats-context.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { datasetStore, loadingText } from './dataset-store.ts';
import type { DatasetStore } from './dataset-store.ts';
import {
  NO_POPULATION,
  OWN_PROJECTION,
  choiceValue,
  inlinePopulation,
  isRecord,
  populationChoice,
  pyramidYears,
  withDataset,
} from './population-draft.ts';
import { PopulationPyramid } from './population-pyramid.tsx';
import { StartFromCountry, countriesByName } from './start-from-country.tsx';
import { useDatasetSnapshot } from './use-datasets.ts';
import './population.css';

export interface PopulationControlProps {
  draft: unknown;
  onChange: (next: unknown) => void;
  /** Opens a whole new draft with the app's undo ("Start from a country"). Without it the
   *  new draft goes to `onChange` and this control offers the way back itself. */
  replaceDraft?: (next: unknown, what: string) => void;
  /** Where the data sets come from (the page's store unless a test gives another). */
  store?: DatasetStore;
}

/** "Italy — UN WPP 2019, medium variant" */
export function datasetLabel(info: PopulationDatasetInfo): string {
  return `${info.country} — UN ${info.edition}`;
}

/** A change this control made, which it can take back while the draft is still the one it
 *  made (any other edit ends the offer, as the app's own undo does). */
interface Undo {
  /** "You replaced your own projection with Italy." */
  what: string;
  /** The button: "Put it back". */
  action: string;
  previous: unknown;
  made: unknown;
  /** The draft with the planner's own projection, when that is what the undo restores. */
  own?: unknown;
}

export function PopulationControl({
  draft,
  onChange,
  replaceDraft,
  store = datasetStore,
}: PopulationControlProps) {
  const id = useId();
  const f = useFormats();
  const snapshot = useDatasetSnapshot(store);
  const [undo, setUndo] = useState<Undo | null>(null);
  const choice = populationChoice(draft);
  const value = choiceValue(choice);
  const info = choice.kind === 'dataset' ? datasetInfo(choice.id) : undefined;
  const editable = isRecord(draft);

  // The pyramid's data: the shipped data set once loaded, or the draft's own arrays.
  const loaded: PopulationInline | undefined =
    info && Object.prototype.hasOwnProperty.call(snapshot.datasets, info.id)
      ? snapshot.datasets[info.id]
      : undefined;
  const own = choice.kind === 'inline' ? inlinePopulation(draft) : undefined;
  const shown = loaded ?? own;
  const years = shown ? pyramidYears(draft, shown.years) : [];
  const place = info ? info.country : 'your projection';
  const failed = info ? snapshot.failed[info.id] : undefined;
  const pending = info !== undefined && loaded === undefined && failed === undefined;

  // Load the chosen data set for the pyramid (useDatasets does too; the store loads once).
  useEffect(() => {
    if (info) store.request(info.id);
  }, [info, store]);

  const choose = (next: string) => {
    if (next === value || next === OWN_PROJECTION || next === 'other') return;
    const made = withDataset(draft, next);
    onChange(made);
    // Own numbers are the one thing a click here could lose: keep a way back to them, also
    // across further changes of the population (but no other edit).
    const before =
      choice.kind === 'inline' ? draft : undo && undo.made === draft ? undo.own : undefined;
    const name = next === NO_POPULATION ? 'no population' : (datasetInfo(next)?.country ?? next);
    setUndo(
      before === undefined
        ? null
        : {
            what: `You replaced your own projection with ${name}.`,
            action: 'Put your projection back',
            previous: before,
            own: before,
            made,
          },
    );
  };

  const help =
    choice.kind === 'none'
      ? 'Without a population, demand follows today’s FTE need, the unmet need and the trends. The target ratio method needs a population.'
      : choice.kind === 'inline'
        ? 'Your own projection, written in the scenario. Choosing a country replaces it.'
        : choice.kind === 'other'
          ? 'The population in this scenario cannot be read; see Problems.'
          : 'Demand follows this population by age and sex (utilisation) or its size (target ratio).';

  return (
    <section className="hwf-population" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="visually-hidden">
        Population data
      </h3>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-select`}>
          Population
        </label>
        <span className="hwf-control">
          <select
            id={`${id}-select`}
            value={value}
            disabled={!editable}
            aria-describedby={`${id}-help`}
            onChange={(e) => choose(e.target.value)}
          >
            <option value={NO_POPULATION}>No population (demand follows today’s FTE only)</option>
            {choice.kind === 'inline' && (
              <option value={OWN_PROJECTION}>Own projection (in the scenario)</option>
            )}
            {choice.kind === 'other' && <option value="other">Not readable (see Problems)</option>}
            {countriesByName().map((d) => (
              <option key={d.id} value={d.id}>
                {datasetLabel(d)}
              </option>
            ))}
          </select>
        </span>
        <span className="hwf-help" id={`${id}-help`}>
          {help}
        </span>
      </div>

      {undo && undo.made === draft && (
        <p className="hwf-pop-notice" role="status">
          {undo.what}{' '}
          <button
            type="button"
            onClick={() => {
              onChange(undo.previous);
              setUndo(null);
            }}
          >
            {undo.action}
          </button>
        </p>
      )}

      {pending && info && (
        // Not a live region: the app announces the loading once, at the top.
        <p className="hwf-help">{loadingText(info.id)}</p>
      )}
      {failed && info && (
        <p className="hwf-error hwf-pop-failed" role="alert">
          {failed}{' '}
          <button type="button" onClick={() => store.request(info.id)}>
            Try again
          </button>
        </p>
      )}

      {info && (
        <details className="hwf-pop-details">
          <summary>Source and licence</summary>
          <SourceAndLicence info={info} />
        </details>
      )}

      {shown && years.length > 0 && (
        <details className="hwf-pop-details">
          <summary>
            Population by age{' '}
            <span className="hwf-section-summary">
              {f.years(years[0], years[years.length - 1])}
            </span>
          </summary>
          <PopulationPyramid place={place} population={shown} years={years} />
        </details>
      )}

      <StartFromCountry
        initial={info?.id}
        store={store}
        open={(next, what) => {
          setUndo(null);
          if (replaceDraft) {
            replaceDraft(next, what);
          } else {
            onChange(next);
            setUndo({
              what: `You opened ${what}; your previous scenario is kept until you change something.`,
              action: 'Go back to it',
              previous: draft,
              made: next,
            });
          }
        }}
      />
    </section>
  );
}

/** The credit line, the source and the licence, as text with plain links. */
function SourceAndLicence({ info }: { info: PopulationDatasetInfo }) {
  return (
    <div className="hwf-pop-source">
      <p>
        <strong>Credit:</strong> {info.attribution}.
      </p>
      <p>
        <strong>Licence:</strong> <a href={info.licenceUrl}>{info.licenceName}</a> (Creative Commons
        Attribution 3.0 IGO). Credit the line above wherever results built on these numbers are
        shown or published.
      </p>
      <p>
        <strong>Source:</strong> {info.source}
      </p>
      <p className="hwf-help">
        WPP 2019 was made before COVID-19 and the latest migration figures; where immigration has
        grown (Malta most of all) it runs low. Check it against your national figures where the
        population’s level matters.
      </p>
    </div>
  );
}
