/**
 * One profession: its stock and FTE by age and sex, training, immigration and exits
 * (demand is in ./validate-demand.ts).
 */
import { PARAMETERS as PRM } from '../catalog.ts';
import type {
  BySex,
  EntrantProfile,
  Exits,
  Immigration,
  Profession,
  Retirement,
  Training,
} from './types.ts';
import { type Ctx, at, error, field, isRecord, num, show, span } from './issues.ts';
import type { ScenarioIssue } from './parse-types.ts';
import {
  type ValuesRule,
  readBySex,
  readInt,
  readNumber,
  readObject,
  readText,
  readValues,
} from './read-fields.ts';
import { validateDist } from './validate-dist.ts';
import { attritionWarning, headcountWarning, retirementAgeWarning } from './plausible.ts';
import { validateDemand } from './validate-demand.ts';
import { readProfessionCosts } from './validate-costs.ts';
import {
  ID_PATTERN,
  MAX_COUNT,
  MAX_FTE_PER_HEAD,
  MAX_HEADCOUNT,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
} from './limits.ts';
import { entryWeightTotal } from '../numeric/entry-ages.ts';

const KEYS = [
  'id',
  'name',
  'stock',
  'fte',
  'fteTrend',
  'training',
  'immigration',
  'exits',
  'demand',
  'costs',
];
const TRAINING_KEYS = [
  'intake',
  'durationYears',
  'completion',
  'entryRate',
  'pipeline',
  'entrants',
];
/** The longest training programme the parser accepts, in years. */
export const MAX_TRAINING_YEARS = 20;

export function validateProfession(ctx: Ctx, v: unknown, path: string): Profession | undefined {
  const before = ctx.errors.length;
  const obj = readObject(ctx, v, path, KEYS, 'profession');
  if (obj === undefined) return undefined;
  const id = readProfessionIdText(ctx, field(obj, 'id'), at(path, 'id'));
  const rawName = field(obj, 'name');
  const name =
    typeof rawName === 'string' && rawName.trim() === ''
      ? id
      : readText(ctx, rawName, at(path, 'name'), id ?? '', MAX_NAME_CHARS);
  const stock = readBySex(ctx, field(obj, 'stock'), at(path, 'stock'), {
    ...byAge(ctx, 'headcount'),
    max: MAX_HEADCOUNT,
    maxWhat: 'per age and sex',
  });
  if (stock !== undefined) note(ctx, headcountWarning(stock, at(path, 'stock'), ctx.ages?.min));
  const fte = readFte(ctx, field(obj, 'fte'), at(path, 'fte'));
  // What does not apply may be left out (docs/scenario-format.md, Defaults): no FTE trend,
  // no training, no immigration, no exits (each exit on its own, too).
  const rawTrend = field(obj, 'fteTrend');
  const fteTrend =
    rawTrend === undefined
      ? undefined
      : validateDist(ctx, rawTrend, at(path, 'fteTrend'), PRM.fteTrend.valid);
  const rawTraining = field(obj, 'training');
  const training =
    rawTraining === undefined ? undefined : readTraining(ctx, rawTraining, at(path, 'training'));
  const rawImmigration = field(obj, 'immigration');
  const immigration =
    rawImmigration === undefined
      ? undefined
      : readImmigration(ctx, rawImmigration, at(path, 'immigration'));
  const rawExits = field(obj, 'exits');
  const exits = rawExits === undefined ? undefined : readExits(ctx, rawExits, at(path, 'exits'));
  const demand = validateDemand(ctx, field(obj, 'demand'), at(path, 'demand'));
  const rawCosts = field(obj, 'costs');
  const costs =
    rawCosts === undefined ? undefined : readProfessionCosts(ctx, rawCosts, at(path, 'costs'));
  if (ctx.errors.length > before) return undefined;
  // In the order of the format, the parts given.
  return {
    id: id!,
    name: name!,
    stock: stock!,
    fte: fte!,
    ...(fteTrend === undefined ? {} : { fteTrend }),
    ...(training === undefined ? {} : { training }),
    ...(immigration === undefined ? {} : { immigration }),
    ...(exits === undefined ? {} : { exits }),
    demand: demand!,
    ...(costs === undefined ? {} : { costs }),
  };
}

