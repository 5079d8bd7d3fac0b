/**
 * A regional scenario made from the Exampleland example (MODEL.md §6): four regions with
 * their own share of the people, the workforce and the schools, and nurses and GPs moving
 * from the rural region to the capital. The capital is well staffed, the rural region
 * short, so the results' regional views have something to show. `regionalResult` runs it
 * through the reference model.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../model/scenario/parse.ts';
import { regionalOf } from '../../model/regions/types.ts';
import { simulateRegions, type RegionalResult } from '../../model/regions/simulate.ts';

/** The regions: population share, share of today's workforce, share of school places. */
export const REGIONS = [
  { id: 'capital', name: 'Capital', people: 0.4, workforce: 0.5, schools: 0.55 },
  { id: 'north', name: 'North', people: 0.25, workforce: 0.24, schools: 0.22 },
  { id: 'south', name: 'South', people: 0.2, workforce: 0.17, schools: 0.16 },
  { id: 'rural', name: 'Rural', people: 0.15, workforce: 0.09, schools: 0.07 },
] as const;

type Json = Record<string, unknown>;

const scaleList = (values: number[], k: number) => values.map((v) => v * k);

/** A distribution scaled by `k` (the forms Exampleland uses for intake). */
function scaleDist(d: unknown, k: number): unknown {
  if (typeof d === 'number') return d * k;
  const dist = { ...(d as Json) };
  for (const key of ['min', 'mode', 'max', 'mean', 'median']) {
    if (typeof dist[key] === 'number') dist[key] = dist[key] * k;
  }
  return dist;
}

const byRegion = <T>(f: (r: (typeof REGIONS)[number]) => T): Record<string, T> =>
  Object.fromEntries(REGIONS.map((r) => [r.id, f(r)]));

/** The Exampleland example split into four regions (a fresh copy each time). */
export function regionalExampleland(runs = 400): Json {
  const doc = JSON.parse(
    readFileSync(new URL('../../app/data/examples/exampleland.json', import.meta.url), 'utf8'),
  ) as Json;
  const population = doc.population as Json;
  const professions = (doc.professions as Json[]).map((p) => {
    const stock = p.stock as { female: number[]; male: number[] };
    const training = p.training as Json;
    const pipeline = training.pipeline as number[] | undefined;
    return {
      ...p,
      stock: byRegion((r) => ({
        female: scaleList(stock.female, r.workforce),
        male: scaleList(stock.male, r.workforce),
      })),
      training: {
        ...training,
        intake: byRegion((r) => scaleDist(training.intake, r.schools)),
        ...(pipeline ? { pipeline: byRegion((r) => scaleList(pipeline, r.schools)) } : {}),
      },
      mobility: { rural: { capital: 0.03 }, south: { capital: 0.01 } },
      demand: { ...(p.demand as Json), baseFte: null },
    };
  });
  return {
    ...doc,
    name: 'Exampleland by region',
    simulation: { ...(doc.simulation as Json), runs },
    regions: REGIONS.map(({ id, name }) => ({ id, name })),
    population: { ...population, regionShares: byRegion((r) => r.people) },
    professions,
  };
}

/** The regional example's results from the reference model. */
export function regionalResult(runs = 200): RegionalResult {
  const parsed = parseScenario(regionalExampleland(runs));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const rs = regionalOf(parsed.scenario);
  if (!rs) throw new Error('the scenario has no regions');
  return simulateRegions(rs);
}
