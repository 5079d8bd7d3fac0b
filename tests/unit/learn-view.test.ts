/**
 * Learn's view without a browser: the lesson link (`#lesson=<id>`) beside the share links,
 * the pages a request opens (an unknown id named on the list), the sliders' values, the
 * lever written into a copy of the lesson's scenario and its run request, the words of a
 * prediction and its verdict, what a lesson's chart draws and where its marks go, and the
 * markup of the list, the prediction, a lesson page and "try it yourself": every control
 * labelled, no id twice, the marks and the goal in words. Two small lessons of our own
 * (tests/helpers/learn-fixture.ts) run on the reference engine; the shipped lessons are
 * drawn too.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { planChart, placeMarks, marksByYear, markRows } from '../../app/learn/chart-data.ts';
import { createFormats } from '../../app/format.ts';
import {
  checkScenario,
  decimalsOf,
  formatValue,
  initialPrediction,
  isYearRange,
  judgeSafely,
  leverValueIn,
  openingStage,
  predictionText,
  runRequest,
  snap,
  stepsOf,
  verdictWords,
  withLever,
} from '../../app/learn/learn-state.ts';
import { orderedLessons, pageFor, unknownLessonWords } from '../../app/learn/learn-view.tsx';
import { LessonChartView } from '../../app/learn/lesson-chart.tsx';
import { lessonIdOf, lessonLink } from '../../app/learn/lesson-link.ts';
import { LessonList, doneWords } from '../../app/learn/lesson-list.tsx';
import { LessonPage } from '../../app/learn/lesson-page.tsx';
import type { Lesson } from '../../app/learn/lesson-types.ts';
import { Predict } from '../../app/learn/predict.tsx';
import { NO_PROGRESS } from '../../app/learn/progress.ts';
import { TryIt } from '../../app/learn/try-it.tsx';
import { linkValueOf } from '../../app/share/share-state.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import {
  CHOICE_LESSON,
  FIXTURE_LESSONS,
  NUMBER_LESSON,
  fixtureScenario,
} from '../helpers/learn-fixture.ts';
import {
  buttons,
  chartSvgs,
  duplicateIds,
  en,
  renderEnglish,
  textOf,
  unlabelledControls,
} from '../helpers/markup.ts';

/** The result of a lesson's scenario (optionally with its lever at `lever`). */
function resultOf(lesson: Lesson, lever?: number): HwfResult {
  const base = lesson.scenario();
  const doc = lever === undefined ? base : withLever(base, lesson.tryIt.lever, lever);
  const checked = checkScenario(doc, en.t);
  if (!checked.ok) throw new Error(checked.message);
  return simulate(checked.scenario);
}

const never = { run: () => Promise.reject(new Error('not in this test')) };
const noop = () => {};

describe('the lesson link', () => {
  it('reads the lesson id of #lesson=…, and nothing else', () => {
    expect(lessonIdOf('#lesson=training-delay')).toBe('training-delay');
    expect(lessonIdOf('lesson=a%20b')).toBe('a b');
    expect(lessonIdOf('#lesson=%E0%A4%A')).toBe('%E0%A4%A');
    expect(lessonIdOf('#lesson=')).toBe('');
    expect(lessonIdOf('#s=abc')).toBeNull();
    expect(lessonIdOf('')).toBeNull();
  });

  it('makes a link of the page with the lesson only, which share links leave alone', () => {
    const link = lessonLink('retirement wave', 'https://example.org/app/?x=1#s=AbC');
    expect(link).toBe('https://example.org/app/?x=1#lesson=retirement%20wave');
    const hash = link.slice(link.indexOf('#'));
    expect(lessonIdOf(hash)).toBe('retirement wave');
    expect(linkValueOf(hash)).toBeNull();
  });
});

describe('the pages of Learn', () => {
  it('opens a known lesson, the list for none, and names an unknown id on the list', () => {
    expect(pageFor(FIXTURE_LESSONS, null)).toEqual({ kind: 'list' });
    expect(pageFor(FIXTURE_LESSONS, 'fixture-retirement')).toEqual({
      kind: 'lesson',
      id: 'fixture-retirement',
      attempt: 0,
    });
    expect(pageFor(FIXTURE_LESSONS, 'nope')).toEqual({ kind: 'list', unknown: 'nope' });
    expect(unknownLessonWords('nope', en.t)).toMatch(/^There is no lesson “nope”/);
    expect(unknownLessonWords('', en.t)).toMatch(/names no lesson/);
    expect(unknownLessonWords('x'.repeat(500), en.t).length).toBeLessThan(200);
  });

  it('orders the lessons by number', () => {
    const ids = orderedLessons([CHOICE_LESSON, NUMBER_LESSON]).map((l) => l.id);
    expect(ids).toEqual(['fixture-training', 'fixture-retirement']);
  });

  it('opens a page where its progress left it', () => {
    expect(openingStage(NO_PROGRESS)).toBe('predict');
    expect(openingStage({ ...NO_PROGRESS, prediction: 20 })).toBe('locked');
    expect(openingStage({ ...NO_PROGRESS, prediction: 20, revealed: true })).toBe('revealed');
  });
});

