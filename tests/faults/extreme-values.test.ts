/**
 * Extreme but well-formed numbers: each is refused by the validation with its path, by the
 * command line (exit 2, nothing written) and by parse + simulate; a run whose numbers still
 * leave what a 64-bit number holds stops with a message, never with NaN or null; and any
 * scenario within the documented limits simulates to finite numbers in both engines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { simulate } from '../../model/projection/simulate.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Dist, Scenario } from '../../model/scenario/types.ts';
import { NonFiniteResultError } from '../../model/summaries/finite.ts';
import {
  MAX_COUNT,
  MAX_FTE_PER_HEAD,
  MAX_GSD,
  MAX_HEADCOUNT,
  MAX_PER_1000,
  MAX_POPULATION,
  MAX_RATE,
  MAX_RELATIVE_CHANGE,
  MAX_SUBSTITUTION_RATIO,
  MAX_UTILISATION,
} from '../../model/scenario/limits.ts';
import { wasmEngine } from '../../workers/wasm-host.ts';
import { exampleJson, scenarioArb } from '../helpers/scenarios.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the cases edit raw JSON documents */
type Doc = any;

interface ExtremeCase {
  name: string;
  example: 'minimal' | 'exampleland';
  edit: (d: Doc) => void;
  /** The path (or its start) the message must name. */
  path: string;
}

const lognormal = (median: number, gsd: number) => ({ dist: 'lognormal', median, gsd });

/** The extreme files of the issue, and a few more of the same kind. */
const EXTREMES: ExtremeCase[] = [
  {
    name: 'a stock of 1e308',
    example: 'minimal',
    edit: (d) => (d.professions[0].stock.female[3] = 1e308),
    path: 'professions[0].stock.female[3]',
  },
  {
    name: 'an FTE per head of 1e308',
    example: 'minimal',
    edit: (d) => (d.professions[0].fte = 1e308),
    path: 'professions[0].fte',
  },
  {
    name: 'a pipeline of 1e308 students',
    example: 'minimal',
    edit: (d) => (d.professions[0].training.pipeline = [1e308, 10, 10]),
    path: 'professions[0].training.pipeline[0]',
  },
  {
    name: 'a base FTE of 1e308',
    example: 'minimal',
    edit: (d) => (d.professions[0].demand.baseFte = 1e308),
    path: 'professions[0].demand.baseFte',
  },
  {
    name: 'a population of 1e308',
    example: 'exampleland',
    edit: (d) => (d.population.female[0][40] = 1e308),
    path: 'population.female[0][40]',
  },
  {
    name: 'a task-shifting ratio of 1e308',
    example: 'exampleland',
    edit: (d) => (d.substitution[0].ratio = 1e308),
    path: 'substitution[0].ratio',
  },
  {
    name: 'an absolute FTE policy of 1e308',
    example: 'exampleland',
    edit: (d) =>
      d.policies.push({
        profession: 'nurse',
        parameter: 'fte',
        kind: 'absolute',
        value: 1e308,
        startYear: 2026,
        fullYear: 2028,
      }),
    path: 'policies[2].value',
  },
  {
    name: 'a demand trend of 1e300',
    example: 'minimal',
    edit: (d) => (d.professions[0].demand.trends.sociocultural = 1e300),
    path: 'professions[0].demand.trends.sociocultural',
  },
  {
    name: 'a lognormal intake with median 1e300 and gsd 1e300',
    example: 'minimal',
    edit: (d) => (d.professions[0].training.intake = lognormal(1e300, 1e300)),
    path: 'professions[0].training.intake.median',
  },
  {
    name: 'a base-year population of 5e-324',
    example: 'exampleland',
    edit: (d) => {
      const k = d.population.years.indexOf(d.baseYear);
      d.population.female[k] = d.population.female[k].map(() => 0);
      d.population.male[k] = d.population.male[k].map(() => 0);
      d.population.female[k][30] = 5e-324;
    },
    path: 'population',
  },
  {
    name: 'an absolute policy uniform on −1e308 … 1e308',
    example: 'exampleland',
    edit: (d) => {
      d.policies[0].kind = 'absolute';
      d.policies[0].value = { dist: 'uniform', min: -1e308, max: 1e308 };
    },
    path: 'policies[0].value.min',
  },
  {
    name: 'an intake of 1e308',
    example: 'minimal',
    edit: (d) => (d.professions[0].training.intake = 1e308),
    path: 'professions[0].training.intake',
  },
  {
    name: 'a utilisation of 1e308',
    example: 'exampleland',
    edit: (d) => (d.professions[0].demand.utilisation.female[50] = 1e308),
    path: 'professions[0].demand.utilisation.female[50]',
  },
  {
    name: 'an FTE trend drawn from a normal with sd 1e308',
    example: 'minimal',
    edit: (d) => (d.professions[0].fteTrend = { dist: 'normal', mean: 0, sd: 1e308 }),
    path: 'professions[0].fteTrend.sd',
  },
  {
    name: 'a crisis raising demand by 1e300',
    example: 'exampleland',
    edit: (d) => (d.shocks[0].demandIncrease = 1e300),
    path: 'shocks[0].demandIncrease',
  },
  {
    name: 'immigration from a lognormal with gsd 1e300',
    example: 'minimal',
    edit: (d) => (d.professions[0].immigration.perYear = lognormal(5, 1e300)),
    path: 'professions[0].immigration.perYear.gsd',
  },
  {
    name: 'a target of 1e308 FTE per 1 000 people',
    example: 'exampleland',
    edit: (d) => (d.professions[1].demand.ratio.targetPer1000 = 1e308),
    path: 'professions[1].demand.ratio.targetPer1000',
  },
  {
    name: 'a utilisation that weighs the base year at 5e-324',
    example: 'exampleland',
    edit: (d) => {
      const u = d.professions[0].demand.utilisation;
      u.female = u.female.map(() => 0);
      u.male = u.male.map(() => 0);
      u.female[30] = 5e-320;
    },
    path: 'professions[0].demand.utilisation',
  },
];

