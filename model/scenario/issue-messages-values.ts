/**
 * The words of the issues with a single value: plain fields (a choice, a text, a list of
 * numbers), distributions and the range each kind of value may take.
 */

import type { IssueTemplate } from './issue-messages.ts';

const FORMS = 'a plain number or a distribution (uniform, triangular, pert, normal or lognormal)';

export const VALUE_MESSAGES = {
  // Plain fields (read-fields.ts).
  'choice.invalid': 'must be one of {choices} (got {value})',
  'choice.missing': 'is missing; it must be one of {choices}',
  'text.notText': 'must be a text in quotes (got {value})',
  'text.tooLong': 'must be at most {max} characters long (got {length})',
  /** `lengthPhrase`, `noun`, `maxWhat`: English words of the caller (ValuesRule). */
  'values.missing': 'is missing; it must be a list of {lengthPhrase}',
  'values.moreInvalid': '{count} more values are not valid (only the first {shown} are listed)',
  'values.negative': '{noun} cannot be negative (got {value})',
  'values.notList': 'must be a list of {lengthPhrase} (got {value})',
  'values.notNumber': '{noun} must be a number (got {value})',
  'values.tooHigh': '{noun} cannot be more than {max} (got {value})',
  'values.tooHighPer': '{noun} cannot be more than {max} {maxWhat} (got {value})',
  'values.wrongLength': 'must have {lengthPhrase} (got {length})',

  // Distributions and the values a field may take (validate-dist.ts).
  'dist.boundsKeepNothing':
    'the bounds {min} to {max} keep almost none of a normal distribution with mean {mean} and standard deviation {sd} ({percent} %); widen the bounds or move the mean between them',
  'dist.gsdNotAboveOne': 'the geometric standard deviation must be greater than 1 (got {value})',
  'dist.gsdTooHigh': 'the geometric standard deviation cannot be more than {max} (got {value})',
  'dist.invalid': `must be ${FORMS} (got {value})`,
  'dist.kindNotText': 'must be one of {kinds} (got {value})',
  'dist.medianNotPositive': 'the median must be greater than 0 (got {value})',
  'dist.missing': `is missing; it must be ${FORMS}`,
  'dist.modeOutside':
    'the values must satisfy lowest ≤ most likely ≤ highest (got lowest {min}, most likely {mode}, highest {max})',
  'dist.noKind': 'a distribution needs a "dist" field: one of {kinds} (got {value})',
  'dist.normalBoundsReversed':
    'the lower bound must not be greater than the upper bound (got lower bound {min}, upper bound {max})',
  'dist.notFinite': 'must be a finite number (got {value})',
  // In the words of the distribution editor's form (app/editor/dist-forms.ts).
  'dist.paramMissing.lognormal':
    'is missing; a lognormal distribution needs median (median) and geometric standard deviation (gsd)',
  'dist.paramMissing.normal':
    'is missing; a normal distribution needs mean (mean) and standard deviation (sd)',
  'dist.paramMissing.pert':
    'is missing; a PERT distribution needs lowest (min), most likely (mode) and highest (max)',
  'dist.paramMissing.triangular':
    'is missing; a triangular distribution needs lowest (min), most likely (mode) and highest (max)',
  'dist.paramMissing.uniform':
    'is missing; a uniform distribution needs lowest (min) and highest (max)',
  'dist.resample': 'must be "yearly" or left out (got {value})',
  'dist.sdNotPositive': 'the standard deviation must be greater than 0 (got {value})',
  'dist.sdTooWide':
    'the standard deviation cannot be more than {max}, the span of the values this field allows (got {value})',
  'dist.uniformReversed':
    'the lowest value must not be greater than the highest (got lowest {min}, highest {max})',
  'dist.unknownKind': 'unknown distribution {kind}; use one of {kinds}, or a plain number',
  'domain.age': 'an age must be between 0 and 120 (got {value})',
  'domain.change':
    'an absolute change of this parameter must be between {min} and {max} (got {value})',
  'domain.countTooHigh': 'cannot be more than {max} (got {value})',
  'domain.moneyNegative': 'a cost cannot be negative (got {value})',
  'domain.moneyTooHigh': 'a cost cannot be more than {max} (got {value})',
  'domain.negative': 'cannot be negative (got {value})',
  'domain.per1000TooHigh': 'a target cannot be more than {max} FTE per 1 000 people (got {value})',
  'domain.probability': 'probability must be between 0 and 1 (got {value})',
  'domain.rateTooHigh':
    'a yearly rate of change cannot be more than {max} (a rise of {percent}%) (got {value})',
  'domain.rateTooLow':
    'a yearly rate of change must be greater than -1 (a fall of 100%) (got {value})',
  'domain.relativeTooHigh':
    'a relative change cannot be more than {max} ({times} times the parameter) (got {value})',
  'domain.relativeTooLow':
    'a relative change cannot be below -1 (-1 already switches the parameter off) (got {value})',
} as const satisfies Record<string, IssueTemplate>;
