/**
 * The list of lessons: number, title, the one idea, and whether each is done (its goal
 * reached), in progress or not started, in words as well as a sign, so neither colour nor
 * the sign alone carries it.
 */
import { useFormats } from '../charts/formats-context.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { VALUE_MARK, aroundValue, lessonText } from './learn-state.ts';
import type { Lesson } from './lesson-types.ts';
import { statusOf, type LessonProgress, type LessonStatus } from './progress.ts';

/** The sign and the words (a message's key) of each status, as the list shows them. */
export const STATUS_WORDS: Record<LessonStatus, { sign: string; words: MessageKey }> = {
  new: { sign: '○', words: 'learn.list.status.new' },
  started: { sign: '◐', words: 'learn.list.status.started' },
  done: { sign: '✓', words: 'learn.list.status.done' },
};

export interface LessonListProps {
  lessons: readonly Lesson[];
  records: Readonly<Record<string, LessonProgress>>;
  onOpen: (id: string) => void;
}

/** "3 of 8 lessons done". */
export function doneWords(
  lessons: readonly Lesson[],
  records: LessonListProps['records'],
  t: Translate,
): string {
  const done = lessons.filter((l) => statusOf(records[l.id]) === 'done').length;
  return t('learn.list.done', { done, total: lessons.length });
}

export function LessonList({ lessons, records, onOpen }: LessonListProps) {
  const f = useFormats();
  const ordered = [...lessons].sort((a, b) => a.number - b.number);
  return (
    <ol className="hwf-learn-list">
      {ordered.map((lesson) => {
        const status = statusOf(records[lesson.id]);
        const { sign, words } = STATUS_WORDS[status];
        // "Lesson 3: " is for screen readers; the number shows beside the title.
        const { before, after } = aroundValue(
          f.t('learn.list.lessonTitle', { number: lesson.number, title: VALUE_MARK }),
        );
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
                  {before && <span className="visually-hidden">{before}</span>}
                  {lessonText(lesson.title, f)}
                  {after && <span className="visually-hidden">{after}</span>}
                </button>
              </h3>
              <p className="hwf-learn-item-idea">{lessonText(lesson.idea, f)}</p>
            </div>
            <p className="hwf-learn-status" data-status={status}>
              <span aria-hidden="true">{sign} </span>
              {f.t(words)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
