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
import { WHO_ATTRIBUTION } from '../data/workforce/catalog.ts';
import { SCENARIO_SCHEMA } from '../../model/scenario/types.ts';
import type { PopulationInline, Profession } from '../../model/scenario/types.ts';
import { assumedStock } from '../../model/observed/shape.ts';
import { carryToBaseYear, observedHeadcounts } from '../../model/observed/series.ts';
import type { CarriedTotal, DensityPoint } from '../../model/observed/series.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

export { apportion, workingLifeShape } from '../../model/observed/shape.ts';

/** Placeholder densities, headcount per 1 000 inhabitants in the base year. */
export const EXAMPLE_PER_1000 = { nurse: 8, doctor: 3.5 } as const;

/** What an observed profession's English name says: its total is data, the rest is not
 *  (the names themselves: `scenario.country.*Observed` in the catalogue). */
export const OBSERVED_MARK = 'total observed, ages and flows assumed';

const DOCTOR_FTE = 0.9;

/** What the English profession names say, so no one mistakes the numbers for data
 *  (`scenario.country.*Example`). */
export const EXAMPLE_MARK = 'example numbers: replace with your data';

const AGES = { min: 20, max: 74 };
const HORIZON = 20;

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
    stock: assumedStock(e.headcount, e.femaleShare, AGES),
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

