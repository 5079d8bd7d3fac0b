/**
 * The lessons of "Learn" in their order (docs/lessons.md). Each lesson is one file of this
 * folder; tests/unit/learn-lessons.test.ts checks every one against the reference engine.
 */
import type { Lesson } from '../lesson-types.ts';
import { stockAndFlow } from './01-stock-and-flow.ts';
import { trainingDelay } from './02-training-delay.ts';
import { retirementWave } from './03-retirement-wave.ts';
import { fteHeadcount } from './04-fte-headcount.ts';
import { ageingDemand } from './05-ageing-demand.ts';
import { uncertainty } from './06-uncertainty.ts';
import { tornado } from './07-tornado.ts';
import { taskShifting } from './08-task-shifting.ts';

export const LESSONS: readonly Lesson[] = [
  stockAndFlow,
  trainingDelay,
  retirementWave,
  fteHeadcount,
  ageingDemand,
  uncertainty,
  tornado,
  taskShifting,
];

/** The lesson with this id, or undefined. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
