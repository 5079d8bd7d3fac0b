/**
 * "Start from a country": a new scenario with one of the shipped population projections and
 * an example workforce (country-template.ts). The form stands in the population control and
 * in the header's "Examples and new" menu; the countries are listed in alphabetical order of
 * their names in the interface's language.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { POPULATION_DATASETS, datasetInfo } from '../data/population/catalog.ts';
import type { PopulationDatasetInfo } from '../data/population/catalog.ts';
import { countryScenarioTemplate } from '../scenario/country-template.ts';
import type { ObservedWorkforce } from '../scenario/country-template.ts';
import { densitiesOf, loadObservedDensities } from '../data/workforce/catalog.ts';
import { datasetStore, failureText, loadingText } from './dataset-store.ts';
import type { DatasetStore } from './dataset-store.ts';

/** The WHO densities of a country; none (the example numbers) when they cannot be loaded. */
async function observedOf(iso2: string): Promise<ObservedWorkforce> {
  try {
    const data = await loadObservedDensities();
    return {
      doctors: densitiesOf(data, iso2, 'doctors'),
      nurses: densitiesOf(data, iso2, 'nurses'),
    };
  } catch {
    return {};
  }
}

/** The interface's language (the page's `lang`), for sorting names. */
function interfaceLanguage(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
}

/** The shipped data sets in alphabetical order of their country names in `language`. */
export function countriesByName(
  language: string = interfaceLanguage(),
): readonly PopulationDatasetInfo[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...POPULATION_DATASETS].sort((a, b) => collator.compare(a.country, b.country));
}

export interface StartFromCountryProps {
  /** The country picked at first (else the first in alphabetical order). */
  initial?: string;
  store?: DatasetStore;
  open: (next: unknown, what: string) => void;
}

/** The help, the country list and the start button. */
export function StartFromCountryForm({
  initial,
  store = datasetStore,
  open,
}: StartFromCountryProps) {
  const id = useId();
  const { t } = useFormats();
  const countries = countriesByName();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const country = picked ?? initial ?? countries[0].id;
  const info = datasetInfo(country) ?? countries[0];

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const [population, observed] = await Promise.all([
        store.load(info.id),
        observedOf(info.iso2),
      ]);
      const next = countryScenarioTemplate(info.id, population, undefined, observed, t);
      if (mounted.current) open(next, t('population.start.opened', { country: info.country }));
    } catch (error) {
      // A load that failed is said in the reader's language; anything else as it was thrown.
      const failed = failureText(store.getSnapshot(), info.id, t);
      const words = error instanceof Error ? error.message : String(error);
      if (mounted.current) setProblem(failed ?? words);
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  return (
    <>
      <p className="hwf-help">{t('population.start.help')}</p>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-country`}>
          {t('population.start.country')}
        </label>
        <span className="hwf-control">
          <select id={`${id}-country`} value={info.id} onChange={(e) => setPicked(e.target.value)}>
            {countries.map((d) => (
              <option key={d.id} value={d.id}>
                {d.country}
              </option>
            ))}
          </select>
        </span>
      </div>
      <button type="button" disabled={busy} onClick={() => void start()}>
        {busy ? loadingText(info.id, t) : t('population.start.button', { country: info.country })}
      </button>
      {problem && (
        <p className="hwf-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** The form as a disclosure of the population control. */
export function StartFromCountry(props: StartFromCountryProps) {
  const { t } = useFormats();
  return (
    <details className="hwf-pop-details">
      <summary>{t('population.start.title')}</summary>
      <StartFromCountryForm {...props} />
    </details>
  );
}
