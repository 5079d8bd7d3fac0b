/** The built-in example scenarios, shipped with the app (synthetic "Exampleland" data). */
import type { MessageKey } from '../../i18n/translate.ts';
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
  /** The scenario document (a fresh copy each time). */
  document(): unknown;
}

export const EXAMPLES: readonly BuiltInExample[] = [
  {
    id: 'exampleland',
    titleKey: 'shell.examples.exampleland',
    title: 'Exampleland: nurses and GPs',
    document: () => structuredClone(exampleland),
  },
  {
    id: 'exampleland-costs',
    titleKey: 'shell.examples.examplelandCosts',
    title: 'Exampleland with costs: nurses and GPs',
    document: () => structuredClone(exampleCosts),
  },
  {
    id: 'exampleland-regions',
    titleKey: 'shell.examples.examplelandRegions',
    title: 'Exampleland regions: four regions, moves between them',
    document: () => structuredClone(exampleRegions),
  },
  {
    id: 'minimal',
    titleKey: 'shell.examples.minimal',
    title: 'Minimal: one profession, no population',
    document: () => structuredClone(minimal),
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
