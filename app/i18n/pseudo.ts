/**
 * The pseudo-language of the tests ("en-XA"): every English message with its words accented
 * and made 40 % longer, its placeholders, plurals and selects left working, so the screens
 * show at once any text that is cut, overlaps, or was never put through the catalogue (it
 * stays plain English). Loaded only when the pseudo-language is chosen.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { Catalogue } from './translate.ts';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ḓ',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'ƥ',
  q: 'ʠ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ḓ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Ƥ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Letters accented, everything else as it is. */
export function accent(text: string): string {
  return Array.from(text, (ch) => ACCENTS[ch] ?? ch).join('');
}

/** The literal text of a message, accented in place. */
function accentAll(elements: MessageFormatElement[]): void {
  for (const el of elements) {
    if (el.type === TYPE.literal) el.value = accent(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) accentAll(option.value);
    } else if (el.type === TYPE.tag) accentAll(el.children);
  }
}

/** One message in the pseudo-language: accented, 40 % longer (at least one mark more),
 *  between brackets so a cut end shows. */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  accentAll(ast);
  const extra = Math.max(1, Math.ceil(message.length * 0.4) - 2);
  return `⟦${printAST(ast)}${'~'.repeat(extra)}⟧`;
}

/** The pseudo-language's catalogue, from the English one. */
export function pseudoCatalogue(english: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(english).map(([k, m]) => [k, pseudoMessage(m)]));
}
