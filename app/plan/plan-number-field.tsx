/**
 * A number field of the Plan view: the editor's number entry (editor/number-field.tsx:
 * the locale's decimal comma, "1 200", a question for an ambiguous entry, nothing typed
 * lost) with the value shown in the lever's own unit — a share as a percent (0.2 is typed
 * and shown as 20), a count as it is. Reads and writes the draft at `path` through the
 * nearest editor context, and shows the issues at that path.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useEditor } from '../editor/editor-context.ts';
import { describedBy, FieldShell, useFieldIssues } from '../editor/field.tsx';
import { fieldId } from '../editor/field-id.ts';
import { numberAfter, useNumberText } from '../editor/number-field.tsx';
import type { EmptyAs } from '../editor/number-text.ts';

export interface PlanNumberFieldProps {
  path: string;
  label: string;
  unit: string;
  help: string;
  /** Shown = stored × scale (100 for a share shown in percent). */
  scale?: number;
  whole?: boolean;
  /** What a blank field writes: '' (reported) or nothing (the field is taken out). */
  emptyAs?: EmptyAs;
}

/** A stored number shown at `scale`, without floating-point dust (0.07 × 100 is 7). */
export function scaled(v: unknown, scale: number): unknown {
  return typeof v === 'number' && scale !== 1 ? Number((v * scale).toPrecision(12)) : v;
}

/** A shown number back at the stored scale. */
export function unscaled(v: unknown, scale: number): unknown {
  return typeof v === 'number' && scale !== 1 ? Number((v / scale).toPrecision(12)) : v;
}

export function PlanNumberField(props: PlanNumberFieldProps) {
  const { path, label, unit, help, scale = 1, emptyAs = 'text' } = props;
  const { draft, set } = useEditor();
  const issues = useFieldIssues(path);
  const id = fieldId(path);
  const state = useNumberText(scaled(getAtPath(draft, path), scale), emptyAs, (v) =>
    set(path, unscaled(v, scale)),
  );
  const asking = state.reading.kind === 'ambiguous';
  return (
    <FieldShell
      id={id}
      path={path}
      label={label}
      unit={unit}
      help={help}
      issues={issues}
      readout={numberAfter(id, state, false)}
    >
      <input
        id={id}
        className="hwf-number"
        type="text"
        inputMode={props.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={state.text}
        aria-invalid={issues.errors.length > 0 || undefined}
        aria-describedby={describedBy(id, {
          unit: unit !== '',
          issues: issues.errors.length + issues.warnings.length > 0,
          ask: asking,
        })}
        onFocus={state.onFocus}
        onBlur={state.onBlur}
        onChange={(e) => state.onText(e.target.value)}
      />
    </FieldShell>
  );
}
