/**
 * The words of the issues with the population: a data set named by id, or a table given
 * inline with its ages, years and one row per year.
 */

import type { IssueTemplate } from './issue-messages.ts';

export const POPULATION_MESSAGES = {
  // The population (validate-population.ts).
  /** `problem`: the English message of the data set's first issue. */
  'dataset.broken': 'the data set {id} cannot be used: {problem}',
  'dataset.brokenAt': 'the data set {id} cannot be used: {path}: {problem}',
  'dataset.damaged': 'the data set {id} cannot be used: it is damaged',
  'dataset.endsEarly': 'the data set ends in {last} but the projection runs to {end}',
  'dataset.missingYears': 'the data set must cover {years}; missing {missing}',
  'dataset.notText': 'must be the id of a population data set (got {value})',
  'dataset.startsLate': 'the data set starts in {first} but the projection starts in {start}',
  'dataset.unknown': 'unknown population data set {id}; known: {known}',
  'dataset.unknownNone': 'unknown population data set {id}; no data sets are available here',
  'population.baseTooSmall':
    'the population of the base year {baseYear} is {total}; it must be at least {min}, as demand is scaled from it',
  'population.baseZero':
    'the population of the base year {baseYear} is zero, so demand cannot be scaled from it',
  'population.missingYears': 'population years must cover {years}; missing {missing}',
  'population.rowsMissing': 'is missing; it must be a list with one row per year',
  'population.rowsMissingYears': 'is missing; it must be a list with one row per year ({years})',
  'population.rowsNotList': 'must be a list with one row per year (got {value})',
  'population.rowsNotListYears': 'must be a list with one row per year ({years}) (got {value})',
  'population.rowsWrongLength': 'must have one row per year ({years}), got {length}',
  'populationAges.maxBelowMin': 'must not be below ages.min ({min}) (got {value})',
  'populationYears.invalid': 'must be a list of years in increasing order (got {value})',
  'populationYears.missing': 'is missing; it must be a list of years in increasing order',
  'populationYears.notWhole': 'must be a whole year (got {value})',
  'populationYears.order':
    'years must be in increasing order, each once (got {year} after {previous})',
} as const satisfies Record<string, IssueTemplate>;
