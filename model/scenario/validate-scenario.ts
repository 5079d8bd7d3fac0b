/**
 * The whole document: top-level fields, then the population, the professions and the
 * lists that refer to them, then the analysis years. Collects every issue.
 */
import type { ParseOptions, ParseResult } from './parse-types.ts';
import {
  type Analysis,
  LIMITS,
  type Population,
  type PopulationInline,
  type Profession,
  SCENARIO_SCHEMA,
  type Scenario,
} from './types.ts';
import {
  type Ctx,
  type Rec,
  at,
  checkKeys,
  error,
  field,
  idx,
  isRecord,
  newCtx,
  num,
  show,
  span,
  warn,
} from './issues.ts';
import { readInt, readObject, readText } from './read-fields.ts';
import { MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_NESTING } from './limits.ts';
import { validatePopulation } from './validate-population.ts';
import { validateProfession } from './validate-profession.ts';
import { checkPoliciesOnLeftOut } from './validate-left-out.ts';
import { readCostSettings } from './validate-costs.ts';
import { validatePlan } from './validate-plan.ts';
import {
  policyValueDomain,
  readList,
  validatePolicy,
  validateShock,
  validateSubstitution,
} from './validate-rules.ts';

const TOP_KEYS = [
  'schema',
  'name',
  'description',
  'baseYear',
  'horizonYears',
  'simulation',
  'ages',
  'population',
  'professions',
  'substitution',
  'policies',
  'shocks',
  'analysis',
  'costs',
  'plan',
];
export const DEFAULT_NAME = 'Untitled scenario';
/** Years the parser accepts as a base year. */
export const BASE_YEAR_MIN = 1900;
export const BASE_YEAR_MAX = 2200;
/** The oldest single age of the workforce and of a population. */
export const MAX_AGE = 120;

export function validateScenario(input: unknown, options: ParseOptions): ParseResult {
  const ctx = newCtx(safeDatasets(options));
  if (!isRecord(input)) {
    error(ctx, '', 'scenario.notObject', { value: show(input) });
    return { ok: false, errors: ctx.errors, warnings: ctx.warnings };
  }
  if (!checkNesting(ctx, input)) return { ok: false, errors: ctx.errors, warnings: ctx.warnings };
  checkKeys(ctx, input, '', TOP_KEYS);
  checkSchema(ctx, field(input, 'schema'));
  const rawName = field(input, 'name');
  let name: string | undefined;
  if (rawName === undefined || (typeof rawName === 'string' && rawName.trim() === '')) {
    warn(ctx, 'name', 'name.missing', { name: DEFAULT_NAME });
    name = DEFAULT_NAME;
  } else name = readText(ctx, rawName, 'name', DEFAULT_NAME, MAX_NAME_CHARS);
  const description = readText(
    ctx,
    field(input, 'description'),
    'description',
    '',
    MAX_DESCRIPTION_CHARS,
  );
  ctx.baseYear = readInt(
    ctx,
    field(input, 'baseYear'),
    'baseYear',
    { min: BASE_YEAR_MIN, max: BASE_YEAR_MAX },
    'year',
  );
  ctx.horizonYears = readInt(
    ctx,
    field(input, 'horizonYears'),
    'horizonYears',
    { min: LIMITS.horizonMin, max: LIMITS.horizonMax },
    'years',
  );
  const simulation = readSimulation(ctx, field(input, 'simulation'));
  ctx.ages = readAges(ctx, field(input, 'ages'));

  const rawPopulation = field(input, 'population');
  const population: Population | undefined =
    rawPopulation === undefined ? undefined : validatePopulation(ctx, rawPopulation, 'population');
  const professions = readProfessions(ctx, field(input, 'professions'));
  const substitution = readList(
    ctx,
    field(input, 'substitution'),
    'substitution',
    'substitution',
    (e, p) => validateSubstitution(ctx, e, p),
  );
  const policies = readList(ctx, field(input, 'policies'), 'policies', 'policies', (e, p) =>
    validatePolicy(ctx, e, p),
  );
  if (policies) checkPoliciesOnLeftOut(ctx, field(input, 'professions'), policies);
  const shocks = readList(ctx, field(input, 'shocks'), 'shocks', 'shocks', (e, p, i) =>
    validateShock(ctx, e, p, i),
  );
  const analysis = readAnalysis(ctx, field(input, 'analysis'));
  const rawCosts = field(input, 'costs');
  const costs = rawCosts === undefined ? undefined : readCostSettings(ctx, rawCosts);
  const rawPlan = field(input, 'plan');
  const plan =
    rawPlan === undefined
      ? undefined
      : validatePlan(ctx, rawPlan, 'plan', {
          policies: policies?.length ?? 0,
          substitutions: substitution?.length ?? 0,
          policyDomain: (i) => (policies?.[i] ? policyValueDomain(policies[i]) : undefined),
          professionIds: ctx.professionIds,
          baseYear: ctx.baseYear,
          horizonYears: ctx.horizonYears,
        });
  if (simulation && professions && ctx.horizonYears !== undefined) {
    checkOutputSize(ctx, simulation.runs, professions.length, ctx.horizonYears);
  }

  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors, warnings: ctx.warnings };
  const scenario: Scenario = {
    schema: SCENARIO_SCHEMA,
    name: name!,
    description: description!,
    baseYear: ctx.baseYear!,
    horizonYears: ctx.horizonYears!,
    simulation: simulation!,
    ages: { ...ctx.ages! },
    professions: professions!,
    substitution: substitution!,
    policies: policies!,
    shocks: shocks!,
    analysis: analysis!,
  };
  if (population !== undefined) scenario.population = population;
  if (costs !== undefined) scenario.costs = costs;
  if (plan !== undefined) scenario.plan = plan;
  return { ok: true, scenario, warnings: ctx.warnings };
}

