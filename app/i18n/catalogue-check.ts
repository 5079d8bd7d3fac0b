/**
 * The checks every shipped catalogue passes (run by the tests and by
 * `npm run check:messages`, never by the app): the same keys as the English one, none
 * missing and none extra; every message valid ICU MessageFormat; the same placeholders as
 * the English message, of the same kinds; and every plural with the categories its
 * language needs (Intl.PluralRules: "one", "few", "many", "other" in Polish) and "other".
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalogue } from './translate.ts';

/** The placeholders of a message: name → kind ("argument", "number", "plural", …). */
function placeholders(elements: MessageFormatElement[], into: Map<string, string>): void {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        into.set(el.value, 'argument');
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.set(el.value, TYPE[el.type]);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.set(el.value, TYPE[el.type]);
        for (const option of Object.values(el.options)) placeholders(option.value, into);
        break;
      case TYPE.tag:
        into.set(el.value, 'tag');
        placeholders(el.children, into);
        break;
      default:
        break;
    }
  }
}

/** The plurals of a message, with the categories each offers. */
function plurals(elements: MessageFormatElement[], into: { name: string; options: string[] }[]) {
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      into.push({ name: el.value, options: Object.keys(el.options) });
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) plurals(option.value, into);
    } else if (el.type === TYPE.tag) plurals(el.children, into);
  }
}

const describe = (m: Map<string, string>) =>
  [...m].map(([name, kind]) => (kind === 'argument' ? `{${name}}` : `{${name}, ${kind}}`)).sort();

/** What is wrong with `catalogue` (language `language`) against English, in words; none
 *  when it may ship. */
export function checkCatalogue(
  english: Catalogue,
  catalogue: Catalogue,
  language: string,
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) {
    if (!Object.hasOwn(catalogue, key)) problems.push(`${key}: missing`);
  }
  for (const key of Object.keys(catalogue)) {
    if (!Object.hasOwn(english, key)) problems.push(`${key}: not in the English catalogue`);
  }
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const [key, message] of Object.entries(catalogue)) {
    if (typeof message !== 'string') {
      problems.push(`${key}: not a text`);
      continue;
    }
    if (message.trim() === '') {
      problems.push(`${key}: empty`);
      continue;
    }
    let ast: MessageFormatElement[];
    try {
      ast = parse(message);
    } catch (error) {
      problems.push(`${key}: not valid ICU MessageFormat (${(error as Error).message})`);
      continue;
    }
    const source = english[key];
    if (typeof source === 'string') {
      const own = new Map<string, string>();
      const theirs = new Map<string, string>();
      placeholders(ast, own);
      try {
        placeholders(parse(source), theirs);
      } catch {
        // The English message is checked on its own.
      }
      const a = describe(own).join(' ');
      const b = describe(theirs).join(' ');
      if (a !== b)
        problems.push(`${key}: placeholders ${a || '(none)'} instead of ${b || '(none)'}`);
    }
    const found: { name: string; options: string[] }[] = [];
    plurals(ast, found);
    for (const p of found) {
      if (!p.options.includes('other'))
        problems.push(`${key}: the plural of {${p.name}} has no "other"`);
      const lacking = categories.filter(
        (c) => !p.options.includes(c) && !(c === 'other' && p.options.includes('other')),
      );
      if (lacking.length > 0) {
        problems.push(
          `${key}: the plural of {${p.name}} lacks ${lacking.join(', ')} (${language})`,
        );
      }
    }
  }
  return problems;
}
