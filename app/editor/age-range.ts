/**
 * Changing the workforce ages: the age tables of every profession (headcount and FTE per head
 * by age) follow, when the user asks. Rows of new ages get 0 people and the FTE of the
 * nearest age; rows of ages no longer covered are dropped, and the result says how many
 * people that was, so the user decides knowingly.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { isRec, professionsOf, setIn } from './draft.ts';

export interface AgeSpan {
  min: number;
  max: number;
}

/** A valid workforce age range read from the draft, or undefined. */
export function agesOf(draft: unknown, path = 'ages'): AgeSpan | undefined {
  const min = getAtPath(draft, `${path}.min`);
  const max = getAtPath(draft, `${path}.max`);
  return typeof min === 'number' &&
    typeof max === 'number' &&
    Number.isInteger(min) &&
    Number.isInteger(max) &&
    min >= 0 &&
    max <= 120 &&
    min < max
    ? { min, max }
    : undefined;
}

const TABLES = ['stock.female', 'stock.male', 'fte.female', 'fte.male'] as const;

/** The age tables of one profession: those of TABLES, and in a scenario with regions each
 *  region's headcount (`stock.north.female`). */
function tablesOf(p: unknown): string[] {
  const stock = getAtPath(p, 'stock');
  const regional =
    isRec(stock) && stock.female === undefined && stock.male === undefined
      ? Object.keys(stock)
          .filter((id) => isRec(stock[id]))
          .flatMap((id) => [`stock.${id}.female`, `stock.${id}.male`])
      : [];
  return [...TABLES, ...regional];
}

function span(a: AgeSpan): number {
  return a.max - a.min + 1;
}

/** Do all the age tables of the draft have one row per age of `ages`? */
export function tablesFit(draft: unknown, ages: AgeSpan): boolean {
  return professionsOf(draft).every((p) =>
    tablesOf(p).every((t) => {
      const v = getAtPath(p, t);
      return !Array.isArray(v) || v.length === span(ages);
    }),
  );
}

export interface Refit {
  draft: unknown;
  /** People in the dropped rows of the headcount tables. */
  droppedPeople: number;
  addedRows: number;
  droppedRows: number;
}

/** Moves every age table that has one row per age of `from` onto the ages of `to`. */
export function refitAgeTables(draft: unknown, from: AgeSpan, to: AgeSpan): Refit {
  let out = draft;
  let droppedPeople = 0;
  professionsOf(draft).forEach((p, i) => {
    for (const t of tablesOf(p)) {
      const old = getAtPath(p, t);
      if (!Array.isArray(old) || old.length !== span(from)) continue;
      const isStock = t.startsWith('stock');
      old.forEach((v, k) => {
        const age = from.min + k;
        if ((age < to.min || age > to.max) && isStock && typeof v === 'number') droppedPeople += v;
      });
      const next = Array.from({ length: span(to) }, (_, k) => {
        const age = to.min + k;
        if (age >= from.min && age <= from.max) return old[age - from.min] as unknown;
        return isStock ? 0 : (old[age < from.min ? 0 : old.length - 1] as unknown);
      });
      out = setIn(out, `professions[${i}].${t}`, next);
    }
  });
  const overlap = Math.max(0, Math.min(from.max, to.max) - Math.max(from.min, to.min) + 1);
  return {
    draft: out,
    droppedPeople,
    addedRows: span(to) - overlap,
    droppedRows: span(from) - overlap,
  };
}
