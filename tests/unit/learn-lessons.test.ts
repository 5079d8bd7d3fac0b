/**
 * The lessons of "Learn" (docs/lessons.md) against the reference engine: the catalogue is
 * complete and in order, every scenario is valid, every answer is what the result says
 * (recomputed here on its own), the judge is fair, the "try it yourself" goal is out of
 * reach at the start and within reach of the lever, and each lesson's idea really shows
 * in the numbers.
 */
import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById } from '../../app/learn/lessons/index.ts';
import type { Lesson } from '../../app/learn/lesson-types.ts';
import { lessonText, unitWord } from '../../app/learn/learn-state.ts';
import { createFormats } from '../../app/format.ts';
import { simulate, type SimulateOptions } from '../../model/projection/simulate.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { getAtPath, setAtPath } from '../../model/scenario/json-path.ts';
import type { HwfResult, Measure } from '../../model/result/result.ts';

type Doc = Record<string, unknown>;

/** The lessons' texts in English, numbers in this machine's locale. */
const f = createFormats();

function run(doc: unknown, options: SimulateOptions = {}): HwfResult {
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
  return simulate(parsed.scenario, options);
}

const results = new Map<string, HwfResult>();
/** The lesson's own result, as the view shows it (computed once). */
function resultOf(lesson: Lesson): HwfResult {
  let r = results.get(lesson.id);
  if (r === undefined) {
    r = run(lesson.scenario());
    results.set(lesson.id, r);
  }
  return r;
}

/** The lesson's scenario with one value changed (the lever, or a counterfactual). */
function changed(lesson: Lesson, path: string, value: unknown): Doc {
  const doc = lesson.scenario() as Doc;
  if (!setAtPath(doc, path, value)) throw new Error(`no parent for ${path}`);
  return doc;
}

function lesson(id: string): Lesson {
  const l = lessonById(id);
  if (l === undefined) throw new Error(`no lesson ${id}`);
  return l;
}

/** The lever's values from min to max by step, free of rounding drift. */
function leverGrid(l: Lesson): number[] {
  const { min, max, step } = l.tryIt.lever;
  const n = Math.round((max - min) / step);
  return Array.from({ length: n + 1 }, (_, i) => Number((min + i * step).toFixed(10)));
}

const at = (r: HwfResult, p: number, m: Measure, year: number) =>
  r.professions[p][m].p50[r.years.indexOf(year)];
const target = (r: HwfResult) => r.targetYear;
const base = (r: HwfResult) => r.years[0];

