/**
 * Small helpers the lessons share (docs/lessons.md): the skeleton of a lesson's scenario,
 * a workforce that stays level under given flows, a small inline population, and reading
 * a year's median or shortage chance from a result. Pure functions; nothing here runs a
 * simulation.
 */
import type { HwfResult, Measure } from '../../../model/result/result.ts';
import type { EntrantProfile, Training } from '../../../model/scenario/types.ts';
import { normalCdf } from '../../../model/numeric/math.ts';
import { roundCount } from '../../format.ts';

/** Every lesson starts in this year. */
export const BASE_YEAR = 2025;
/** Futures per lesson: enough for smooth bands, few enough to answer at once. */
export const LESSON_RUNS = 500;
/** Workforce ages of every lesson. */
export const WORK_AGES = { min: 20, max: 70 } as const;
/** The sentence every lesson's description starts with. */
export const MADE_UP = 'Made-up numbers for teaching.';

export interface AgeRange {
  min: number;
  max: number;
}

/** The number of single ages in a range. */
export function ageCount(ages: AgeRange): number {
  return ages.max - ages.min + 1;
}

/** One value per age, from a function of the age. */
export function byAge(ages: AgeRange, f: (age: number) => number): number[] {
  return Array.from({ length: ageCount(ages) }, (_, i) => f(ages.min + i));
}

/** The same number for every year of a training pipeline. */
export function evenPipeline(perYear: number, years: number): number[] {
  return new Array<number>(years).fill(perYear);
}

/** A stock of whole people, split by a share of women at every age. */
/** Newly trained nurses: mostly women, about 23 years old. */
export const NURSE_GRADUATES: EntrantProfile = { femaleShare: 0.85, ageMean: 23, ageSd: 2 };
/** Nurses arriving from abroad: older than graduates, with a wider spread. */
export const NURSE_MIGRANTS: EntrantProfile = { femaleShare: 0.8, ageMean: 32, ageSd: 5 };

/** A training of `durationYears` with `intake` places a year, its students spread evenly
 *  over the study years (`pipelinePerYear` places a year in the past, `intake` by default). */
export function trainingOf(
  intake: number,
  durationYears: number,
  completion: number,
  entryRate: number,
  entrants: EntrantProfile,
  pipelinePerYear = intake,
): Training {
  return {
    intake,
    durationYears,
    completion,
    entryRate,
    pipeline: evenPipeline(pipelinePerYear, durationYears),
    entrants,
  };
}

export function stockFromTotals(
  ages: AgeRange,
  total: (age: number) => number,
  femaleShare: number,
): { female: number[]; male: number[] } {
  const female = byAge(ages, (a) => Math.round(total(a) * femaleShare));
  const male = byAge(ages, (a) => Math.max(0, Math.round(total(a)) - female[a - ages.min]));
  return { female, male };
}

/** A group of people joining each year: graduates or immigrants. */
export interface EntrantStream {
  perYear: number;
  femaleShare: number;
  ageMean: number;
  ageSd: number;
}

/** The yearly exits the model applies (MODEL.md §2), as point values. */
export interface LevelExits {
  attrition: number;
  emigration?: number;
  retirement?: { meanAge: number; sd: number };
}

/** Entry-age weights of MODEL.md §2, normalised over the workforce ages. */
function entryWeights(ages: AgeRange, mean: number, sd: number): number[] {
  const w = byAge(ages, (a) => normalCdf((a + 0.5 - mean) / sd) - normalCdf((a - 0.5 - mean) / sd));
  const sum = w.reduce((s, x) => s + x, 0);
  return w.map((x) => x / sum);
}

/** The retirement hazard r(a) of MODEL.md §2. */
function retirementHazard(age: number, meanAge: number, sd: number): number {
  const den = 1 - normalCdf((age - meanAge) / sd);
  if (den < 1e-12) return 1;
  return (normalCdf((age + 1 - meanAge) / sd) - normalCdf((age - meanAge) / sd)) / den;
}

/** The share of people of an age who leave in a year. */
export function exitProbability(age: number, exits: LevelExits): number {
  const r = exits.retirement
    ? retirementHazard(age, exits.retirement.meanAge, exits.retirement.sd)
    : 0;
  return 1 - (1 - r) * (1 - exits.attrition) * (1 - (exits.emigration ?? 0));
}

/**
 * The stock by age and sex that the given yearly entrants and exits keep level: how a
 * workforce looks after many years of the same flows (rounded to whole people). A lesson
 * starts from it so that any change it shows comes from the change it makes.
 */
export function levelStock(
  ages: AgeRange,
  streams: readonly EntrantStream[],
  exits: LevelExits,
): { female: number[]; male: number[] } {
  const n = ageCount(ages);
  const sexes = [0, 1].map((sex) => {
    const entrants = new Array<number>(n).fill(0);
    for (const s of streams) {
      const share = sex === 0 ? s.femaleShare : 1 - s.femaleShare;
      entryWeights(ages, s.ageMean, s.ageSd).forEach(
        (w, i) => (entrants[i] += s.perYear * share * w),
      );
    }
    const stock = new Array<number>(n).fill(0);
    stock[0] = entrants[0];
    for (let i = 1; i < n; i++) {
      stock[i] = stock[i - 1] * (1 - exitProbability(ages.min + i - 1, exits)) + entrants[i];
    }
    return stock.map((x) => Math.round(x));
  });
  return { female: sexes[0], male: sexes[1] };
}

