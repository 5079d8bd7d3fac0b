/**
 * The words and choices of "Check against history" (docs/backtest.md): which past years can
 * be a start, the defaults of the controls, the score in a paragraph, the rows of the table
 * by horizon and the chart's description. Pure functions of their arguments.
 */
import { datasetCountry } from '../compare/compare-data.ts';
import type { BacktestPoint, BacktestScore } from '../../model/backtest/score.ts';
import type { ObservedYear } from '../../model/backtest/prepare.ts';
import type { DensityPoint, ObservedSeriesKey } from '../../model/observed/series.ts';
import { seriesForProfession } from '../../model/observed/series.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { WHO_SERIES } from '../data/workforce/catalog.ts';
import { MINUS, type Formats } from '../format.ts';

/** The start year offered first: far enough back for ten years of history or more. */
export const PREFERRED_FROM = 2010;

/** Below this share of points inside the 90 % band, the bands are called too narrow. */
export const NARROW_BELOW = 0.75;

/** With fewer scored points than this, the counts are said to say little. */
export const FEW_POINTS = 5;

/**
 * The years a check can start from: observed years that the population data hold
 * (`span`, e.g. 2000–2050) and that have a later observed year the data also hold.
 */
export function yearChoices(
  points: readonly DensityPoint[],
  span: { first: number; last: number },
): number[] {
  const years = [...new Set(points.map((p) => p.year))]
    .filter((y) => y >= span.first && y <= span.last)
    .sort((a, b) => a - b);
  return years.slice(0, -1);
}

/** The start year to show: `preferred` when it can be chosen, else the closest choice (the
 *  earlier of two as close); null when there is none. */
export function defaultFrom(
  choices: readonly number[],
  preferred: number = PREFERRED_FROM,
): number | null {
  let best: number | null = null;
  for (const y of choices) {
    if (best === null || Math.abs(y - preferred) < Math.abs(best - preferred)) best = y;
  }
  return best;
}

/** The year the controls hold: `chosen` while it is still a choice, else the default. */
export function fromYearOf(choices: readonly number[], chosen: number | null): number | null {
  return chosen !== null && choices.includes(chosen) ? chosen : defaultFrom(choices);
}

/** The country of the scenario's shipped population data set (`wpp2019-it` → `IT`), or null
 *  for its own population table or none. */
export function defaultCountry(scenario: Pick<Scenario, 'population'> | null): string | null {
  return datasetCountry(scenario?.population)?.iso2 ?? null;
}

/** The observed series that matches a profession, or null when the planner must say. */
export function defaultSeries(profession: { id: string; name: string } | undefined) {
  return (profession && seriesForProfession(profession)) ?? null;
}

/** A hint when the chosen series is not the one the profession's name suggests: the
 *  check would then start one profession from another's observed total. */
export function mismatchWords(
  profession: { id: string; name: string } | undefined,
  series: ObservedSeriesKey | null,
): string | null {
  const guessed = defaultSeries(profession);
  if (!profession || series === null || guessed === null || guessed === series) return null;
  return (
    `${profession.name} will be started from, and checked against, WHO’s count of ` +
    `${WHO_SERIES[series].short.toLowerCase()}, not of ${WHO_SERIES[guessed].short.toLowerCase()}: ` +
    `the scenario’s training places and flows were made for the other profession.`
  );
}

/** A sentence from a model message: a capital first letter and a full stop. */
export function sentence(message: string): string {
  const text = message.trim().replace(/^./, (c) => c.toUpperCase());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** What a regional scenario gets instead of a check (the model refuses one too). */
export const REGIONAL_REFUSAL =
  'The check against history runs on a national scenario; this one has regions. ' +
  'Check a national copy of it (one region holding everything).';

/** Percent with one decimal in the reader's locale ("2.7%", "2,7 %"); `signed` adds + or −. */
export function percent1(share: number, locale: string | undefined, signed = false): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  const rounded = Math.round(share * 1000) / 1000;
  return format
    .formatToParts(rounded === 0 ? 0 : rounded)
    .map((part) => (part.type === 'minusSign' ? MINUS : part.value))
    .join('');
}

/** "1 observed point", "12 observed points". */
function points(n: number, f: Formats): string {
  return `${f.integer(n)} observed point${n === 1 ? '' : 's'}`;
}

/**
 * The score in words: the bias and mean absolute error of the median, how many points fell
 * inside the 50 % and 90 % bands and what a well-calibrated projection would hold, and, when
 * fewer than three in four fell inside the 90 % band, that the bands are too narrow.
 */
