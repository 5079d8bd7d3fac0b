/**
 * When a typed number is written to the draft: at once when nothing would warn about it,
 * after a pause in typing (or on leaving the field) when it would — so typing `64` never runs
 * `6` — and a change of more than ten times is noted at the field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isJump,
  jumpNote,
  mustWait,
  TYPING_PAUSE_MS,
  TypingPause,
  wouldWarnAt,
  type Timers,
} from '../../app/state/typing-pause.ts';
import { setIn } from '../../app/editor/draft.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';

/** A clock that moves only when told. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    set: (fn, ms) => {
      due.set(next, { at: now + ms, fn });
      return next++;
    },
    clear: (h) => void due.delete(h as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const first = [...due.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!first) break;
      due.delete(first[0]);
      now = first[1].at;
      first[1].fn();
    }
    now = end;
  };
  return { timers, advance, now: () => now };
}

type Step =
  { kind: 'type'; value: number; wait: boolean; gap: number } | { kind: 'blur'; gap: number };

const steps = fc.array(
  fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('type' as const),
        value: fc.integer({ min: 0, max: 99 }),
        wait: fc.boolean(),
        gap: fc.integer({ min: 0, max: 1500 }),
      }),
      weight: 5,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('blur' as const),
        gap: fc.integer({ min: 0, max: 1500 }),
      }),
      weight: 1,
    },
  ),
  { maxLength: 30 },
);

describe('TypingPause', () => {
  it('writes what would not warn at once, and what would only after a pause or on leaving', () => {
    fc.assert(
      fc.property(steps, (script: Step[]) => {
        const clock = fakeClock();
        const writes: { value: unknown; at: number }[] = [];
        const pause = new TypingPause(
          (value) => writes.push({ value, at: clock.now() }),
          TYPING_PAUSE_MS,
          clock.timers,
        );
        // What the rule says should be written, worked out directly from the script.
        const expected: { value: number; at: number }[] = [];
        let held: { value: number; since: number } | null = null;
        let t = 0;
        for (const step of script) {
          if (held && t + step.gap >= held.since + TYPING_PAUSE_MS) {
            expected.push({ value: held.value, at: held.since + TYPING_PAUSE_MS });
            held = null;
          }
          t += step.gap;
          clock.advance(step.gap);
          if (step.kind === 'blur') {
            pause.flush();
            if (held) expected.push({ value: held.value, at: t });
            held = null;
          } else {
            pause.offer(step.value, step.wait);
            held = null;
            if (step.wait) held = { value: step.value, since: t };
            else expected.push({ value: step.value, at: t });
          }
          expect(pause.waiting).toBe(held !== null);
        }
        clock.advance(TYPING_PAUSE_MS);
        if (held) expected.push({ value: held.value, at: held.since + TYPING_PAUSE_MS });
        expect(writes).toEqual(expected);
        expect(pause.waiting).toBe(false);
      }),
    );
  });

  it('forgets a held value when told to', () => {
    const clock = fakeClock();
    const writes: unknown[] = [];
    const pause = new TypingPause((v) => writes.push(v), TYPING_PAUSE_MS, clock.timers);
    pause.offer(6, true);
    pause.cancel();
    clock.advance(2 * TYPING_PAUSE_MS);
    pause.flush();
    expect(writes).toEqual([]);
  });
});

describe('a change of more than ten times', () => {
  it('is a jump exactly when one value is more than ten times the other, both non-zero', () => {
    const x = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(x, x, (a, b) => {
        const jump = a !== 0 && b !== 0 && (Math.abs(a / b) > 10 || Math.abs(b / a) > 10);
        expect(isJump(a, b)).toBe(jump);
        expect(jumpNote(a, b) !== undefined).toBe(jump);
      }),
    );
    expect(isJump('', 5)).toBe(false);
    expect(isJump(5, 'x')).toBe(false);
  });

  it('is noted in a planner’s words', () => {
    expect(jumpNote(5, 60)).toBe('this is 12× the value before (5); check the units');
    expect(jumpNote(0.025, 2.5)).toBe('this is 100× the value before (0.025); check the units');
    expect(jumpNote(63, 6)).toBe('this is 1/11 of the value before (63); check the units');
    expect(jumpNote(63, 6.3)).toBeUndefined();
  });
});

describe('what waits while a retirement age is typed', () => {
  const draft = exampleJson('minimal');
  const R = 'professions[0].exits.retirement.meanAge';

  it('typing any usual age digit by digit writes the whole age at once, never its first digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 75 }),
        fc.integer({ min: 50, max: 75 }),
        (before, age) => {
          const d = setIn(draft, R, before);
          const [first, whole] = [Math.floor(age / 10), age];
          const warn = (v: unknown) => wouldWarnAt(d, R, v);
          expect(mustWait(before, first, warn)).toBe(true);
          expect(mustWait(before, whole, warn)).toBe(false);
        },
      ),
    );
  });

  it('agrees with the parser on every value of the field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (age) => {
        const r = parseScenario(setIn(draft, R, age));
        const warned = r.warnings.some((w) => w.path === R);
        expect(wouldWarnAt(draft, R, age)).toBe(warned);
      }),
    );
  });

  it('holds a range value and a headcount cell that would warn, and nothing outside professions', () => {
    const A = 'professions[0].exits.attrition';
    const pert = setIn(draft, A, { dist: 'pert', min: 0.01, mode: 0.02, max: 0.04 });
    expect(wouldWarnAt(pert, `${A}.mode`, 0.3)).toBe(true);
    expect(wouldWarnAt(pert, `${A}.mode`, 0.03)).toBe(false);
    // The highest value of a range does not set its point value.
    expect(wouldWarnAt(pert, `${A}.max`, 0.3)).toBe(false);
    expect(wouldWarnAt(draft, 'professions[0].stock.female[3]', 12.5)).toBe(true);
    expect(wouldWarnAt(draft, 'professions[0].stock.female[3]', 12)).toBe(false);
    expect(wouldWarnAt(draft, 'simulation.runs', 3)).toBe(false);
  });
});
