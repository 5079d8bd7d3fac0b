/**
 * The problems and notes of an import, listed in the dialog: the first twenty, each with
 * its row and column, then "and N more".
 */
import { useT } from '../i18n/language-root.tsx';
import { formatProblem } from './long-table.ts';
import type { ImportProblem } from './long-table.ts';

/** Problems listed before "and N more". */
const SHOWN = 20;

export function ProblemList({
  items,
  label,
}: {
  items: ImportProblem[];
  label: 'errors' | 'notes';
}) {
  const t = useT();
  if (items.length === 0) return null;
  const shown = items.slice(0, SHOWN);
  const count = { n: items.length, count: String(items.length) };
  return (
    <div className={label === 'errors' ? 'files-errors' : 'files-warnings'}>
      <h4>
        {label === 'errors'
          ? t('files.dialog.problemsHeading', count)
          : t('files.dialog.notesHeading', count)}
      </h4>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>{formatProblem(p, t)}</li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <p>{t('files.dialog.moreProblems', { count: String(items.length - SHOWN) })}</p>
      )}
    </div>
  );
}
