/**
 * The population control, above the editor: which population drives demand (one of the
 * shipped country projections, none, or the scenario's own), its source and licence, a
 * pyramid of any projected year, and "Start from a country".
 */
import { useEffect, useId, useState } from 'react';
import { datasetInfo, editionWords } from '../data/population/catalog.ts';
import type { PopulationDatasetInfo } from '../data/population/catalog.ts';
import { useFormats } from '../charts/formats-context.ts';
import { messageNodes } from '../i18n/rich-text.tsx';
import { englishT, type Translate } from '../i18n/translate.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { datasetStore, failureText, loadingText } from './dataset-store.ts';
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

/** "Italy — UN WPP 2019, medium variant", in the language of `t`. */
export function datasetLabel(info: PopulationDatasetInfo, t: Translate = englishT): string {
  return t('population.datasetLabel', { country: info.country, edition: editionWords(info, t) });
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
  const { t } = f;
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
  const place = info ? info.country : t('population.yourProjection');
  const failed = info ? failureText(snapshot, info.id, t) : undefined;
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
    const name =
      next === NO_POPULATION ? t('population.noPopulation') : (datasetInfo(next)?.country ?? next);
    setUndo(
      before === undefined
        ? null
        : {
            what: t('population.replaced', { name }),
            action: t('population.putBack'),
            previous: before,
            own: before,
            made,
          },
    );
  };

  const help = t(
    choice.kind === 'none'
      ? 'population.help.none'
      : choice.kind === 'inline'
        ? 'population.help.inline'
        : choice.kind === 'other'
          ? 'population.help.other'
          : 'population.help.dataset',
  );

  return (
    <section className="hwf-population" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="visually-hidden">
        {t('population.heading')}
      </h3>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-select`}>
          {t('population.label')}
        </label>
        <span className="hwf-control">
          <select
            id={`${id}-select`}
            value={value}
            disabled={!editable}
            aria-describedby={`${id}-help`}
            onChange={(e) => choose(e.target.value)}
          >
            <option value={NO_POPULATION}>{t('population.none')}</option>
            {choice.kind === 'inline' && (
              <option value={OWN_PROJECTION}>{t('population.own')}</option>
            )}
            {choice.kind === 'other' && (
              <option value="other">{t('population.notReadable')}</option>
            )}
            {countriesByName().map((d) => (
              <option key={d.id} value={d.id}>
                {datasetLabel(d, t)}
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
        <p className="hwf-help">{loadingText(info.id, t)}</p>
      )}
      {failed && info && (
        <p className="hwf-error hwf-pop-failed" role="alert">
          {failed}{' '}
          <button type="button" onClick={() => store.request(info.id)}>
            {t('population.tryAgain')}
          </button>
        </p>
      )}

      {info && (
        <details className="hwf-pop-details">
          <summary>{t('population.sourceAndLicence')}</summary>
          <SourceAndLicence info={info} />
        </details>
      )}

      {shown && years.length > 0 && (
        <details className="hwf-pop-details">
          <summary>
            {t('population.byAge')}{' '}
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
              what: t('population.opened', { what }),
              action: t('population.goBack'),
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
  const { t } = useFormats();
  return (
    <div className="hwf-pop-source">
      <p>
        {messageNodes(
          t,
          'population.creditLine',
          { credit: <strong>{t('population.credit')}</strong> },
          { attribution: info.attribution },
        )}
      </p>
      <p>
        {messageNodes(t, 'population.licenceLine', {
          licence: <strong>{t('population.licence')}</strong>,
          name: <a href={info.licenceUrl}>{info.licenceName}</a>,
        })}
      </p>
      <p>
        {messageNodes(
          t,
          'population.sourceLine',
          { source: <strong>{t('population.source')}</strong> },
          { text: info.source },
        )}
      </p>
      <p className="hwf-help">{t('population.wppNote')}</p>
    </div>
  );
}
