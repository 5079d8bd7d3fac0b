/**
 * The largest simulation the limits allow, built from Exampleland: its professions repeated
 * to 30, a 60-year horizon (its population's last year carried forward) and as many runs
 * as keep runs × professions × (horizon + 1) within the limit of 10 000 000. Used by the
 * benchmark's big case (bench/browser.ts) and, scaled down, by the browser fault tests.
 */
import { readFileSync } from 'node:fs';
import { LIMITS } from '../model/scenario/types.ts';

export const BIG_PROFESSIONS = 30;
export const BIG_HORIZON = 60;

export interface BigScenarioOptions {
  professions?: number;
  horizonYears?: number;
  /** Default: the most runs the limit on runs × professions × (horizon + 1) allows. */
  runs?: number;
}

interface Doc {
  name: string;
  baseYear: number;
  horizonYears: number;
  simulation: { runs: number; seed: number };
  population: { years: number[]; female: number[][]; male: number[][] };
  professions: { id: string; name: string }[];
  substitution: unknown[];
  policies: unknown[];
  analysis: { targetYear: number; intakeFromYear: number };
}

/** Exampleland as a JSON document. */
export function examplelandDocument(): unknown {
  return JSON.parse(
    readFileSync(new URL('../app/data/examples/exampleland.json', import.meta.url), 'utf8'),
  );
}

/** The big scenario as a document (a JSON value that validates). */
export function bigScenarioDocument(options: BigScenarioOptions = {}): unknown {
  const professions = options.professions ?? BIG_PROFESSIONS;
  const horizon = options.horizonYears ?? BIG_HORIZON;
  const doc = structuredClone(examplelandDocument()) as Doc;
  const runs = options.runs ?? Math.floor(LIMITS.maxCells / (professions * (horizon + 1)));
  const base = doc.professions;
  doc.professions = Array.from({ length: professions }, (_, i) => {
    const p = base[i % base.length];
    const round = Math.floor(i / base.length);
    return round === 0
      ? p
      : { ...structuredClone(p), id: `${p.id}-${round + 1}`, name: `${p.name} ${round + 1}` };
  });
  // The population's last year carried forward to the end of the projection.
  const pop = doc.population;
  const lastYear = doc.baseYear + horizon;
  while (pop.years[pop.years.length - 1] < lastYear) {
    pop.years.push(pop.years[pop.years.length - 1] + 1);
    pop.female.push([...pop.female[pop.female.length - 1]]);
    pop.male.push([...pop.male[pop.male.length - 1]]);
  }
  doc.horizonYears = horizon;
  doc.simulation = { ...doc.simulation, runs };
  doc.name = `Exampleland ×${professions}, ${horizon} years, ${runs} runs`;
  return doc;
}
