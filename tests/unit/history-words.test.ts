/**
 * The words and choices of "Check against history": the start years offered (only years
 * with a later observation, only years the population data hold), the defaults of the
 * controls, the score in a paragraph (too high or too low, the calibration counts, too
 * narrow bands said plainly, nothing scored said plainly), the table's rows and the status
 * line — in English and with a decimal comma in German.
 */
import { describe, expect, it } from 'vitest';
import type { BacktestPoint, BacktestScore } from '../../model/backtest/score.ts';
import { scorePoints } from '../../model/backtest/score.ts';
import { createFormats } from '../../app/format.ts';
import {
  chartLabel,
  defaultCountry,
  defaultFrom,
  defaultSeries,
  fromYearOf,
  horizonRows,
  leftOutWords,
  mismatchWords,
  percent1,
  scoreWords,
  sentence,
  statusWords,
  yearChoices,
} from '../../app/history/history-words.ts';

const en = createFormats('en-GB');
const de = createFormats('de-DE');
const SPAN = { first: 2000, last: 2050 };
const pts = (...years: number[]) => years.map((year) => ({ year, per10000: 50 }));

/** A score with the given totals (the points are not needed by the words). */
function score(s: Partial<BacktestScore>): BacktestScore {
  return {
    points: [],
    byHorizon: [],
    scored: 12,
    bias: 0,
    mape: 0,
    inside50: 6,
    inside90: 11,
    ...s,
  };
}

/** A point of the table: observed `obs`, median 100, bands 90–110 and 95–105. */
function point(year: number, obs: number, excluded: BacktestPoint['excluded'] = false) {
  const median = 100;
  return {
    year,
    horizon: year - 2010,
    headcount: obs,
    excluded,
    median,
    p5: 90,
    p25: 95,
    p75: 105,
    p95: 110,
    error: (median - obs) / obs,
    in50: obs >= 95 && obs <= 105,
    in90: obs >= 90 && obs <= 110,
  };
}

describe('the start years offered', () => {
  it('are the observed years with a later observed year', () => {
    expect(yearChoices(pts(2008, 2010, 2011, 2015), SPAN)).toEqual([2008, 2010, 2011]);
    expect(yearChoices(pts(2015), SPAN)).toEqual([]);
    expect(yearChoices([], SPAN)).toEqual([]);
  });

  it('skip years the population data do not hold, before 2000, and count no later year outside them', () => {
    expect(yearChoices(pts(1990, 1995, 1999, 2000, 2003), SPAN)).toEqual([2000]);
    // 1999 has a later observation, but no population: it cannot be a start.
    expect(yearChoices(pts(1998, 1999, 2000), SPAN)).toEqual([]);
    // A later year beyond the population data does not count as a later observation.
    expect(yearChoices(pts(2048, 2050, 2052), SPAN)).toEqual([2048]);
  });

  it('are sorted and each given once, whatever the order of the points', () => {
    expect(yearChoices(pts(2012, 2004, 2012, 2008), SPAN)).toEqual([2004, 2008]);
  });
});

describe('the defaults of the controls', () => {
  it('start in 2010 when possible, else the closest year (the earlier of two as close)', () => {
    expect(defaultFrom([2005, 2010, 2015])).toBe(2010);
    expect(defaultFrom([2003, 2012, 2020])).toBe(2012);
    expect(defaultFrom([2008, 2012])).toBe(2008);
    expect(defaultFrom([2016, 2019])).toBe(2016);
    expect(defaultFrom([])).toBeNull();
  });

  it('keep the year chosen while it is a choice, else fall back to the default', () => {
    expect(fromYearOf([2005, 2010, 2015], 2015)).toBe(2015);
    expect(fromYearOf([2005, 2010], 2015)).toBe(2010);
    expect(fromYearOf([2005, 2010], null)).toBe(2010);
  });

  it('take the country from the scenario’s shipped population data set only', () => {
    expect(defaultCountry({ population: { dataset: 'wpp2019-it' } })).toBe('IT');
    expect(defaultCountry({ population: { dataset: 'wpp2019-mt' } })).toBe('MT');
    expect(defaultCountry({ population: { dataset: 'wpp2019-us' } })).toBeNull();
    expect(defaultCountry({ population: { dataset: 'my-own' } })).toBeNull();
    const inline = { ages: { min: 0, max: 0 }, years: [2025], female: [[1]], male: [[1]] };
    expect(defaultCountry({ population: inline })).toBeNull();
    expect(defaultCountry({})).toBeNull();
    expect(defaultCountry(null)).toBeNull();
  });

  it('match the series by the profession’s id and name, or ask', () => {
    expect(defaultSeries({ id: 'nurse', name: 'Nurses' })).toBe('nurses');
    expect(defaultSeries({ id: 'mw', name: 'Midwives' })).toBe('nurses');
    expect(defaultSeries({ id: 'gp', name: 'General practitioners' })).toBe('doctors');
    expect(defaultSeries({ id: 'doctor', name: 'Doctors' })).toBe('doctors');
    expect(defaultSeries({ id: 'pharm', name: 'Pharmacists' })).toBeNull();
    expect(defaultSeries(undefined)).toBeNull();
  });
});

