/**
 * Problems: every error (and every note) of the last check: where, in planner words
 * (labels.ts `labelFor`), then what, then the JSON path in code style. Notes include the
 * values worth checking (model/scenario/plausible.ts). Regions are named (region-words.ts). Clicking a problem, or Enter on it,
 * focuses its field.
 */
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import { issueMessage } from '../i18n/issue-text.ts';
import { useT } from '../i18n/language-root.tsx';
import { focusField } from './focus.ts';
import { messageNodes } from '../i18n/rich-text.tsx';
import { regionalLabel } from './region-words.ts';

export interface ProblemsListProps {
  errors: readonly ScenarioIssue[];
  warnings: readonly ScenarioIssue[];
  onFocus: (path: string) => void;
  /** The draft, for names in the words (Nurses rather than Profession 1). */
  draft?: unknown;
}

function Item({
  issue,
  draft,
  onFocus,
  note,
}: {
  issue: ScenarioIssue;
  draft: unknown;
  onFocus: (path: string) => void;
  note?: boolean;
}) {
  const t = useT();
  return (
    <li>
      <button
        type="button"
        className={note ? 'hwf-problem hwf-problem-note' : 'hwf-problem'}
        onClick={() => {
          focusField(issue.path);
          onFocus(issue.path);
        }}
      >
        {messageNodes(t, 'editor.problems.item', {
          where: <span className="hwf-problem-where">{regionalLabel(issue.path, draft, t)}</span>,
          what: <span className="hwf-problem-what">{issueMessage(issue, t)}</span>,
        })}
        {issue.path ? <code className="hwf-problem-path">{issue.path}</code> : null}
      </button>
    </li>
  );
}

export function ProblemsList({ errors, warnings, onFocus, draft }: ProblemsListProps) {
  const t = useT();
  return (
    <section className="hwf-problems" aria-labelledby="hwf-problems-title">
      <h3 id="hwf-problems-title">
        {t('editor.problems.title', { count: String(errors.length) })}
      </h3>
      {errors.length === 0 ? (
        <p className="hwf-ok">{t('editor.problems.none')}</p>
      ) : (
        <ul>
          {errors.map((e, i) => (
            <Item key={i} issue={e} draft={draft} onFocus={onFocus} />
          ))}
        </ul>
      )}
      {warnings.length > 0 ? (
        <>
          <h4>{t('editor.problems.notes', { count: String(warnings.length) })}</h4>
          <p className="hwf-help">{t('editor.problems.notesHelp')}</p>
          <ul>
            {warnings.map((w, i) => (
              <Item key={i} issue={w} draft={draft} onFocus={onFocus} note />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
