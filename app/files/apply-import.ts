/**
 * Where a CSV table goes in the scenario (a profession's stock, or the population), what
 * the import needs to know from the draft, and the draft after the import: a new document
 * (json-path's immutable `withValueAt`), the old one untouched.
 */
import { agesOf } from '../editor/age-range.ts';
import { getAtPath, withValueAt } from '../../model/scenario/json-path.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { words, wordsList, type Words } from '../shell/words.ts';
import type { AgeSpan } from './import-stock.ts';
import type { ImportProblem } from './long-table.ts';

export type ImportTarget =
  | { kind: 'stock'; index: number; path: string; label: Words }
  | { kind: 'population'; path: 'population'; label: Words };

/** A profession's name as the planner knows it: its name, its id, or "Profession 2". */
export function professionName(draft: unknown, index: number): string | Words {
  const name = getAtPath(draft, `professions[${index}].name`);
  const id = getAtPath(draft, `professions[${index}].id`);
  if (typeof name === 'string' && name.trim() !== '') return name.trim();
  if (typeof id === 'string' && id.trim() !== '') return id.trim();
  return words('files.target.profession', { n: String(index + 1) });
}

/** The places a table can go: each profession's stock, then the population. */
export function importTargets(draft: unknown): ImportTarget[] {
  const list = getAtPath(draft, 'professions');
  const professions = Array.isArray(list) ? list : [];
  return [
    ...professions.map((_, index): ImportTarget => ({
      kind: 'stock',
      index,
      path: `professions[${index}].stock`,
      label: words('files.target.stock', { name: professionName(draft, index) }),
    })),
    { kind: 'population', path: 'population', label: words('files.target.population') },
  ];
}

/** The key of a target, for a form control. */
export function targetKey(target: ImportTarget): string {
  return target.kind === 'stock' ? `stock-${target.index}` : 'population';
}

/** The workforce ages, or undefined while they are not valid. */
export function workforceAges(draft: unknown): AgeSpan | undefined {
  return agesOf(draft);
}

export function baseYearOf(draft: unknown): number | undefined {
  const y = getAtPath(draft, 'baseYear');
  return typeof y === 'number' && Number.isInteger(y) ? y : undefined;
}

/** baseYear..baseYear + horizonYears, when both are whole numbers. */
export function projectionOf(draft: unknown): { first: number; last: number } | undefined {
  const first = baseYearOf(draft);
  const h = getAtPath(draft, 'horizonYears');
  if (first === undefined || typeof h !== 'number' || !Number.isInteger(h) || h < 0) {
    return undefined;
  }
  return { first, last: first + h };
}

function total(values: unknown): number | undefined {
  if (!Array.isArray(values)) return undefined;
  let sum = 0;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
    sum += v;
  }
  return sum;
}

/** Totals by sex of what the target holds now (for the population, of `year`, else its
 *  first year), when they can be read. */
export function currentTotals(
  draft: unknown,
  target: ImportTarget,
  year?: number,
): { female: number; male: number; year?: number } | undefined {
  if (target.kind === 'stock') {
    const female = total(getAtPath(draft, `${target.path}.female`));
    const male = total(getAtPath(draft, `${target.path}.male`));
    return female !== undefined && male !== undefined ? { female, male } : undefined;
  }
  const years = getAtPath(draft, 'population.years');
  if (!Array.isArray(years) || years.length === 0) return undefined;
  const k = Math.max(0, year === undefined ? 0 : years.indexOf(year));
  const female = total(getAtPath(draft, `population.female[${k}]`));
  const male = total(getAtPath(draft, `population.male[${k}]`));
  const y: unknown = years[k];
  return female !== undefined && male !== undefined
    ? { female, male, year: typeof y === 'number' ? y : undefined }
    : undefined;
}

/** What else changes when `population` replaces the scenario's population. */
export function populationNotes(draft: unknown, population: PopulationInline): ImportProblem[] {
  const notes: ImportProblem[] = [];
  const dataset = getAtPath(draft, 'population.dataset');
  if (typeof dataset === 'string') {
    notes.push({ message: words('files.target.replacesDataset', { dataset }) });
  }
  const n = population.ages.max - population.ages.min + 1;
  const list = getAtPath(draft, 'professions');
  const professions = Array.isArray(list) ? list : [];
  const misfits = professions
    .map((_, i) => i)
    .filter((i) => {
      const u = getAtPath(draft, `professions[${i}].demand.utilisation.female`);
      return Array.isArray(u) && u.length !== n;
    })
    .map((i) => professionName(draft, i));
  if (misfits.length > 0) {
    notes.push({
      message: words('files.target.useProfileMismatch', {
        professions: wordsList(misfits, ', '),
        n: String(n),
        min: String(population.ages.min),
        max: String(population.ages.max),
      }),
    });
  }
  return notes;
}

/** The draft with `value` at the target, or undefined when the target is not there. */
export function applyImport(draft: unknown, target: ImportTarget, value: unknown): unknown {
  if (target.kind === 'stock' && getAtPath(draft, `professions[${target.index}]`) === undefined) {
    return undefined;
  }
  return withValueAt(draft, target.path, value);
}