describe('the score in words', () => {
  it('says the bias, the mean absolute error and the calibration counts', () => {
    const s = score({ bias: 0.027, mape: 0.029, inside50: 5, inside90: 7 });
    expect(scoreWords(s, { from: 2010, to: 2022 }, en)).toBe(
      'From 2010 to 2022 the median was 2.7% too high on average (bias); the mean absolute ' +
        'error was 2.9%. 5 of 12 observed points fell inside the 50% band and 7 of 12 inside ' +
        'the 90% band: a well-calibrated projection holds about half and nine in ten. The ' +
        'bands are too narrow for what happened: the assumptions are more certain than history.',
    );
  });

  it('says "too low" for a negative bias, and nothing about narrow bands when 3 in 4 are inside', () => {
    const s = score({ bias: -0.081, mape: 0.094, inside50: 6, inside90: 9 });
    const words = scoreWords(s, { from: 2012, to: 2022 }, en);
    expect(words).toMatch(/^From 2012 to 2022 the median was 8\.1% too low on average \(bias\)/);
    expect(words).toMatch(/the mean absolute error was 9\.4%\./);
    expect(words).not.toMatch(/too narrow/);
    expect(words).not.toMatch(/wider/);
  });

  it('calls bands too narrow just below three in four inside the 90 % band', () => {
    const narrow = scoreWords(score({ inside90: 8 }), { from: 2010, to: 2022 }, en);
    const fine = scoreWords(score({ inside90: 9 }), { from: 2010, to: 2022 }, en);
    expect(narrow).toMatch(/too narrow/);
    expect(fine).not.toMatch(/too narrow/);
  });

  it('says when every point fell inside the 50 % band', () => {
    const s = score({ inside50: 12, inside90: 12, bias: 0.004, mape: 0.006 });
    expect(scoreWords(s, { from: 2010, to: 2022 }, en)).toMatch(
      /Every point fell inside the 50% band: the bands may be wider than history calls for\.$/,
    );
  });

  it('says "about right" for a bias that rounds to zero, never "0.0% too high"', () => {
    const s = score({ bias: 0.0004, mape: 0.02 });
    const words = scoreWords(s, { from: 2010, to: 2022 }, en);
    expect(words).toMatch(/the median was about right on average \(bias under 0\.1%\)/);
    expect(words).not.toMatch(/0\.0% too/);
  });

  it('says that few points say little, in the singular for one', () => {
    const s = score({ scored: 1, inside50: 1, inside90: 1, bias: 0.01, mape: 0.01 });
    const words = scoreWords(s, { from: 2021, to: 2022 }, en);
    expect(words).toMatch(/1 of 1 observed point fell inside/);
    expect(words).toMatch(/With 1 observed point, the counts say little\.$/);
  });

  it('says plainly when nothing could be scored', () => {
    expect(
      scoreWords(score({ scored: 0, bias: NaN, mape: NaN }), { from: 2022, to: 2023 }, en),
    ).toBe(
      'From 2022 to 2023 nothing could be scored: every observed year after 2022 lies beyond a ' +
        'possible break in series. Choose a later start year.',
    );
  });

  it('writes numbers in the reader’s locale: a decimal comma in German', () => {
    const s = score({ bias: 0.027, mape: 0.029, inside50: 5, inside90: 7 });
    const words = scoreWords(s, { from: 2010, to: 2022 }, de);
    expect(words).toMatch(/2,7\s% too high/);
    expect(words).toMatch(/error was 2,9\s%\./);
    expect(words).toMatch(/inside the 50\s% band/);
    expect(percent1(-0.0312, 'de-DE', true)).toMatch(/^\u22123,1\s%$/);
    expect(percent1(0.0312, 'en-GB', true)).toBe('+3.1%');
    expect(percent1(-0.00004, 'en-GB', true)).toBe('0.0%');
  });
});

