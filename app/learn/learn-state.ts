/**
 * The pure parts of a lesson page: where the page stands (predict, run, reveal), values of
 * the sliders (snapped to their step), the lesson's scenario with the lever moved, the run
 * request, and the sentences of a prediction and its verdict. The components (lesson-page
 * and its parts) only wire these to React.
 */
import { getAtPath, withValueAt } from '../../model/scenario/json-path.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { SimulationRequest } from '../engine/runner.ts';
import type { Formats } from '../format.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import type {
  ChartMark,
  Lesson,
  LessonLever,
  LessonText,
  LessonUnit,
  Prediction,
} from './lesson-types.ts';
import type { LessonProgress } from './progress.ts';

/** A lesson's text in the reader's language: the message of its key, or the function's words. */
export function lessonText(text: LessonText, f: Formats): string {
  return typeof text === 'function' ? text(f) : f.t(text);
}

/** Stands in for a value that is shown in an element of its own (a year in bold): the message
 *  is formatted with it in the value's place, then split there (`aroundValue`). */
export const VALUE_MARK = '\u0000';

/** The text before and after the value of a message formatted with `VALUE_MARK` for it. */
export function aroundValue(text: string): { before: string; after: string } {
  const at = text.indexOf(VALUE_MARK);
  return at < 0
    ? { before: text, after: '' }
    : { before: text.slice(0, at), after: text.slice(at + VALUE_MARK.length) };
}

/** Each unit's word, and a number with it (`{value}` is the number, already formatted). */
export const UNIT_WORDS: Record<LessonUnit, { word: MessageKey; value: MessageKey }> = {
  percent: { word: 'learn.unit.percent', value: 'learn.unit.percentValue' },
  nurses: { word: 'learn.unit.nurses', value: 'learn.unit.nursesValue' },
  fte: { word: 'learn.unit.fte', value: 'learn.unit.fteValue' },
  places: { word: 'learn.unit.places', value: 'learn.unit.placesValue' },
  years: { word: 'learn.unit.years', value: 'learn.unit.yearsValue' },
  perYear: { word: 'learn.unit.perYear', value: 'learn.unit.perYearValue' },
  doctorsWork: { word: 'learn.unit.doctorsWork', value: 'learn.unit.doctorsWorkValue' },
};

/** A unit's word ("places", "%"); empty for none. */
export function unitWord(unit: LessonUnit | null, t: Translate): string {
  return unit === null ? '' : t(UNIT_WORDS[unit].word);
}

/** A slider's range and step. */
export interface Range {
  min: number;
  max: number;
  step: number;
}

/** How many decimals a step has (0.05 → 2, 10 → 0, 1e-3 → 3). */
export function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || Number.isInteger(step)) return 0;
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** `value` within the range and on its step (counted from `min`), without float dust. */
export function snap(value: number, range: Range): number {
  const { min, max, step } = range;
  if (!Number.isFinite(value)) return min;
  const clamped = Math.min(max, Math.max(min, value));
  if (!(step > 0)) return clamped;
  const steps = Math.round((clamped - min) / step);
  const snapped = Math.min(max, min + steps * step);
  const digits = Math.max(decimalsOf(step), decimalsOf(min));
  return Number(snapped.toFixed(Math.min(digits, 12)));
}

/** Every value a slider can take, or at most `most` of them spread evenly (ends included). */
export function stepsOf(range: Range, most = Infinity): number[] {
  const count = Math.floor((range.max - range.min) / range.step + 1e-9) + 1;
  const n = Math.max(1, Math.min(count, most));
  if (n === 1) return [snap(range.min, range)];
  const values = Array.from({ length: n }, (_, i) =>
    snap(range.min + ((range.max - range.min) * i) / (n - 1), range),
  );
  return [...new Set(values)];
}

/** Where the lever stands in the lesson's scenario (snapped), or its minimum. */
export function leverValueIn(document: unknown, lever: LessonLever): number {
  const value = getAtPath(document, lever.path);
  return typeof value === 'number' && Number.isFinite(value) ? snap(value, lever) : lever.min;
}

/** A copy of the lesson's scenario with the lever at `value`; undefined when the path has
 *  nowhere to go (a lesson's mistake). */
export function withLever(document: unknown, lever: LessonLever, value: number): unknown {
  return withValueAt(document, lever.path, value);
}

export type Checked = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** A lesson's scenario checked by the one door, parseScenario (inline populations only). */
export function checkScenario(document: unknown, t: Translate): Checked {
  if (document === undefined) return { ok: false, message: t('learn.run.noPlaceForLever') };
  const parsed = parseScenario(document);
  if (parsed.ok) return { ok: true, scenario: parsed.scenario };
  return {
    ok: false,
    message: parsed.errors.slice(0, 3).map(formatIssue).join(t('app.list.clauses')),
  };
}