/** A plausibility warning (./plausible.ts), when there is one. */
function note(ctx: Ctx, issue: ScenarioIssue | undefined): void {
  if (issue !== undefined) ctx.warnings.push(issue);
}

function readProfessionIdText(ctx: Ctx, v: unknown, path: string): string | undefined {
  if (v === undefined) {
    error(ctx, path, 'professionId.missing');
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '') {
    error(ctx, path, 'professionId.notText', { value: show(v) });
    return undefined;
  }
  return checkIdForm(ctx, v, path) ? v : undefined;
}

/** An id's length and characters (limits.ts); reports and returns false when broken. */
export function checkIdForm(ctx: Ctx, v: string, path: string): boolean {
  if (v.length > MAX_ID_CHARS) {
    error(ctx, path, 'id.tooLong', { max: MAX_ID_CHARS, value: show(v) });
    return false;
  }
  if (!ID_PATTERN.test(v)) {
    error(ctx, path, 'id.badCharacters', { value: show(v) });
    return false;
  }
  return true;
}

/** Lists with one value per workforce age (length unchecked when the ages are invalid). */
function byAge(ctx: Ctx, noun: string): ValuesRule {
  const a = ctx.ages;
  if (a === undefined) return { lengthPhrase: 'one value per workforce age', noun };
  const n = a.max - a.min + 1;
  return { length: n, lengthPhrase: `${num(n)} values, one per age ${span(a.min, a.max)}`, noun };
}

function readFte(ctx: Ctx, v: unknown, path: string): BySex | number | undefined {
  if (isRecord(v)) {
    return readBySex(ctx, v, path, { ...byAge(ctx, 'FTE per head'), max: MAX_FTE_PER_HEAD });
  }
  if (typeof v === 'number' && v < 0) {
    error(ctx, path, 'fte.negative', { value: show(v) });
    return undefined;
  }
  if (v === undefined || typeof v === 'number') {
    return readNumber(ctx, v, path, { min: 0, max: MAX_FTE_PER_HEAD, what: 'ftePerHead' });
  }
  error(ctx, path, 'fte.invalid', { value: show(v) });
  return undefined;
}

function readTraining(ctx: Ctx, v: unknown, path: string): Training | undefined {
  const before = ctx.errors.length;
  const obj = readObject(ctx, v, path, TRAINING_KEYS, 'training');
  if (obj === undefined) return undefined;
  const intake = validateDist(ctx, field(obj, 'intake'), at(path, 'intake'), PRM.intake.valid);
  const years = readInt(
    ctx,
    field(obj, 'durationYears'),
    at(path, 'durationYears'),
    { min: 1, max: MAX_TRAINING_YEARS },
    'years',
  );
  const completion = validateDist(
    ctx,
    field(obj, 'completion'),
    at(path, 'completion'),
    PRM.completion.valid,
  );
  const entryRate = validateDist(
    ctx,
    field(obj, 'entryRate'),
    at(path, 'entryRate'),
    PRM.entryRate.valid,
  );
  const pipeline = readPipeline(ctx, field(obj, 'pipeline'), at(path, 'pipeline'), years);
  const entrants = readEntrants(ctx, field(obj, 'entrants'), at(path, 'entrants'));
  if (ctx.errors.length > before) return undefined;
  const out: Training = {
    intake: intake!,
    durationYears: years!,
    completion: completion!,
    entryRate: entryRate!,
    entrants: entrants!,
  };
  if (pipeline !== undefined) out.pipeline = pipeline;
  return out;
}

function readPipeline(
  ctx: Ctx,
  v: unknown,
  path: string,
  years: number | undefined,
): number[] | undefined {
  if (v === undefined) return undefined;
  const perYear =
    years === undefined ? 'one number per study year' : `one number per study year (${years})`;
  if (!Array.isArray(v)) {
    if (years === undefined) error(ctx, path, 'pipeline.notList', { value: show(v) });
    else error(ctx, path, 'pipeline.notListYears', { years, value: show(v) });
    return undefined;
  }
  if (years !== undefined && v.length !== years) {
    error(ctx, path, 'pipeline.wrongLength', { years, length: v.length });
  }
  return readValues(ctx, v, path, {
    lengthPhrase: perYear,
    noun: 'a number of students',
    max: MAX_COUNT,
    maxWhat: 'in one study year',
  });
}

