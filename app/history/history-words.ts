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
import { seriesWords } from '../compare/series-words.ts';
import { MINUS, type Formats } from '../format.ts';
import type { Translate } from '../i18n/translate.ts';

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
  t: Translate,
): string | null {
  const guessed = defaultSeries(profession);
  if (!profession || series === null || guessed === null || guessed === series) return null;
  return t('history.controls.mismatch', {
    profession: profession.name,
    series: seriesWords(series, t),
    guessed: seriesWords(guessed, t),
  });
}

/** A sentence from a model message: a capital first letter and a full stop. */
export function sentence(message: string): string {
  const text = message.trim().replace(/^./, (c) => c.toUpperCase());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** What a regional scenario gets instead of a check: the model's refusal (model/backtest,
 *  in English like every model message) made a sentence. The view says it in the reader's
 *  language (`history.regionalRefusal`, the same words in English). */
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
  const { t } = f;
  const { scored } = score;
  const from = f.year(span.from);
  const to = f.year(span.to);
  if (scored === 0) return t('history.score.none', { from, to });
  const p = (share: number) => percent1(share, f.locale);
  const mape = p(score.mape);
  const first =
    Math.round(Math.abs(score.bias) * 1000) === 0
      ? t('history.score.right', { from, to, limit: p(0.001), mape })
      : t('history.score.biased', {
          from,
          to,
          bias: p(Math.abs(score.bias)),
          direction: score.bias > 0 ? 'high' : 'low',
          mape,
        });
  const points = { n: scored, count: f.integer(scored) };
  const counts = t('history.score.counts', {
    ...points,
    inside50: f.integer(score.inside50),
    inside90: f.integer(score.inside90),
    share50: f.percent(0.5),
    share90: f.percent(0.9),
  });
  const words = [first, counts];
  if (score.inside90 / scored < NARROW_BELOW) {
    words.push(t('history.score.narrow'));
  } else if (scored >= FEW_POINTS && score.inside50 === scored) {
    words.push(t('history.score.wide', { share: f.percent(0.5) }));
  }
  if (scored < FEW_POINTS) words.push(t('history.score.few', points));
  return words.join(' ');
}

/** Why a point is left out of the score, in words ('' when it is scored). */
export function excludedWords(excluded: ObservedYear['excluded'], t: Translate): string {
  if (excluded === 'start') return t('history.excluded.start');
  if (excluded === 'break') return t('history.excluded.break');
  return '';
}

/** "2023 is left out of the score: …", or '' when every later point is scored. */
export function leftOutWords(
  observed: readonly Pick<ObservedYear, 'year' | 'excluded'>[],
  breaks: readonly number[],
  f: Formats,
): string {
  const { t } = f;
  const out = observed.filter((o) => o.excluded === 'break').map((o) => f.year(o.year));
  if (out.length === 0) return '';
  const years =
    out.length === 1
      ? out[0]
      : t('history.score.yearsAnd', {
          first: out.slice(0, -1).join(', '),
          last: out[out.length - 1],
        });
  return t('history.score.leftOut', {
    n: out.length,
    years,
    breaks: breaks.map(f.year).join(', '),
  });
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
  const { t } = f;
  const yes = (b: boolean) => (b ? t('history.table.yes') : t('history.table.no'));
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
      leftOut: scored ? '' : excludedWords(p.excluded, t) || t('history.table.noError'),
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
  const values = {
    series: what.series,
    country: what.country,
    years: f.years(what.from, what.to),
  };
  if (score.scored === 0) return f.t('history.chart.labelNone', values);
  return f.t('history.chart.label', {
    ...values,
    n: score.scored,
    count: f.integer(score.scored),
    inside90: f.integer(score.inside90),
    inside50: f.integer(score.inside50),
    share90: f.percent(0.9),
    share50: f.percent(0.5),
  });
}

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
  const { t } = f;
  if (state.status === 'running') {
    const p = state.progress;
    if (!p) return t('history.status.loading', { country });
    return t('history.status.checking', { done: f.integer(p.done), total: f.integer(p.total) });
  }
  if (state.status === 'cancelled') {
    return state.check ? t('history.status.cancelledKept') : t('history.status.cancelled');
  }
  return '';
}
