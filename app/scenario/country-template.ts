/**
 * "Start from a country": a new scenario that uses one of the shipped population data sets
 * and a placeholder workforce of nurses and doctors scaled to the country's size. Every
 * workforce number is an example to replace, and the scenario says so in its name, its
 * description and its professions' names.
 *
 * The sizes are round European orders of magnitude, not data about the country: about
 * 8 nurses and 3.5 doctors per 1 000 inhabitants, spread over ages 21–70 by a typical
 * working-life shape.
 */
import { datasetInfo } from '../data/population/catalog.ts';
import { SCENARIO_SCHEMA } from '../../model/scenario/types.ts';
import type { BySex, PopulationInline, Profession } from '../../model/scenario/types.ts';

/** Placeholder densities, headcount per 1 000 inhabitants in the base year. */
export const EXAMPLE_PER_1000 = { nurse: 8, doctor: 3.5 } as const;

/** What the profession names say, so no one mistakes the numbers for data. */
export const EXAMPLE_MARK = 'example numbers: replace with your data';

const AGES = { min: 20, max: 74 };
const HORIZON = 20;

/** Relative headcount by age: rising through the twenties, flat to 50, thinning towards
 *  retirement, a few working on to 70. */
export function workingLifeShape(age: number): number {
  if (age < 21) return 0;
  if (age < 30) return (age - 20) / 10;
  if (age < 50) return 1;
  if (age < 60) return 1 - (age - 49) * 0.03;
  if (age < 67) return (0.7 * (67 - age)) / 7;
  if (age <= 70) return 0.05;
  return 0;
}

/** `total` split over `weights` in whole numbers that add up to it (largest remainders). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) out[order[j].i] += 1;
  return out;
}

/** A headcount of `total` by age (AGES) and sex. */
function stockOf(total: number, femaleShare: number): BySex {
  const shape = Array.from({ length: AGES.max - AGES.min + 1 }, (_, i) =>
    workingLifeShape(AGES.min + i),
  );
  const women = Math.round(total * femaleShare);
  return { female: apportion(women, shape), male: apportion(total - women, shape) };
}

/** Relative use of nursing care by population age, the same for both sexes. */
function nursingUse(age: number): number {
  if (age < 15) return 0.6;
  if (age < 45) return 0.9;
  if (age < 65) return 1.3;
  if (age < 80) return 2.2;
  return 3.5;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

interface Example {
  id: string;
  name: string;
  headcount: number;
  femaleShare: number;
  fte: number;
  training: { durationYears: number; completion: number; entryRate: number; ageMean: number };
  demand: Profession['demand'];
}

function profession(e: Example): Profession {
  const { durationYears, completion, entryRate, ageMean } = e.training;
  // Enough places for the new graduates to keep the headcount about steady: exits,
  // retirement included, take about one in 22 a year from this age shape.
  const intake = Math.max(1, Math.round(e.headcount / 22 / (completion * entryRate)));
  return {
    id: e.id,
    name: e.name,
    stock: stockOf(e.headcount, e.femaleShare),
    fte: e.fte,
    fteTrend: 0,
    training: {
      intake,
      durationYears,
      completion,
      entryRate,
      entrants: { femaleShare: e.femaleShare, ageMean, ageSd: 2 },
    },
    immigration: {
      perYear: Math.round(e.headcount * 0.005),
      entrants: { femaleShare: e.femaleShare, ageMean: 32, ageSd: 5 },
    },
    exits: {
      attrition: { dist: 'pert', min: 0.015, mode: 0.025, max: 0.04 },
      emigration: 0.005,
      retirement: { meanAge: 63, sd: 2.5 },
    },
    demand: e.demand,
  };
}

/** "3 578": whole numbers grouped by thousands, as the docs write them. */
function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The base year: this year when the data reach far enough, else the nearest that does. */
export function countryBaseYear(
  population: PopulationInline,
  thisYear = new Date().getFullYear(),
): number {
  const first = population.years[0];
  const last = population.years[population.years.length - 1];
  return Math.max(first, Math.min(thisYear, last - HORIZON));
}

/**
 * A new scenario for the shipped data set `datasetId`, whose numbers are `population`
 * (as loadDataset gives them). Throws for an id that is not shipped or data that do not
 * hold the base year.
 */
export function countryScenarioTemplate(
  datasetId: string,
  population: PopulationInline,
  baseYear = countryBaseYear(population),
): unknown {
  const info = datasetInfo(datasetId);
  if (!info) throw new RangeError(`unknown population data set ${JSON.stringify(datasetId)}`);
  const k = population.years.indexOf(baseYear);
  if (k < 0) throw new RangeError(`the population data do not hold ${baseYear}`);
  const last = population.years[population.years.length - 1];
  const horizonYears = Math.max(1, Math.min(HORIZON, last - baseYear));
  const inhabitants = sum(population.female[k]) + sum(population.male[k]);
  const nurses = Math.round((inhabitants * EXAMPLE_PER_1000.nurse) / 1000);
  const doctors = Math.round((inhabitants * EXAMPLE_PER_1000.doctor) / 1000);
  const popAges = population.ages.max - population.ages.min + 1;
  const use = Array.from({ length: popAges }, (_, i) => nursingUse(population.ages.min + i));
  const ratioYear = baseYear + Math.min(10, horizonYears);

  const professions = [
    profession({
      id: 'nurse',
      name: `Nurses (${EXAMPLE_MARK})`,
      headcount: nurses,
      femaleShare: 0.88,
      fte: 0.85,
      training: { durationYears: 3, completion: 0.8, entryRate: 0.9, ageMean: 23 },
      demand: {
        method: 'utilisation',
        baseFte: null,
        unmet: 0.03,
        utilisation: { female: use, male: use.slice() },
        trends: {},
      },
    }),
    profession({
      id: 'doctor',
      name: `Doctors (${EXAMPLE_MARK})`,
      headcount: doctors,
      femaleShare: 0.55,
      fte: 0.9,
      training: { durationYears: 6, completion: 0.9, entryRate: 0.85, ageMean: 26 },
      demand: {
        method: 'ratio',
        baseFte: null,
        unmet: 0.02,
        ratio: { targetPer1000: 3.5, targetYear: ratioYear },
      },
    }),
  ];

  return {
    schema: SCENARIO_SCHEMA,
    name: `${info.country}: nurses and doctors (example numbers)`,
    description:
      `Population: ${info.attribution}, medium variant, ${info.country} (${info.licenceName}). ` +
      `The workforce is made up, to be replaced with your data: about ` +
      `${EXAMPLE_PER_1000.nurse} nurses and ${EXAMPLE_PER_1000.doctor} doctors per 1 000 ` +
      `inhabitants in ${baseYear} (${grouped(nurses)} nurses and ${grouped(doctors)} doctors ` +
      `for ${grouped(inhabitants)} inhabitants), spread over ages 21–70, with example ` +
      `training places, migration and exits. Nurses' demand follows the population's age ` +
      `structure; doctors' demand moves to 3.5 FTE per 1 000 inhabitants by ${ratioYear}.`,
    baseYear,
    horizonYears,
    simulation: { runs: 1000, seed: 1 },
    ages: { ...AGES },
    population: { dataset: info.id },
    professions,
    substitution: [],
    policies: [],
    shocks: [],
  };
}