describe('the catalogue of lessons', () => {
  it('holds 8 lessons with unique ids, numbered 1..8 in order, each found by its id', () => {
    expect(LESSONS).toHaveLength(8);
    expect(LESSONS.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(8);
    for (const l of LESSONS) {
      expect(l.id).toMatch(/^[a-z0-9-]+$/);
      expect(lessonById(l.id)).toBe(l);
    }
    expect(lessonById('no-such-lesson')).toBeUndefined();
  });

  it.each(LESSONS.map((l) => [l.number, l] as const))('lesson %i: every text is given', (_, l) => {
    const texts = [l.title, l.idea, l.prediction.question, l.tryIt.task, l.tryIt.lever.label];
    for (const t of texts) expect(lessonText(t, f).trim()).not.toBe('');
    expect(l.explanation.length).toBeGreaterThanOrEqual(2);
    expect(l.explanation.length).toBeLessThanOrEqual(4);
    for (const p of l.explanation) expect(lessonText(p, f).trim()).not.toBe('');
    expect(unitWord(l.tryIt.lever.unit, f.t).trim()).not.toBe('');
    if (l.prediction.kind === 'choice') {
      expect(l.prediction.options.length).toBeGreaterThanOrEqual(2);
      expect(new Set(l.prediction.options.map((o) => o.value)).size).toBe(
        l.prediction.options.length,
      );
      for (const o of l.prediction.options) expect(lessonText(o.label, f).trim()).not.toBe('');
    } else {
      // A unit may be empty only where the number is a year.
      expect(
        unitWord(l.prediction.unit, f.t).trim() !== '' ||
          /which year/i.test(lessonText(l.prediction.question, f)),
      ).toBe(true);
    }
  });

  it.each(LESSONS.map((l) => [l.number, l] as const))(
    'lesson %i: a fresh, valid scenario of 500 futures with a fixed seed, made up and saying so',
    (n, l) => {
      const doc = l.scenario() as Doc;
      expect(doc.name).toMatch(new RegExp(`^Lesson ${n}: \\S`));
      expect(doc.description).toMatch(/^Made-up numbers for teaching\. \S/);
      // The description is part of the document (a file, a link): the same in every
      // language, so no number is written in the reader's locale.
      expect(doc.description).not.toMatch(/\d%|\d,\d{3}|\u00a0|\u202f/);
      expect(doc.simulation).toEqual({ runs: 500, seed: expect.any(Number) as number });
      const parsed = parseScenario(doc);
      expect(parsed.ok ? [] : parsed.errors.map(formatIssue)).toEqual([]);
      expect(parsed.warnings.map(formatIssue)).toEqual([]);
      // Each call gives a new document: changing one leaves the next untouched.
      const again = JSON.stringify(l.scenario());
      setAtPath(doc, 'professions[0].stock.female[10]', 123_456);
      (doc.professions as unknown[]).push({});
      expect(JSON.stringify(l.scenario())).toBe(again);
    },
  );
});

/** Each answer recomputed from the result (or from a second run) without the lesson's code. */
const recompute: Record<string, (l: Lesson, r: HwfResult) => number | string> = {
  'stock-and-flow': (_, r) => Math.round(at(r, 0, 'headcount', target(r))),
  'training-delay': (l, r) => {
    // Without the extra places the headcount is the same until the first graduates arrive.
    const without = run(changed(l, 'policies[0].value', 0));
    const hc = r.professions[0].headcount.p50;
    const k = hc.findIndex((x, i) => x > without.professions[0].headcount.p50[i] + 1);
    return r.years[k];
  },
  'retirement-wave': (_, r) =>
    Math.round(100 * (1 - at(r, 0, 'headcount', target(r)) / at(r, 0, 'headcount', base(r)))),
  'fte-headcount': (_, r) => Math.round(at(r, 0, 'fte', target(r))),
  'ageing-demand': (_, r) =>
    Math.round(100 * (at(r, 0, 'demand', target(r)) / at(r, 0, 'demand', base(r)) - 1)),
  uncertainty: (_, r) =>
    Math.round(100 * r.professions[0].shortageProbability[r.years.indexOf(target(r))]),
  tornado: (_, r) => r.professions[0].sensitivity[0].input,
  'task-shifting': (l, r) => {
    // The nurses' demand with the shift minus their demand without it.
    const without = run(changed(l, 'substitution[0].share', 0));
    return Math.round(at(r, 1, 'demand', target(r)) - at(without, 1, 'demand', target(r)));
  },
};

/** Predictions a planner could make that are clearly wrong. */
const wrong: Record<string, (r: HwfResult, truth: number | string) => (number | string)[]> = {
  // "Nothing changes": the bathtub stays full.
  'stock-and-flow': (r) => [Math.round(at(r, 0, 'headcount', base(r))), 0],
  // "The year the places start", "the year after".
  'training-delay': (r) => [base(r) + 1, base(r) + 2, base(r) + 15],
  'retirement-wave': (_, t) => [0, (t as number) - 15, (t as number) + 15],
  // "FTE stays as it is", "FTE follows the headcount".
  'fte-headcount': (r) => [
    Math.round(at(r, 0, 'fte', base(r))),
    Math.round(at(r, 0, 'headcount', target(r))),
  ],
  // "The population does not grow, so neither does demand."
  'ageing-demand': (_, t) => [0, (t as number) * 3],
  // "The line is above demand, so there is no risk."
  uncertainty: (_, t) => [0, 100, (t as number) + 25],
  // Every other input of the tornado.
  tornado: (_, t) => {
    const p = lesson('tornado').prediction;
    return p.kind === 'choice' ? p.options.map((o) => o.value).filter((v) => v !== t) : [];
  },
  // "Nothing", "only the doctors' FTE that moved" (forgetting that nurses take longer).
  'task-shifting': (_, t) => [0, Math.round((t as number) / 1.2), Math.round((t as number) * 2)],
};

describe.each(LESSONS.map((l) => [l.number, l.id, l] as const))('lesson %i (%s)', (_, id, l) => {
  it('answers with what the result says, and judges fairly', () => {
    const r = resultOf(l);
    const a = l.answer(r, f);
    expect(a.words.trim()).not.toBe('');
    const truth = recompute[id](l, r);
    if (typeof truth === 'number') {
      expect(typeof a.value).toBe('number');
      // Lesson 8 computes its answer from the doctors' demand, the test from a second
      // run: the two may round a half apart. Every other answer is exact.
      expect(Math.abs((a.value as number) - truth)).toBeLessThanOrEqual(
        id === 'task-shifting' ? 1 : 0,
      );
    } else {
      expect(a.value).toBe(truth);
    }
    expect(l.judge(a.value, r)).toBe(true);
    const bad = wrong[id](r, a.value);
    expect(bad.length).toBeGreaterThan(0);
    for (const w of bad) expect([w, l.judge(w, r)]).toEqual([w, false]);
    if (l.prediction.kind === 'number') {
      expect(l.judge('not a number', r)).toBe(false);
      expect(l.judge('', r)).toBe(false);
    }
  });

  it('asks a question whose range holds the true answer', () => {
    const r = resultOf(l);
    const value = l.answer(r, f).value;
    const p = l.prediction;
    if (p.kind === 'number') {
      expect(typeof value).toBe('number');
      expect(value).toBeGreaterThanOrEqual(p.min);
      expect(value).toBeLessThanOrEqual(p.max);
      expect(p.initial).toBeGreaterThanOrEqual(p.min);
      expect(p.initial).toBeLessThanOrEqual(p.max);
      expect(p.step).toBeGreaterThan(0);
      // The slider's start is not the answer, nor judged right.
      expect(l.judge(p.initial, r)).toBe(false);
    } else {
      expect(p.options.map((o) => o.value)).toContain(value);
    }
  });

  it('draws marks inside the projection on a chart of a real profession', () => {
    const r = resultOf(l);
    expect(l.chart.profession).toBeLessThan(r.professions.length);
    const marks = l.marks(r, f);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(r.years).toContain(m.year);
      expect(m.label.trim()).not.toBe('');
    }
  });

  it('has a lever on a number of the scenario, and a goal out of reach at the start but within the lever', () => {
    const r = resultOf(l);
    const { path, min, max, step } = l.tryIt.lever;
    const start = getAtPath(l.scenario(), path);
    expect(typeof start).toBe('number');
    expect(start).toBeGreaterThanOrEqual(min);
    expect(start).toBeLessThanOrEqual(max);
    expect(step).toBeGreaterThan(0);
    const grid = leverGrid(l);
    expect(grid.some((v) => Math.abs(v - (start as number)) < 1e-9)).toBe(true);
    expect(l.tryIt.goal(r)).toBe(false);
    expect(l.tryIt.goalWords(r, f).trim()).not.toBe('');
    let reached: number | undefined;
    for (const v of grid) {
      const doc = changed(l, path, v);
      const parsed = parseScenario(doc);
      expect(parsed.ok ? [] : parsed.errors.map(formatIssue)).toEqual([]);
      if (reached === undefined && v !== start) {
        const changedResult = run(doc);
        if (l.tryIt.goal(changedResult)) {
          reached = v;
          expect(l.tryIt.goalWords(changedResult, f)).not.toBe(l.tryIt.goalWords(r, f));
        }
      }
    }
    expect(reached).toBeDefined();
  });
});