/** The run of a lesson: its own futures and seed, drawn at random as a planner's run is. */
export function runRequest(scenario: Scenario): SimulationRequest {
  const population = resolvePopulation(scenario.population);
  return {
    scenario,
    ...(population && { population }),
    runs: scenario.simulation.runs,
    seed: scenario.simulation.seed,
    deterministic: false,
  };
}

/** Where a lesson page stands. */
export type Stage =
  /** Choosing a prediction. */
  | 'predict'
  /** The prediction is locked in; the simulation has not run (or is running). */
  | 'locked'
  /** The answer is on screen. */
  | 'revealed';

/** The stage a page opens at, from the saved progress. */
export function openingStage(progress: LessonProgress): Stage {
  if (progress.prediction === null) return 'predict';
  return progress.revealed ? 'revealed' : 'locked';
}

/** The prediction's starting value: the saved one, else the slider's start or no choice. */
export function initialPrediction(
  prediction: Prediction,
  saved: number | string | null,
): number | string | null {
  if (prediction.kind === 'number') {
    return typeof saved === 'number' ? saved : prediction.initial;
  }
  return typeof saved === 'string' && prediction.options.some((o) => o.value === saved)
    ? saved
    : null;
}

/** Whether a slider's values are years (no unit, whole numbers between 1800 and 2300): a
 *  year is written "2031", never "2,031". */
export function isYearRange(range: Range, unit: LessonUnit | null): boolean {
  return unit === null && Number.isInteger(range.min) && range.min >= 1800 && range.max <= 2300;
}

/** A number with the decimals of its step, in the reader's locale (the real minus sign);
 *  `year`: without thousands separators. */
export function formatValue(value: number, step: number, locale?: string, year = false): string {
  const digits = Math.min(decimalsOf(step), 6);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: !year })
    .format(value)
    .replace('-', '\u2212');
}

/** A value and its unit ("30 %", "1 200 places"); the value alone without one. */
export function withUnit(text: string, unit: LessonUnit | null, t: Translate): string {
  return unit === null ? text : t(UNIT_WORDS[unit].value, { value: text });
}

/** The prediction in words: "30 %" or the chosen option's label. Numbers in `locale` (the
 *  browser's unless said), words in `f`'s language. */
export function predictionText(
  prediction: Prediction,
  value: number | string,
  f: Formats,
  locale?: string,
): string {
  if (prediction.kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    const year = isYearRange(prediction, prediction.unit);
    return withUnit(formatValue(n, prediction.step, locale, year), prediction.unit, f.t);
  }
  const option = prediction.options.find((o) => o.value === value);
  return option ? lessonText(option.label, f) : String(value);
}

/** Whether the lesson judges the prediction right; a lesson that cannot judge says no. */
export function judgeSafely(
  lesson: Pick<Lesson, 'judge'>,
  predicted: number | string,
  result: HwfResult,
): boolean {
  try {
    return lesson.judge(predicted, result) === true;
  } catch {
    return false;
  }
}

/** Whether a changed scenario's result reaches the lesson's goal (false if it cannot say). */
export function goalSafely(lesson: Pick<Lesson, 'tryIt'>, result: HwfResult): boolean {
  try {
    return lesson.tryIt.goal(result) === true;
  } catch {
    return false;
  }
}

/** The lesson's answer for `result`; a lesson that fails says so instead of breaking. */
export function answerSafely(
  lesson: Pick<Lesson, 'answer'>,
  result: HwfResult,
  f: Formats,
): { value: number | string | null; words: string } {
  try {
    return lesson.answer(result, f);
  } catch {
    return { value: null, words: f.t('learn.lesson.noAnswer') };
  }
}

/** The lesson's marks for `result` (none when it cannot say). */
export function marksSafely(
  lesson: Pick<Lesson, 'marks'>,
  result: HwfResult,
  f: Formats,
): ChartMark[] {
  try {
    const marks = lesson.marks(result, f);
    return Array.isArray(marks) ? marks : [];
  } catch {
    return [];
  }
}

/** How far `result` is from the goal, in the lesson's words (a plain sentence if it fails). */
export function goalWordsSafely(
  lesson: Pick<Lesson, 'tryIt'>,
  result: HwfResult,
  f: Formats,
): string {
  try {
    return lesson.tryIt.goalWords(result, f);
  } catch {
    return f.t('learn.tryIt.noGoalWords');
  }
}

/** The verdict on a prediction, in plain words. */
export function verdictWords(right: boolean, predicted: string, t: Translate): string {
  return right ? t('learn.verdict.right', { predicted }) : t('learn.verdict.wrong', { predicted });
}

/** The "x of n futures" words of a run under way. */
export function runningWords(done: number, total: number, t: Translate, locale?: string): string {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return total > 0 && done > 0
    ? t('learn.run.progress', { done: f.format(done), total: f.format(total), count: total })
    : t('learn.run.running');
}

/** The name of a lesson's scenario in the app's undo notice. */
export function editorWhat(lesson: Pick<Lesson, 'number'>, t: Translate): string {
  return t('learn.page.editorWhat', { number: lesson.number });
}
