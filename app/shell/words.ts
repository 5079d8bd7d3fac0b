/**
 * A message to be said later, in the reader's language: its key in the catalogue and its
 * values, some of which may be messages themselves (said first). Code that knows no
 * language (the CSV readers, the link decoder) returns these instead of English text, and
 * the view says them with its `t`, so a change of language reaches what is on screen.
 *
 * A value that is a number is formatted by the message (a plural chooses by it); a number
 * shown as it is (a row, a year) is passed as a string.
 */
import type { MessageKey, Translate } from '../i18n/translate.ts';

/** Messages (or texts as they are, such as names) said one after the other, between
 *  `separator`s (", ", "; "). */
export interface WordsList {
  readonly items: readonly (string | Words)[];
  readonly separator: string;
}

export type WordsValue = string | number | Words | WordsList;

export interface Words {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, WordsValue>>;
}

/** The message `key` with `values`. */
export function words(key: MessageKey, values?: Readonly<Record<string, WordsValue>>): Words {
  return values ? { key, values } : { key };
}

/** Messages said one after the other, between `separator`s. */
export function wordsList(items: readonly (string | Words)[], separator: string): WordsList {
  return { items, separator };
}

const isList = (v: WordsValue): v is WordsList => typeof v === 'object' && 'items' in v;

function sayValue(t: Translate, value: WordsValue): string | number {
  if (typeof value !== 'object') return value;
  if (isList(value)) {
    return value.items.map((w) => (typeof w === 'string' ? w : say(t, w))).join(value.separator);
  }
  return say(t, value);
}

/** A text as it is, or a message in the language of `t`. */
export function sayText(t: Translate, text: string | Words): string {
  return typeof text === 'string' ? text : say(t, text);
}

/** The message in the language of `t`. */
export function say(t: Translate, message: Words): string {
  if (!message.values) return t(message.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values)) values[name] = sayValue(t, value);
  return t(message.key, values);
}
