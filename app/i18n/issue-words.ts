/**
 * The few English words the model puts inside its validation values (model/scenario/
 * read-fields.ts `ValuesRule`: what a list must hold, what a value is, what a maximum is
 * per), said in the reader's language: each is one of a short list the model writes, matched
 * here and given its message (`validation.words.*`), its numbers kept. A value not on the
 * list stays as it is (the English message is never wrong, only untranslated).
 */
import type { MessageKey, MessageValues, Translate } from './translate.ts';

/** What a value is ("headcount cannot be negative"). */
const NOUNS: Readonly<Record<string, MessageKey>> = {
  utilisation: 'validation.words.noun.utilisation',
  headcount: 'validation.words.noun.headcount',
  'FTE per head': 'validation.words.noun.ftePerHead',
  'a number of students': 'validation.words.noun.aNumberOfStudents',
  population: 'validation.words.noun.population',
  students: 'validation.words.noun.students',
};

/** What a maximum is per ("more than 1 000 000 per age and sex"). */
const PER: Readonly<Record<string, MessageKey>> = {
  'per age and sex': 'validation.words.per.ageAndSex',
  'of one age and sex': 'validation.words.per.oneAgeAndSex',
  'in one study year': 'validation.words.per.studyYear',
};

/** What a list must hold: the English pattern, its message, and its numbers' names. */
const LENGTHS: readonly (readonly [RegExp, MessageKey, readonly string[]])[] = [
  [/^one value per population age$/, 'validation.words.length.populationAge', []],
  [/^one value per workforce age$/, 'validation.words.length.workforceAge', []],
  [/^values, one per workforce age$/, 'validation.words.length.workforceAgeValues', []],
  [/^one value per age$/, 'validation.words.length.age', []],
  [/^one value per study year$/, 'validation.words.length.studyYear', []],
  [/^one number per study year$/, 'validation.words.length.numberPerStudyYear', []],
  [
    /^one number per study year \((\d+)\)$/,
    'validation.words.length.numberPerStudyYears',
    ['years'],
  ],
  [
    /^([\d\s]+) values, one per population age (\d+(?:–\d+)?)$/,
    'validation.words.length.populationAges',
    ['count', 'span'],
  ],
  [
    /^([\d\s]+) values, one per age (\d+(?:–\d+)?)$/,
    'validation.words.length.ages',
    ['count', 'span'],
  ],
  [
    /^([\d\s]+) values, one per study year \(durationYears\)$/,
    'validation.words.length.studyYears',
    ['count'],
  ],
];

/** `lengthPhrase` in the language of `t`; as it is when it is not one the model writes. */
function lengthWords(phrase: string, t: Translate): string {
  for (const [pattern, key, names] of LENGTHS) {
    const m = pattern.exec(phrase);
    if (!m) continue;
    const values: Record<string, string | number> = {};
    names.forEach((name, i) => {
      values[name] = m[i + 1];
    });
    // The count as a number too, for the plural of the words around it.
    if (values.count !== undefined) values.n = Number(m[1].replace(/\s/g, ''));
    return t(key, values);
  }
  return phrase;
}

/** An issue's values with the model's English words said in the language of `t`. */
export function issueValues(
  values: Readonly<Record<string, string | number>> | undefined,
  t: Translate,
): MessageValues | undefined {
  if (!values) return values;
  const out: Record<string, string | number> = { ...values };
  if (typeof values.noun === 'string' && Object.hasOwn(NOUNS, values.noun)) {
    out.noun = t(NOUNS[values.noun]);
  }
  if (typeof values.maxWhat === 'string' && Object.hasOwn(PER, values.maxWhat)) {
    out.maxWhat = t(PER[values.maxWhat]);
  }
  if (typeof values.lengthPhrase === 'string')
    out.lengthPhrase = lengthWords(values.lengthPhrase, t);
  return out;
}
