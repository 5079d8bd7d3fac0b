/**
 * A number field that never loses what is typed: the text is kept as typed ("0,0", "1e", ""),
 * a number is written into the draft when the text reads as one in the browser's locale
 * (number-text.ts: "30.162" is 30 162 in Italian, "2,5 %" is 0.025), and otherwise the raw
 * text is written, so the check reports it at this field and the text stays. An entry that
 * could mean two numbers far apart ("30.162" where 30 162 was) is not applied: the field asks
 * which one is meant, and the value before it stays in the draft until the answer.
 *
 * A number that would be warned about waits until the typing pauses or the field loses focus
 * (app/state/typing-pause.ts): typing `64` does not run `6` first. A value more than ten times
 * (or a tenth of) the value before is noted at the field: "this is 12× the value before".
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { englishT, type Translate } from '../i18n/translate.ts';
import { helpFor } from '../scenario/labels.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useEditor } from './editor-context.ts';
import { describedBy, FieldShell, isShareField, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { isJump, jumpNote, mustWait, TypingPause, wouldWarnAt } from '../state/typing-pause.ts';
import {
  BROWSER_LOCALE,
  draftValueOfText,
  formatShare,
  localeMarks,
  parseNumberText,
  spellNumber,
  textMatchesValue,
  textOfValue,
} from './number-text.ts';
import type { EmptyAs, NumberText } from './number-text.ts';

/** The text of a number control and what it needs to ask about an ambiguous entry. */
export interface NumberTextState {
  /** The text shown in the control. */
  text: string;
  /** How the text reads (against the value before the entry). */
  reading: NumberText;
  onText: (text: string) => void;
  /** Call on focus: the value now is the one an entry is compared with. */
  onFocus: () => void;
  /** The planner's answer to the question: writes `value`, shows its text. */
  choose: (value: number) => void;
  /** Call on blur: a value waiting for the typing to pause is written now. */
  onBlur: () => void;
  /** "this is 12× the value before (5); check the units" after such a change, else ''. */
  note: string;
  /** The messages of the reader's language, for the words after the control. */
  t: Translate;
}

export interface NumberTextOptions {
  /** Would this value be warned about at the field? It then waits for a pause in typing. */
  wouldWarn?: (value: unknown) => boolean;
}

/**
 * The text of a number control: kept as typed while it stands for the draft's value. An
 * entry is read against `base`, the value when the field was focused (or last changed from
 * elsewhere), not the values written while typing it ("30.16" on the way to "30.162").
 */
export function useNumberText(
  value: unknown,
  emptyAs: EmptyAs,
  write: (v: unknown) => void,
  locale: string = BROWSER_LOCALE,
  options: NumberTextOptions = {},
): NumberTextState {
  const t = useT();
  const [text, setText] = useState(() => textOfValue(value, locale));
  const [seen, setSeen] = useState<unknown>(value);
  const [base, setBase] = useState<unknown>(value);
  // The last change this field wrote that was a jump, for the note at the field.
  const [jump, setJump] = useState<{ from: unknown; to: unknown } | null>(null);
  // The value before the edit, as the pause's writer reads it when it writes.
  const before = useRef<unknown>(base);
  const pause = useRef<TypingPause | null>(null);
  pause.current ??= new TypingPause(() => undefined);
  const writer = (v: unknown) => {
    setJump(isJump(before.current, v) ? { from: before.current, to: v } : null);
    write(v);
  };
  useEffect(() => {
    pause.current!.write = writer;
  });
  // A value still waiting when the field goes (a section closed) is written, not lost.
  useEffect(() => () => pause.current!.flush(), []);
  let shown = text;
  let current = base;
  if (!Object.is(seen, value)) {
    // The draft changed: from this field (the text already says it) or from elsewhere.
    setSeen(value);
    if (!textMatchesValue(text, value, emptyAs, { locale, current: base })) {
      shown = textOfValue(value, locale);
      current = value;
      setText(shown);
      setBase(value);
      // The text now shows the draft's value: a typed value still waiting is dropped.
      pause.current.cancel();
    }
  }
  before.current = current;
  const reading = parseNumberText(shown, { locale, current });
  const note =
    jump !== null && Object.is(jump.to, value) ? (jumpNote(jump.from, jump.to, t) ?? '') : '';
  return {
    text: shown,
    reading,
    onText: (next: string) => {
      setText(next);
      const v = draftValueOfText(next, emptyAs, { locale, current });
      pause.current!.write = writer;
      if (Object.is(v, value)) {
        pause.current!.cancel();
        return;
      }
      pause.current!.offer(v, mustWait(current, v, options.wouldWarn));
    },
    onFocus: () => {
      if (reading.kind !== 'ambiguous') setBase(value);
    },
    onBlur: () => pause.current!.flush(),
    choose: (v: number) => {
      const shownText = textOfValue(v, locale);
      pause.current!.cancel();
      setText(shownText);
      setBase(v);
      write(v);
    },
    note,
    t,
  };
}

