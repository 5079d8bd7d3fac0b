/**
 * The words of every scenario issue (docs/scenario-format.md, Errors and warnings): a stable
 * code for each sentence, and its English template with `{name}` placeholders. The parser
 * and the command line print the English; the app shows the same sentence from its message
 * catalogue (app/i18n/messages/en/validation.json, key `validation.<code>`), so a reader
 * sees it in their language. A test keeps the two the same.
 *
 * A template is plain text: `{name}` (a word character name in braces) is a placeholder, any
 * other brace is text. A template that depends on a count is a plural: its English words
 * for zero (optional), one and other, chosen by the value named `plural`.
 *
 * Some values are still English words made elsewhere (a `lengthPhrase`, a `noun`, a
 * distribution's `how`); each is named in the table where it appears.
 */

import { TREND_KEYS } from './types.ts';

/** One message in English. */
export type IssueTemplate = string | PluralTemplate;

export interface PluralTemplate {
  /** The value that chooses the words (a number). */
  readonly plural: string;
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

/** The values a message's placeholders take. */
export type IssueValues = Readonly<Record<string, string | number>>;

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

const FORMS = 'a plain number or a distribution (uniform, triangular, pert, normal or lognormal)';
const TRENDS = `${TREND_KEYS.slice(0, -1).join(', ')} and ${TREND_KEYS[TREND_KEYS.length - 1]}`;

/** Every issue's English words, by code. */
export const ISSUE_MESSAGES = {
  ...mustBeGiven('object', OBJECTS_GIVEN),
  ...mustBe('object', OBJECTS_OPTIONAL),
  ...mustBeGiven('number', NUMBERS_GIVEN),
  ...mustBe('number', NUMBERS_OPTIONAL),
  ...mustBeGiven('int', INTS),
  ...regionMaps(),
  ...leftOut(),

  // The document and the file (parse.ts, validate-scenario.ts).
  'file.empty': 'the file is empty; a scenario is a JSON object that starts with "{"',
  'file.notText': 'a scenario file must contain text (JSON)',
  'file.twoByteOrderMarks':
    'the file starts with two byte order marks (invisible characters); save it again as UTF-8 with at most one',
  'json.invalid': 'the text is not valid JSON',
  /** `problem`, `hint`: English words of json-location.ts. */
  'json.syntax': 'line {line}, column {column}: {problem} — the JSON is not valid',
  'json.syntaxHint': 'line {line}, column {column}: {problem} — the JSON is not valid ({hint})',
  'scenario.notObject': 'a scenario must be a JSON object, { … } (got {value})',
  'scenario.notPlainData': 'the scenario could not be read: it is not plain JSON data',
  'scenario.tooDeep':
    'the scenario is nested too deeply: more than {max} levels of objects and lists, far more than any scenario has',
  'scenario.unreadable': 'the scenario could not be read',
  'schema.missing': 'is missing; a scenario starts with "schema": "{schema}"',
  'schema.newer':
    'this scenario was made by a newer version of HWF Scenario Lab (format {format}); this version reads only "{schema}"',
  'schema.unknown': 'must be "{schema}"; this is not a scenario this app knows (got {value})',
  'field.unknown': 'unknown field "{field}" is ignored',
  'name.missing': 'is missing; the scenario is called "{name}"',
  'simulation.tooManyResults':
    'runs × professions × projected years is {cells}, more than the {limit} results the app can keep; lower the runs (at most {runs} here), the horizon or the number of professions',
  'ages.maxNotAboveMin': 'must be greater than ages.min ({min}) (got {value})',
  'ages.tooMany': 'the workforce ages {ages} are {years} single years; at most {max} are allowed',
  'professions.duplicateId':
    '{id} is used by both professions[{first}] and professions[{second}]; each profession needs its own id',
  'professions.empty': 'must list at least one profession (got an empty list)',
  'professions.missing': 'is missing; it must be a list of 1 to {max} professions',
  'professions.notList': 'must be a list of 1 to {max} professions (got {value})',
  'professions.tooMany': 'at most {max} professions are allowed (got {count})',

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

  // Task shifting, policies and shocks (validate-rules.ts).
  'list.policies': 'must be a list of policies (got {value})',
  'list.professionIds': 'must be a list of profession ids (got {value})',
  'list.shocks': 'must be a list of shocks (got {value})',
  'list.substitution': 'must be a list of substitution rules (got {value})',
  'professionRef.missing': 'is missing; it must be the id of a profession',
  'professionRef.missingKnown': 'is missing; it must be the id of a profession ({known})',
  'professionRef.notText': 'must be the id of a profession (got {value})',
  'professionRef.notTextKnown': 'must be the id of a profession ({known}) (got {value})',
  'professionRef.unknown': 'unknown profession {id}; known: {known}',
  'professionRef.unknownNone': 'unknown profession {id}; known: none',
  'ramp.fullBeforeStart': 'must not be before startYear ({start}) (got {value})',
  'shock.noProfessions':
    'is empty, so the shock hits no profession; leave it out to hit all professions',
  'substitution.sameProfession': 'must be another profession than "from" (both are {id})',

  // The plan (validate-plan.ts).
  'lever.duplicatePolicy': 'policy {index} is already a lever ({first}); name each policy once',
  'lever.duplicateSubstitution':
    'substitution {index} is already a lever ({first}); name each rule once',
  'lever.maxBelowMin': 'must not be less than min ({min}) (got {value})',
  'lever.noSuchPolicy': {
    plural: 'count',
    zero: 'there is no policy {index}; the scenario has no policies; add the policy the search should set to "policies"',
    one: 'there is no policy {index}; the scenario has 1 policy (0)',
    other: 'there is no policy {index}; the scenario has {count} policies (0 to {last})',
  },
  'lever.noSuchRule': {
    plural: 'count',
    zero: 'there is no task-shifting rule {index}; the scenario has no task-shifting rules',
    one: 'there is no task-shifting rule {index}; the scenario has 1 task-shifting rule (0)',
    other:
      'there is no task-shifting rule {index}; the scenario has {count} task-shifting rules (0 to {last})',
  },
  'lever.policyAndSubstitution':
    'a lever sets either a policy or a task-shifting rule, not both; keep one of "policy" and "substitution"',
  'lever.stepTooFine': 'is too fine: (max − min) / step may be at most {max} (got {steps} steps)',
  'lever.stepTooWide': 'must be at most max − min ({width}) (got {value})',
  'levers.empty': 'must name at least one lever: a policy whose value the search may set',
  'levers.missing':
    'is missing; it must be a list of 1 to {max} levers, each {"policy": …, "min": …, "max": …}',
  'levers.notList':
    'must be a list of 1 to {max} levers, each {"policy": …, "min": …, "max": …} (got {value})',
  'levers.tooMany': 'may have at most {max} levers (got {count}); the search grows with each one',
  'targetProfessions.empty': 'must name at least one profession',
  'targetProfessions.emptyKnown': 'must name at least one profession ({known})',
  'targetProfessions.missing':
    'is missing; it must be a list of the ids of the professions the target is for',
  'targetProfessions.missingKnown':
    'is missing; it must be a list of the ids of the professions the target is for ({known})',
  'targetProfessions.notList':
    'must be a list of the ids of the professions the target is for (got {value})',
  'targetProfessions.notListKnown':
    'must be a list of the ids of the professions the target is for ({known}) (got {value})',
  'targetProfessions.repeated': 'names {id} a second time; it is counted once',

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

  // Regions (regions/validate.ts, regions/validate-parts.ts, regions/parse.ts).
  'mobility.notObject': 'must map the other regions to a probability of moving there (got {value})',
  'mobility.ownRegion': 'people cannot move from {region} to {region}; name only other regions',
  'mobility.tooLikely':
    'the probabilities of moving out of {region} can add up to {sum} (at the highest values their distributions can take), more than 1: lower them or bound the distributions so that at most everyone leaves',
  'region.duplicateId': 'the region id {id} is used twice; each region needs its own id',
  'region.idNotText': 'must be a short non-empty text such as "north" (got {value})',
  'region.nameInvalid': 'must be a text of at most {max} characters (got {value})',
  'region.notObject': 'must be a region, {"id": "north", "name": "North"} (got {value})',
  'regionMap.missingRegion': 'has no entry for region {id} ({name}); give one per region',
  'regionMap.unknownRegion': '{key} is not a region of this scenario; the regions are {regions}',
  'regionalPolicy.mobilityNotRelative':
    '"{parameter}" is a relative change of the probabilities of moving out (-0.2 = a fifth fewer leave); it must be "relative" (got {value})',
  'regionalPolicy.nationalParameter':
    'a policy for one region can change {parameters} only; {parameter} is national (leave "region" out)',
  'regionalPolicy.unknownRegion':
    'must be the id of a region of this scenario ({regions}) (got {value})',
  'regionalPopulation.both':
    'give either one table per region ("regions") or "regionShares", not both',
  'regionalPopulation.missing':
    'with regions, the population needs one table per region ("regions") or the share of each region ("regionShares")',
  'regionalPopulation.tableNotObject':
    'must be {"female": [[...]], "male": [[...]]}, one row per year (got {value})',
  'regions.count':
    'must list between {min} and {max} regions (got {count}); without regions, leave the list out',
  'regions.missing': 'is missing; a regional scenario lists its regions',
  'regions.notList':
    'must be a list of regions, each {"id": "north", "name": "North"} (got {value})',
  'regions.tooManyResults':
    'runs × professions × regions × projected years is {cells}, more than the {limit} results the app can keep; lower the runs (at most {runs} here), the horizon, the professions or the regions',
  'shares.graduates': "the shares of graduates from {region}'s schools sum to {sum}, not 1",
  'shares.immigrants': 'the shares of immigrants settling in each region sum to {sum}, not 1',
  'shares.invalid': 'a share must be a number between 0 and 1 (got {value})',
  'shares.population': "the regions' shares of the population sum to {sum}, not 1",
} as const satisfies Record<string, IssueTemplate>;

/** The code of an issue: the catalogue key without `validation.`. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` → its value; a placeholder without a value stays as it is. */
export function fillTemplate(template: string, values: IssueValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The English words of a template for `values` (a plural chooses by its number). */
export function englishOf(template: IssueTemplate, values: IssueValues = {}): string {
  if (typeof template === 'string') return fillTemplate(template, values);
  const n = values[template.plural];
  const words =
    n === 0 && template.zero !== undefined
      ? template.zero
      : n === 1
        ? template.one
        : template.other;
  return fillTemplate(words, values);
}

/** The English message of an issue. */
export function issueMessage(code: IssueCode, values?: IssueValues): string {
  return englishOf(ISSUE_MESSAGES[code], values);
}
