/**
 * A country's name in the language the page is read in: the browser's own list of region
 * names (Intl.DisplayNames: "Italia", "Włochy", "Italien"), else the English name the data
 * catalogues hold. English, the pseudo-language, and a page without a document (the command
 * line, the tests in Node) keep the English name, so what is written in English stays as it
 * was, byte for byte.
 */

/** The language of the page (`<html lang>`), English when there is no page. */
export function pageLanguage(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
}

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(language: string): Intl.DisplayNames | null {
  let names = cache.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    cache.set(language, names);
  }
  return names;
}

/** The name of the country `iso2` (ISO 3166-1 alpha-2) in `language`; `english` when the
 *  language is English or the browser does not know the name. */
export function countryName(iso2: string, english: string, language = pageLanguage()): string {
  if (language === 'en' || language.startsWith('en-')) return english;
  try {
    return displayNames(language)?.of(iso2.toUpperCase()) ?? english;
  } catch {
    return english;
  }
}
