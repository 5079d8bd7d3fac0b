/**
 * Writes app/data/examples/exampleland-costs.json, the synthetic example "Exampleland with
 * costs", from app/data/examples/exampleland.json: the same scenario with costs (MODEL.md
 * §7) and a least-cost plan question (§8). The euro figures are made up — plausible in
 * size for a small European country, not any country's — and the description says so.
 * Make it again with `npx tsx scripts/make-costs-example.ts` (`--check` only says whether
 * the file is up to date, exit 1 when not).
 *
 * - Nurses: a study year costs about EUR 15 000; an FTE about EUR 52 000 a year, growing
 *   0.5–2 % a year in real terms; recruiting a nurse from abroad about EUR 9 000.
 * - GPs: a study year about EUR 38 000; an FTE about EUR 110 000, growing about 1 % a year;
 *   recruiting one from abroad about EUR 25 000.
 * - Programmes: the extra nurse training places need EUR 2 million a year for teachers and
 *   placements; the retention programme (20 % less attrition) costs EUR 15 million a year;
 *   a new recruitment-from-abroad office (extra nurses from abroad, none yet) EUR 0.5
 *   million a year.
 * - Discount rate 3 % a year.
 * - The plan: at most a 20 % chance of a nurse shortage in any year from 2032, by the
 *   extra training places (0 to +50 %), retention (0 to −40 % attrition) and extra
 *   recruitment from abroad (0 to 400 nurses a year).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NATIONAL_PATH = fileURLToPath(
  new URL('../app/data/examples/exampleland.json', import.meta.url),
);
export const COSTS_PATH = fileURLToPath(
  new URL('../app/data/examples/exampleland-costs.json', import.meta.url),
);

type Json = Record<string, unknown>;

const PROFESSION_COSTS: Record<string, Json> = {
  nurse: {
    trainingPerStudentYear: { dist: 'triangular', min: 12_000, mode: 15_000, max: 19_000 },
    salaryPerFte: { dist: 'normal', mean: 52_000, sd: 3_000, min: 44_000, max: 60_000 },
    salaryGrowth: { dist: 'uniform', min: 0.005, max: 0.02 },
    recruitmentPerImmigrant: { dist: 'triangular', min: 6_000, mode: 9_000, max: 14_000 },
  },
  gp: {
    trainingPerStudentYear: { dist: 'triangular', min: 30_000, mode: 38_000, max: 45_000 },
    salaryPerFte: { dist: 'normal', mean: 110_000, sd: 8_000, min: 90_000, max: 130_000 },
    salaryGrowth: { dist: 'uniform', min: 0.005, max: 0.015 },
    recruitmentPerImmigrant: { dist: 'triangular', min: 20_000, mode: 25_000, max: 35_000 },
  },
};

export function costsExample(national: Json): Json {
  const professions = (national.professions as Json[]).map((p) => ({
    ...p,
    costs: PROFESSION_COSTS[p.id as string],
  }));
  const [training, retention] = national.policies as Json[];
  const policies = [
    { ...training, costPerYear: 2_000_000 },
    { ...retention, costPerYear: 15_000_000 },
    {
      profession: 'nurse',
      parameter: 'immigration.perYear',
      kind: 'absolute',
      value: 0,
      startYear: 2027,
      fullYear: 2028,
      costPerYear: 500_000,
    },
  ];
  return {
    schema: national.schema,
    name: 'Exampleland with costs: nurses and GPs',
    description:
      'Synthetic example: Exampleland (nurses and GPs) with costs and a plan question. ' +
      'The euro figures are made up for illustration, plausible in size but not any ' +
      "country's: a nurse's study year about EUR 15 000, a nurse FTE about EUR 52 000 a year, " +
      'a GP FTE about EUR 110 000; a retention programme of EUR 15 million a year. ' +
      'The plan: the cheapest mix of training places, retention and recruitment from abroad ' +
      'that keeps the chance of a nurse shortage at most 20 % in every year from 2032.',
    ...Object.fromEntries(
      Object.entries(national).filter(
        ([k]) => !['schema', 'name', 'description', 'professions', 'policies'].includes(k),
      ),
    ),
    professions,
    policies,
    costs: { currency: 'EUR', discountRate: 0.03 },
    plan: {
      levers: [
        { policy: 0, min: 0, max: 0.5 },
        { policy: 1, min: -0.4, max: 0 },
        { policy: 2, min: 0, max: 400 },
      ],
      target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.2 },
      objective: 'presentValue',
    },
  };
}

export function costsExampleText(): string {
  const national = JSON.parse(readFileSync(NATIONAL_PATH, 'utf8')) as Json;
  return JSON.stringify(costsExample(national), null, 1) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = costsExampleText();
  let current = '';
  try {
    current = readFileSync(COSTS_PATH, 'utf8');
  } catch {
    // not written yet
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${COSTS_PATH} is out of date: run npx tsx scripts/make-costs-example.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(COSTS_PATH, text);
    console.log(`wrote ${COSTS_PATH} (${text.length} characters)`);
  }
}
