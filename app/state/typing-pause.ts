/**
 * When a typed number goes into the draft (and so into a run). Typing `64` passes through
 * `6`: a value that would be warned about — far from the value before, or implausible in
 * the model's eyes (model/scenario/plausible.ts) — waits until the typing pauses
 * (TYPING_PAUSE_MS) or the field loses focus; any other value is written at once, as typed.
 * A value changed more than tenfold in one edit is written after the pause all the same, and
 * the field says so ("this is 12× the value before; check the units").
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { professionWarnings } from '../../model/scenario/plausible.ts';
import { isAtOrBelow, setIn } from '../editor/draft.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

/** How long typing must pause before a value that would warn is written. */
export const TYPING_PAUSE_MS = 600;
/** A value more than this many times (or this fraction of) the value before is a jump. */
export const JUMP_FACTOR = 10;

/** How many times the larger of two non-zero numbers is the smaller; undefined otherwise. */
export function changeFactor(before: unknown, after: unknown): number | undefined {
  if (typeof before !== 'number' || typeof after !== 'number') return undefined;
  if (!Number.isFinite(before) || !Number.isFinite(after) || before === 0 || after === 0) {
    return undefined;
  }
  const a = Math.abs(before);
  const b = Math.abs(after);
  return Math.max(a, b) / Math.min(a, b);
}

/** Did the value change by a factor over JUMP_FACTOR? */
export function isJump(before: unknown, after: unknown): boolean {
  const f = changeFactor(before, after);
  return f !== undefined && f > JUMP_FACTOR;
}

function spell(x: number): string {
  return String(Number(x.toPrecision(6)));
}

/**
 * The field's note after a jump: "this is 12× the value before (5); check the units", or
 * "this is 1/12 of the value before (60); check the units"; undefined when it is no jump.
 * In the language of `t`.
 */
export function jumpNote(
  before: unknown,
  after: unknown,
  t: Translate = englishT,
): string | undefined {
  if (!isJump(before, after)) return undefined;
  const b = before as number;
  const words = {
    factor: String(Math.round(changeFactor(before, after)!)),
    before: spell(b),
  };
  const up = Math.abs(after as number) > Math.abs(b);
  return up ? t('editor.number.jumpUp', words) : t('editor.number.jumpDown', words);
}

/**
 * Would writing `value` at `path` give a plausibility warning at that field (or on the table
 * or range it is part of)? Read from the profession as it would be, without the whole check.
 */
export function wouldWarnAt(draft: unknown, path: string, value: unknown): boolean {
  const m = /^professions\[\d+\]/.exec(path);
  if (m === null) return false;
  const at = m[0];
  const rest = path.slice(at.length).replace(/^\./, '');
  if (rest === '') return false;
  const profession = setIn(getAtPath(draft, at), rest, value);
  const min = getAtPath(draft, 'ages.min');
  const agesMin = typeof min === 'number' && Number.isInteger(min) ? min : undefined;
  return professionWarnings(profession, at, agesMin).some(
    (w) => isAtOrBelow(w.path, path) || isAtOrBelow(path, w.path),
  );
}

/**
 * Must a typed `value` wait for the typing to pause? Yes when it is a number that is a jump
 * from `before` (the value before the edit) or that would warn at the field.
 */
export function mustWait(
  before: unknown,
  value: unknown,
  wouldWarn?: (value: unknown) => boolean,
): boolean {
  return typeof value === 'number' && (isJump(before, value) || (wouldWarn?.(value) ?? false));
}

/** The clock, replaceable in tests. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * The values one field offers while it is typed in: written at once, or held until the
 * typing pauses. Only the latest offer counts: a newer one replaces a held value.
 */
export class TypingPause {
  private held: { value: unknown } | null = null;
  private handle: unknown = null;

  constructor(
    /** Writes a value to the draft (read at write time, so it may be replaced). */
    public write: (value: unknown) => void,
    private readonly delayMs: number = TYPING_PAUSE_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  /** A value typed: written now, or (`wait`) when the typing pauses. */
  offer(value: unknown, wait: boolean): void {
    this.cancel();
    if (!wait) {
      this.write(value);
      return;
    }
    this.held = { value };
    this.handle = this.timers.set(() => this.flush(), this.delayMs);
  }

  /** Writes a held value now (the field lost focus, or the typing paused). */
  flush(): void {
    const held = this.held;
    this.cancel();
    if (held !== null) this.write(held.value);
  }

  /** Forgets a held value (the text went back to the value in the draft). */
  cancel(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = null;
    this.held = null;
  }

  /** Is a value waiting for the typing to pause? */
  get waiting(): boolean {
    return this.held !== null;
  }
}
