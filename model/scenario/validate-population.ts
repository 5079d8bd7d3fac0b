/**
 * The optional population: inline data, or `{"dataset": id}` resolved from the data sets
 * the app ships (ParseOptions.datasets). Either must cover every projected year.
 */
import type { Population, PopulationInline } from './types.ts';
import {
  type AgeRange,
  type Ctx,
  at,
  error,
  field,
  idx,
  isRecord,
  newCtx,
  show,
  span,
} from './issues.ts';
import { readInt, readObject, readValues } from './read-fields.ts';
import { MAX_POPULATION, MIN_BASE_POPULATION } from './limits.ts';

const INLINE_KEYS = ['ages', 'years', 'female', 'male'];

/** Checks `scenario.population` (present) and records its data in ctx.population. */
export function validatePopulation(ctx: Ctx, v: unknown, path: string): Population | undefined {
  ctx.population = 'invalid';
  if (isRecord(v) && field(v, 'dataset') !== undefined) return validateRef(ctx, v, path);
  const data = validateInline(ctx, v, path);
  if (data === undefined) return undefined;
  if (!checkCoverage(ctx, data, at(path, 'years'), false)) return undefined;
  if (!checkBaseTotal(ctx, data, path)) return undefined;
  ctx.population = data;
  return data;
}

function validateRef(ctx: Ctx, v: Record<string, unknown>, path: string): Population | undefined {
  const p = at(path, 'dataset');
  readObject(ctx, v, path, ['dataset'], 'population');
  const id = field(v, 'dataset');
  if (typeof id !== 'string' || id.trim() === '') {
    error(ctx, p, 'dataset.notText', { value: show(id) });
    return undefined;
  }
  const known = Object.keys(ctx.datasets);
  if (!Object.prototype.hasOwnProperty.call(ctx.datasets, id)) {
    if (known.length) error(ctx, p, 'dataset.unknown', { id: show(id), known: known.join(', ') });
    else error(ctx, p, 'dataset.unknownNone', { id: show(id) });
    return undefined;
  }
  // Shipped data is checked like inline data, so a damaged file cannot reach the engine.
  const scratch = newCtx({});
  const data = validateInline(scratch, ctx.datasets[id], '');
  if (data === undefined || scratch.errors.length > 0) {
    const first = scratch.errors[0];
    if (first === undefined) error(ctx, p, 'dataset.damaged', { id: show(id) });
    else if (first.path === '')
      error(ctx, p, 'dataset.broken', { id: show(id), problem: first.message });
    else {
      error(ctx, p, 'dataset.brokenAt', { id: show(id), path: first.path, problem: first.message });
    }
    return undefined;
  }
  if (!checkCoverage(ctx, data, p, true)) return undefined;
  if (!checkBaseTotal(ctx, data, path)) return undefined;
  ctx.population = data;
  return { dataset: id };
}

/** Inline population data: shape and values only (coverage is checked by the caller). */
export function validateInline(ctx: Ctx, v: unknown, path: string): PopulationInline | undefined {
  const before = ctx.errors.length;
  const obj = readObject(ctx, v, path, INLINE_KEYS, 'population');
  if (obj === undefined) return undefined;
  const ages = readPopulationAges(ctx, field(obj, 'ages'), at(path, 'ages'));
  const years = readYears(ctx, field(obj, 'years'), at(path, 'years'));
  const rows = (sex: 'female' | 'male'): number[][] | undefined => {
    const p = at(path, sex);
    const raw = field(obj, sex);
    const count: Record<string, number> = years ? { years: years.length } : {};
    const y = years ? 'Years' : '';
    if (raw === undefined) {
      error(ctx, p, `population.rowsMissing${y}`, count);
      return undefined;
    }
    if (!Array.isArray(raw)) {
      error(ctx, p, `population.rowsNotList${y}`, { ...count, value: show(raw) });
      return undefined;
    }
    if (years && raw.length !== years.length) {
      error(ctx, p, 'population.rowsWrongLength', { years: years.length, length: raw.length });
    }
    const n = ages ? ages.max - ages.min + 1 : undefined;
    const out: number[][] = [];
    raw.forEach((row: unknown, i) => {
      const r = readValues(ctx, row, idx(p, i), {
        length: n,
        lengthPhrase: ages
          ? `${n} values, one per age ${span(ages.min, ages.max)}`
          : 'one value per age',
        noun: 'population',
        max: MAX_POPULATION,
        maxWhat: 'of one age and sex',
      });
      if (r) out.push(r);
    });
    return out;
  };
  const female = rows('female');
  const male = rows('male');
  if (ctx.errors.length > before || !ages || !years || !female || !male) return undefined;
  return { ages, years, female, male };
}