describe('each lesson shows its idea', () => {
  it('1: fewer join than leave, so the number of nurses falls every year', () => {
    const hc = resultOf(lesson('stock-and-flow')).professions[0].headcount.p50;
    for (let k = 1; k < hc.length; k++) expect(hc[k]).toBeLessThan(hc[k - 1]);
  });

  it('2: more places change nothing for the training years, then the headcount rises', () => {
    const l = lesson('training-delay');
    const doc = l.scenario() as Doc;
    const duration = getAtPath(doc, 'professions[0].training.durationYears') as number;
    const start = getAtPath(doc, 'policies[0].startYear') as number;
    const more = resultOf(l);
    const none = run(changed(l, 'policies[0].value', 0));
    const first = more.years.indexOf(start + duration);
    expect(first).toBeGreaterThan(0);
    // Common random numbers: the same seed gives the same futures, bit for bit, until
    // the first extra graduates arrive.
    for (const key of ['p5', 'p50', 'p95', 'mean'] as const) {
      const a = more.professions[0].headcount[key];
      const b = none.professions[0].headcount[key];
      expect(a.slice(0, first)).toEqual(b.slice(0, first));
      for (let k = first; k < a.length; k++) expect(a[k]).toBeGreaterThan(b[k]);
    }
    expect(l.answer(more, f).value).toBe(start + duration);
    expect(l.marks(more, f).map((m) => m.year)).toEqual([start, start + duration]);
  });

  it('3: most GPs are old, and the fall is steepest 10–15 years ahead', () => {
    const r = resultOf(lesson('retirement-wave'));
    const p = r.professions[0];
    const profile = p.ageProfile!;
    expect(profile.targetYear).toBe(target(r));
    const total = (from: number) =>
      profile.base.female.reduce(
        (s, x, i) => s + (profile.minAge + i >= from ? x + profile.base.male[i] : 0),
        0,
      );
    expect(total(50) / total(profile.minAge)).toBeGreaterThan(0.5);
    const hc = p.headcount.p50;
    const falls = hc.slice(1).map((x, i) => hc[i] - x);
    const steepest = r.years[1 + falls.indexOf(Math.max(...falls))];
    expect(steepest).toBeGreaterThanOrEqual(base(r) + 10);
    expect(steepest).toBeLessThanOrEqual(base(r) + 15);
    expect(lesson('retirement-wave').chart.kind).toBe('pyramid');
    // The target year's pyramid has lost most of its fifties and sixties.
    const targetTotal = [...profile.target.female, ...profile.target.male].reduce((s, x) => s + x);
    expect(targetTotal).toBeLessThan(0.7 * total(profile.minAge));
  });

  it('4: the headcount stays level while FTE falls below it, further each year', () => {
    const l = lesson('fte-headcount');
    const r = resultOf(l);
    const hc = r.professions[0].headcount.p50;
    const fte = r.professions[0].fte.p50;
    const gaps = hc.map((h, k) => h - fte[k]);
    for (let k = 0; k < hc.length; k++) {
      expect(fte[k]).toBeLessThan(hc[k]);
      expect(Math.abs(hc[k] / hc[0] - 1)).toBeLessThan(0.01);
      if (k > 0) expect(gaps[k]).toBeGreaterThan(gaps[k - 1]);
    }
    // Without the falling FTE per head, the distance stays what it was.
    const steady = run(changed(l, 'professions[0].fteTrend', 0)).professions[0];
    const last = hc.length - 1;
    const steadyGap = steady.headcount.p50[last] - steady.fte.p50[last];
    expect(Math.abs(steadyGap / gaps[0] - 1)).toBeLessThan(0.02);
    expect(gaps[last]).toBeGreaterThan(steadyGap + 50);
  });

  it('5: demand rises while the population stays the same size, because it ages', () => {
    const l = lesson('ageing-demand');
    const doc = l.scenario() as Doc;
    const pop = doc.population as { female: number[][]; male: number[][] };
    const sum = (rows: number[][], k: number) => rows[k].reduce((s, x) => s + x, 0);
    const totals = pop.female.map((_, k) => sum(pop.female, k) + sum(pop.male, k));
    for (const t of totals) expect(Math.abs(t / totals[0] - 1)).toBeLessThan(0.005);
    const r = resultOf(l);
    const d = r.professions[0].demand.p50;
    expect(d[d.length - 1] / d[0]).toBeGreaterThan(1.1);
    // The same population held at today's ages: the demand does not move.
    const young = changed(
      l,
      'population.female',
      pop.female.map(() => [...pop.female[0]]),
    );
    setAtPath(
      young,
      'population.male',
      pop.male.map(() => [...pop.male[0]]),
    );
    const flat = run(young).professions[0].demand.p50;
    for (const x of flat) expect(x).toBeCloseTo(flat[0], 6);
  });

  it('6: one line says "enough", yet many futures fall short', () => {
    const l = lesson('uncertainty');
    const r = resultOf(l);
    const k = r.years.indexOf(target(r));
    const p = r.professions[0];
    expect(p.gap.p50[k]).toBeGreaterThanOrEqual(0);
    expect(p.gap.p5[k]).toBeLessThan(0);
    expect(p.gap.p95[k]).toBeGreaterThan(0);
    expect(p.shortageProbability[k]).toBeGreaterThan(0.2);
    // Every input at its single most likely value: one line, and no shortage in sight.
    const single = run(l.scenario(), { deterministic: true }).professions[0];
    expect(single.gap.p50[k]).toBeGreaterThan(0);
    expect(single.shortageProbability[k]).toBe(0);
  });

  it('7: the tornado puts first the input the explanation names', () => {
    const l = lesson('tornado');
    const sens = resultOf(l).professions[0].sensitivity;
    expect(sens[0].input).toBe('professions[0].exits.attrition');
    expect(Math.abs(sens[0].rankCorrelation)).toBeGreaterThan(Math.abs(sens[1].rankCorrelation));
    expect(l.explanation.map((p) => lessonText(p, f)).join(' ')).toMatch(/Attrition comes first/);
  });

  it("8: moving more of the doctors' work closes their gap and opens the nurses'", () => {
    const l = lesson('task-shifting');
    const gaps = leverGrid(l).map((share) => {
      const r = run(changed(l, l.tryIt.lever.path, share), { runs: 200 });
      return { doctor: at(r, 0, 'gap', target(r)), nurse: at(r, 1, 'gap', target(r)) };
    });
    for (let i = 1; i < gaps.length; i++) {
      expect(gaps[i].doctor).toBeGreaterThan(gaps[i - 1].doctor);
      expect(gaps[i].nurse).toBeLessThan(gaps[i - 1].nurse);
    }
    // The nurses lose more FTE than the doctors gain: a nurse takes longer for the task.
    const last = gaps.length - 1;
    expect(gaps[0].nurse - gaps[last].nurse).toBeGreaterThan(gaps[last].doctor - gaps[0].doctor);
  });
});

describe('lesson 1: the mark says why the level moved', () => {
  it('says more leave at the start, and that the flows balance or more join as the tap opens', () => {
    const lesson = lessonById('stock-and-flow')!;
    const at = (perYear: number) => {
      const doc = lesson.scenario() as { professions: { immigration: { perYear: number } }[] };
      doc.professions[0].immigration.perYear = perYear;
      const r = parseScenario(doc);
      if (!r.ok) throw new Error('invalid');
      const result = simulate(r.scenario);
      const k = result.years.indexOf(2035);
      const hc = result.professions[0].headcount.p50;
      return { label: lesson.marks(result, f)[1].label, change: (hc[k] - hc[0]) / hc[0] };
    };
    expect(at(10).label).toMatch(/because more leave than join$/);
    const wide = at(100);
    expect(wide.change).toBeGreaterThan(0.01);
    expect(wide.label).toMatch(/because more join than leave$/);
    let balanced = 0;
    for (const perYear of [30, 35, 40, 45, 50]) {
      const m = at(perYear);
      if (Math.abs(m.change) <= 0.01) {
        balanced++;
        expect(m.label).toMatch(/as many join as leave$/);
      }
    }
    expect(balanced).toBeGreaterThan(0);
  });
});
