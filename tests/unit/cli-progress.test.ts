import { describe, expect, it } from 'vitest';
import { createProgress } from '../../cli/progress.ts';

function setup(isTTY: boolean) {
  let time = 0;
  let text = '';
  const progress = createProgress({
    total: 2000,
    isTTY,
    write: (t) => (text += t),
    now: () => time,
  });
  return {
    progress,
    advance: (ms: number) => (time += ms),
    output: () => text,
  };
}

describe('createProgress', () => {
  it('prints nothing for a run shorter than a second', () => {
    for (const isTTY of [true, false]) {
      const { progress, advance, output } = setup(isTTY);
      for (let done = 100; done <= 2000; done += 100) {
        advance(40);
        progress.update(done, 2000);
      }
      progress.finish();
      expect(output()).toBe('');
    }
  });

  it('rewrites one line on a terminal once the run takes over a second', () => {
    const { progress, advance, output } = setup(true);
    progress.update(100, 2000);
    advance(1500);
    progress.update(900, 2000);
    progress.update(905, 2000); // same percentage: nothing new
    progress.update(1000, 2000);
    progress.update(2000, 2000);
    progress.finish();
    expect(output()).toBe(
      '\rsimulating 2000 runs… 45%\rsimulating 2000 runs… 50%\rsimulating 2000 runs… 100%\n',
    );
  });

  it('prints a line at most every 10 % when stderr is not a terminal', () => {
    const { progress, advance, output } = setup(false);
    advance(1200);
    for (let done = 20; done <= 2000; done += 20) progress.update(done, 2000);
    progress.finish();
    const lines = output().trimEnd().split('\n');
    expect(lines[0]).toBe('simulating 2000 runs… 1%');
    expect(lines.slice(1)).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `simulating 2000 runs… ${p}%`),
    );
    expect(output()).not.toContain('\r');
  });

  it('keeps lines at least 5 % apart when the first report falls just before a tenth', () => {
    const { progress, advance, output } = setup(false);
    advance(1100);
    for (const done of [940, 1020, 1100, 1200, 1400, 2000]) progress.update(done, 2000);
    expect(output().trimEnd().split('\n')).toEqual(
      [47, 55, 60, 70, 100].map((p) => `simulating 2000 runs… ${p}%`),
    );
  });

  it('ends the terminal line when the run stops early, and only once', () => {
    const { progress, advance, output } = setup(true);
    advance(2000);
    progress.update(500, 2000);
    progress.finish();
    progress.finish();
    progress.update(600, 2000);
    expect(output()).toBe('\rsimulating 2000 runs… 25%\n');
  });

  it('says run for a single run', () => {
    let text = '';
    let time = 0;
    const progress = createProgress({
      total: 1,
      isTTY: false,
      write: (t) => (text += t),
      now: () => (time += 5000),
    });
    progress.update(1, 1);
    expect(text).toBe('simulating 1 run… 100%\n');
  });
});
