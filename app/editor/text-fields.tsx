/** Text, long text, choice and yes/no fields bound to a path of the draft. */
import { useT } from '../i18n/language-root.tsx';
import { helpFor } from '../scenario/labels.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useEditor } from './editor-context.ts';
import { describedBy, FieldShell, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { textOfValue } from './number-text.ts';

interface Common {
  path: string;
  label?: string;
  help?: string;
}

function useCommon(p: Common) {
  const t = useT();
  const known = helpFor(p.path, t);
  return {
    t,
    id: fieldId(p.path),
    label: p.label ?? known?.label ?? p.path,
    help: p.help ?? known?.help ?? '',
    issues: useFieldIssues(p.path),
  };
}

export function TextField(
  props: Common & { multiline?: boolean; onText?: (text: string) => void },
) {
  const { draft, set } = useEditor();
  const { id, label, help, issues } = useCommon(props);
  const value = textOfValue(getAtPath(draft, props.path));
  const write = props.onText ?? ((text: string) => set(props.path, text));
  const a11y = {
    id,
    'aria-invalid': issues.errors.length > 0 || undefined,
    'aria-describedby': describedBy(id, {
      issues: issues.errors.length + issues.warnings.length > 0,
    }),
  };
  return (
    <FieldShell id={id} path={props.path} label={label} help={help} issues={issues}>
      {props.multiline ? (
        <textarea {...a11y} rows={3} value={value} onChange={(e) => write(e.target.value)} />
      ) : (
        <input {...a11y} type="text" value={value} onChange={(e) => write(e.target.value)} />
      )}
    </FieldShell>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A select of `choices`; a current value that is not among them is shown, not dropped. */
export function SelectField(
  props: Common & { choices: readonly Choice[]; onPick?: (v: string) => void },
) {
  const { draft, set } = useEditor();
  const { t, id, label, help, issues } = useCommon(props);
  const raw = getAtPath(draft, props.path);
  const current = typeof raw === 'string' ? raw : '';
  const known = props.choices.some((c) => c.value === current);
  const pick = props.onPick ?? ((v: string) => set(props.path, v));
  return (
    <FieldShell id={id} path={props.path} label={label} help={help} issues={issues}>
      <select
        id={id}
        value={current}
        aria-invalid={issues.errors.length > 0 || undefined}
        aria-describedby={describedBy(id, {
          issues: issues.errors.length + issues.warnings.length > 0,
        })}
        onChange={(e) => pick(e.target.value)}
      >
        {!known ? (
          <option value={current}>
            {current === ''
              ? t('editor.select.choose')
              : t('editor.select.unknown', { value: current })}
          </option>
        ) : null}
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckField(props: {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const { id, label, help, checked, onChange } = props;
  return (
    <div className="hwf-field hwf-check">
      <span className="hwf-control">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </span>
      <span className="hwf-help" id={`${id}-help`}>
        {help}
      </span>
    </div>
  );
}