describe('sliders and the lever', () => {
  it('puts values on the step, within the range, without float dust', () => {
    const range = { min: 0.03, max: 0.08, step: 0.005 };
    expect(decimalsOf(0.005)).toBe(3);
    expect(decimalsOf(10)).toBe(0);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(snap(0.0449, range)).toBe(0.045);
    expect(snap(1, range)).toBe(0.08);
    expect(snap(Number.NaN, range)).toBe(0.03);
    expect(snap(137, { min: 0, max: 400, step: 20 })).toBe(140);
    expect(stepsOf({ min: 0, max: 400, step: 20 })).toHaveLength(21);
    expect(stepsOf({ min: 0, max: 400, step: 20 }, 5)).toEqual([0, 100, 200, 300, 400]);
  });

  it('reads the lever in the scenario and writes it in a copy', () => {
    const { lever } = NUMBER_LESSON.tryIt;
    const base = NUMBER_LESSON.scenario();
    expect(leverValueIn(base, lever)).toBe(60);
    const changed = withLever(base, lever, 200) as {
      professions: { training: { intake: number } }[];
    };
    expect(changed.professions[0].training.intake).toBe(200);
    expect(leverValueIn(base, lever)).toBe(60);
    expect(leverValueIn({}, lever)).toBe(lever.min);
    expect(withLever({}, lever, 1)).toBeUndefined();
  });

  it('checks the scenario through the parser and runs it with its own futures and seed', () => {
    const checked = checkScenario(fixtureScenario(250), en.t);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(runRequest(checked.scenario)).toEqual({
      scenario: checked.scenario,
      runs: 250,
      seed: 11,
      deterministic: false,
    });
    const broken = checkScenario({ ...fixtureScenario(), horizonYears: -1 }, en.t);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/horizonYears/);
    expect(checkScenario(undefined, en.t)).toEqual({
      ok: false,
      message: 'the lever has no place to go',
    });
  });
});

describe('the words of a prediction', () => {
  it('shows numbers in the locale, years without grouping, choices by their label', () => {
    expect(formatValue(2031, 1, 'en-GB', true)).toBe('2031');
    expect(formatValue(1720, 10, 'en-GB')).toBe('1,720');
    expect(isYearRange({ min: 2026, max: 2040, step: 1 }, null)).toBe(true);
    expect(isYearRange({ min: 0, max: 2000, step: 10 }, 'nurses')).toBe(false);
    const years = {
      kind: 'number',
      question: () => '?',
      unit: null,
      min: 2026,
      max: 2040,
      step: 1,
    };
    expect(predictionText({ ...years, kind: 'number', initial: 2026 }, 2031, en, 'en-GB')).toBe(
      '2031',
    );
    expect(formatValue(0.045, 0.005, 'de-DE')).toBe('0,045');
    expect(formatValue(-5, 1, 'en-GB')).toBe('\u22125');
    expect(predictionText(NUMBER_LESSON.prediction, 35, en, 'en-GB')).toBe('35\u00a0%');
    expect(predictionText(CHOICE_LESSON.prediction, 'fewer', en)).toBe('Fewer than needed');
  });

  it('starts from the saved prediction, else the slider’s start or no choice', () => {
    expect(initialPrediction(NUMBER_LESSON.prediction, null)).toBe(50);
    expect(initialPrediction(NUMBER_LESSON.prediction, 20)).toBe(20);
    expect(initialPrediction(CHOICE_LESSON.prediction, null)).toBeNull();
    expect(initialPrediction(CHOICE_LESSON.prediction, 'more')).toBe('more');
    expect(initialPrediction(CHOICE_LESSON.prediction, 'gone')).toBeNull();
  });

  it('judges with the lesson, and a lesson that throws counts as not right', () => {
    const result = resultOf(NUMBER_LESSON);
    expect(judgeSafely(NUMBER_LESSON, 100, result)).toBe(true);
    expect(judgeSafely(NUMBER_LESSON, 0, result)).toBe(false);
    const broken = {
      judge: () => {
        throw new Error('oops');
      },
    };
    expect(judgeSafely(broken, 1, result)).toBe(false);
    expect(verdictWords(true, '35 %', en.t)).toMatch(/^You predicted 35 %: that is right/);
    expect(verdictWords(false, '35 %', en.t)).toMatch(/not quite/);
  });
});

