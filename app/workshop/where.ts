/**
 * The workshop's Where view, for a scenario with regions: which views a result offers (Where
 * only when it has regions), the next view of the C key, the years a heat table shows on a
 * projector when every year does not fit (every other or every fifth year, always with the
 * first, the last and the target year) and the words that say so. Pure functions.
 */
import type { Formats } from '../format.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { regionsOf } from '../results/regional.ts';
import type { WorkshopView } from './sync.ts';
import { WORKSHOP_VIEWS } from './sync.ts';

/** The views a result offers, in the order of the buttons and of the C key (each with its
 *  label's message). */
export function viewsFor(
  result: HwfResult | null | undefined,
): readonly { value: WorkshopView; label: MessageKey }[] {
  return regionsOf(result) ? WORKSHOP_VIEWS : WORKSHOP_VIEWS.filter((v) => v.value !== 'where');
}

/** The view shown: the chosen one if the result offers it, else the result. */
export function offeredView(
  view: WorkshopView,
  result: HwfResult | null | undefined,
): WorkshopView {
  return viewsFor(result).some((v) => v.value === view) ? view : 'result';
}

/** The view after `view` (the C key), among those the result offers. */
export function nextWorkshopView(
  view: WorkshopView,
  result: HwfResult | null | undefined,
): WorkshopView {
  const views = viewsFor(result);
  const i = views.findIndex((v) => v.value === view);
  return views[(i + 1) % views.length].value;
}

/** How many years apart the columns of a thinned table are, from all to fewer. */
export const YEAR_STEPS: readonly number[] = [1, 2, 5, 10];

/**
 * The years shown every `step` years, counted from the target year (so it falls on the
 * rhythm), with the first, the last and the target year always kept. `step` 1 keeps all.
 */
export function thinYears(
  years: readonly number[],
  targetYear: number,
  step: number,
): readonly number[] {
  if (step <= 1 || years.length <= 2) return years;
  const anchor = years.includes(targetYear) ? targetYear : years[0];
  const last = years.length - 1;
  return years.filter(
    (y, i) => i === 0 || i === last || y === targetYear || (y - anchor) % step === 0,
  );
}

/** The values of `values` (one per year of `years`) at the years `shown`. */
export function valuesAt(
  years: readonly number[],
  values: readonly number[],
  shown: readonly number[],
): number[] {
  return shown.map((y) => values[years.indexOf(y)] ?? 0);
}

/** "Every other year is shown, with the target year 2040; the results screen has every
 *  year." Null when every year is shown. */
export function thinnedWords(step: number, targetYear: number, f: Formats): string | null {
  if (step <= 1) return null;
  return f.t('workshop.where.thinned', { step, year: f.year(targetYear) });
}
