/**
 * A lesson of "Learn" (docs/lessons.md): one idea of workforce planning taught with a small
 * built-in scenario. The planner predicts first (a number or a choice, saved), the
 * simulation runs and reveals the answer on an annotated chart, a short explanation says
 * why, and one "try it yourself" change is checked against a goal. The lessons' numbers
 * are made up for teaching, and each scenario's description says so.
 *
 * A lesson is data and pure functions of a result: the view (learn-view.tsx) runs the
 * scenario on the app's runner, so a lesson never runs anything itself.
 */
import type { HwfResult } from '../../model/result/result.ts';
import type { Formats } from '../format.ts';
import type { MessageKey } from '../i18n/translate.ts';

/**
 * A text of a lesson, in the reader's language: the key of a message in the catalogue
 * (app/i18n/messages/en/learn.json), or a function that fills a message's placeholders from
 * the reader's formatters (`f.t('learn.lesson….question', { year: f.year(2035) })`).
 * Resolved where it is shown (learn-state.ts `lessonText`), so a lesson is translated in the
 * catalogue, never in its code.
 */
export type LessonText = MessageKey | ((f: Formats) => string);

/** The unit shown after a number: its word and the number with it ("places", "40 places")
 *  are messages (learn-state.ts `UNIT_WORDS`). */
export type LessonUnit =
  'percent' | 'nurses' | 'fte' | 'places' | 'years' | 'perYear' | 'doctorsWork';

/** The question asked before the simulation runs. */
export type Prediction =
  | {
      kind: 'number';
      question: LessonText;
      /** Shown after the number, e.g. "nurses" or "%"; null for a year. */
      unit: LessonUnit | null;
      min: number;
      max: number;
      step: number;
      /** Where the slider starts (not the answer). */
      initial: number;
    }
  | {
      kind: 'choice';
      question: LessonText;
      options: readonly { value: string; label: LessonText }[];
    };

/** What the chart of the lesson shows. `profession` is an index into result.professions. */
export type LessonChart =
  /** One measure's median and bands over the years. */
  | { kind: 'band'; profession: number; measure: 'headcount' | 'fte' | 'demand' | 'gap' }
  /** Supply (FTE) against demand, with their bands. */
  | { kind: 'supply-demand'; profession: number }
  /** Headcount and FTE medians together (lesson 4). */
  | { kind: 'headcount-fte'; profession: number }
  /** The shortage probability per year. */
  | { kind: 'shortage'; profession: number }
  /** The age pyramid of the base and target years. */
  | { kind: 'pyramid'; profession: number }
  /** The sensitivity tornado of the target year's gap. */
  | { kind: 'tornado'; profession: number };

/** A mark drawn on the chart to point at what the lesson explains (its label in the
 *  reader's language: `marks` makes it with the reader's formatters). */
export interface ChartMark {
  year: number;
  label: string;
}

/** The one control of "try it yourself". */
export interface LessonLever {
  /** The control's label, e.g. "Training places a year". */
  label: LessonText;
  /** Where the lever writes in the lesson's scenario: a JSON path as the editor's paths
   *  (`professions[0].training.intake`); the value is a plain number. */
  path: string;
  min: number;
  max: number;
  step: number;
  /** Shown after the value, e.g. "places" or "years". */
  unit: LessonUnit;
}

export interface Lesson {
  /** Stable id, used in links (`#lesson=<id>`) and in saved progress. */
  id: string;
  /** 1…8, the order of the lessons. */
  number: number;
  title: LessonText;
  /** The one idea, in a sentence. */
  idea: LessonText;
  /** A fresh, valid hwf-scenario/1 document (few runs, e.g. 500, so it answers at once). */
  scenario: () => unknown;
  prediction: Prediction;
  /** The true answer, read from the result, and a sentence that reveals it (in the
   *  reader's language, numbers by `f`). */
  answer: (result: HwfResult, f: Formats) => { value: number | string; words: string };
  /** Whether a prediction was right (for numbers, within a tolerance the lesson chooses). */
  judge: (predicted: number | string, result: HwfResult) => boolean;
  /** The explanation: a few short paragraphs in plain words. */
  explanation: readonly LessonText[];
  chart: LessonChart;
  /** Marks on the chart that point at what the explanation says. */
  marks: (result: HwfResult, f: Formats) => ChartMark[];
  tryIt: {
    /** What to do, e.g. "Find the fewest training places that keep the shortage chance
     *  in 2040 under 20 %." */
    task: LessonText;
    lever: LessonLever;
    /** Whether the result of the changed scenario reaches the goal. */
    goal: (result: HwfResult) => boolean;
    /** How far the result is from the goal, in words, for the changed scenario. */
    goalWords: (result: HwfResult, f: Formats) => string;
  };
}
