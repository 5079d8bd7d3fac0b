/**
 * The words of the issues with a profession: its id, FTE per head, study pipeline and
 * entrants, its demand (method, ratio, trends, utilisation) and the costs' currency.
 */

import type { IssueTemplate } from './issue-messages.ts';
import { TREND_KEYS } from './types.ts';

const TRENDS = `${TREND_KEYS.slice(0, -1).join(', ')} and ${TREND_KEYS[TREND_KEYS.length - 1]}`;

export const PROFESSION_MESSAGES = {
  // A profession (validate-profession.ts).
  'entrants.outsideAges':
    'entrants aged about {age} fall outside the workforce ages {ages}, so none of them would join',
  'fte.invalid':
    'must be one number of FTE per head (e.g. 0.8) or {"female": [...], "male": [...]} by age (got {value})',
  'fte.negative': 'FTE per head cannot be negative (got {value})',
  'id.badCharacters': 'an id may hold only letters, digits, - and _ (got {value})',
  'id.tooLong': 'an id may be at most {max} characters long (got {value})',
  'pipeline.notList':
    'pipeline must list one number per study year: the students now in each year of study (got {value})',
  'pipeline.notListYears':
    'pipeline must list one number per study year ({years}): the students now in each year of study (got {value})',
  'pipeline.wrongLength': 'pipeline must list one number per study year ({years}), got {length}',
  'professionId.missing': 'is missing; each profession needs a short id such as "nurse"',
  'professionId.notText': 'must be a short non-empty text such as "nurse" (got {value})',

  // Demand (validate-demand.ts).
  'demand.ratioIgnored': 'is ignored because the method is "utilisation"',
  'demand.ratioNeedsPopulation':
    'the "ratio" method needs a population: add "population" to the scenario, or use "utilisation"',
  'ratio.yearNotAfterBase': 'must be a year after the base year {baseYear} (got {value})',
  'trends.ignoredWithRatio': 'trends are ignored with the "ratio" method',
  'trends.notObject': `must be an object with any of ${TRENDS}, each a yearly rate of change (got {value})`,
  'trends.unknown': `unknown trend "{trend}"; the trends are ${TRENDS}`,
  'utilisation.ignoredWithRatio': 'utilisation is ignored with the "ratio" method',
  'utilisation.ignoredWithoutPopulation': 'utilisation is ignored without a population',
  'utilisation.noUse':
    'gives no use at all in the base year {baseYear}: every age with people has utilisation 0',
  'utilisation.tooSmall':
    "the base year's population weighted by utilisation is {total}; it must be at least {min}, as demand is divided by it",

  // Costs (validate-costs.ts).
  'currency.invalid':
    'must be a three-letter currency code in capitals, such as "EUR" or "PLN" (got {value})',
  'currency.missing': 'is missing; it must be a currency code such as "EUR"',
} as const satisfies Record<string, IssueTemplate>;
