/**
 * Writes app/data/examples/exampleland-regions.json, the synthetic example "Exampleland
 * regions", from app/data/examples/exampleland.json: the same base year, horizon, ages,
 * professions and national parameters, split over four regions (MODEL.md §6). Every number
 * is made up but plausible; each rule that makes one is written below, so the file can be
 * made again: `npx tsx scripts/make-regional-example.ts` (with `--check` it only says
 * whether the file is up to date, exit 1 when not).
 *
 * - Population: the national table of each year, split by a regional share, tilted by age
 *   (the capital younger, the rural region older) and grown at the region's own rate (the
 *   capital grows, the rural region shrinks).
 * - Stocks: the national stock by age and sex, split by a regional share and tilted by age
 *   the same way (the rural workforce is older); whole people.
 * - Demand: each region's base FTE needed is the national FTE in the base year shared out
 *   by need (nurses: the utilisation-weighted population; GPs: the population), so regions
 *   with fewer professionals than their share start short.
 * - Training: the national intake (and the nurses' pipeline) split by school places; 70 %
 *   of graduates work where they trained, most of the others go to the capital.
 * - Mobility: every year 2–3 % of the rural nurses (1–2.5 % of the rural GPs) move to the
 *   capital; small flows elsewhere.
 * - Policy: 60 extra nurse training places a year in the rural region, phased in 2028–2030.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NATIONAL_PATH = fileURLToPath(
  new URL('../app/data/examples/exampleland.json', import.meta.url),
);
export const REGIONAL_PATH = fileURLToPath(
  new URL('../app/data/examples/exampleland-regions.json', import.meta.url),
);

type Json = Record<string, unknown>;
type Dist = number | Json;
interface Table {
  female: number[][];
  male: number[][];
}

interface RegionSpec {
  id: string;
  name: string;
  /** Share of the national population in the base year. */
  population: number;
  /** Population growth per year. */
  growth: number;
  /** Age tilt: the weight of age a is 1 + tilt·(a − 45)/45, so > 0 is older. */
  tilt: number;
  /** Share of the national stock of each profession. */
  stock: { nurse: number; gp: number };
  /** Share of the national training intake of each profession. */
  intake: { nurse: number; gp: number };
  /** Share of the immigrants of each profession. */
  immigration: { nurse: number; gp: number };
}

export const REGIONS: readonly RegionSpec[] = [
  {
    id: 'capital',
    name: 'Capital',
    population: 0.34,
    growth: 0.009,
    tilt: -0.25,
    stock: { nurse: 0.35, gp: 0.37 },
    intake: { nurse: 0.36, gp: 0.5 },
    immigration: { nurse: 0.55, gp: 0.5 },
  },
  {
    id: 'north',
    name: 'North',
    population: 0.26,
    growth: 0.001,
    tilt: 0.05,
    stock: { nurse: 0.25, gp: 0.25 },
    intake: { nurse: 0.26, gp: 0.25 },
    immigration: { nurse: 0.18, gp: 0.2 },
  },
  {
    id: 'south',
    name: 'South',
    population: 0.24,
    growth: -0.001,
    tilt: 0,
    stock: { nurse: 0.25, gp: 0.25 },
    intake: { nurse: 0.25, gp: 0.25 },
    immigration: { nurse: 0.17, gp: 0.2 },
  },
  {
    id: 'rural',
    name: 'Rural',
    population: 0.16,
    growth: -0.007,
    tilt: 0.35,
    stock: { nurse: 0.15, gp: 0.13 },
    intake: { nurse: 0.13, gp: 0 },
    immigration: { nurse: 0.1, gp: 0.1 },
  },
];

/** Share of graduates who work in the region where they trained. */
export const STAY_HOME = 0.7;
/** Where the other graduates go: most to the capital (the capital's own to the others alike). */
function graduateDestinations(from: string): Record<string, number> {
  const row: Record<string, number> = {};
  const others = REGIONS.filter((r) => r.id !== from);
  for (const r of REGIONS) {
    if (r.id === from) row[r.id] = STAY_HOME;
    else if (from === 'capital') row[r.id] = round((1 - STAY_HOME) / others.length, 6);
    else row[r.id] = r.id === 'capital' ? 0.2 : round((1 - STAY_HOME - 0.2) / 2, 6);
  }
  return row;
}

/** Annual probability of moving, per profession: from → to → Dist. */
export const MOBILITY: Record<string, Record<string, Record<string, Dist>>> = {
  nurse: {
    rural: { capital: { dist: 'uniform', min: 0.02, max: 0.03 } },
    north: { capital: 0.004 },
    south: { capital: 0.004 },
    capital: { north: 0.002, south: 0.002, rural: 0.001 },
  },
  gp: {
    rural: { capital: { dist: 'pert', min: 0.01, mode: 0.015, max: 0.025 } },
    north: { capital: 0.003 },
    south: { capital: 0.003 },
    capital: { rural: 0.002 },
  },
};

/** The regional policy: extra nurse training places a year in the rural region. */
export const RURAL_POLICY = {
  profession: 'nurse',
  parameter: 'training.intake',
  kind: 'absolute',
  value: 60,
  startYear: 2028,
  fullYear: 2030,
  region: 'rural',
};

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function ageWeight(tilt: number, age: number): number {
  return Math.max(0.2, 1 + (tilt * (age - 45)) / 45);
}

/** Splits values by age (starting at `minAge`) with a share and an age tilt, normalised so
 *  that the region's total is `share` of the national total. */
function split(values: number[], minAge: number, share: number, tilt: number): number[] {
  const w = values.map((v, i) => v * ageWeight(tilt, minAge + i));
  const total = values.reduce((a, b) => a + b, 0);
  const wTotal = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (wTotal > 0 ? Math.round((x * share * total) / wTotal) : 0));
}

