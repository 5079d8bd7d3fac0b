/**
 * The words of the issues that say what a field must be, made from a table per kind of
 * field: objects, numbers and whole numbers by topic, the regional maps, and a policy on a
 * part its profession leaves out. Each table gives a `must be …` and, where the field must
 * be given, an `is missing; it must be …` for every topic.
 */

/** `must be …` of one kind of field, by topic. */
function mustBe<P extends string, K extends string>(
  prefix: P,
  phrases: Readonly<Record<K, string>>,
): Record<`${P}.${K}`, string> {
  const out: Record<string, string> = {};
  for (const [topic, phrase] of Object.entries<string>(phrases)) {
    out[`${prefix}.${topic}`] = `must be ${phrase} (got {value})`;
  }
  return out;
}

/** `must be …` and `is missing; it must be …` of one kind of field, by topic. */
function mustBeGiven<P extends string, K extends string>(
  prefix: P,
  phrases: Readonly<Record<K, string>>,
): Record<`${P}.${K}` | `${P}.${K}Missing`, string> {
  const out: Record<string, string> = mustBe(prefix, phrases);
  for (const [topic, phrase] of Object.entries<string>(phrases)) {
    out[`${prefix}.${topic}Missing`] = `is missing; it must be ${phrase}`;
  }
  return out;
}

/** What an object field that must be given is, by topic (read-fields.ts readObject). */
const OBJECTS_GIVEN = {
  ages: 'an object with the workforce ages, e.g. {"min": 20, "max": 74}',
  /** `lengthPhrase`: English words, e.g. "55 values, one per age 20–74". */
  bySex: '{"female": [...], "male": [...]}, each a list of {lengthPhrase}',
  demand: 'an object with method, baseFte, unmet and, for the "ratio" method, ratio',
  entrants: 'an object with femaleShare, ageMean and ageSd',
  population: 'an object with ages, years, female and male, or {"dataset": "<id>"}',
  populationAges: 'an object with min and max, e.g. {"min": 0, "max": 100}',
  ratio: 'an object {"targetPer1000": …, "targetYear": …} for the "ratio" method',
  simulation: 'an object with runs and seed, e.g. {"runs": 1000, "seed": 1}',
  target: 'an object with professions, fromYear and maxShortageProbability',
} as const;

/** What an object field that may be left out (or a list's entry) is, by topic. */
const OBJECTS_OPTIONAL = {
  analysis: 'an object with targetYear and intakeFromYear',
  costs:
    'an object with the currency (e.g. "EUR") and the discount rate, e.g. {"currency": "EUR", "discountRate": 0.03}',
  exits: 'an object with attrition, emigration and retirement (each may be left out)',
  immigration: 'an object with perYear and entrants',
  lever: 'an object with policy (or substitution), min and max (and optionally step)',
  plan: 'an object with levers, target and objective',
  policy: 'an object with profession, parameter, kind, value, startYear and fullYear',
  profession: 'an object describing one profession (id, stock, training, exits, demand, …)',
  professionCosts:
    'an object with trainingPerStudentYear, salaryPerFte, salaryGrowth and recruitmentPerImmigrant (each may be left out)',
  retirement: 'an object with meanAge and sd, e.g. {"meanAge": 63, "sd": 2}',
  shock: 'an object with name, probabilityPerYear, durationYears, demandIncrease and extraExit',
  substitution: 'an object with from, to, share, ratio, startYear and fullYear',
  training: 'an object with intake, durationYears, completion, entryRate and entrants',
} as const;
export type ObjectTopic = keyof typeof OBJECTS_GIVEN | keyof typeof OBJECTS_OPTIONAL;

/** What a number field that must be given is, by topic (read-fields.ts readNumber); `{min}`
 *  and `{max}` are the rule's bounds. */
const NUMBERS_GIVEN = {
  ageInYears: 'an age in years',
  any: 'a number',
  ftePerHead: 'a number of FTE per head between 0 and {max}, such as 0.8',
  probability: 'a probability between 0 and 1',
  share: 'a share between 0 and 1',
  shortageProbability: 'a probability between 0 and 1 (e.g. 0.2 for 20 %)',
  substitutionRatio: 'a number greater than 0 and at most {max} (FTE of "to" per FTE of "from")',
  yearsAboveZero: 'a number of years greater than 0',
} as const;