function extremeDoc(c: ExtremeCase): Doc {
  const d = structuredClone(exampleJson(c.example)) as Doc;
  c.edit(d);
  return d;
}

const dir = mkdtempSync(join(tmpdir(), 'hwf-extreme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const held = { tried: 0, held: 0 };

describe('extreme but well-formed numbers', () => {
  it.each(EXTREMES.map((c, i) => [i, c.name] as const))(
    'file %i (%s): the command line refuses it with its path and writes no number',
    (i) => {
      const c = EXTREMES[i];
      const file = join(dir, `extreme-${i}.json`);
      writeFileSync(file, JSON.stringify(extremeDoc(c)));
      for (const argv of [
        ['validate', file],
        ['simulate', file, '--runs', '50', '--engine', 'reference'],
        ['simulate', file, '--runs', '50', '--engine', 'wasm', '--format', 'csv'],
      ]) {
        held.tried++;
        const out = cli(argv);
        expect(out.code, `${argv.join(' ')}\n${out.stderr}`).toBe(2);
        expect(out.stderr).toContain(`${c.path}`);
        expect(out.stderr).not.toMatch(/^\s+at /m);
        expect(out.stdout).toBe('');
        expect(out.stderr).not.toMatch(/NaN|null/);
        held.held++;
      }
    },
  );

  it.each(EXTREMES.map((c, i) => [i, c.name] as const))(
    'file %i (%s): parseScenario refuses it at its path',
    (i) => {
      const c = EXTREMES[i];
      const r = parseScenario(extremeDoc(c));
      held.tried++;
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map(formatIssue).join('\n')).toContain(c.path);
      held.held++;
    },
  );

  afterAll(() => {
    console.info(`extreme files: ${held.held} of ${held.tried} checks held`);
  });
});

// ---- the safety net ------------------------------------------------------------------

const core = loadCoreModule();
const ENGINES = {
  reference: undefined,
  wasm: wasmEngine(core),
} as const;

function parsed(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.errors.map(formatIssue).join('\n'));
  return r.scenario;
}

