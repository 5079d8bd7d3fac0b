/**
 * The built-in scenario documents (the examples, a lesson's scenario) in the reader's
 * language: their name, description, and the names of their professions, regions and crises.
 *
 * Only a text that is word for word the built-in English one is replaced, so a planner's own
 * names are never touched, and in English a document is returned unchanged (byte for byte:
 * an untouched example is still recognised as one, and links and results stay as they were).
 * Once opened, the words belong to the document: a share link carries them as written.
 */
import type { MessageKey, Translate } from '../../i18n/translate.ts';

/** Built-in names by id: the English as the documents write it, and its message. */
const PROFESSIONS: Readonly<Record<string, readonly [string, MessageKey]>> = {
  nurse: ['Nurses', 'scenario.template.nurses'],
  gp: ['General practitioners', 'examples.profession.gp'],
  midwife: ['Midwives', 'examples.profession.midwife'],
  doctor: ['Doctors', 'examples.profession.doctor'],
};
const REGIONS: Readonly<Record<string, readonly [string, MessageKey]>> = {
  capital: ['Capital', 'examples.region.capital'],
  north: ['North', 'examples.region.north'],
  south: ['South', 'examples.region.south'],
  rural: ['Rural', 'examples.region.rural'],
};
const SHOCKS: Readonly<Record<string, MessageKey>> = { pandemic: 'scenario.template.pandemic' };

/** The name and description of a document: its English, and its words in the reader's. */
export interface DocumentWords {
  name?: readonly [english: string, translated: string];
  description?: readonly [english: string, translated: string];
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Renames `item.name` (an item of the list `list` of `doc`) when it is the built-in English
 *  and its words differ; true when it renamed one. */
function rename(
  doc: Record<string, unknown>,
  list: string,
  words: (item: Record<string, unknown>) => readonly [string, string] | undefined,
): boolean {
  const items = doc[list];
  if (!Array.isArray(items)) return false;
  let renamed = false;
  const next = items.map((item: unknown) => {
    if (!isRecord(item)) return item;
    const pair = words(item);
    if (!pair || item.name !== pair[0] || pair[0] === pair[1]) return item;
    renamed = true;
    return { ...item, name: pair[1] };
  });
  if (renamed) doc[list] = next;
  return renamed;
}

/** A copy of the built-in document `doc` in the language of `t` (see above). */
export function localizeBuiltIn(doc: unknown, t: Translate, own: DocumentWords = {}): unknown {
  if (!isRecord(doc)) return doc;
  const out: Record<string, unknown> = { ...doc };
  let changed = false;
  for (const field of ['name', 'description'] as const) {
    const pair = own[field];
    if (pair && out[field] === pair[0] && pair[0] !== pair[1]) {
      out[field] = pair[1];
      changed = true;
    }
  }
  const byId = (table: Readonly<Record<string, readonly [string, MessageKey]>>) => {
    return (item: Record<string, unknown>) => {
      const entry = typeof item.id === 'string' ? table[item.id] : undefined;
      return entry && ([entry[0], t(entry[1])] as const);
    };
  };
  // Every list is looked at (no short cut), each renamed where its words differ.
  const lists = [
    rename(out, 'professions', byId(PROFESSIONS)),
    rename(out, 'regions', byId(REGIONS)),
    rename(out, 'shocks', (item) => {
      const key = typeof item.name === 'string' ? SHOCKS[item.name] : undefined;
      return key && ([item.name as string, t(key)] as const);
    }),
  ];
  // Nothing changed (English): give back the document itself.
  return changed || lists.includes(true) ? out : doc;
}
