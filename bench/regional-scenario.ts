/* eslint-disable @typescript-eslint/no-unused-vars -- fields are left out by destructuring */
/**
 * The benchmark's large regional scenario: 10 regions × 3 professions, built from
 * "Exampleland regions". Each of its four regions is repeated (Capital, North, South, Rural,
 * Capital 2, …) with its population, stocks, intakes, baseFte and pipeline scaled so that
 * the country stays about the size of Exampleland; the moves of each region go to the first
 * copy of their destination; the nurses are repeated as a third profession (midwives, a
 * tenth of their numbers); graduates stay where they trained and immigrants settle in
 * proportion to the headcount (the defaults).
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

export const BENCH_REGIONS = 10;

/** Exampleland regions as a JSON document. */
export function regionalExampleDocument(): Json {
  return JSON.parse(
    readFileSync(new URL('../app/data/examples/exampleland-regions.json', import.meta.url), 'utf8'),
  ) as Json;
}

const scaleList = (v: unknown, k: number): unknown =>
  Array.isArray(v)
    ? v.map((x: unknown) => (Array.isArray(x) ? scaleList(x, k) : (x as number) * k))
    : v;

const scaleTable = (t: Json, k: number): Json => ({
  female: scaleList(t.female, k),
  male: scaleList(t.male, k),
});

/** A distribution or number times k (count-like values only). */
function scaleDist(d: unknown, k: number): unknown {
  if (typeof d === 'number') return d * k;
  const o = { ...(d as Json) };
  for (const key of ['min', 'mode', 'max', 'mean', 'median']) {
    if (typeof o[key] === 'number') o[key] = o[key] * k;
  }
  if (typeof o.sd === 'number' && o.dist === 'normal') o.sd = o.sd * k;
  return o;
}

/** The 10-region × 3-profession scenario as a document (a JSON value that validates). */
export function benchRegionalDocument(regions = BENCH_REGIONS, runs = 10_000): Json {
  const base = regionalExampleDocument();
  const baseRegions = base.regions as { id: string; name: string }[];
  const copies = Array.from({ length: regions }, (_, i) => {
    const of = baseRegions[i % baseRegions.length];
    const n = Math.floor(i / baseRegions.length) + 1;
    return {
      of: of.id,
      id: n === 1 ? of.id : `${of.id}${n}`,
      name: n === 1 ? of.name : `${of.name} ${n}`,
    };
  });
  // Each base region's total is shared by its copies.
  const count = (id: string) => copies.filter((c) => c.of === id).length;
  const perRegion = <T>(m: Record<string, T>, f: (v: T, k: number) => unknown) =>
    Object.fromEntries(copies.map((c) => [c.id, f(m[c.of], 1 / count(c.of))]));
  const pop = base.population as Json & { regions: Record<string, Json> };
  const professions = (base.professions as Json[]).map((p) => {
    const t = p.training as Json;
    const d = p.demand as Json;
    const im = p.immigration as Json;
    const mobility: Record<string, Record<string, unknown>> = {};
    for (const c of copies) {
      const row = (p.mobility as Record<string, Record<string, unknown>> | undefined)?.[c.of];
      if (row) mobility[c.id] = Object.fromEntries(Object.entries(row));
    }
    const { graduateDestinations: _g, ...training } = t;
    const { regionShares: _s, ...immigration } = im;
    return {
      ...p,
      stock: perRegion(p.stock as Record<string, Json>, scaleTable),
      training: {
        ...training,
        intake: perRegion(t.intake as Record<string, unknown>, scaleDist),
        ...(t.pipeline
          ? { pipeline: perRegion(t.pipeline as Record<string, unknown>, scaleList) }
          : {}),
      },
      immigration,
      mobility,
      demand: {
        ...d,
        baseFte:
          d.baseFte === null ? null : perRegion(d.baseFte as Record<string, unknown>, scaleDist),
      },
    };
  });
  const nurse = professions[0];
  const midwife = JSON.parse(JSON.stringify(nurse), (key, v: unknown) => v) as Json;
  midwife.id = 'midwife';
  midwife.name = 'Midwives';
  const tenth = (m: unknown, f: (v: never, k: number) => unknown) =>
    Object.fromEntries(Object.entries(m as Json).map(([id, v]) => [id, f(v as never, 0.1)]));
  midwife.stock = tenth(midwife.stock, scaleTable);
  const mt = midwife.training as Json;
  mt.intake = tenth(mt.intake, scaleDist);
  if (mt.pipeline) mt.pipeline = tenth(mt.pipeline, scaleList);
  const mim = midwife.immigration as Json;
  mim.perYear = scaleDist(mim.perYear, 0.1);
  const md = midwife.demand as Json;
  if (md.baseFte !== null) md.baseFte = tenth(md.baseFte, scaleDist);
  return {
    ...base,
    name: `Exampleland, ${regions} regions`,
    simulation: { ...(base.simulation as Json), runs },
    regions: copies.map((c) => ({ id: c.id, name: c.name })),
    population: {
      ages: pop.ages,
      years: pop.years,
      regions: perRegion(pop.regions, scaleTable),
    },
    professions: [...professions, midwife],
    policies: (base.policies as Json[]).filter(
      (p) => p.region === undefined || copies.some((c) => c.id === p.region),
    ),
  };
}