describe('the chart of a lesson', () => {
  const result = resultOf(NUMBER_LESSON);

  it('plans each kind of chart', () => {
    const kinds = [
      [{ kind: 'band', profession: 0, measure: 'gap' }, 'lines'],
      [{ kind: 'band', profession: 0, measure: 'headcount' }, 'lines'],
      [{ kind: 'supply-demand', profession: 0 }, 'lines'],
      [{ kind: 'headcount-fte', profession: 0 }, 'lines'],
      [{ kind: 'shortage', profession: 0 }, 'bars'],
      [{ kind: 'pyramid', profession: 0 }, 'pyramid'],
      [{ kind: 'tornado', profession: 0 }, 'tornado'],
    ] as const;
    for (const [chart, kind] of kinds) expect(planChart(chart, result, en).kind).toBe(kind);
    const gap = planChart({ kind: 'band', profession: 0, measure: 'gap' }, result, en);
    if (gap.kind !== 'lines') throw new Error('a gap is drawn as lines');
    expect(gap.centred).toBe(true);
    expect(gap.domain[0]).toBe(-gap.domain[1]);
    const sd = planChart({ kind: 'supply-demand', profession: 0 }, result, en);
    expect(sd.title).toBe('Supply and demand of Midwives (FTE)');
  });

  it('places mark labels inside the plot on rows where none overlaps', () => {
    const years = result.years;
    const x = (y: number) => 50 + ((y - years[0]) / (years[years.length - 1] - years[0])) * 600;
    const marks = [
      { year: 2025, label: 'today, at the very left edge' },
      { year: 2026, label: 'a second label close by' },
      { year: 2040, label: 'the last year, at the right edge' },
      { year: 2099, label: 'outside the chart' },
    ];
    const placed = placeMarks(marks, years, x, 50, 650, 13);
    expect(placed.map((m) => m.year)).toEqual([2025, 2026, 2040]);
    expect(placed[0].anchor).toBe('start');
    expect(placed[2].anchor).toBe('end');
    expect(placed[1].row).not.toBe(placed[0].row);
    expect(markRows(placed)).toBe(2);
    expect(marksByYear(marks, [2025, 2030], createFormats())).toEqual([
      'today, at the very left edge',
      '',
    ]);
  });

  it('draws the marks with the chart and says them in words, with a table', () => {
    const html = renderEnglish(
      createElement(LessonChartView, {
        chart: NUMBER_LESSON.chart,
        result,
        marks: NUMBER_LESSON.marks(result, en),
      }),
    );
    const [svg] = chartSvgs(html);
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(
      /aria-label="Supply and demand of Midwives \(FTE\), 2025–2040\. In 2035: supply median/,
    );
    expect(svg).toMatch(/Marked: 2028: first graduates; 2035: the year asked about\./);
    expect(html.match(/data-mark-year="/g)).toHaveLength(2);
    expect(textOf(html)).toMatch(
      /Marked on the chart: 2028 : first graduates 2035 : the year asked about/,
    );
    expect(buttons(html).map((b) => b.label)).toContain('Table');
  });
});

describe('the markup of Learn', () => {
  it('lists the lessons with their number, idea and status in words', () => {
    const records = {
      'fixture-training': { ...NO_PROGRESS, prediction: 40, goalReached: true },
      'fixture-retirement': { ...NO_PROGRESS, prediction: 'more' },
    };
    const html = renderEnglish(
      createElement(LessonList, { lessons: FIXTURE_LESSONS, records, onOpen: noop }),
    );
    expect(buttons(html).map((b) => textOf(b.text).trim())).toEqual([
      'Lesson 1: Training takes time',
      'Lesson 2: Retirement shapes supply',
    ]);
    expect(textOf(html)).toMatch(/New training places add workers only years later\. ✓ Done/);
    expect(textOf(html)).toMatch(/In progress/);
    expect(doneWords(FIXTURE_LESSONS, records, en.t)).toBe('1 of 2 lessons done');
    expect(doneWords(FIXTURE_LESSONS, {}, en.t)).toBe('0 of 2 lessons done');
  });

  it('asks for a number on a labelled slider with a typed entry, then locks it', () => {
    const props = { prediction: NUMBER_LESSON.prediction, onChange: noop, onLock: noop };
    const html = renderEnglish(createElement(Predict, { ...props, value: 50, locked: false }));
    expect(unlabelledControls(html)).toEqual([]);
    expect(html).toMatch(/type="range"[^>]*min="0" max="100" step="5"/);
    expect(html).toMatch(/aria-valuetext="50\u00a0%"/);
    expect(textOf(html)).toMatch(/Or type it \(Your prediction\)/);
    expect(buttons(html).map((b) => b.text)).toEqual(['Lock in my prediction']);
    const done = renderEnglish(createElement(Predict, { ...props, value: 35, locked: true }));
    expect(textOf(done)).toMatch(/Your prediction, locked in: 35\s%/);
    expect(done).not.toMatch(/<input/);
  });

  it('asks for a choice as radio buttons in a fieldset, none chosen at first', () => {
    const html = renderEnglish(
      createElement(Predict, {
        prediction: CHOICE_LESSON.prediction,
        value: null,
        locked: false,
        onChange: noop,
        onLock: noop,
      }),
    );
    expect(unlabelledControls(html)).toEqual([]);
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>In 2035, will there be more/);
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).not.toMatch(/checked=""/);
    expect(buttons(html)[0].attributes).toMatch(/disabled/);
  });

  it('opens a lesson on its idea, the question and step 1; step 2 once locked', () => {
    const page = (progress = NO_PROGRESS) =>
      renderEnglish(
        createElement(LessonPage, {
          lesson: NUMBER_LESSON,
          total: 8,
          progress,
          update: noop,
          runner: never,
          titleId: 't',
          onOpenInEditor: noop,
          onNext: null,
          onList: noop,
          onRestart: noop,
        }),
      );
    const fresh = page();
    expect(textOf(fresh)).toMatch(/Lesson 1 of 8 Training takes time New training places/);
    expect(fresh).toMatch(/<h2 id="t" tabindex="-1"/);
    expect(textOf(fresh)).toMatch(/Step 1: Predict/);
    expect(fresh).not.toMatch(/Step 2/);
    expect(duplicateIds(fresh)).toEqual([]);
    const locked = page({ ...NO_PROGRESS, prediction: 35, predictedAt: 1 });
    expect(textOf(locked)).toMatch(/Step 2: Run the simulation/);
    expect(buttons(locked).map((b) => b.text)).toContain('Run the simulation');
    expect(locked).not.toMatch(/Step 3/);
  });

  it('says how far the result is from the goal, and when it is reached', () => {
    const base = NUMBER_LESSON.scenario();
    const tryIt = (value: number, baseResult: HwfResult) =>
      renderEnglish(
        createElement(TryIt, {
          lesson: NUMBER_LESSON,
          base,
          original: value,
          baseResult,
          value,
          onChange: noop,
          onReached: noop,
          runner: never,
        }),
      );
    const notYet = tryIt(60, resultOf(NUMBER_LESSON));
    expect(unlabelledControls(notYet)).toEqual([]);
    expect(duplicateIds(notYet)).toEqual([]);
    expect(notYet).toMatch(/role="status" data-state="not-yet" data-value="60"/);
    expect(textOf(notYet)).toMatch(/Not there yet The chance of a shortage in 2035 is 100 %/);
    expect(notYet).toMatch(/<label[^>]*>Training places a year<\/label>/);
    const reached = tryIt(200, resultOf(NUMBER_LESSON, 200));
    expect(reached).toMatch(/data-state="reached" data-value="200"/);
    expect(textOf(reached)).toMatch(/Goal reached The chance of a shortage in 2035 is 0 %/);
  });

  it('draws every fixture lesson’s chart and try-it from a real result', () => {
    for (const lesson of FIXTURE_LESSONS) {
      const result = resultOf(lesson);
      const html = renderEnglish(
        createElement(LessonChartView, {
          chart: lesson.chart,
          result,
          marks: lesson.marks(result, en),
        }),
      );
      expect(chartSvgs(html).length).toBeGreaterThan(0);
    }
  });
});

