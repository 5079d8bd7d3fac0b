/** "Population": what drives demand, in one line (the data itself comes from a file or a data set). */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { Section } from './section.tsx';

function describe(pop: unknown): string {
  if (pop === undefined) return 'none';
  const dataset = getAtPath(pop, 'dataset');
  if (typeof dataset === 'string') return `the data set “${dataset}”`;
  const min = getAtPath(pop, 'ages.min');
  const max = getAtPath(pop, 'ages.max');
  const years = getAtPath(pop, 'years');
  const span =
    Array.isArray(years) && years.length > 0
      ? `, years ${String(years[0])}–${String(years[years.length - 1])}`
      : '';
  return typeof min === 'number' && typeof max === 'number'
    ? `ages ${min}–${max}+${span}`
    : 'given in the file';
}

export function PopulationSummary() {
  const { draft } = useEditor();
  const pop = getAtPath(draft, 'population');
  return (
    <Section title="Population" summary={describe(pop)} path="population" paths={['population']}>
      <ExactIssues path="population" />
      <p className="hwf-help">
        {pop === undefined
          ? 'No population: demand follows today’s FTE need, the unmet need and the trends. The target ratio method needs a population.'
          : 'The population by age and sex drives demand. Its problems, if any, are listed under Problems.'}
      </p>
    </Section>
  );
}
