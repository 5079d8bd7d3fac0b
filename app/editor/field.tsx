/**
 * The frame of one field: a visible label, the control, its unit, a one-line explanation and
 * the issues at the field (and below it), all tied to the control with aria-describedby.
 */
import type { ReactNode } from 'react';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import { issueMessage } from '../i18n/issue-text.ts';
import { useT } from '../i18n/language-root.tsx';
import { englishT, type MessageKey, type Translate } from '../i18n/translate.ts';
import { labelFor } from '../scenario/labels.ts';
import { SHARE_PARAMETER_PATHS, shareHint } from '../scenario/parameter-words.ts';
import { issuesFor } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { fieldId } from './field-id.ts';
import { localeMarks } from './number-text.ts';

export interface FieldIssues {
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
}

/** The errors and warnings at `path` and below it. */
export function useFieldIssues(path: string): FieldIssues {
  const { errors, warnings } = useEditor();
  return { errors: issuesFor(errors, path), warnings: issuesFor(warnings, path) };
}

/** The ids a control lists in aria-describedby (`ask`: the question of an ambiguous entry). */
export function describedBy(
  id: string,
  parts: { unit?: boolean; issues?: boolean; ask?: boolean },
): string {
  return [
    parts.unit ? `${id}-unit` : '',
    `${id}-help`,
    parts.issues ? `${id}-issues` : '',
    parts.ask ? `${id}-ask` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Does the field hold a share (typed as 0.025 or 2.5 %)? The catalog's probabilities and
 * rates, the parameters of their ranges (not a lognormal's geometric sd, a factor), and any
 * other field whose unit is a share.
 */
export function isShareField(path: string, unit: string, t: Translate = englishT): boolean {
  if (path.endsWith('.gsd')) return false;
  const under = path
    .replace(/^professions\[\d+\]\./, '')
    .replace(/\.(min|mode|max|mean|sd|median)$/, '');
  return (
    SHARE_PARAMETER_PATHS.has(under) ||
    SHARE_UNITS.some((key) => t(key) === unit) ||
    /^share\b(?! or)/.test(unit)
  );
}

/** The units that are shares, in the reader's language as the field shows them. */
const SHARE_UNITS: readonly MessageKey[] = [
  'scenario.unit.share',
  'scenario.unit.shareOfDemand',
  'scenario.unit.shareOfGraduates',
  'scenario.unit.shareOfStarters',
  'scenario.unit.shareOfTodaysDemand',
  'scenario.unit.shareOfWorkforce',
  'scenario.unit.sharePerYear',
];

/** "highest value: …" for an issue below the field, the message alone at the field. */
function issueText(issue: ScenarioIssue, path: string, draft: unknown, t: Translate): string {
  if (issue.path === path) return issueMessage(issue, t);
  const whole = labelFor(path, draft, t);
  const part = labelFor(issue.path, draft, t);
  const below = (where: string) =>
    t('editor.issue.below', { where, message: issueMessage(issue, t) });
  if (part.startsWith(`${whole}, `)) return below(part.slice(whole.length + 2));
  // Leave out the words both share up to their field ("Nurses › Workforce today: ").
  let shared = 0;
  while (shared < whole.length && whole[shared] === part[shared]) shared++;
  const cut = part.lastIndexOf(': ', shared) + 2;
  return below(cut > 1 ? part.slice(cut) : part);
}

export function IssueList({ id, path, issues }: { id: string; path: string; issues: FieldIssues }) {
  const { draft } = useEditor();
  const t = useT();
  if (issues.errors.length + issues.warnings.length === 0) return null;
  return (
    <ul className="hwf-issues" id={id}>
      {issues.errors.map((e, i) => (
        <li key={`e${i}`} className="hwf-error">
          {issueText(e, path, draft, t)}
        </li>
      ))}
      {issues.warnings.map((w, i) => (
        <li key={`w${i}`} className="hwf-warning">
          {t('editor.issue.note', { text: issueText(w, path, draft, t) })}
        </li>
      ))}
    </ul>
  );
}

/** The issues exactly at `path` (a group's own, e.g. entrants who cannot reach the ages). */
export function ExactIssues({ path }: { path: string }) {
  const { errors, warnings } = useEditor();
  return (
    <IssueList
      id={`${fieldId(path)}-issues`}
      path={path}
      issues={{
        errors: errors.filter((e) => e.path === path),
        warnings: warnings.filter((w) => w.path === path),
      }}
    />
  );
}

export interface FieldShellProps {
  id: string;
  path: string;
  label: string;
  unit?: string;
  help: string;
  issues: FieldIssues;
  children: ReactNode;
  /** Text after the control, e.g. "= 2.5 %", or the question of an ambiguous entry. */
  readout?: ReactNode;
  /** The label is not a <label for> (the control names itself with aria-labelledby). */
  labelId?: string;
}

export function FieldShell(props: FieldShellProps) {
  const { id, path, label, unit = '', help, issues, children, readout, labelId } = props;
  const t = useT();
  const bad = issues.errors.length > 0;
  const hint = isShareField(path, unit, t) ? shareHint(localeMarks().decimal, t) : '';
  return (
    <div className={bad ? 'hwf-field hwf-field-bad' : 'hwf-field'}>
      {labelId ? (
        <span className="hwf-label" id={labelId}>
          {label}
        </span>
      ) : (
        <label className="hwf-label" htmlFor={id}>
          {label}
        </label>
      )}
      <span className="hwf-control">
        {children}
        {unit ? (
          <span className="hwf-unit" id={`${id}-unit`}>
            {unit}
          </span>
        ) : null}
        {readout ? <span className="hwf-readout">{readout}</span> : null}
      </span>
      <span className="hwf-help" id={`${id}-help`}>
        {help}
        {hint ? (
          <>
            {help ? ' · ' : ''}
            <span className="hwf-hint">{hint}</span>
          </>
        ) : null}
      </span>
      <IssueList id={`${id}-issues`} path={path} issues={issues} />
    </div>
  );
}
