/**
 * What the check is asked: the country, the scenario's profession, the observed series it
 * is compared with and the past year to start from, each labelled; "Check", and "Cancel"
 * with the progress while a check runs.
 */
import { CountrySelect } from '../compare/country-select.tsx';
import { useId, type Ref } from 'react';
import type { ObservedSeriesKey } from '../../model/observed/series.ts';
import { OBSERVED_SERIES } from '../../model/observed/series.ts';
import { seriesName } from '../compare/series-words.ts';
import { mismatchWords } from './history-words.ts';
import { useFormats } from '../charts/formats-context.ts';

export interface HistoryChoices {
  iso2: string | null;
  professionId: string | null;
  series: ObservedSeriesKey | null;
  from: number | null;
}

export interface HistoryControlsProps {
  choices: HistoryChoices;
  professions: readonly { id: string; name: string }[];
  /** The start years that can be chosen. */
  years: readonly number[];
  onCountry: (iso2: string) => void;
  onProfession: (id: string) => void;
  onSeries: (series: ObservedSeriesKey) => void;
  onFrom: (year: number) => void;
  /** Why the check cannot run yet, in words (null: it can). */
  blocked: string | null;
  /** The reason is a problem (said at once), not a choice still to make. */
  blockedIsAlert?: boolean;
  running: boolean;
  /** 0..1 while running, null while the data load. */
  share: number | null;
  status: string;
  runs: number | null;
  onCheck: () => void;
  onCancel: () => void;
  checkRef?: Ref<HTMLButtonElement>;
  cancelRef?: Ref<HTMLButtonElement>;
}

export function HistoryControls(props: HistoryControlsProps) {
  const { choices, professions, years, blocked, running, share } = props;
  const f = useFormats();
  const { t } = f;
  const id = useId();
  const blockedId = `${id}-blocked`;
  const mismatch = mismatchWords(
    professions.find((p) => p.id === choices.professionId),
    choices.series,
    t,
  );
  return (
    <div className="hwf-history-controls">
      <div className="hwf-history-fields">
        <div className="hwf-history-field">
          <label htmlFor={`${id}-country`}>{t('history.controls.country')}</label>
          <CountrySelect
            id={`${id}-country`}
            value={choices.iso2}
            disabled={running}
            onChange={props.onCountry}
          />
        </div>
        <div className="hwf-history-field">
          <label htmlFor={`${id}-profession`}>{t('history.controls.profession')}</label>
          <select
            id={`${id}-profession`}
            value={choices.professionId ?? ''}
            disabled={running || professions.length === 0}
            onChange={(e) => props.onProfession(e.target.value)}
          >
            {professions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="hwf-history-series" disabled={running}>
          <legend>{t('history.controls.series')}</legend>
          {OBSERVED_SERIES.map((key) => (
            <label key={key} className="hwf-history-radio">
              <input
                type="radio"
                name={`${id}-series`}
                value={key}
                checked={choices.series === key}
                onChange={() => props.onSeries(key)}
              />
              {seriesName(key, t)}
            </label>
          ))}
        </fieldset>
        <div className="hwf-history-field">
          <label htmlFor={`${id}-from`}>{t('history.controls.from')}</label>
          <select
            id={`${id}-from`}
            value={choices.from ?? ''}
            disabled={running || years.length === 0}
            onChange={(e) => props.onFrom(Number(e.target.value))}
          >
            {choices.from === null && <option value="">{t('history.controls.none')}</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {f.year(y)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {mismatch && (
        <p className="hwf-history-blocked" role="status">
          {mismatch}
        </p>
      )}
      {blocked && (
        <p
          className={props.blockedIsAlert ? 'hwf-history-problem' : 'hwf-history-blocked'}
          id={blockedId}
          role={props.blockedIsAlert ? 'alert' : 'status'}
        >
          {blocked}
        </p>
      )}
      <div className="hwf-history-buttons">
        <button
          type="button"
          className="hwf-history-check"
          ref={props.checkRef}
          disabled={blocked !== null || running}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={props.onCheck}
        >
          {t('history.controls.check')}
        </button>
        {running && (
          <button type="button" ref={props.cancelRef} onClick={props.onCancel}>
            {t('history.controls.cancel')}
          </button>
        )}
        {props.runs !== null && !running && (
          <span className="hwf-help">
            {t('history.controls.runs', { runs: f.integer(props.runs) })}
          </span>
        )}
      </div>
      {running && (
        <div className="hwf-history-track" aria-hidden="true">
          <div
            className="hwf-history-fill"
            style={{ width: `${Math.round((share ?? 0) * 100)}%` }}
          />
        </div>
      )}
      <p className="hwf-history-status" role="status" aria-live="polite">
        {props.status}
      </p>
    </div>
  );
}
