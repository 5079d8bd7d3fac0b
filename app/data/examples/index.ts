/** The built-in example scenarios, shipped with the app (synthetic "Exampleland" data). */
import type { MessageKey, Translate } from '../../i18n/translate.ts';
import { localizeBuiltIn } from './localize.ts';
import exampleland from './exampleland.json';
import minimal from './minimal.json';
import exampleRegions from './exampleland-regions.json';
import exampleCosts from './exampleland-costs.json';

export interface BuiltInExample {
  id: string;
  /** What the menu says, in English (the app's undo notice still reads it; the menu says
   *  `titleKey` in the reader's language). */
  title: string;
  /** What the menu says: the message of the title in the catalogue (shell.json). */
  titleKey: MessageKey;
  /** The messages of the document's own name and description (examples.json). */
  words: { name: MessageKey; description: MessageKey };
  /** The scenario document (a fresh copy each time), as written: in English. */
  document(): unknown;
}

/** The example's document in the language of `t` (only its built-in words: localize.ts). */
export function exampleDocument(example: BuiltInExample, t: Translate): unknown {
  const doc = example.document() as { name?: unknown; description?: unknown };
  const pair = (english: unknown, key: MessageKey) =>
    typeof english === 'string' ? ([english, t(key)] as const) : undefined;
  return localizeBuiltIn(doc, t, {
    name: pair(doc.name, example.words.name),
    description: pair(doc.description, example.words.description),
  });
}

export const EXAMPLES: readonly BuiltInExample[] = [
  {
    id: 'exampleland',
    words: { name: 'examples.exampleland.name', description: 'examples.exampleland.description' },
    titleKey: 'shell.examples.exampleland',
    title: 'Exampleland: nurses and GPs',
    document: () => structuredClone(exampleland),
  },
  {
    id: 'exampleland-costs',
    words: { name: 'examples.examplelandCosts.name', description: 'examples.examplelandCosts.description' },
    titleKey: 'shell.examples.examplelandCosts',
    title: 'Exampleland with costs: nurses and GPs',
    document: () => structuredClone(exampleCosts),
  },
  {
    id: 'exampleland-regions',
    words: { name: 'examples.examplelandRegions.name', description: 'examples.examplelandRegions.description' },
    titleKey: 'shell.examples.examplelandRegions',
    title: 'Exampleland regions: four regions, moves between them',
    document: () => structuredClone(exampleRegions),
  },
  {
    id: 'minimal',
    words: { name: 'examples.minimal.name', description: 'examples.minimal.description' },
    titleKey: 'shell.examples.minimal',
    title: 'Minimal: one profession, no population',
    document: () => structuredClone(minimal),
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
