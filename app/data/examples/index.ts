/** The built-in example scenarios, shipped with the app (synthetic "Exampleland" data). */
import exampleland from './exampleland.json';
import minimal from './minimal.json';

export interface BuiltInExample {
  id: string;
  /** What the menu says. */
  title: string;
  /** The scenario document (a fresh copy each time). */
  document(): unknown;
}

export const EXAMPLES: readonly BuiltInExample[] = [
  {
    id: 'exampleland',
    title: 'Exampleland: nurses and GPs',
    document: () => structuredClone(exampleland),
  },
  {
    id: 'minimal',
    title: 'Minimal: one profession, no population',
    document: () => structuredClone(minimal),
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
