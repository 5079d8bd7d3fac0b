/**
 * The words of the plausibility warnings: values a scenario may hold but that are rarely
 * meant, such as a very high attrition, an odd retirement age or a headcount in fractions.
 */

import type { IssueTemplate } from './issue-messages.ts';

export const PLAUSIBLE_MESSAGES = {
  // Plausibility warnings (plausible.ts). `how`: English words, e.g. "its most likely value".
  'plausible.attrition':
    'an attrition of {attrition} a year is unusually high: more than {max} of the workforce would leave every year; check that it is a yearly share (0.05 = 5 %)',
  'plausible.attritionRange':
    'an attrition of {attrition} a year (this range’s point value: {how}) is unusually high: more than {max} of the workforce would leave every year; check that it is a yearly share (0.05 = 5 %)',
  /** `first`: English words, e.g. "12.5 at women aged 30". */
  'plausible.headcountNotWhole': {
    plural: 'count',
    one: '1 cell of the headcount is not a whole number of people ({first}); an import may have read a share or a rate; check the table',
    other:
      '{count} cells of the headcount are not whole people (e.g. {first}); an import may have read a share or a rate; check the table',
  },
  'plausible.retirementAgeHigh':
    'an average retirement age of {age} is unusually high: health workers mostly retire between {min} and {max}; check that it is an age in years',
  'plausible.retirementAgeHighRange':
    'an average retirement age of {age} (this range’s point value: {how}) is unusually high: health workers mostly retire between {min} and {max}; check that it is an age in years',
  'plausible.retirementAgeLow':
    'an average retirement age of {age} is unusually low: health workers mostly retire between {min} and {max}; check that it is an age in years',
  'plausible.retirementAgeLowRange':
    'an average retirement age of {age} (this range’s point value: {how}) is unusually low: health workers mostly retire between {min} and {max}; check that it is an age in years',
} as const satisfies Record<string, IssueTemplate>;
