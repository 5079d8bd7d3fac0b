/** The built-in example scenarios, shipped with the app (synthetic "Exampleland" data). */
import exampleland from './exampleland.json';
import minimal from './minimal.json';
import exampleRegions from './exampleland-regions.json';
import exampleCosts from './exampleland-costs.json';

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
    id: 'exampleland-costs',
    title: 'Exampleland with costs: nurses and GPs',
    document: () => structuredClone(exampleCosts),
  },
  {
    id: 'exampleland-regions',
    title: 'Exampleland regions: four regions, moves between them',
    document: () => structuredClone(exampleRegions),
  },
  {
    id: 'minimal',
    title: 'Minimal: one profession, no population',
    document: () => structuredClone(minimal),
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
