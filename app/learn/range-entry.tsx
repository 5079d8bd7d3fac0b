/**
 * A number chosen on a slider or typed: a labelled range input with its value and unit
 * shown, and a text field beside it that reads numbers as the browser's language writes
 * them (app/editor/number-text.ts). A typed number outside the range is named at the field
 * when the typing is done (Enter or leaving the field), and what was typed stays.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { BROWSER_LOCALE, parseNumberText, textOfValue } from '../editor/number-text.ts';
import { formatValue, isYearRange, snap, unitWord, withUnit, type Range } from './learn-state.ts';
import type { LessonUnit } from './lesson-types.ts';

export interface RangeEntryProps extends Range {
  /** The slider's label, e.g. "Your prediction" or "Training places a year". */
  label: string;
  /** The unit of the values (none for years). */
  unit: LessonUnit | null;
  value: number;
  onChange: (value: number) => void;
  /** Typed values are put on the step too (a lever); else kept as typed (a prediction). */
  snapTyped?: boolean;
  disabled?: boolean;
  /** Class of the wrapper, for the two places it is used. */
  className?: string;
  /** The id of what the slider answers (the question), read after its range. */
  describedBy?: string;
}

export function RangeEntry(props: RangeEntryProps) {
  const { label, unit, value, onChange, min, max, step, snapTyped = false, disabled } = props;
  const t = useT();
  const sliderId = useId();
  const fieldId = useId();
  const problemId = useId();
  const rangeId = useId();
  // What is being typed (null: the field shows the value).
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const year = isYearRange({ min, max, step }, unit);
  const format = (v: number) => withUnit(formatValue(v, step, undefined, year), unit, t);
  const shown = format(value);
  const ends = { from: format(min), to: format(max) };
  const range = t('learn.range.ends', ends);
  const word = unitWord(unit, t);

  /** The typed text's number within the range, or why not. */
  const read = (typed: string): { value: number } | { problem: string } => {
    const parsed = parseNumberText(typed);
    if (parsed.kind !== 'number') {
      return { problem: t('learn.range.notANumber', { ...ends, typed: typed.trim() }) };
    }
    if (parsed.value < min || parsed.value > max) {
      return { problem: t('learn.range.outside', { ...ends, typed: typed.trim() }) };
    }
    return { value: snapTyped ? snap(parsed.value, { min, max, step }) : parsed.value };
  };

  const type = (typed: string) => {
    setText(typed);
    const r = read(typed);
    if ('value' in r) {
      setProblem(null);
      if (r.value !== value) onChange(r.value);
    }
  };
  const finish = () => {
    if (text === null) return;
    const r = read(text);
    if ('value' in r) {
      setText(null);
      setProblem(null);
    } else setProblem(r.problem);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finish();
  };

  return (
    <div className={`hwf-learn-range ${props.className ?? ''}`.trim()}>
      <div className="hwf-learn-range-head">
        <label htmlFor={sliderId}>{label}</label>
        <output htmlFor={sliderId} className="hwf-learn-range-value" aria-hidden="true">
          {shown}
        </output>
      </div>
      <input
        id={sliderId}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={shown}
        aria-describedby={props.describedBy ? `${rangeId} ${props.describedBy}` : rangeId}
        onChange={(event) => {
          setText(null);
          setProblem(null);
          onChange(snap(Number(event.currentTarget.value), { min, max, step }));
        }}
      />
      <p className="hwf-learn-range-ends" id={rangeId}>
        {range}
      </p>
      <div className="hwf-learn-range-typed">
        <label htmlFor={fieldId}>
          {t('learn.range.typeIt')}
          <span className="visually-hidden">{` ${t('learn.range.typeItFor', { label })}`}</span>
        </label>
        <input
          id={fieldId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text ?? textOfValue(value, BROWSER_LOCALE)}
          disabled={disabled}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? problemId : rangeId}
          onChange={(event) => type(event.currentTarget.value)}
          onBlur={finish}
          onKeyDown={onKey}
        />
        {word && <span aria-hidden="true">{word}</span>}
      </div>
      {problem && (
        <p className="hwf-learn-range-problem" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
