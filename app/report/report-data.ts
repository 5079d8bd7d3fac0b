/**
 * Where a scenario's population comes from, in the report's words, and the credit a shipped
 * data set asks for (its attribution, licence and source).
 */
import type { RegionalPopulation } from '../../model/regions/types.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import {
  datasetInfo,
  editionWords,
  type PopulationDatasetInfo,
} from '../data/population/catalog.ts';
import type { Translate } from '../i18n/translate.ts';

/** The shipped data set a scenario's population names, if any. */
export function datasetOf(s: Pick<Scenario, 'population'>): PopulationDatasetInfo | undefined {
  const pop = s.population;
  return pop && 'dataset' in pop ? datasetInfo(pop.dataset) : undefined;
}

/** Where the population comes from, in words. */
export function populationWords(s: Pick<Scenario, 'population'>, t: Translate): string {
  const pop = s.population as Scenario['population'] | RegionalPopulation | undefined;
  if (pop === undefined) return t('report.population.none');
  const split =
    'regionShares' in pop
      ? {
          split: 'yes',
          shares: Object.entries(pop.regionShares)
            .map(([id, v]) =>
              t('report.population.share', {
                region: id,
                share: String(Math.round(v * 1000) / 10),
              }),
            )
            .join(', '),
        }
      : { split: 'no', shares: '' };
  if ('dataset' in pop) {
    const info = datasetInfo(pop.dataset);
    return info
      ? t('report.population.dataset', {
          country: info.country,
          edition: editionWords(info, t),
          first: String(info.years.first),
          last: String(info.years.last),
          attribution: info.attribution,
          licence: info.licenceName,
          ...split,
        })
      : t('report.population.unknownDataset', { id: pop.dataset, ...split });
  }
  const first = pop.years[0];
  const last = pop.years[pop.years.length - 1];
  const values = {
    min: String(pop.ages.min),
    max: String(pop.ages.max),
    years: first === last ? String(first) : `${first}–${last}`,
  };
  if ('regions' in pop) return t('report.population.regions', values);
  return t('report.population.inline', { ...values, ...split });
}

/** The credit a shipped data set asks for, wherever its numbers are used. */
export interface DataCredit {
  /** "United Nations, DESA, Population Division, World Population Prospects 2019" */
  attribution: string;
  /** "CC BY 3.0 IGO" */
  licenceName: string;
  licenceUrl: string;
  source: string;
  sourceUrl: string;
  /** One line: "Population: United Nations, …, World Population Prospects 2019 (CC BY 3.0 IGO)". */
  line: string;
}

/** The credit of the scenario's population data, or null when no shipped data set is used;
 *  its line in the words of `t`. */
export function dataCredit(s: Pick<Scenario, 'population'>, t: Translate): DataCredit | null {
  const info = datasetOf(s);
  if (!info) return null;
  return {
    attribution: info.attribution,
    licenceName: info.licenceName,
    licenceUrl: info.licenceUrl,
    source: info.source,
    sourceUrl: info.sourceUrl,
    line: t('report.credit.line', { attribution: info.attribution, licence: info.licenceName }),
  };
}
