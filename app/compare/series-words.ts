/**
 * The observed WHO series in the reader's words: as a name ("Doctors", "Nurses and
 * midwives": a title, a button) and inside a sentence ("doctors", "nurses and midwives").
 * For Compare countries and Check against history.
 */
import type { ObservedSeriesKey } from '../../model/observed/series.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';

const NAMES: Readonly<Record<ObservedSeriesKey, MessageKey>> = {
  doctors: 'compare.series.doctors',
  nurses: 'compare.series.nurses',
};

const WORDS: Readonly<Record<ObservedSeriesKey, MessageKey>> = {
  doctors: 'compare.seriesWords.doctors',
  nurses: 'compare.seriesWords.nurses',
};

/** "Doctors", "Nurses and midwives". */
export function seriesName(key: ObservedSeriesKey, t: Translate): string {
  return t(NAMES[key]);
}

/** "doctors", "nurses and midwives": the series inside a sentence. */
export function seriesWords(key: ObservedSeriesKey, t: Translate): string {
  return t(WORDS[key]);
}