/** "= 2.5 %" for shares, "read as 30 162" when the text is not plain digits (in the
 *  language of `t`). */
export function numberReadout(
  reading: NumberText,
  text: string,
  share: boolean,
  locale: string = BROWSER_LOCALE,
  t: Translate = englishT,
): string {
  if (reading.kind !== 'number') return '';
  if (share && Math.abs(reading.value) <= 10) {
    return t('editor.number.share', { share: formatShare(reading.value) });
  }
  const decimal = localeMarks(locale).decimal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const plain = new RegExp(`^[-+]?\\d*(${decimal}\\d*)?$`);
  return plain.test(text.trim())
    ? ''
    : t('editor.number.readAs', { number: spellNumber(reading.value, locale) });
}

export interface AmbiguityQuestionProps {
  /** The control's id: the question's ids derive from it, and focus returns to it. */
  id: string;
  readings: readonly [number, number];
  choose: (value: number) => void;
  locale?: string;
}

/**
 * "Did you mean 30 162 or 30.162?" with a button for each reading, next to the control: the
 * numbers are spelled so they cannot be misread (thousands apart by a space). Answering
 * writes the chosen number and puts the keyboard back in the field.
 */
export function AmbiguityQuestion({ id, readings, choose, locale }: AmbiguityQuestionProps) {
  const t = useT();
  const words = readings.map((r) => spellNumber(r, locale));
  const answer = (v: number) => {
    choose(v);
    document.getElementById(id)?.focus();
  };
  return (
    <span className="hwf-ask" role="group" aria-labelledby={`${id}-ask`}>
      <span id={`${id}-ask`} role="status">
        {t('editor.number.didYouMean', { first: words[0], second: words[1] })}
      </span>{' '}
      {readings.map((r, i) => (
        <button
          key={i}
          type="button"
          aria-label={t('editor.number.use', { number: words[i] })}
          onClick={() => answer(r)}
        >
          {words[i]}
        </button>
      ))}
    </span>
  );
}

/**
 * What a number control shows after itself: the question, or the readout and, after a
 * change of more than ten times, the note that says so (announced as it appears).
 */
export function numberAfter(id: string, state: NumberTextState, share: boolean): ReactNode {
  const r = state.reading;
  if (r.kind === 'ambiguous') {
    return <AmbiguityQuestion id={id} readings={r.readings} choose={state.choose} />;
  }
  const readout = numberReadout(r, state.text, share, undefined, state.t);
  if (state.note === '') return readout;
  return (
    <>
      {readout}
      {readout ? '. ' : ''}
      <span className="hwf-jump" id={`${id}-jump`} role="status">
        {state.t('editor.issue.note', { text: state.note })}
      </span>
    </>
  );
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
  const t = useT();
  const known = helpFor(path, t);
  const label = props.label ?? known?.label ?? path;
  const unit = props.unit ?? known?.unit ?? '';
  const help = props.help ?? known?.help ?? '';
  const id = props.id ?? fieldId(path);
  const state = useNumberText(getAtPath(draft, path), emptyAs, (v) => set(path, v), undefined, {
    wouldWarn: (v) => wouldWarnAt(draft, path, v),
  });
  const asking = state.reading.kind === 'ambiguous';
  const bad = issues.errors.length > 0;
  return (
    <FieldShell
      id={id}
      path={path}
      label={label}
      unit={unit}
      help={help}
      issues={issues}
      readout={numberAfter(id, state, isShareField(path, unit, t))}
    >
      <input
        id={id}
        className="hwf-number"
        type="text"
        inputMode={props.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={state.text}
        placeholder={props.placeholder}
        aria-invalid={bad || undefined}
        aria-describedby={
          describedBy(id, {
            unit: unit !== '',
            issues: issues.errors.length + issues.warnings.length > 0,
            ask: asking,
          }) + (state.note && !asking ? ` ${id}-jump` : '')
        }
        onFocus={state.onFocus}
        onBlur={state.onBlur}
        onChange={(e) => state.onText(e.target.value)}
      />
    </FieldShell>
  );
}
