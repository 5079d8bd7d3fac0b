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

/** The question asked before the simulation runs. */
export type Prediction =
  | {
      kind: 'number';
      question: string;
      /** Shown after the number, e.g. "nurses" or "%". */
      unit: string;
      min: number;
      max: number;
      step: number;
      /** Where the slider starts (not the answer). */
      initial: number;
    }
  | {
      kind: 'choice';
      question: string;
      options: readonly { value: string; label: string }[];
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

/** A mark drawn on the chart to point at what the lesson explains. */
export interface ChartMark {
  year: number;
  label: string;
}

/** The one control of "try it yourself". */
export interface LessonLever {
  /** The control's label, e.g. "Training places a year". */
  label: string;
  /** Where the lever writes in the lesson's scenario: a JSON path as the editor's paths
   *  (`professions[0].training.intake`); the value is a plain number. */
  path: string;
  min: number;
  max: number;
  step: number;
  /** Shown after the value, e.g. "places" or "years". */
  unit: string;
}

export interface Lesson {
  /** Stable id, used in links (`#lesson=<id>`) and in saved progress. */
  id: string;
  /** 1…8, the order of the lessons. */
  number: number;
  title: string;
  /** The one idea, in a sentence. */
  idea: string;
  /** A fresh, valid hwf-scenario/1 document (few runs, e.g. 500, so it answers at once). */
  scenario: () => unknown;
  prediction: Prediction;
  /** The true answer, read from the result, and a sentence that reveals it. */
  answer: (result: HwfResult) => { value: number | string; words: string };
  /** Whether a prediction was right (for numbers, within a tolerance the lesson chooses). */
  judge: (predicted: number | string, result: HwfResult) => boolean;
  /** The explanation: a few short paragraphs in plain words. */
  explanation: readonly string[];
  chart: LessonChart;
  /** Marks on the chart that point at what the explanation says. */
  marks: (result: HwfResult) => ChartMark[];
  tryIt: {
    /** What to do, e.g. "Find the fewest training places that keep the shortage chance
     *  in 2040 under 20 %." */
    task: string;
    lever: LessonLever;
    /** Whether the result of the changed scenario reaches the goal. */
    goal: (result: HwfResult) => boolean;
    /** How far the result is from the goal, in words, for the changed scenario. */
    goalWords: (result: HwfResult) => string;
  };
}