/**
 * The engine keeps every run's headcount, FTE and demand per profession and year until it
 * has summarised them (docs/engine.md, Memory): cap their number.
 */
export function checkOutputSize(
  ctx: Ctx,
  runs: number,
  professions: number,
  horizonYears: number,
): void {
  const cells = runs * professions * (horizonYears + 1);
  if (cells <= LIMITS.maxCells) return;
  const maxRuns = Math.floor(LIMITS.maxCells / (professions * (horizonYears + 1)));
  error(ctx, 'simulation.runs', 'simulation.tooManyResults', {
    cells: num(cells),
    limit: num(LIMITS.maxCells),
    runs: num(maxRuns),
  });
}

/**
 * Objects and lists nested deeper than MAX_NESTING (anywhere, also in fields that are
 * ignored) refuse the document: the same rule for a file, a link and a stored draft, and
 * no later step (the share link's writer, a copy) meets a value it cannot handle. Walked
 * without recursion, so no depth exhausts the stack.
 */
function checkNesting(ctx: Ctx, input: Record<string, unknown>): boolean {
  const stack: { value: object; path: string; depth: number }[] = [
    { value: input, path: '', depth: 1 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const list = Array.isArray(value);
    const keys = list ? null : Object.keys(value);
    const n = list ? (value as unknown[]).length : keys!.length;
    for (let i = 0; i < n; i++) {
      const child: unknown = list ? (value as unknown[])[i] : field(value as Rec, keys![i]);
      if (typeof child !== 'object' || child === null) continue;
      const childPath = list ? idx(path, i) : at(path, keys![i]);
      if (depth + 1 > MAX_NESTING) {
        error(ctx, childPath, 'scenario.tooDeep', { max: MAX_NESTING });
        return false;
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return true;
}

function safeDatasets(options: ParseOptions): Readonly<Record<string, PopulationInline>> {
  const d: unknown = isRecord(options) ? field(options, 'datasets') : undefined;
  return isRecord(d) ? (d as Record<string, PopulationInline>) : {};
}

function checkSchema(ctx: Ctx, v: unknown): void {
  if (v === SCENARIO_SCHEMA) return;
  if (v === undefined) {
    error(ctx, 'schema', 'schema.missing', { schema: SCENARIO_SCHEMA });
    return;
  }
  const m = typeof v === 'string' ? /^hwf-scenario\/(\d+)$/.exec(v) : null;
  if (m && Number(m[1]) > 1) {
    error(ctx, 'schema', 'schema.newer', { format: show(v), schema: SCENARIO_SCHEMA });
  } else {
    error(ctx, 'schema', 'schema.unknown', { schema: SCENARIO_SCHEMA, value: show(v) });
  }
}

function readSimulation(ctx: Ctx, v: unknown): Scenario['simulation'] | undefined {
  const obj = readObject(ctx, v, 'simulation', ['runs', 'seed'], 'simulation');
  if (obj === undefined) return undefined;
  const runs = readInt(ctx, field(obj, 'runs'), 'simulation.runs', {
    min: LIMITS.runsMin,
    max: LIMITS.runsMax,
  });
  const seed = readInt(ctx, field(obj, 'seed'), 'simulation.seed', { min: 0, max: LIMITS.seedMax });
  return runs !== undefined && seed !== undefined ? { runs, seed } : undefined;
}

function readAges(ctx: Ctx, v: unknown): Ctx['ages'] {
  const obj = readObject(ctx, v, 'ages', ['min', 'max'], 'ages');
  if (obj === undefined) return undefined;
  const min = readInt(ctx, field(obj, 'min'), 'ages.min', { min: 0, max: MAX_AGE }, 'age');
  const max = readInt(ctx, field(obj, 'max'), 'ages.max', { min: 0, max: MAX_AGE }, 'age');
  if (min === undefined || max === undefined) return undefined;
  if (max <= min) {
    error(ctx, 'ages.max', 'ages.maxNotAboveMin', { min, value: show(max) });
    return undefined;
  }
  const years = max - min + 1;
  if (years > LIMITS.maxAgeSpan) {
    error(ctx, 'ages', 'ages.tooMany', { ages: span(min, max), years, max: LIMITS.maxAgeSpan });
    return undefined;
  }
  return { min, max };
}

function readProfessions(ctx: Ctx, v: unknown): Profession[] | undefined {
  const max = LIMITS.maxProfessions;
  if (v === undefined) {
    error(ctx, 'professions', 'professions.missing', { max });
    return undefined;
  }
  if (!Array.isArray(v)) {
    error(ctx, 'professions', 'professions.notList', { max, value: show(v) });
    return undefined;
  }
  if (v.length === 0) error(ctx, 'professions', 'professions.empty');
  if (v.length > max) {
    error(ctx, 'professions', 'professions.tooMany', { max, count: num(v.length) });
  }
  const first = new Map<string, number>();
  v.forEach((p: unknown, i) => {
    const id = isRecord(p) ? field(p, 'id') : undefined;
    if (typeof id !== 'string' || id.trim() === '') return;
    const j = first.get(id);
    if (j === undefined) first.set(id, i);
    else
      error(ctx, at(idx('professions', i), 'id'), 'professions.duplicateId', {
        id: show(id),
        first: j,
        second: i,
      });
  });
  ctx.professionIds = [...first.keys()];
  const out: Profession[] = [];
  v.forEach((p: unknown, i) => {
    const r = validateProfession(ctx, p, idx('professions', i));
    if (r) out.push(r);
  });
  return out.length === v.length ? out : undefined;
}

function readAnalysis(ctx: Ctx, v: unknown): Analysis | undefined {
  const obj =
    v === undefined
      ? {}
      : readObject(ctx, v, 'analysis', ['targetYear', 'intakeFromYear'], 'analysis');
  if (obj === undefined) return undefined;
  const by = ctx.baseYear;
  const last =
    by !== undefined && ctx.horizonYears !== undefined ? by + ctx.horizonYears : undefined;
  const rawTarget = field(obj, 'targetYear');
  const rawIntake = field(obj, 'intakeFromYear');
  if (by === undefined || last === undefined) {
    // Without valid years only the form can be checked.
    if (rawTarget !== undefined) readInt(ctx, rawTarget, 'analysis.targetYear', {}, 'year');
    if (rawIntake !== undefined) readInt(ctx, rawIntake, 'analysis.intakeFromYear', {}, 'year');
    return undefined;
  }
  const targetYear =
    rawTarget === undefined
      ? last
      : readInt(ctx, rawTarget, 'analysis.targetYear', { min: by, max: last }, 'year');
  if (targetYear === undefined) {
    if (rawIntake !== undefined)
      readInt(ctx, rawIntake, 'analysis.intakeFromYear', { min: by + 1, max: last }, 'year');
    return undefined;
  }
  // The first year of changed intake is after the base year and at the latest the target
  // year — or the year after the base year when the target is the base year itself (then no
  // intake can change the target year's supply, and the result says so).
  const intakeFromYear =
    rawIntake === undefined
      ? by + 1
      : readInt(
          ctx,
          rawIntake,
          'analysis.intakeFromYear',
          { min: by + 1, max: Math.max(by + 1, targetYear) },
          'year',
        );
  return intakeFromYear === undefined ? undefined : { targetYear, intakeFromYear };
}
