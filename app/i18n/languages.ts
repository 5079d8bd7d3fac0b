/**
 * The languages of the app: those that ship (their catalogue is complete: every key of the
 * English one, each message with the same placeholders, checked in the tests), each named in
 * its own language for the header's choice, and the pseudo-language the tests use to find
 * text that is cut or overlaps (accented, 40 % longer; never offered to a reader).
 *
 * A language is added by a translator: a folder `messages/<code>/` with the files of
 * `messages/en/` and every one of their keys, a glossary `docs/glossary/<code>.md`, and one
 * line in LANGUAGES below (README, "Adding a language").
 */

/** A language the app can be read in. */
export interface Language {
  /** BCP 47 code: "en", "it", "pl". */
  code: string;
  /** Its name in itself: "Italiano". */
  name: string;
}

/** The languages that ship, English first, then in the order of their codes. */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English' },
  { code: 'cs', name: 'Čeština' },
  { code: 'de', name: 'Deutsch' },
  { code: 'el', name: 'Ελληνικά' },
  { code: 'es', name: 'Español' },
  { code: 'et', name: 'Eesti' },
  { code: 'fr', name: 'Français' },
  { code: 'hr', name: 'Hrvatski' },
  { code: 'hu', name: 'Magyar' },
  { code: 'it', name: 'Italiano' },
  { code: 'lt', name: 'Lietuvių' },
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pl', name: 'Polski' },
  { code: 'pt', name: 'Português' },
  { code: 'ro', name: 'Română' },
  { code: 'sk', name: 'Slovenčina' },
  { code: 'sl', name: 'Slovenščina' },
  { code: 'sv', name: 'Svenska' },
];

/** The language of the source catalogue, and the fallback. */
export const SOURCE_LANGUAGE = 'en';

/** The pseudo-language of the tests (accented, 40 % longer). */
export const PSEUDO: Language = { code: 'en-XA', name: 'Ƥşḗŭḓǿ' };

/** Where the reader's choice is kept in this browser. */
export const LANGUAGE_KEY = 'hwf-language';

/**
 * The language to show: the reader's own choice when it is offered; else the first of the
 * browser's languages that is offered (by its full code, then by its language: "pt-BR"
 * finds "pt"); else English. `offered` are the codes that may be shown.
 */
export function pickLanguage(
  chosen: string | null,
  browser: readonly string[],
  offered: readonly string[],
): string {
  const find = (code: string) => offered.find((o) => o.toLowerCase() === code.toLowerCase());
  if (chosen) {
    const own = find(chosen);
    if (own) return own;
  }
  for (const code of browser) {
    const exact = find(code);
    if (exact) return exact;
    const base = find(code.split('-')[0]);
    if (base) return base;
  }
  return SOURCE_LANGUAGE;
}
