/**
 * Messages in the reader's language: ICU MessageFormat (plurals, selects, placeholders)
 * formatted by FormatJS (`@formatjs/intl`, see docs/languages.md for why). A catalogue is a
 * flat JSON object of keys to messages; English (`messages/en.json`) is the source and the
 * fallback, bundled with the app; every other language is loaded when chosen.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { en } from './messages/en/index.ts';

/** Every message's key (the English catalogue's). */
export type MessageKey = keyof typeof en;

/** A catalogue: every key to its message. */
export type Catalogue = Readonly<Record<string, string>>;

/** Values for a message's placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message by key in one language, its placeholders filled. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const ENGLISH: Catalogue = en;

const cache = createIntlCache();

/**
 * The messages of `language`: `catalogue` over the English one (a key the catalogue lacks
 * says the English; a shipped catalogue lacks none, the tests make sure). A message that
 * cannot be formatted says its key, never throws.
 */
export function makeTranslate(language: string, catalogue: Catalogue = ENGLISH): Translate {
  const intl: IntlShape<string> = createIntl(
    {
      locale: language,
      defaultLocale: 'en',
      messages: { ...ENGLISH, ...catalogue },
      // A missing or broken message is a test failure (the catalogue checks), not a crash.
      onError: () => {},
    },
    cache,
  );
  return (key, values) => {
    const text = intl.formatMessage({ id: key }, values);
    return typeof text === 'string' ? text : String(text);
  };
}

/** English, for code that runs before a language is chosen and for the tests. */
export const englishT: Translate = makeTranslate('en');