describe('a number that overflows in a run is an error, never a number', () => {
  // Validation keeps these out; the engine must still never report them as numbers.
  const overflows: [string, (s: Scenario) => void, RegExp][] = [
    [
      'a stock of 1e308',
      (s) => {
        s.professions[0].stock.female[0] = 1e308;
        s.professions[0].stock.female[1] = 1e308;
      },
      /headcount of Midwives \(midwife\) in 2025/,
    ],
    [
      'a demand trend of 1e300',
      (s) => (s.professions[0].demand.trends = { sociocultural: 1e300 }),
      /FTE demand of Midwives \(midwife\) in 2027/,
    ],
  ];
  for (const [name, edit, message] of overflows) {
    for (const [engine, factory] of Object.entries(ENGINES)) {
      it(`${name} (${engine}): the summary stops with the profession, measure and year`, () => {
        const s = parsed(exampleJson('minimal'));
        edit(s);
        let error: unknown;
        try {
          simulate(s, { runs: 20, engine: factory });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(NonFiniteResultError);
        expect((error as Error).message).toMatch(message);
      });
    }
  }
});

// ---- within the limits, every number is finite ----------------------------------------

/** Pushes a generated scenario's numbers to the documented limits (a random choice of them). */
function pushed(s: Scenario, picks: boolean[]): Scenario {
  const out = structuredClone(s);
  const pick = (i: number) => picks[i % picks.length];
  const rate = (i: number): Dist =>
    pick(i)
      ? { dist: 'normal', mean: MAX_RATE, sd: MAX_RATE + 1, max: MAX_RATE, resample: 'yearly' }
      : MAX_RATE;
  out.professions.forEach((p, j) => {
    const o = 10 * j;
    if (pick(o)) p.stock.female = p.stock.female.map(() => MAX_HEADCOUNT);
    if (pick(o + 1)) p.fte = MAX_FTE_PER_HEAD;
    if (pick(o + 2)) p.fteTrend = rate(o + 3);
    if (pick(o + 4)) {
      p.training!.intake = pick(o + 5)
        ? { dist: 'lognormal', median: MAX_COUNT, gsd: MAX_GSD, resample: 'yearly' }
        : MAX_COUNT;
    }
    if (pick(o + 6) && p.training!.pipeline) p.training!.pipeline.fill(MAX_COUNT);
    if (pick(o + 7)) p.immigration!.perYear = MAX_COUNT;
    if (pick(o + 8)) p.demand.unmet = MAX_RATE;
    if (p.demand.method === 'utilisation') {
      if (pick(o + 9)) p.demand.baseFte = MAX_COUNT;
      p.demand.trends = {
        epidemiology: rate(o + 1),
        sociocultural: rate(o + 2),
        technology: rate(o + 5),
        efficiency: rate(o + 7),
      };
      if (p.demand.utilisation && pick(o + 3)) {
        p.demand.utilisation.female[0] = MAX_UTILISATION;
      }
    } else if (p.demand.ratio) {
      p.demand.ratio.targetPer1000 = MAX_PER_1000;
    }
  });
  const pop = out.population;
  if (pop && 'female' in pop && pick(3))
    pop.female = pop.female.map((row) => row.map(() => MAX_POPULATION));
  out.substitution.forEach((r) => (r.ratio = MAX_SUBSTITUTION_RATIO));
  out.policies.forEach((p) => {
    if (p.kind === 'relative') p.value = MAX_RELATIVE_CHANGE;
  });
  out.shocks.forEach((sh) => {
    sh.demandIncrease = MAX_RATE;
    sh.probabilityPerYear = 1;
  });
  out.simulation.runs = 5;
  return out;
}

function everyNumberFinite(result: HwfResult): void {
  for (const p of result.professions) {
    for (const measure of ['headcount', 'fte', 'demand', 'gap'] as const) {
      for (const series of Object.values(p[measure])) {
        for (const x of series) expect(Number.isFinite(x), `${p.id} ${measure}`).toBe(true);
      }
    }
    for (const x of p.shortageProbability) expect(Number.isFinite(x)).toBe(true);
    const ri = p.requiredIntake;
    if (ri.unreachable) expect(ri.reason).toMatch(/\w/);
    else expect(Number.isFinite(ri.mean)).toBe(true);
    for (const e of p.sensitivity) expect(Number.isFinite(e.rankCorrelation)).toBe(true);
  }
  expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
}

describe('within the documented limits', () => {
  it('any scenario pushed to the limits simulates to finite numbers in both engines', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        (s, picks) => {
          const doc = pushed(s, picks);
          const r = parseScenario(doc);
          expect(r.ok, r.ok ? '' : r.errors.map(formatIssue).join('\n')).toBe(true);
          if (!r.ok) return;
          for (const engine of Object.values(ENGINES))
            everyNumberFinite(simulate(r.scenario, { engine }));
        },
      ),
      { numRuns: 40 },
    );
  });
});
