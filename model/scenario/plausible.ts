/**
 * Plausibility warnings: values the format allows but that are seldom meant, such as a share
 * typed as a percentage or a rate imported as a headcount. They are warnings, never errors:
 * the scenario still runs, and the planner is asked to check the value (docs/scenario-format.md,
 * Errors and warnings).
 *
 * A range is checked at its point value (model/numeric/distributions.ts `pointValue`): the most
 * likely value of a triangular or PERT range, the mean of a normal (within its bounds), the
 * median of a lognormal, the middle of a uniform range. A range whose point value is plausible
 * may still reach further out on purpose (a pessimistic highest value); a unit mistake moves
 * the point value with the rest.
 *
 * The checks read values leniently (`unknown`): the parser applies them to values it has
 * validated, and the editor to a value being typed, to know whether it would warn.
 */
import { pointValue } from '../numeric/distributions.ts';
import type { ScenarioIssue } from './parse-types.ts';
import { issue } from './issues.ts';

/** Mean retirement ages outside this span are warned about. */
export const USUAL_RETIREMENT_AGE = { min: 50, max: 75 } as const;
/** Attrition above this share a year is warned about. */
export const USUAL_MAX_ATTRITION = 0.2;
const SEXES = [
  ['female', 'women'],
  ['male', 'men'],
] as const;

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

interface Point {
  value: number;
  /** Path under the field of the parameter that sets it ('' for the field itself). */
  at: string;
  /** How the range arrives at it, e.g. "its most likely value"; '' for a fixed number. */
  how: string;
}

/** The point value of a Dist as written, when it can be told. */
export function pointOfDist(v: unknown): Point | undefined {
  if (finite(v)) return { value: v, at: '', how: '' };
  if (!isRec(v)) return undefined;
  const { min, mode, max, mean, median } = v;
  switch (v.dist) {
    case 'uniform':
      return finite(min) && finite(max)
        ? {
            value: pointValue({ dist: 'uniform', min, max }),
            at: '',
            how: 'halfway between its lowest and highest values',
          }
        : undefined;
    case 'triangular':
    case 'pert':
      return finite(mode) ? { value: mode, at: 'mode', how: 'its most likely value' } : undefined;
    case 'normal': {
      if (!finite(mean)) return undefined;
      const lo = finite(min) ? min : undefined;
      const hi = finite(max) ? max : undefined;
      const value = pointValue({ dist: 'normal', mean, min: lo, max: hi });
      return { value, at: 'mean', how: value === mean ? 'its mean' : 'its mean within its bounds' };
    }
    case 'lognormal':
      return finite(median) ? { value: median, at: 'median', how: 'its median' } : undefined;
    default:
      return undefined;
  }
}

function pointPath(path: string, p: Point): string {
  return p.at === '' ? path : `${path}.${p.at}`;
}

/** `12.5`, `0.035` → `3.5 %`: short and exact enough for a sentence. */
function plain(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function percent(share: number): string {
  return `${plain(share * 100)} %`;
}

/** A mean retirement age under 50 or over 75, at the path of the value that sets it. */
export function retirementAgeWarning(meanAge: unknown, path: string): ScenarioIssue | undefined {
  const p = pointOfDist(meanAge);
  if (p === undefined) return undefined;
  const { min, max } = USUAL_RETIREMENT_AGE;
  if (p.value >= min && p.value <= max) return undefined;
  const low = p.value < min;
  const age = plain(p.value);
  return p.how === ''
    ? issue(
        pointPath(path, p),
        low ? 'plausible.retirementAgeLow' : 'plausible.retirementAgeHigh',
        {
          age,
          min,
          max,
        },
      )
    : issue(
        pointPath(path, p),
        low ? 'plausible.retirementAgeLowRange' : 'plausible.retirementAgeHighRange',
        { age, how: p.how, min, max },
      );
}

/** An attrition over 20 % a year, at the path of the value that sets it. */
export function attritionWarning(attrition: unknown, path: string): ScenarioIssue | undefined {
  const p = pointOfDist(attrition);
  if (p === undefined || !(p.value > USUAL_MAX_ATTRITION)) return undefined;
  const values = { attrition: percent(p.value), max: percent(USUAL_MAX_ATTRITION) };
  return p.how === ''
    ? issue(pointPath(path, p), 'plausible.attrition', values)
    : issue(pointPath(path, p), 'plausible.attritionRange', { ...values, how: p.how });
}

/**
 * Headcount cells that are not whole people (12.5 nurses), on the table's path: one warning
 * naming how many cells and the first of them. `agesMin` is the first workforce age (the age
 * of row 0), when known.
 */
export function headcountWarning(
  stock: unknown,
  path: string,
  agesMin: number | undefined,
): ScenarioIssue | undefined {
  if (!isRec(stock)) return undefined;
  let count = 0;
  let first: string | undefined;
  for (const [key, who] of SEXES) {
    const column = stock[key];
    if (!Array.isArray(column)) continue;
    column.forEach((v: unknown, row) => {
      if (!finite(v) || Number.isInteger(v)) return;
      count++;
      if (first === undefined) {
        const age = agesMin === undefined ? `in age row ${row + 1}` : `aged ${agesMin + row}`;
        first = `${plain(v)} at ${who} ${age}`;
      }
    });
  }
  if (count === 0) return undefined;
  return issue(path, 'plausible.headcountNotWhole', { count, first: first! });
}

/**
 * The plausibility warnings of one profession as written (possibly not valid), at the paths
 * the parser gives them: what the editor asks before running a typed value.
 */
export function professionWarnings(
  profession: unknown,
  path: string,
  agesMin: number | undefined,
): ScenarioIssue[] {
  if (!isRec(profession)) return [];
  const out: (ScenarioIssue | undefined)[] = [
    headcountWarning(profession.stock, `${path}.stock`, agesMin),
  ];
  const exits = profession.exits;
  if (isRec(exits)) {
    out.push(attritionWarning(exits.attrition, `${path}.exits.attrition`));
    const r = exits.retirement;
    if (isRec(r)) out.push(retirementAgeWarning(r.meanAge, `${path}.exits.retirement.meanAge`));
  }
  return out.filter((w): w is ScenarioIssue => w !== undefined);
}
