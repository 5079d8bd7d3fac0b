/**
 * A population's pyramid for one year: persons by age group and sex, youngest first. The
 * open last age ("100 and over") is a group of its own; the others are grouped by five
 * years (0–4, 5–9, …), or kept single with a group size of 1.
 */
import type { PopulationInline } from '../../model/scenario/types.ts';

export interface PyramidRow {
  /** "0–4", "95–99", "100+", or "37" for a single age. */
  label: string;
  /** First and last age of the group. */
  from: number;
  to: number;
  female: number;
  male: number;
}

export interface PyramidData {
  year: number;
  /** Youngest first. */
  rows: PyramidRow[];
  female: number;
  male: number;
  total: number;
}

/** The rows for `year`; a RangeError when the data do not hold it. */
export function pyramidData(pop: PopulationInline, year: number, groupSize = 5): PyramidData {
  const k = pop.years.indexOf(year);
  if (k < 0) {
    const first = pop.years[0];
    const last = pop.years[pop.years.length - 1];
    throw new RangeError(`the population data hold ${first}–${last}, not ${year}`);
  }
  const { min, max } = pop.ages;
  const femaleRow = pop.female[k];
  const maleRow = pop.male[k];
  const rows: PyramidRow[] = [];
  const size = Math.max(1, Math.floor(groupSize));
  for (let from = min; from <= max;) {
    // The open last age stands alone; the others end at the next multiple of `size`.
    const to = from === max ? max : Math.min(max - 1, (Math.floor(from / size) + 1) * size - 1);
    let female = 0;
    let male = 0;
    for (let a = from; a <= to; a++) {
      female += femaleRow[a - min] ?? 0;
      male += maleRow[a - min] ?? 0;
    }
    const label = from === max ? `${max}+` : from === to ? String(from) : `${from}–${to}`;
    rows.push({ label, from, to, female, male });
    from = to + 1;
  }
  const female = rows.reduce((s, r) => s + r.female, 0);
  const male = rows.reduce((s, r) => s + r.male, 0);
  return { year, rows, female, male, total: female + male };
}