/** Who enters: femaleShare, ageMean, ageSd; and their ages must reach the workforce ages. */
function readEntrants(ctx: Ctx, v: unknown, path: string): EntrantProfile | undefined {
  const obj = readObject(ctx, v, path, ['femaleShare', 'ageMean', 'ageSd'], 'entrants');
  if (obj === undefined) return undefined;
  const femaleShare = readNumber(ctx, field(obj, 'femaleShare'), at(path, 'femaleShare'), {
    min: 0,
    max: 1,
    what: 'share',
  });
  const ageMean = readNumber(ctx, field(obj, 'ageMean'), at(path, 'ageMean'), {
    what: 'ageInYears',
  });
  const ageSd = readNumber(ctx, field(obj, 'ageSd'), at(path, 'ageSd'), {
    min: 0,
    above: true,
    what: 'yearsAboveZero',
  });
  if (femaleShare === undefined || ageMean === undefined || ageSd === undefined) return undefined;
  const a = ctx.ages;
  if (a !== undefined && entryWeightTotal(ageMean, ageSd, a.min, a.max) < 1e-9) {
    error(ctx, path, 'entrants.outsideAges', {
      age: Math.round(ageMean),
      ages: span(a.min, a.max),
    });
    return undefined;
  }
  return { femaleShare, ageMean, ageSd };
}

function readImmigration(ctx: Ctx, v: unknown, path: string): Immigration | undefined {
  const obj = readObject(ctx, v, path, ['perYear', 'entrants'], 'immigration');
  if (obj === undefined) return undefined;
  const perYear = validateDist(
    ctx,
    field(obj, 'perYear'),
    at(path, 'perYear'),
    PRM.immigration.valid,
  );
  const entrants = readEntrants(ctx, field(obj, 'entrants'), at(path, 'entrants'));
  return perYear !== undefined && entrants !== undefined ? { perYear, entrants } : undefined;
}

function readExits(ctx: Ctx, v: unknown, path: string): Exits | undefined {
  const before = ctx.errors.length;
  const obj = readObject(ctx, v, path, ['attrition', 'emigration', 'retirement'], 'exits');
  if (obj === undefined) return undefined;
  const rawAttrition = field(obj, 'attrition');
  const attrition =
    rawAttrition === undefined
      ? undefined
      : validateDist(ctx, rawAttrition, at(path, 'attrition'), PRM.attrition.valid);
  if (attrition !== undefined) note(ctx, attritionWarning(attrition, at(path, 'attrition')));
  const rawEmigration = field(obj, 'emigration');
  const emigration =
    rawEmigration === undefined
      ? undefined
      : validateDist(ctx, rawEmigration, at(path, 'emigration'), PRM.emigration.valid);
  const rawRetirement = field(obj, 'retirement');
  const retirement =
    rawRetirement === undefined
      ? undefined
      : readRetirement(ctx, rawRetirement, at(path, 'retirement'));
  if (ctx.errors.length > before) return undefined;
  const out: Exits = {};
  if (attrition !== undefined) out.attrition = attrition;
  if (emigration !== undefined) out.emigration = emigration;
  if (retirement !== undefined) out.retirement = retirement;
  return out;
}

function readRetirement(ctx: Ctx, v: unknown, path: string): Retirement | undefined {
  const r = readObject(ctx, v, path, ['meanAge', 'sd'], 'retirement');
  if (r === undefined) return undefined;
  const meanAge = validateDist(
    ctx,
    field(r, 'meanAge'),
    at(path, 'meanAge'),
    PRM.retirementMeanAge.valid,
  );
  if (meanAge !== undefined) note(ctx, retirementAgeWarning(meanAge, at(path, 'meanAge')));
  const sd = readNumber(ctx, field(r, 'sd'), at(path, 'sd'), {
    min: 0,
    above: true,
    what: 'yearsAboveZero',
  });
  return meanAge === undefined || sd === undefined ? undefined : { meanAge, sd };
}
