/**
 * "Start from a country": a new scenario with one of the shipped population projections and
 * an example workforce (country-template.ts). The form stands in the population control and
 * in the header's "Examples and new" menu; the countries are listed in alphabetical order of
 * their names in the interface's language.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { POPULATION_DATASETS, datasetInfo } from '../data/population/catalog.ts';
import type { PopulationDatasetInfo } from '../data/population/catalog.ts';
import { countryScenarioTemplate } from '../scenario/country-template.ts';
import type { ObservedWorkforce } from '../scenario/country-template.ts';
import { densitiesOf, loadObservedDensities } from '../data/workforce/catalog.ts';
import { datasetStore, loadingText } from './dataset-store.ts';
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
      const next = countryScenarioTemplate(info.id, population, undefined, observed);
      if (mounted.current) open(next, `a new scenario for ${info.country}`);
    } catch (error) {
      if (mounted.current) setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  return (
    <>
      <p className="hwf-help">
        A new scenario with the country’s population and its doctors and its nurses and midwives as
        the WHO last counted them, carried to this year. How they spread over ages, their training,
        migration and exits are assumed examples that show where your own data go. Your current
        scenario can be brought back.
      </p>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-country`}>
          Country
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
        {busy ? loadingText(info.id) : `Start a new scenario for ${info.country}`}
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
  return (
    <details className="hwf-pop-details">
      <summary>Start from a country</summary>
      <StartFromCountryForm {...props} />
    </details>
  );
}
