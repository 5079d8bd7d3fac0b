/**
 * A number field that never loses what is typed: the text is kept as typed ("0,0", "1e", ""),
 * a number is written into the draft when the text reads as one (decimal comma, thousands
 * spaces, "2.5%"), and otherwise the raw text is written, so the check reports it at this
 * field and the text stays.
 */
import { useState } from 'react';
import { helpFor } from '../scenario/labels.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useEditor } from './editor-context.ts';
import { describedBy, FieldShell, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import {
  draftValueOfText,
  formatNumber,
  formatShare,
  parseNumberText,
  textMatchesValue,
  textOfValue,
} from './number-text.ts';
import type { EmptyAs } from './number-text.ts';

/** The text of a number control: kept as typed while it stands for the draft's value. */
export function useNumberText(
  value: unknown,
  emptyAs: EmptyAs,
  write: (v: unknown) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(() => textOfValue(value));
  const [seen, setSeen] = useState<unknown>(value);
  let shown = text;
  if (!Object.is(seen, value)) {
    // The draft changed: from this field (the text already says it) or from elsewhere.
    setSeen(value);
    if (!textMatchesValue(text, value, emptyAs)) {
      shown = textOfValue(value);
      setText(shown);
    }
  }
  return [
    shown,
    (next: string) => {
      setText(next);
      write(draftValueOfText(next, emptyAs));
    },
  ];
}

/** "= 2.5 %" for shares, "read as 1.2" when the text is not plain digits. */
export function numberReadout(text: string, unit: string): string {
  const r = parseNumberText(text);
  if (r.kind !== 'number') return '';
  if (/share/.test(unit) && Math.abs(r.value) <= 10) return `= ${formatShare(r.value)}`;
  return /^[-+]?\d*\.?\d*$/.test(text.trim()) ? '' : `read as ${formatNumber(r.value)}`;
}

export interface NumberFieldProps {
  path: string;
  /** What a blank field writes: '' (reported), null, or nothing (the field is removed). */
  emptyAs?: EmptyAs;
  label?: string;
  unit?: string;
  help?: string;
  /** Overrides the id (when the path's id is already used nearby). */
  id?: string;
  placeholder?: string;
  whole?: boolean;
}

export function NumberField(props: NumberFieldProps) {
  const { path, emptyAs = 'text' } = props;
  const { draft, set } = useEditor();
  const issues = useFieldIssues(path);
  const known = helpFor(path);
  const label = props.label ?? known?.label ?? path;
  const unit = props.unit ?? known?.unit ?? '';
  const help = props.help ?? known?.help ?? '';
  const id = props.id ?? fieldId(path);
  const [text, onText] = useNumberText(getAtPath(draft, path), emptyAs, (v) => set(path, v));
  const bad = issues.errors.length > 0;
  return (
    <FieldShell
      id={id}
      path={path}
      label={label}
      unit={unit}
      help={help}
      issues={issues}
      readout={numberReadout(text, unit)}
    >
      <input
        id={id}
        className="hwf-number"
        type="text"
        inputMode={props.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={props.placeholder}
        aria-invalid={bad || undefined}
        aria-describedby={describedBy(id, {
          unit: unit !== '',
          issues: issues.errors.length + issues.warnings.length > 0,
        })}
        onChange={(e) => onText(e.target.value)}
      />
    </FieldShell>
  );
}