/** A decimal in the browser's locale (as every number the app shows), without grouping. */
function decimal(x: number, min: number, max: number): string {
  return new Intl.NumberFormat(undefined, {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    useGrouping: false,
  }).format(x);
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
 * What is observed of the country's workforce: WHO densities per 10 000 inhabitants of
 * doctors and of nurses and midwives (app/data/workforce/), each optional.
 */
export interface ObservedWorkforce {
  doctors?: readonly DensityPoint[];
  nurses?: readonly DensityPoint[];
}

/** What the description says of the observed total: "55 262 nurses and midwives, from
 *  WHO's 62.9 per 10 000 inhabitants in 2022 carried to 2026 by the 2017–2022 trend
 *  (+1.2 % a year)". */
function observedWords(
  c: CarriedTotal,
  who: 'nurses' | 'doctors',
  baseYear: number,
  t: Translate,
): string {
  const words = {
    headcount: grouped(c.headcount),
    who,
    density: decimal(c.observedPer10000, 0, 2),
    year: String(c.observedYear),
    broken: c.afterBreak ? 'yes' : 'no',
    baseYear: String(baseYear),
  };
  if (c.how === 'observed') return t('scenario.country.seenObserved', words);
  if (c.how !== 'trend') return t('scenario.country.seenKept', words);
  const growth = t('scenario.country.growth', {
    sign: c.annualGrowth >= 0 ? '+' : '−',
    percent: decimal(Math.abs(c.annualGrowth) * 100, 1, 1),
  });
  return t('scenario.country.seenTrend', { ...words, from: String(c.trendFrom), growth });
}

/**
 * A new scenario for the shipped data set `datasetId`, whose numbers are `population`
 * (as loadDataset gives them). With `observed`, the doctors' and the nurses' totals in the
 * base year are the observed ones (docs/observed-data.md: the latest WHO density × the
 * population of its year, carried to the base year by the observed trend); their spread
 * over ages and sexes and every other workforce number stay assumed examples, and the
 * scenario says which is which. Without, every workforce number is an example. Throws for
 * an id that is not shipped or data that do not hold the base year. Its words are in the
 * language of `t`.
 */
export function countryScenarioTemplate(
  datasetId: string,
  population: PopulationInline,
  baseYear = countryBaseYear(population),
  observed: ObservedWorkforce = {},
  t: Translate = englishT,
): unknown {
  const info = datasetInfo(datasetId);
  if (!info) throw new RangeError(`unknown population data set ${JSON.stringify(datasetId)}`);
  const k = population.years.indexOf(baseYear);
  if (k < 0) throw new RangeError(`the population data do not hold ${baseYear}`);
  const last = population.years[population.years.length - 1];
  const horizonYears = Math.max(1, Math.min(HORIZON, last - baseYear));
  const inhabitants = sum(population.female[k]) + sum(population.male[k]);
  const carry = (points: readonly DensityPoint[] | undefined) =>
    points && points.length > 0
      ? carryToBaseYear(observedHeadcounts(points, population), baseYear)
      : undefined;
  const seenNurses = carry(observed.nurses);
  const seenDoctors = carry(observed.doctors);
  const nurses = Math.round(seenNurses?.headcount ?? (inhabitants * EXAMPLE_PER_1000.nurse) / 1000);
  const doctors = Math.round(
    seenDoctors?.headcount ?? (inhabitants * EXAMPLE_PER_1000.doctor) / 1000,
  );
  // With observed doctors, demand keeps today's FTE per 1 000 inhabitants (0.9 FTE a
  // head); else it moves to the example 3.5.
  const doctorTarget = seenDoctors
    ? Math.round(((doctors * DOCTOR_FTE) / inhabitants) * 1000 * 100) / 100
    : EXAMPLE_PER_1000.doctor;
  const popAges = population.ages.max - population.ages.min + 1;
  const use = Array.from({ length: popAges }, (_, i) => nursingUse(population.ages.min + i));
  const ratioYear = baseYear + Math.min(10, horizonYears);

  const professions = [
    profession({
      id: 'nurse',
      name: seenNurses ? t('scenario.country.nursesObserved') : t('scenario.country.nursesExample'),
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
      name: seenDoctors
        ? t('scenario.country.doctorsObserved')
        : t('scenario.country.doctorsExample'),
      headcount: doctors,
      femaleShare: 0.55,
      fte: DOCTOR_FTE,
      training: { durationYears: 6, completion: 0.9, entryRate: 0.85, ageMean: 26 },
      demand: {
        method: 'ratio',
        baseFte: null,
        unmet: 0.02,
        ratio: { targetPer1000: doctorTarget, targetYear: ratioYear },
      },
    }),
  ];

  const seen = seenNurses !== undefined || seenDoctors !== undefined;
  const population_ = t('scenario.country.population', {
    attribution: info.attribution,
    country: info.country,
    licence: info.licenceName,
  });
  const demandWords = seenDoctors
    ? t('scenario.country.demandKept', { target: String(doctorTarget) })
    : t('scenario.country.demandMoves', {
        target: String(EXAMPLE_PER_1000.doctor),
        year: String(ratioYear),
      });
  const description = seen
    ? t('scenario.country.descriptionObserved', {
        population: population_,
        nurses: seenNurses
          ? observedWords(seenNurses, 'nurses', baseYear, t)
          : t('scenario.country.unseenNurses', {
              headcount: grouped(nurses),
              per1000: String(EXAMPLE_PER_1000.nurse),
            }),
        doctors: seenDoctors
          ? observedWords(seenDoctors, 'doctors', baseYear, t)
          : t('scenario.country.unseenDoctors', {
              headcount: grouped(doctors),
              per1000: String(EXAMPLE_PER_1000.doctor),
            }),
        source: WHO_ATTRIBUTION,
        demand: demandWords,
      })
    : t('scenario.country.descriptionExample', {
        population: population_,
        nursesPer1000: String(EXAMPLE_PER_1000.nurse),
        doctorsPer1000: String(EXAMPLE_PER_1000.doctor),
        baseYear: String(baseYear),
        nurses: grouped(nurses),
        doctors: grouped(doctors),
        inhabitants: grouped(inhabitants),
        demand: demandWords,
      });

  return {
    schema: SCENARIO_SCHEMA,
    name: seen
      ? t('scenario.country.nameObserved', { country: info.country })
      : t('scenario.country.nameExample', { country: info.country }),
    description,
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
