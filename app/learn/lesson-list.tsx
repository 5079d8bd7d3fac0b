/**
 * The list of lessons: number, title, the one idea, and whether each is done (its goal
 * reached), in progress or not started, in words as well as a sign, so neither colour nor
 * the sign alone carries it.
 */
import type { Lesson } from './lesson-types.ts';
import { statusOf, type LessonProgress, type LessonStatus } from './progress.ts';

/** The words of each status, as the list shows them. */
export const STATUS_WORDS: Record<LessonStatus, { sign: string; words: string }> = {
  new: { sign: '○', words: 'Not started' },
  started: { sign: '◐', words: 'In progress' },
  done: { sign: '✓', words: 'Done' },
};

export interface LessonListProps {
  lessons: readonly Lesson[];
  records: Readonly<Record<string, LessonProgress>>;
  onOpen: (id: string) => void;
}

/** "3 of 8 lessons done". */
export function doneWords(lessons: readonly Lesson[], records: LessonListProps['records']): string {
  const done = lessons.filter((l) => statusOf(records[l.id]) === 'done').length;
  return `${done} of ${lessons.length} lessons done`;
}

export function LessonList({ lessons, records, onOpen }: LessonListProps) {
  const ordered = [...lessons].sort((a, b) => a.number - b.number);
  return (
    <ol className="hwf-learn-list">
      {ordered.map((lesson) => {
        const status = statusOf(records[lesson.id]);
        const { sign, words } = STATUS_WORDS[status];
        return (
          <li key={lesson.id} className={`hwf-learn-item hwf-learn-item-${status}`}>
            <span className="hwf-learn-number" aria-hidden="true">
              {lesson.number}
            </span>
            <div className="hwf-learn-item-body">
              <h3 className="hwf-learn-item-title">
                <button
                  type="button"
                  className="hwf-learn-open"
                  data-lesson={lesson.id}
                  onClick={() => onOpen(lesson.id)}
                >
                  <span className="visually-hidden">Lesson {lesson.number}: </span>
                  {lesson.title}
                </button>
              </h3>
              <p className="hwf-learn-item-idea">{lesson.idea}</p>
            </div>
            <p className="hwf-learn-status" data-status={status}>
              <span aria-hidden="true">{sign} </span>
              {words}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
