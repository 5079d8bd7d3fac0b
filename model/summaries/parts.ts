/**
 * How one summary is shared out: the parts that several workers compute, and the merge
 * that puts their numbers back together. Each number is computed whole by one part, so
 * the merged result is the same bits as a summary in one piece.
 */
import type { CompiledModel } from '../projection/compile.ts';
import {
  type AgeProfile,
  type CostResult,
  type Measure,
  type ScenarioCost,
  MEASURES,
  PERCENTILE_KEYS,
  type ProfessionResult,
  type RequiredIntake,
  type SensitivityEntry,
  type SeriesSummary,
} from '../result/result.ts';
import { bySensitivity } from './sensitivity-order.ts';

function emptySeries(years: number): SeriesSummary {
  const s = { mean: new Array<number>(years) } as SeriesSummary;
  for (const key of PERCENTILE_KEYS) s[key] = new Array<number>(years);
  return s;
}

/** One empty series per measure, in the result's order. */
export function emptyMeasures(years: number): Record<Measure, SeriesSummary> {
  return {
    headcount: emptySeries(years),
    fte: emptySeries(years),
    demand: emptySeries(years),
    gap: emptySeries(years),
  };
}

/**
 * One share of a block's summary, so that several workers can summarise one block
 * together: the series of some (profession, year) cells, the required intake and age
 * profile of some professions, and the rank correlations of some inputs with every
 * profession's gap. Each number is computed whole by one part, so the merged result is
 * the same bits however the work is split.
 */
export interface SummaryPart {
  /** Per profession, the years yearFrom..yearTo−1 of its series (an empty range when
   *  none). */
  years: { yearFrom: number; yearTo: number }[];
  /** The professions whose required intake and age profile this part gives. */
  professions: number[];
  inputFrom: number;
  inputTo: number;
  /** This part gives the costs (MODEL.md §7), when the scenario has them: the first part. */
  costs: boolean;
}

/** A part's numbers for one profession (series over the part's years of it only). */
export interface ProfessionPartSummary {
  id: string;
  name: string;
  yearFrom: number;
  yearTo: number;
  series: Record<Measure, SeriesSummary>;
  shortageProbability: number[];
  requiredIntake?: RequiredIntake;
  ageProfile?: AgeProfile;
  /** The part's inputs only, not yet sorted. */
  sensitivity: SensitivityEntry[];
}

/** The numbers one part computed, for mergeSummaryParts. */
export interface SummaryPartResult {
  part: SummaryPart;
  /** Every profession, in profession order. */
  professions: ProfessionPartSummary[];
  /** From the part that gives the costs, when the scenario has them. */
  cost?: { professions: CostResult[]; scenario: ScenarioCost };
}

/**
 * `count` parts of nearly equal work, at most one per (profession, year) cell. The cells
 * are dealt out in profession-major order in contiguous shares, so a part takes whole
 * professions where there are enough of them (and reads only their runs) and a range of
 * years otherwise; a profession's intake and age profile go to the part that holds its
 * middle year; the inputs are cut into contiguous ranges.
 */
export function planSummaryParts(
  professions: number,
  years: number,
  inputs: number,
  count: number,
): SummaryPart[] {
  const cells = professions * years;
  const n = Math.max(1, Math.min(Math.floor(count), cells));
  const cut = (total: number, g: number) => Math.floor((g * total) / n);
  const partOfCell = (c: number) => {
    let g = Math.floor((c * n) / cells);
    while (g > 0 && cut(cells, g) > c) g--;
    while (g < n - 1 && cut(cells, g + 1) <= c) g++;
    return g;
  };
  return Array.from({ length: n }, (_, g) => {
    const from = cut(cells, g);
    const to = cut(cells, g + 1);
    return {
      years: Array.from({ length: professions }, (_, p) => {
        const yearFrom = Math.min(years, Math.max(0, from - p * years));
        const yearTo = Math.min(years, Math.max(0, to - p * years));
        return yearTo > yearFrom ? { yearFrom, yearTo } : { yearFrom: 0, yearTo: 0 };
      }),
      professions: Array.from({ length: professions }, (_, p) => p).filter(
        (p) => partOfCell(p * years + Math.floor(years / 2)) === g,
      ),
      inputFrom: cut(inputs, g),
      inputTo: cut(inputs, g + 1),
      costs: g === 0,
    };
  });
}

/** The whole summary as one part. */
export function wholeSummary(m: CompiledModel): SummaryPart {
  return planSummaryParts(m.professions.length, m.horizon + 1, m.inputs.length, 1)[0];
}

/** The professions' results from parts that together cover every year, profession and
 *  input (one part, or the parts of planSummaryParts). */
export function mergeSummaryParts(parts: readonly SummaryPartResult[]): ProfessionResult[] {
  if (parts.length === 0) return [];
  return parts[0].professions.map((first, p): ProfessionResult => {
    const years = Math.max(...parts.map((x) => x.professions[p].yearTo));
    const series = emptyMeasures(years);
    const shortageProbability = new Array<number>(years);
    let requiredIntake: RequiredIntake | undefined;
    let ageProfile: AgeProfile | undefined;
    const sensitivity: SensitivityEntry[] = [];
    for (const { professions } of parts) {
      const own = professions[p];
      for (let y = 0; y < own.yearTo - own.yearFrom; y++) {
        const k = own.yearFrom + y;
        for (const measure of MEASURES) {
          series[measure].mean[k] = own.series[measure].mean[y];
          for (const key of PERCENTILE_KEYS) series[measure][key][k] = own.series[measure][key][y];
        }
        shortageProbability[k] = own.shortageProbability[y];
      }
      requiredIntake ??= own.requiredIntake;
      ageProfile ??= own.ageProfile;
      sensitivity.push(...own.sensitivity);
    }
    if (!requiredIntake) throw new Error(`no part summarised profession ${p}`);
    sensitivity.sort(bySensitivity);
    const cost = parts.find((x) => x.cost)?.cost?.professions[p];
    return {
      id: first.id,
      name: first.name,
      ...series,
      shortageProbability,
      requiredIntake,
      sensitivity,
      ageProfile,
      ...(cost && { cost }),
    };
  });
}

/** The scenario's cost from the parts, when the scenario has costs. */
export function mergedScenarioCost(parts: readonly SummaryPartResult[]): ScenarioCost | undefined {
  return parts.find((x) => x.cost)?.cost?.scenario;
}
