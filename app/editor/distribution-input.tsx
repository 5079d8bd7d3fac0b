/**
 * An uncertain input: a number field with a "range…" button that opens the distribution
 * editor. When the input is already a range, the field shows its summary instead, and the
 * button opens the editor on it.
 */
import { useRef, useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';
import { helpFor } from '../scenario/labels.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { formOf, pointOf, readDist } from './dist-forms.ts';
import { describeDist } from './density.ts';
import { isAtOrBelow } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { describedBy, FieldShell, isShareField, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { DistributionEditor } from './distribution-editor.tsx';
import { numberAfter, useNumberText } from './number-field.tsx';
import { wouldWarnAt } from '../state/typing-pause.ts';
import type { EmptyAs } from './number-text.ts';
import { formatNumber } from './number-text.ts';
import { lowerFirst } from '../i18n/case.ts';

export interface DistributionInputProps {
  path: string;
  /** What a blank field writes (see NumberField); optional fields use 'remove' or 'null'. */
  emptyAs?: EmptyAs;
  placeholder?: string;
  label?: string;
  unit?: string;
  help?: string;
}

/** "PERT 0.015 – 0.025 – 0.045": the form and its numbers, short, in the language of `t`. */
export function rangeSummary(v: unknown, t: Translate): string {
  const d = readDist(v);
  if (d === undefined || typeof d === 'number') {
    const p = pointOf(v);
    return p === undefined
      ? t('editor.range.incomplete')
      : t('editor.range.incompleteAround', { point: formatNumber(p) });
  }
  const f = formatNumber;
  switch (d.dist) {
    case 'uniform':
      return t('editor.range.uniform', { min: f(d.min), max: f(d.max) });
    case 'triangular':
      return t('editor.range.triangular', { min: f(d.min), mode: f(d.mode), max: f(d.max) });
    case 'pert':
      return t('editor.range.pert', { min: f(d.min), mode: f(d.mode), max: f(d.max) });
    case 'normal':
      return t('editor.range.normal', { mean: f(d.mean), sd: f(d.sd) });
    case 'lognormal':
      return t('editor.range.lognormal', { median: f(d.median), gsd: f(d.gsd) });
  }
}

export function DistributionInput(props: DistributionInputProps) {
  const { path, emptyAs = 'text' } = props;
  const { draft, set, focusRequest } = useEditor();
  const issues = useFieldIssues(path);
  const t = useT();
  const known = helpFor(path, t);
  const label = props.label ?? known?.label ?? path;
  const unit = props.unit ?? known?.unit ?? '';
  const help = props.help ?? known?.help ?? '';
  const id = fieldId(path);
  const value = getAtPath(draft, path);
  const state = useNumberText(value, emptyAs, (v) => set(path, v), undefined, {
    wouldWarn: (v) => wouldWarnAt(draft, path, v),
  });
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState(-1);
  const opener = useRef<HTMLButtonElement>(null);
  // A request to focus a parameter of this range (from the Problems list) opens the editor.
  const asked =
    focusRequest !== null &&
    focusRequest.seq !== dismissed &&
    focusRequest.path !== path &&
    isAtOrBelow(focusRequest.path, path);
  const isOpen = open || asked;
  const close = () => {
    setOpen(false);
    if (focusRequest) setDismissed(focusRequest.seq);
    opener.current?.focus();
  };
  const form = formOf(value);
  const hasIssues = issues.errors.length + issues.warnings.length > 0;
  const asking = form === 'fixed' && state.reading.kind === 'ambiguous';
  const a11y = describedBy(id, { unit: unit !== '', issues: hasIssues, ask: asking });
  const summary = form === 'fixed' ? '' : rangeSummary(value, t);
  const d = readDist(value);
  const title = d !== undefined && typeof d !== 'number' ? describeDist(d, t) : undefined;
  return (
    <div className="hwf-dist">
      <FieldShell
        id={id}
        path={path}
        label={label}
        unit={unit}
        help={help}
        issues={issues}
        labelId={form === 'fixed' ? undefined : `${id}-label`}
        readout={form === 'fixed' ? numberAfter(id, state, isShareField(path, unit, t)) : undefined}
      >
        {form === 'fixed' ? (
          <>
            <input
              id={id}
              className="hwf-number"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={state.text}
              placeholder={props.placeholder}
              aria-invalid={issues.errors.length > 0 || undefined}
              aria-describedby={a11y}
              onFocus={state.onFocus}
              onBlur={state.onBlur}
              onChange={(e) => state.onText(e.target.value)}
            />
            <button
              type="button"
              ref={opener}
              className="hwf-range-button"
              aria-label={t('editor.range.buttonFor', { label: lowerFirst(label) })}
              aria-expanded={isOpen}
              onClick={() => (isOpen ? close() : setOpen(true))}
            >
              {t('editor.range.button')}
            </button>
          </>
        ) : (
          <button
            type="button"
            id={id}
            ref={opener}
            className="hwf-range-summary"
            aria-labelledby={`${id}-label ${id}-summary ${id}-range`}
            aria-describedby={a11y}
            aria-expanded={isOpen}
            aria-invalid={issues.errors.length > 0 || undefined}
            title={title}
            onClick={() => (isOpen ? close() : setOpen(true))}
          >
            <span id={`${id}-summary`}>{summary}</span>{' '}
            <span id={`${id}-range`}>{t('editor.range.button')}</span>
          </button>
        )}
      </FieldShell>
      {isOpen ? (
        <DistributionEditor
          path={path}
          label={label}
          unit={unit}
          onClose={close}
          focusPath={asked ? focusRequest.path : undefined}
        />
      ) : null}
    </div>
  );
}
