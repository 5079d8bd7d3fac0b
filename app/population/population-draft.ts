/**
 * What the population control reads from the draft and writes back: which population the
 * scenario uses, and the years it projects. Every change returns a new draft and leaves
 * the old one as it was.
 */
import { datasetInfo } from '../data/population/catalog.ts';
import { newCtx } from '../../model/scenario/issues.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { validateInline } from '../../model/scenario/validate-population.ts';
import { equalShares, sharesOf } from '../editor/regions.ts';

/** The population a draft uses. */
export type PopulationChoice =
  | { kind: 'none' }
  | { kind: 'dataset'; id: string }
  /** Inline arrays: the planner's own projection. */
  | { kind: 'inline' }
  /** Something else (an unknown id, a broken value): the Problems list says what. */
  | { kind: 'other' };

/** The value of the select's "No population" and "Own projection" options. */
export const NO_POPULATION = '';
export const OWN_PROJECTION = 'own';

type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function populationChoice(draft: unknown): PopulationChoice {
  if (!isRecord(draft) || draft.population === undefined) return { kind: 'none' };
  const pop = draft.population;
  if (!isRecord(pop)) return { kind: 'other' };
  if ('dataset' in pop) {
    const id = pop.dataset;
    return typeof id === 'string' && datasetInfo(id) ? { kind: 'dataset', id } : { kind: 'other' };
  }
  return { kind: 'inline' };
}

/** The select's value for a choice. */
export function choiceValue(choice: PopulationChoice): string {
  switch (choice.kind) {
    case 'none':
      return NO_POPULATION;
    case 'dataset':
      return choice.id;
    case 'inline':
      return OWN_PROJECTION;
    case 'other':
      return 'other';
  }
}

/**
 * The draft with `population` set to `value` (inserted after `ages`, where the format puts
 * it, when the draft had none) or removed (`undefined`). A draft that is not an object is
 * returned as it is.
 */
export function withPopulation(draft: unknown, value: unknown): unknown {
  if (!isRecord(draft)) return draft;
  const entries: [string, unknown][] = [];
  let placed = value === undefined;
  for (const [key, v] of Object.entries(draft)) {
    if (key === 'population') {
      if (!placed) entries.push(['population', value]);
      placed = true;
      continue;
    }
    if (key === 'professions' && !placed) {
      entries.push(['population', value]);
      placed = true;
    }
    entries.push([key, v]);
  }
  if (!placed) entries.push(['population', value]);
  // fromEntries makes own properties of every key, "__proto__" included.
  return Object.fromEntries(entries);
}

/** The draft using the shipped data set `id` (`{"dataset": id}`), or none for `''`. */
export function withDataset(draft: unknown, id: string): unknown {
  if (id === NO_POPULATION) return withPopulation(draft, undefined);
  const shares = regionSharesFor(draft);
  return withPopulation(draft, shares ? { dataset: id, regionShares: shares } : { dataset: id });
}

/**
 * The shares that split a national data set over a regional draft's regions (MODEL.md §6):
 * the shares it has, else each region's part of the first year of its own table, else equal
 * shares; undefined for a draft without regions.
 */
export function regionSharesFor(draft: unknown): Rec | undefined {
  const ids =
    isRecord(draft) && Array.isArray(draft.regions)
      ? draft.regions.flatMap((r: unknown) =>
          isRecord(r) && typeof r.id === 'string' && r.id !== '' ? [r.id] : [],
        )
      : [];
  if (ids.length === 0) return undefined;
  const pop = isRecord(draft) ? draft.population : undefined;
  if (isRecord(pop) && isRecord(pop.regionShares)) return pop.regionShares;
  const tables = isRecord(pop) && isRecord(pop.regions) ? pop.regions : undefined;
  const firstYear = (t: unknown): number => {
    if (!isRecord(t)) return 0;
    let sum = 0;
    for (const sex of ['female', 'male']) {
      const rows = t[sex];
      const row: unknown = Array.isArray(rows) ? rows[0] : undefined;
      if (Array.isArray(row)) for (const v of row) sum += typeof v === 'number' && v > 0 ? v : 0;
    }
    return sum;
  };
  return tables
    ? sharesOf(
        ids.map((r) => firstYear(tables[r])),
        ids,
      )
    : equalShares(ids);
}

/** The draft's own (inline) population when it is well-formed, for the pyramid. */
export function inlinePopulation(draft: unknown): PopulationInline | undefined {
  if (populationChoice(draft).kind !== 'inline') return undefined;
  const ctx = newCtx({});
  const data = validateInline(ctx, (draft as Rec).population, 'population');
  return ctx.errors.length === 0 ? data : undefined;
}

/**
 * The years to show a population for: the scenario's projected years (baseYear ..
 * baseYear + horizonYears) that the data hold, or all the data's years when the draft's
 * years are not usable or not in the data.
 */
export function pyramidYears(draft: unknown, dataYears: readonly number[]): number[] {
  const base = isRecord(draft) ? draft.baseYear : undefined;
  const horizon = isRecord(draft) ? draft.horizonYears : undefined;
  if (Number.isInteger(base) && Number.isInteger(horizon) && (horizon as number) >= 0) {
    const first = base as number;
    const last = first + (horizon as number);
    const inside = dataYears.filter((y) => y >= first && y <= last);
    if (inside.length > 0) return inside;
  }
  return dataYears.slice();
}