export function scoreWords(
  score: BacktestScore,
  span: { from: number; to: number },
  f: Formats,
): string {
  const { scored } = score;
  const years = `From ${f.year(span.from)} to ${f.year(span.to)}`;
  if (scored === 0) {
    return (
      `${years} nothing could be scored: every observed year after ${f.year(span.from)} ` +
      'lies beyond a possible break in series. Choose a later start year.'
    );
  }
  const p = (share: number) => percent1(share, f.locale);
  const bias =
    Math.round(Math.abs(score.bias) * 1000) === 0
      ? `the median was about right on average (bias under ${p(0.001)})`
      : `the median was ${p(Math.abs(score.bias))} too ${score.bias > 0 ? 'high' : 'low'} ` +
        'on average (bias)';
  const counts =
    `${f.integer(score.inside50)} of ${points(scored, f)} fell inside the ` +
    `${f.percent(0.5)} band and ${f.integer(score.inside90)} of ${f.integer(scored)} inside ` +
    `the ${f.percent(0.9)} band: a well-calibrated projection holds about half and nine in ten.`;
  const words = [`${years} ${bias}; the mean absolute error was ${p(score.mape)}.`, counts];
  if (score.inside90 / scored < NARROW_BELOW) {
    words.push(
      'The bands are too narrow for what happened: the assumptions are more certain than history.',
    );
  } else if (scored >= FEW_POINTS && score.inside50 === scored) {
    words.push(
      `Every point fell inside the ${f.percent(0.5)} band: the bands may be wider than ` +
        'history calls for.',
    );
  }
  if (scored < FEW_POINTS) words.push(`With ${points(scored, f)}, the counts say little.`);
  return words.join(' ');
}

/** Why a point is left out of the score, in words ('' when it is scored). */
export function excludedWords(excluded: ObservedYear['excluded']): string {
  if (excluded === 'start') return 'start: observed total';
  if (excluded === 'break') return 'possible break in series';
  return '';
}

/** "2023 is left out of the score: …", or '' when every later point is scored. */
export function leftOutWords(
  observed: readonly Pick<ObservedYear, 'year' | 'excluded'>[],
  breaks: readonly number[],
  f: Formats,
): string {
  const out = observed.filter((o) => o.excluded === 'break').map((o) => f.year(o.year));
  if (out.length === 0) return '';
  const list =
    out.length === 1 ? out[0] : `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}`;
  const at = breaks.map(f.year).join(', ');
  return (
    `${list} ${out.length === 1 ? 'is' : 'are'} left out of the score: a possible break in ` +
    `series (${at}) lies between the start and ${out.length === 1 ? 'it' : 'them'}, so the ` +
    'numbers may count differently.'
  );
}

/** One row of the table by horizon, formatted. */
export interface HorizonRow {
  year: string;
  horizon: string;
  observed: string;
  median: string;
  band90: string;
  error: string;
  in50: string;
  in90: string;
  leftOut: string;
  excluded: BacktestPoint['excluded'];
}

/** The rows of the table by horizon: every observed year from the start on. */
export function horizonRows(points: readonly BacktestPoint[], f: Formats): HorizonRow[] {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return points.map((p) => {
    const scored = p.excluded === false && Number.isFinite(p.error);
    return {
      year: f.year(p.year),
      horizon: f.integer(p.horizon),
      observed: f.count(p.headcount),
      median: f.count(p.median),
      band90: f.interval(p.p5, p.p95),
      error:
        p.excluded === 'start' || !Number.isFinite(p.error)
          ? '—'
          : percent1(p.error, f.locale, true),
      in50: p.excluded === 'start' ? '—' : yes(p.in50),
      in90: p.excluded === 'start' ? '—' : yes(p.in90),
      leftOut: scored ? '' : excludedWords(p.excluded) || 'no error (observed 0)',
      excluded: p.excluded,
    };
  });
}

/** What the chart shows, in one sentence (its aria-label). */
export function chartLabel(
  what: { series: string; country: string; from: number; to: number },
  score: BacktestScore,
  f: Formats,
): string {
  const head =
    `${what.series} in ${what.country}: observed headcount over the projection's bands, ` +
    `${f.years(what.from, what.to)}`;
  if (score.scored === 0) return `${head}. No observed point could be scored.`;
  return (
    `${head}. ${f.integer(score.inside90)} of ${points(score.scored, f)} inside the ` +
    `${f.percent(0.9)} band, ${f.integer(score.inside50)} inside the ${f.percent(0.5)} band.`
  );
}

/** The words of the series of a key, for a sentence ("nurses and midwives"). */
export const SERIES_WORDS: Readonly<Record<ObservedSeriesKey, string>> = {
  doctors: 'doctors',
  nurses: 'nurses and midwives',
};

/** The status line: the progress while a check runs, else what became of the last one. */
export function statusWords(
  state: {
    status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
    progress: { done: number; total: number } | null;
    check: unknown;
  },
  country: string,
  f: Formats,
): string {
  if (state.status === 'running') {
    const p = state.progress;
    if (!p) return `Loading the observed numbers and the population of ${country}…`;
    return `Checking: ${f.integer(p.done)} of ${f.integer(p.total)} futures`;
  }
  if (state.status === 'cancelled') {
    return state.check
      ? 'The check was cancelled. The last check made is still shown.'
      : 'The check was cancelled.';
  }
  return '';
}
