/**
 * A name or a label inside a sentence, its first letter in lower case ("Nurses" → "nurses"),
 * as English and most languages of the app write it; but not in German, where nouns keep
 * their capital ("Pflegekräfte" stays), and never for an abbreviation ("FTE", "GPs"). The
 * language is the page's unless given.
 */
import { pageLanguage } from './country-name.ts';

/** Languages that write their nouns with a capital inside a sentence. */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

export function lowerFirst(text: string, language: string = pageLanguage()): string {
  if (NOUNS_CAPITALISED.has(language.split('-')[0].toLowerCase())) return text;
  const first = text.charAt(0);
  const second = text.charAt(1);
  // An abbreviation ("FTE", "GPs"): its second letter is a capital too.
  if (second && second !== second.toLowerCase()) return text;
  return first.toLocaleLowerCase(language) + text.slice(1);
}