/** What a number field that may be left out is, by topic. */
const NUMBERS_OPTIONAL = {
  discountRate: 'a yearly rate between 0 and {max}, such as 0.03 for 3 %',
  step: 'a number greater than 0 (the spacing of the values tried)',
} as const;
export type NumberTopic = keyof typeof NUMBERS_GIVEN | keyof typeof NUMBERS_OPTIONAL;

/**
 * What a whole number must be (read-fields.ts readInt), by what it is (a whole number, year,
 * number of years or age) and its bounds (none, a least, a largest value or both): the
 * pairs the parser uses; any whole number has every form, for any other pair.
 */
const INTS = {
  ageBetween: 'a whole age between {min} and {max}',
  numberAny: 'a whole number',
  numberAtLeast: 'a whole number of at least {min}',
  numberAtMost: 'a whole number of at most {max}',
  numberBetween: 'a whole number between {min} and {max}',
  yearAny: 'a whole year',
  yearBetween: 'a whole year between {min} and {max}',
  yearsAtLeast: 'a whole number of years of at least {min}',
  yearsBetween: 'a whole number of years between {min} and {max}',
} as const;
export type IntNoun = 'age' | 'number' | 'year' | 'years';
export type IntForm = 'Any' | 'AtLeast' | 'AtMost' | 'Between';

/** A list of objects or ids that defaults to [] (validate-rules.ts readList), by topic. */
export type ListTopic = 'policies' | 'professionIds' | 'shocks' | 'substitution';

/** The regional maps, one entry per region (regions/validate-parts.ts readRegionMap). */
const REGION_MAPS = {
  baseFte: 'the FTE demanded in each region in the base year (or null)',
  graduateDestinations: "where the graduates of each region's schools work",
  graduateShares: 'the share of these graduates working in each region',
  immigrationShares: 'the share of immigrants settling in each region',
  intake: "the students starting per year at each region's schools",
  mobility: 'the yearly probability of moving from each region to others',
  pipeline: 'the students now in study in each region',
  populationShares: 'the share of each region',
  populationTables: 'one population table per region',
  stock: 'the headcount of each region, {"female": [...], "male": [...]}',
} as const;
export type RegionMapTopic = keyof typeof REGION_MAPS;

function regionMaps(): Record<`regionMap.${RegionMapTopic}`, string> {
  const out: Record<string, string> = {};
  for (const [topic, what] of Object.entries<string>(REGION_MAPS)) {
    out[`regionMap.${topic}`] =
      `with regions, must be ${what}, one entry per region ({regions}) (got {value})`;
  }
  return out;
}

/** A policy on a part its profession leaves out (validate-left-out.ts), by part. */
const LEFT_OUT = {
  attrition: 'no attrition',
  emigration: 'no emigration',
  fteTrend: 'no change of FTE per head',
  immigration: 'no immigration',
  retirement: 'no retirement curve',
  training: 'no training pipeline',
} as const;
export type LeftOutTopic = keyof typeof LEFT_OUT;

function leftOut(): Record<`policy.leftOut.${LeftOutTopic}`, string> {
  const out: Record<string, string> = {};
  for (const [topic, meaning] of Object.entries<string>(LEFT_OUT)) {
    out[`policy.leftOut.${topic}`] =
      `professions[{profession}] ({id}) has ${meaning} ({missing} is left out), so a policy on {parameter} has nothing to change; add {part} to that profession or remove this policy`;
  }
  return out;
}

/** The words made from the tables above, by code. */
export const FIELD_MESSAGES = {
  ...mustBeGiven('object', OBJECTS_GIVEN),
  ...mustBe('object', OBJECTS_OPTIONAL),
  ...mustBeGiven('number', NUMBERS_GIVEN),
  ...mustBe('number', NUMBERS_OPTIONAL),
  ...mustBeGiven('int', INTS),
  ...regionMaps(),
  ...leftOut(),
};
