/**
 * Check against history (docs/backtest.md): the working scenario's parameters, started in
 * a past year from the observed total of one profession, projected to the last observed
 * year, so that the projection's bands can be laid over what was observed.
 *
 * `prepareBacktest` makes the past scenario and the observed headcounts it is scored on;
 * the caller runs it (any engine) and gives the result to `scoreBacktest` (score.ts).
 */
import { parseScenario, formatIssue } from '../scenario/parse.ts';
import type { PopulationInline, Profession, Scenario } from '../scenario/types.ts';
import { breakBetween, breakYears, observedHeadcounts } from '../observed/series.ts';
import type { DensityPoint, ObservedHeadcount } from '../observed/series.ts';
import { scaledStock } from '../observed/shape.ts';

export interface BacktestRequest {
  /** The working scenario (national; a regional one is refused). */
  scenario: Scenario;
  /** The id of the scenario's profession to check. */
  professionId: string;
  /** The past base year: the projection starts from the observed total of this year. */
  from: number;
  /** The shipped population data set of the country, e.g. `wpp2019-it`, and its numbers. */
  datasetId: string;
  population: PopulationInline;
  /** The observed densities per 10 000 of the profession's series in that country. */
  observed: readonly DensityPoint[];
  /** Overrides the scenario's runs and seed. */
  runs?: number;
  seed?: number;
}

/** One observed year as the score sees it. */
export interface ObservedYear extends ObservedHeadcount {
  /** Years since the past base year. */
  horizon: number;
  /** Left out of the score: the base year itself (the start), or a break in series lies
   *  between the base year and this year. */
  excluded: false | 'start' | 'break';
}

export interface PreparedBacktest {
  /** The past scenario to run: the working one's parameters from `from` to `to`. */
  scenario: Scenario;
  from: number;
  to: number;
  profession: { id: string; name: string };
  /** The headcount the past scenario starts from (the observed total of `from`). */
  startHeadcount: number;
  observed: ObservedYear[];
  /** Years of possible breaks in the country's series. */
  breaks: number[];
  /** What was changed from the working scenario, in words. */
  notes: string[];
}

export type PrepareResult = { ok: true; value: PreparedBacktest } | { ok: false; message: string };

const fail = (message: string): PrepareResult => ({ ok: false, message });

/** "59 325 232": whole numbers grouped by thousands, as the docs write them. */
const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** Neutral demand over the population's ages: demand is not checked here, only supply. */
function neutralDemand(pop: PopulationInline): Profession['demand'] {
  const ones = () => new Array<number>(pop.ages.max - pop.ages.min + 1).fill(1);
  return {
    method: 'utilisation',
    baseFte: null,
    unmet: 0,
    utilisation: { female: ones(), male: ones() },
    trends: {},
  };
}

/** The past scenario and the observed years, or a sentence saying why not. */
export function prepareBacktest(req: BacktestRequest): PrepareResult {
  const { scenario, professionId, from, population } = req;
  if (scenario.regions !== undefined) {
    return fail(
      'the check against history runs on a national scenario; this one has regions. ' +
        'Check a national copy of it (one region holding everything).',
    );
  }
  const profession = scenario.professions.find((p) => p.id === professionId);
  if (!profession) {
    const ids = scenario.professions.map((p) => p.id).join(', ');
    return fail(`the scenario has no profession "${professionId}" (it has: ${ids})`);
  }
  const observed = observedHeadcounts(req.observed, population);
  const breaks = breakYears(req.observed);
  const start = observed.find((o) => o.year === from);
  if (!start) {
    const years = observed.map((o) => o.year);
    const span = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : 'none';
    return fail(
      `nothing is observed in ${from} with a population to go with it; ` +
        `observed years with population data: ${span}` +
        (years.length > 0 && years.length < years[years.length - 1] - years[0] + 1
          ? ` (some years missing: ${years.join(', ')})`
          : ''),
    );
  }
  const after = observed.filter((o) => o.year > from);
  if (after.length === 0) return fail(`nothing is observed after ${from} to check against`);
  const to = after[after.length - 1].year;
  const notes: string[] = [
    `Starts in ${from} from the observed total: ${start.per10000} per 10 000 inhabitants × ` +
      `${grouped(start.population)} inhabitants = ${grouped(start.headcount)}, spread ` +
      `over ages and sexes as the scenario's own stock of ${profession.name} (assumed).`,
    'Only this profession is projected; demand, task shifting and costs are left out (the ' +
      'check is of supply).',
  ];
  const policies = scenario.policies.filter((p) => p.profession === professionId);
  const later = policies.filter((p) => p.startYear > to);
  if (later.length > 0) {
    notes.push(
      `${later.length} polic${later.length === 1 ? 'y starts' : 'ies start'} after ${to} ` +
        'and do not act in the past.',
    );
  }
  const past: Record<string, unknown> = {
    schema: scenario.schema,
    name: `${scenario.name}: check against history from ${from}`,
    description: notes.join(' '),
    baseYear: from,
    horizonYears: to - from,
    simulation: {
      runs: req.runs ?? scenario.simulation.runs,
      seed: req.seed ?? scenario.simulation.seed,
    },
    ages: { ...scenario.ages },
    population: { dataset: req.datasetId },
    professions: [
      {
        ...profession,
        stock: scaledStock(profession.stock, start.headcount, scenario.ages),
        demand: neutralDemand(population),
        costs: undefined,
      },
    ],
    substitution: [],
    policies: policies.filter((p) => p.startYear <= to),
    shocks: scenario.shocks
      .filter((s) => s.professions === undefined || s.professions.includes(professionId))
      .map((s) => (s.professions === undefined ? s : { ...s, professions: [professionId] })),
    analysis: { targetYear: to, intakeFromYear: Math.min(to, from + 1) },
  };
  const parsed = parseScenario(JSON.parse(JSON.stringify(past)) as unknown, {
    datasets: { [req.datasetId]: population },
  });
  if (!parsed.ok) {
    return fail(
      `the scenario cannot be started in ${from}: ` +
        parsed.errors.slice(0, 3).map(formatIssue).join('; '),
    );
  }
  return {
    ok: true,
    value: {
      scenario: parsed.scenario,
      from,
      to,
      profession: { id: profession.id, name: profession.name },
      startHeadcount: Math.round(start.headcount),
      observed: observed
        .filter((o) => o.year >= from && o.year <= to)
        .map((o) => ({
          ...o,
          horizon: o.year - from,
          excluded:
            o.year === from ? 'start' : breakBetween(breaks, from, o.year) ? 'break' : false,
        })),
      breaks,
      notes,
    },
  };
}