/** Everyone in a stock. */
export function stockTotal(stock: { female: readonly number[]; male: readonly number[] }): number {
  return [...stock.female, ...stock.male].reduce((s, x) => s + x, 0);
}

/** How many of a stock leave in a year under the exits (at their point values). */
export function yearlyLeavers(
  ages: AgeRange,
  stock: { female: readonly number[]; male: readonly number[] },
  exits: LevelExits,
): number {
  let out = 0;
  for (let i = 0; i < ageCount(ages); i++) {
    out += (stock.female[i] + stock.male[i]) * exitProbability(ages.min + i, exits);
  }
  return out;
}

/** An inline population (MODEL.md §1) for every projected year, from a function of the
 *  year, the age and the sex. */
export function inlinePopulation(
  ages: AgeRange,
  years: readonly number[],
  people: (year: number, age: number, female: boolean) => number,
): { ages: AgeRange; years: number[]; female: number[][]; male: number[][] } {
  return {
    ages: { ...ages },
    years: [...years],
    female: years.map((y) => byAge(ages, (a) => Math.round(people(y, a, true)))),
    male: years.map((y) => byAge(ages, (a) => Math.round(people(y, a, false)))),
  };
}

/** The years base … base + horizon. */
export function projectedYears(horizonYears: number, baseYear = BASE_YEAR): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, k) => baseYear + k);
}

/** The skeleton every lesson's scenario shares: name, description, 500 futures, a fixed
 *  seed and the workforce ages 20–70. A fresh copy each time: nothing is shared. */
export function lessonScenario(parts: {
  number: number;
  title: string;
  shows: string;
  seed: number;
  horizonYears: number;
  targetYear: number;
  professions: unknown[];
  population?: unknown;
  substitution?: unknown[];
  policies?: unknown[];
}): Record<string, unknown> {
  return structuredClone({
    schema: 'hwf-scenario/1',
    name: `Lesson ${parts.number}: ${parts.title}`,
    description: `${MADE_UP} ${parts.shows}`,
    baseYear: BASE_YEAR,
    horizonYears: parts.horizonYears,
    simulation: { runs: LESSON_RUNS, seed: parts.seed },
    ages: { ...WORK_AGES },
    ...(parts.population !== undefined && { population: parts.population }),
    professions: parts.professions,
    ...(parts.substitution && { substitution: parts.substitution }),
    ...(parts.policies && { policies: parts.policies }),
    analysis: { targetYear: parts.targetYear },
  });
}

/** The index of a year in a result; an error when the result does not reach it. */
export function yearIndex(result: HwfResult, year: number): number {
  const k = result.years.indexOf(year);
  if (k < 0) throw new Error(`the result has no year ${year}`);
  return k;
}

/** The median (the middle future) of a measure in a year. */
export function medianAt(
  result: HwfResult,
  profession: number,
  measure: Measure,
  year: number,
): number {
  return result.professions[profession][measure].p50[yearIndex(result, year)];
}

/** The share of futures short in a year (0..1). */
export function shortageAt(result: HwfResult, profession: number, year: number): number {
  return result.professions[profession].shortageProbability[yearIndex(result, year)];
}

/** A prediction as a number (NaN when it is not one). */
export function asNumber(predicted: number | string): number {
  if (typeof predicted === 'number') return predicted;
  return predicted.trim() === '' ? NaN : Number(predicted);
}

/** Whether a predicted number lies within a share of the true one (0.1 = within 10 %). */
export function withinShare(predicted: number | string, truth: number, share: number): boolean {
  const p = asNumber(predicted);
  return Number.isFinite(p) && Math.abs(p - truth) <= share * Math.abs(truth);
}

/** Whether a predicted number lies within a fixed distance of the true one. */
export function withinDistance(
  predicted: number | string,
  truth: number,
  distance: number,
): boolean {
  const p = asNumber(predicted);
  return Number.isFinite(p) && Math.abs(p - truth) <= distance;
}

/** The difference of two counts as the charts show them, so that the words add up
 *  ("1 700 today, 1 450 then: 250 fewer", never "252 fewer"). */
export function shownDifference(a: number, b: number): number {
  return roundCount(a) - roundCount(b);
}

/** A whole number with its thousands apart ("940 000"), the same in every language: for
 *  a scenario's description, which is part of the document and must not depend on the
 *  reader's locale (a share link, a saved file). Texts on screen use the reader's `f`. */
export function plainCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A whole percent of a share, as a number (0.347 → 35). */
export function percentOf(share: number): number {
  return Math.round(share * 100);
}