describe('the rows, the left-out points and the chart’s label', () => {
  const points = [
    point(2010, 100, 'start'),
    point(2011, 104),
    point(2012, 80),
    point(2013, 150, 'break'),
  ];

  it('give each observed year its error, band membership and why it is left out', () => {
    const rows = horizonRows(points, en);
    expect(rows.map((r) => [r.year, r.horizon, r.observed, r.median, r.band90])).toEqual([
      ['2010', '0', '100', '100', '90–110'],
      ['2011', '1', '104', '100', '90–110'],
      ['2012', '2', '80', '100', '90–110'],
      ['2013', '3', '150', '100', '90–110'],
    ]);
    expect(rows.map((r) => [r.error, r.in50, r.in90, r.leftOut])).toEqual([
      ['—', '—', '—', 'start: observed total'],
      ['\u22123.8%', 'yes', 'yes', ''],
      ['+25.0%', 'no', 'no', ''],
      ['\u221233.3%', 'no', 'no', 'possible break in series'],
    ]);
    expect(horizonRows([point(2011, 1234.5)], de)[0].observed).toBe('1.230');
  });

  it('name the years left out beyond a break, and none when none is', () => {
    expect(leftOutWords(points, [2013], en)).toBe(
      '2013 is left out of the score: a possible break in series (2013) lies between the ' +
        'start and it, so the numbers may count differently.',
    );
    const two = [...points, point(2014, 150, 'break')];
    expect(leftOutWords(two, [2013], en)).toMatch(/^2013 and 2014 are left out of the score/);
    expect(leftOutWords(points.slice(0, 3), [], en)).toBe('');
  });

  it('describe the chart in a sentence from the pooled score', () => {
    const s = scorePoints(points);
    expect(s.scored).toBe(2);
    expect(
      chartLabel({ series: 'Nurses and midwives', country: 'Italy', from: 2010, to: 2013 }, s, en),
    ).toBe(
      "Nurses and midwives in Italy: observed headcount over the projection's bands, " +
        '2010–2013. 1 of 2 observed points inside the 90% band, 1 inside the 50% band.',
    );
  });
});

describe('messages and the status line', () => {
  it('turn a model message into a sentence', () => {
    expect(sentence('nothing is observed after 2022 to check against')).toBe(
      'Nothing is observed after 2022 to check against.',
    );
    expect(sentence('already a sentence.')).toBe('Already a sentence.');
  });

  it('say what a check is doing and what became of a cancelled one', () => {
    const running = { status: 'running' as const, check: null };
    expect(statusWords({ ...running, progress: null }, 'Italy', en)).toBe(
      'Loading the observed numbers and the population of Italy…',
    );
    expect(statusWords({ ...running, progress: { done: 300, total: 1000 } }, 'Italy', en)).toBe(
      'Checking: 300 of 1,000 futures',
    );
    const cancelled = { status: 'cancelled' as const, progress: null };
    expect(statusWords({ ...cancelled, check: null }, 'Italy', en)).toBe(
      'The check was cancelled.',
    );
    expect(statusWords({ ...cancelled, check: {} }, 'Italy', en)).toMatch(/still shown/);
    expect(statusWords({ status: 'done', progress: null, check: {} }, 'Italy', en)).toBe('');
  });
});

describe('mismatchWords', () => {
  it('warns when the series is not the one the profession suggests, and only then', () => {
    const nurses = { id: 'nurse', name: 'Nurses' };
    expect(mismatchWords(nurses, 'doctors', en.t)).toMatch(
      /^Nurses will be started from, and checked against, WHO’s count of doctors, not of nurses and midwives/,
    );
    expect(mismatchWords(nurses, 'nurses', en.t)).toBeNull();
    expect(mismatchWords({ id: 'pharm', name: 'Pharmacists' }, 'doctors', en.t)).toBeNull();
    expect(mismatchWords(undefined, 'doctors', en.t)).toBeNull();
    expect(mismatchWords(nurses, null, en.t)).toBeNull();
  });
});