describe('the shipped lessons in the view', () => {
  it('draws each lesson’s chart and its try-it from its own result', async () => {
    const { LESSONS } = await import('../../app/learn/lessons/index.ts');
    expect(LESSONS.length).toBeGreaterThan(0);
    for (const lesson of LESSONS) {
      const base = lesson.scenario();
      const parsed = parseScenario(base);
      expect(parsed.ok, lesson.id).toBe(true);
      if (!parsed.ok) continue;
      const result = simulate(parsed.scenario);
      const original = leverValueIn(base, lesson.tryIt.lever);
      const html = renderEnglish(
        createElement(TryIt, {
          lesson,
          base,
          original,
          baseResult: result,
          value: original,
          onChange: noop,
          onReached: noop,
          runner: never,
        }),
      );
      expect(unlabelledControls(html), lesson.id).toEqual([]);
      expect(duplicateIds(html), lesson.id).toEqual([]);
      expect(html, lesson.id).toMatch(/data-state="(reached|not-yet)"/);
      const chart = renderEnglish(
        createElement(LessonChartView, {
          chart: lesson.chart,
          result,
          marks: lesson.marks(result, en),
        }),
      );
      expect(chartSvgs(chart).length, lesson.id).toBeGreaterThan(0);
      expect(duplicateIds(chart), lesson.id).toEqual([]);
    }
  });
});
