/** The autosave's debounce: the latest value once things are quiet, flushed on demand. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debounce, type Timers } from '../../app/library/debounce.ts';

/** Timers driven by hand: `advance(ms)` fires what is due. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout(run, ms) {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(id) {
      due.delete(id as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now && due.has(id)) {
        due.delete(id);
        t.run();
      }
    }
  };
  return { timers, advance, live: () => due.size };
}

describe('debounce', () => {
  it('runs once with the latest value after a quiet second', () => {
    const { timers, advance } = manualTimers();
    const ran: number[] = [];
    const d = debounce((v: number) => ran.push(v), 1000, timers);
    d.schedule(1);
    advance(500);
    d.schedule(2);
    advance(999);
    expect(ran).toEqual([]);
    expect(d.pending).toBe(true);
    advance(1);
    expect(ran).toEqual([2]);
    expect(d.pending).toBe(false);
    advance(5000);
    expect(ran).toEqual([2]);
  });

  it('flush runs the pending value now, and only once', () => {
    const { timers, advance, live } = manualTimers();
    const ran: string[] = [];
    const d = debounce((v: string) => ran.push(v), 1000, timers);
    d.flush();
    expect(ran).toEqual([]);
    d.schedule('a');
    d.flush();
    expect(ran).toEqual(['a']);
    expect(live()).toBe(0);
    advance(2000);
    d.flush();
    expect(ran).toEqual(['a']);
  });

  it('cancel drops the pending value', () => {
    const { timers, advance } = manualTimers();
    const ran: number[] = [];
    const d = debounce((v: number) => ran.push(v), 10, timers);
    d.schedule(1);
    d.cancel();
    advance(100);
    d.flush();
    expect(ran).toEqual([]);
  });

  it('a value scheduled while running is run later, not lost', () => {
    const { timers, advance } = manualTimers();
    const ran: number[] = [];
    const d = debounce(
      (v: number) => {
        ran.push(v);
        if (v === 1) d.schedule(2);
      },
      10,
      timers,
    );
    d.schedule(1);
    advance(10);
    advance(10);
    expect(ran).toEqual([1, 2]);
  });

  it('whatever the sequence, the last value scheduled is the last one run', () => {
    type Op = { kind: 'schedule'; v: number } | { kind: 'wait'; ms: number } | { kind: 'flush' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('schedule' as const), v: fc.integer() }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
      fc.record({ kind: fc.constant('flush' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { timers, advance } = manualTimers();
        const ran: number[] = [];
        const d = debounce((v: number) => ran.push(v), 1000, timers);
        let last: number | undefined;
        let scheduled = 0;
        for (const o of ops) {
          if (o.kind === 'schedule') {
            d.schedule(o.v);
            last = o.v;
            scheduled++;
          } else if (o.kind === 'wait') advance(o.ms);
          else d.flush();
        }
        d.flush();
        expect(ran.length).toBeLessThanOrEqual(scheduled);
        if (last !== undefined) expect(ran.at(-1)).toBe(last);
        else expect(ran).toEqual([]);
        expect(d.pending).toBe(false);
      }),
    );
  });
});