function splitDist(d: Dist, share: number): Dist {
  if (share === 0) return 0;
  if (typeof d === 'number') return round(d * share, 1);
  const out: Json = { ...d };
  for (const key of ['min', 'mode', 'max', 'mean', 'median']) {
    const v = out[key];
    if (typeof v === 'number') out[key] = round(v * share, 1);
  }
  return out;
}

function fteOf(fte: unknown, sex: 'female' | 'male', i: number): number {
  if (typeof fte === 'number') return fte;
  return (fte as Record<string, number[]>)[sex][i];
}

/** FTE of a stock by age and sex (FTE per head: one number or one per age and sex). */
function fteOfStock(fte: unknown, stock: { female: number[]; male: number[] }): number {
  let t = 0;
  for (const sex of ['female', 'male'] as const) {
    stock[sex].forEach((n, i) => (t += n * fteOf(fte, sex, i)));
  }
  return t;
}

/** Builds the regional example from the national one. */
export function regionalExample(national: Json): Json {
  const doc = structuredClone(national) as Json & {
    ages: { min: number; max: number };
    baseYear: number;
    population: { ages: { min: number; max: number }; years: number[] } & Table;
    professions: (Json & {
      id: string;
      stock: { female: number[]; male: number[] };
      fte: unknown;
      training: Json & { intake: Dist; pipeline?: number[] };
      immigration: Json;
      demand: Json & { utilisation?: { female: number[]; male: number[] } };
    })[];
    policies: Json[];
  };
  const pop = doc.population;
  const popMin = pop.ages.min;
  const tables: Record<string, Table> = {};
  for (const r of REGIONS) {
    const grow = (row: number[], k: number) =>
      split(row, popMin, r.population, r.tilt).map((x) => Math.round(x * (1 + r.growth) ** k));
    tables[r.id] = {
      female: pop.female.map((row, k) => grow(row, k)),
      male: pop.male.map((row, k) => grow(row, k)),
    };
  }
  /** Need per region in the base year: the population weighted by utilisation, or not. */
  const need = (util?: { female: number[]; male: number[] }): number[] =>
    REGIONS.map((r) => {
      const t = tables[r.id];
      let n = 0;
      t.female[0].forEach((x, i) => (n += x * (util ? util.female[i] : 1)));
      t.male[0].forEach((x, i) => (n += x * (util ? util.male[i] : 1)));
      return n;
    });

  const professions = doc.professions.map((p) => {
    const key = p.id as 'nurse' | 'gp';
    const minAge = doc.ages.min;
    const stock = Object.fromEntries(
      REGIONS.map((r) => [
        r.id,
        {
          female: split(p.stock.female, minAge, r.stock[key], r.tilt),
          male: split(p.stock.male, minAge, r.stock[key], r.tilt),
        },
      ]),
    );
    const fte0 = fteOfStock(p.fte, p.stock);
    const needs = need(p.demand.utilisation);
    const needTotal = needs.reduce((a, b) => a + b, 0);
    const training = {
      ...p.training,
      intake: Object.fromEntries(
        REGIONS.map((r) => [r.id, splitDist(p.training.intake, r.intake[key])]),
      ),
      ...(p.training.pipeline
        ? {
            pipeline: Object.fromEntries(
              REGIONS.map((r) => [
                r.id,
                p.training.pipeline!.map((x) => Math.round(x * r.intake[key])),
              ]),
            ),
          }
        : {}),
      graduateDestinations: Object.fromEntries(
        REGIONS.filter((r) => r.intake[key] > 0).map((r) => [r.id, graduateDestinations(r.id)]),
      ),
    };
    return {
      ...p,
      stock,
      training,
      immigration: {
        ...p.immigration,
        regionShares: Object.fromEntries(REGIONS.map((r) => [r.id, r.immigration[key]])),
      },
      mobility: MOBILITY[key],
      demand: {
        ...p.demand,
        baseFte: Object.fromEntries(
          REGIONS.map((r, i) => [r.id, Math.round((fte0 * needs[i]) / needTotal)]),
        ),
      },
    };
  });

  return {
    schema: doc.schema,
    name: 'Exampleland regions: nurses and GPs',
    description:
      'Synthetic example, the numbers are made up but plausible: Exampleland split into a growing Capital, North, South and an older, shrinking Rural region. Each region has its own population, stock, training places and need; 70 % of graduates stay where they trained, and every year 2–3 % of the rural nurses move to the capital. From 2028 the rural region trains 60 more nurses a year.',
    baseYear: doc.baseYear,
    horizonYears: doc.horizonYears,
    simulation: doc.simulation,
    ages: doc.ages,
    regions: REGIONS.map((r) => ({ id: r.id, name: r.name })),
    population: { ages: pop.ages, years: pop.years, regions: tables },
    professions,
    substitution: doc.substitution,
    policies: [...doc.policies, RURAL_POLICY],
    shocks: doc.shocks,
    analysis: doc.analysis,
  };
}

/** The file's text: one line of JSON, as the other examples. */
export function regionalExampleText(): string {
  const national = JSON.parse(readFileSync(NATIONAL_PATH, 'utf8')) as Json;
  return JSON.stringify(regionalExample(national)) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = regionalExampleText();
  let current = '';
  try {
    current = readFileSync(REGIONAL_PATH, 'utf8');
  } catch {
    // not written yet
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(
        `${REGIONAL_PATH} is out of date: run npx tsx scripts/make-regional-example.ts`,
      );
      process.exit(1);
    }
  } else {
    writeFileSync(REGIONAL_PATH, text);
    console.log(`wrote ${REGIONAL_PATH} (${text.length} characters)`);
  }
}