function readPopulationAges(ctx: Ctx, v: unknown, path: string): AgeRange | undefined {
  const obj = readObject(ctx, v, path, ['min', 'max'], 'populationAges');
  if (obj === undefined) return undefined;
  const min = readInt(ctx, field(obj, 'min'), at(path, 'min'), { min: 0, max: 120 }, 'age');
  const max = readInt(ctx, field(obj, 'max'), at(path, 'max'), { min: 0, max: 120 }, 'age');
  if (min === undefined || max === undefined) return undefined;
  if (min > max) {
    error(ctx, at(path, 'max'), 'populationAges.maxBelowMin', { min, value: show(max) });
    return undefined;
  }
  return { min, max };
}

function readYears(ctx: Ctx, v: unknown, path: string): number[] | undefined {
  if (!Array.isArray(v) || v.length === 0) {
    if (v === undefined) error(ctx, path, 'populationYears.missing');
    else error(ctx, path, 'populationYears.invalid', { value: show(v) });
    return undefined;
  }
  let ok = true;
  v.forEach((y: unknown, i) => {
    const prev: unknown = i > 0 ? v[i - 1] : undefined;
    if (typeof y !== 'number' || !Number.isInteger(y)) {
      error(ctx, idx(path, i), 'populationYears.notWhole', { value: show(y) });
      ok = false;
    } else if (typeof prev === 'number' && Number.isInteger(prev) && y <= prev) {
      error(ctx, idx(path, i), 'populationYears.order', { year: y, previous: prev });
      ok = false;
    }
  });
  return ok ? (v as number[]).slice() : undefined;
}

/** Years baseYear..baseYear+horizonYears must all be in the data (skipped if unknown). */
function checkCoverage(ctx: Ctx, data: PopulationInline, path: string, dataset: boolean): boolean {
  if (ctx.baseYear === undefined || ctx.horizonYears === undefined) return true;
  const first = ctx.baseYear;
  const last = ctx.baseYear + ctx.horizonYears;
  const have = new Set(data.years);
  const missing: number[] = [];
  for (let y = first; y <= last; y++) if (!have.has(y)) missing.push(y);
  if (missing.length === 0) return true;
  const years = data.years;
  if (dataset && years[years.length - 1] < last) {
    error(ctx, path, 'dataset.endsEarly', { last: years[years.length - 1], end: last });
  } else if (dataset && years[0] > first) {
    error(ctx, path, 'dataset.startsLate', { first: years[0], start: first });
  } else {
    error(ctx, path, dataset ? 'dataset.missingYears' : 'population.missingYears', {
      years: span(first, last),
      missing: ranges(missing),
    });
  }
  return false;
}

/** Demand is scaled by the base year's population: it must be at least 1. */
function checkBaseTotal(ctx: Ctx, data: PopulationInline, path: string): boolean {
  if (ctx.baseYear === undefined) return true;
  const k = data.years.indexOf(ctx.baseYear);
  if (k < 0) return true;
  const total = data.female[k].reduce((a, b) => a + b, 0) + data.male[k].reduce((a, b) => a + b, 0);
  if (total >= MIN_BASE_POPULATION) return true;
  if (total > 0) {
    error(ctx, path, 'population.baseTooSmall', {
      baseYear: ctx.baseYear,
      total,
      min: MIN_BASE_POPULATION,
    });
  } else error(ctx, path, 'population.baseZero', { baseYear: ctx.baseYear });
  return false;
}

/** `2030, 2044–2045` from sorted years. */
export function ranges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(span(years[i], years[j]));
    i = j + 1;
  }
  return parts.length > 6 ? `${parts.slice(0, 6).join(', ')}, …` : parts.join(', ');
}

/** The population data a valid scenario uses (a data set is looked up in `datasets`). */
export function resolvePopulation(
  population: Population | undefined,
  datasets: Readonly<Record<string, PopulationInline>> = {},
): PopulationInline | undefined {
  if (population === undefined) return undefined;
  if (!('dataset' in population)) return population;
  return Object.prototype.hasOwnProperty.call(datasets, population.dataset)
    ? datasets[population.dataset]
    : undefined;
}
