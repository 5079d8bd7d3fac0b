/**
 * One cell of an age table: keeps the text as typed and asks about an ambiguous entry (like
 * NumberField), moves between cells with the arrow keys and Enter, and hands a pasted block
 * to the table.
 */
import { memo } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { fieldId } from './field-id.ts';
import { AmbiguityQuestion, useNumberText } from './number-field.tsx';

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

export function cellPath(path: string, sex: Sex, row: number): string {
  return `${path}.${sex}[${row}]`;
}

function focusCell(path: string, row: number, col: number): boolean {
  if (col < 0 || col >= SEXES.length) return false;
  const el = document.getElementById(fieldId(cellPath(path, SEXES[col], row)));
  if (!(el instanceof HTMLInputElement)) return false;
  el.focus();
  el.select();
  return true;
}

export interface AgeCellProps {
  path: string;
  row: number;
  col: number;
  value: unknown;
  label: string;
  bad: boolean;
  describedBy?: string;
  write: (path: string, value: unknown) => void;
  onBlockPaste: (row: number, col: number, e: ClipboardEvent<HTMLInputElement>) => void;
}

export const AgeCell = memo(function AgeCell(props: AgeCellProps) {
  const { path, row, col, value, label, bad, write } = props;
  const p = cellPath(path, SEXES[col], row);
  const state = useNumberText(value, 'text', (v) => write(p, v));
  const id = fieldId(p);
  const asking = state.reading.kind === 'ambiguous';
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    // With the whole text selected (just arrived in the cell) left and right move too.
    const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const atStart = all || (input.selectionStart === 0 && input.selectionEnd === 0);
    const atEnd = all || input.selectionStart === input.value.length;
    let moved = false;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey))
      moved = focusCell(path, row + 1, col);
    else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey))
      moved = focusCell(path, row - 1, col);
    else if (e.key === 'ArrowLeft' && atStart) moved = focusCell(path, row, col - 1);
    else if (e.key === 'ArrowRight' && atEnd) moved = focusCell(path, row, col + 1);
    if (moved || e.key === 'Enter') e.preventDefault();
  };
  const input = (
    <input
      id={id}
      className="hwf-cell"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      aria-label={label}
      aria-invalid={bad || undefined}
      aria-describedby={
        [props.describedBy, asking ? `${id}-ask` : ''].filter(Boolean).join(' ') || undefined
      }
      value={state.text}
      onFocus={state.onFocus}
      onChange={(e) => state.onText(e.target.value)}
      onKeyDown={onKeyDown}
      onPaste={(e) => props.onBlockPaste(row, col, e)}
    />
  );
  if (state.reading.kind !== 'ambiguous') return input;
  // "30.162" where 30 162 was: the cell asks which one is meant before writing it.
  return (
    <>
      {input}
      <AmbiguityQuestion id={id} readings={state.reading.readings} choose={state.choose} />
    </>
  );
});
