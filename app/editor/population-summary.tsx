/**
 * "Population": what drives demand, in one line (the data itself comes from a file or a data
 * set). In a scenario with regions, each region's inhabitants (one table per region) or the
 * shares that split the national table among the regions, editable, with their sum.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { isRec } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { NumberField } from './number-field.tsx';
import { formatNumber } from './number-text.ts';
import { shareSumWords } from './region-grids.tsx';
import { equalShares, isRegionalDraft, regionsOf, shareSum } from './regions.ts';
import type { RegionEntry } from './regions.ts';
import { Section } from './section.tsx';

function describe(pop: unknown): string {
  if (pop === undefined) return 'none';
  const split = isRec(getAtPath(pop, 'regionShares')) ? ', split among the regions by shares' : '';
  const dataset = getAtPath(pop, 'dataset');
  if (typeof dataset === 'string') return `the data set “${dataset}”${split}`;
  const min = getAtPath(pop, 'ages.min');
  const max = getAtPath(pop, 'ages.max');
  const years = getAtPath(pop, 'years');
  const span =
    Array.isArray(years) && years.length > 0
      ? `, years ${String(years[0])}–${String(years[years.length - 1])}`
      : '';
  const regions = getAtPath(pop, 'regions');
  const perRegion = isRec(regions) ? `, one table per region` : split;
  return typeof min === 'number' && typeof max === 'number'
    ? `ages ${min}–${max}+${span}${perRegion}`
    : 'given in the file';
}

/** The people of one year of a table ({female, male}, rows by year), when readable. */
export function tableTotal(table: unknown, k: number): number | undefined {
  let sum = 0;
  for (const sex of ['female', 'male']) {
    const row = getAtPath(table, `${sex}[${k}]`);
    if (!Array.isArray(row)) return undefined;
    for (const v of row) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
      sum += v;
    }
  }
  return sum;
}

/** Each region's inhabitants in the first and the last year of the tables. */
function RegionTables({ pop, regions }: { pop: unknown; regions: RegionEntry[] }) {
  const years = getAtPath(pop, 'years');
  const list: unknown[] = Array.isArray(years) ? years : [];
  const last = Math.max(0, list.length - 1);
  const year = (k: number) => (typeof list[k] === 'number' ? String(list[k]) : `row ${k + 1}`);
  const shown = (v: number | undefined) => (v === undefined ? 'not readable' : formatNumber(v));
  return (
    <table className="hwf-region-table">
      <caption>Inhabitants of each region (all ages)</caption>
      <thead>
        <tr>
          <th scope="col">Region</th>
          <th scope="col">{year(0)}</th>
          {last > 0 ? <th scope="col">{year(last)}</th> : null}
        </tr>
      </thead>
      <tbody>
        {regions.map((r) => {
          const table = getAtPath(pop, `regions.${r.id}`);
          return (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{table === undefined ? 'no table' : shown(tableTotal(table, 0))}</td>
              {last > 0 ? (
                <td>{table === undefined ? 'no table' : shown(tableTotal(table, last))}</td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RegionShares({ regions }: { regions: RegionEntry[] }) {
  const { draft } = useEditor();
  const path = 'population.regionShares';
  const sum = shareSumWords(shareSum(getAtPath(draft, path)));
  return (
    <div className="hwf-region-shares" id={fieldId(path)} tabIndex={-1}>
      <p className="hwf-help">
        The national population times a constant share for each region, the same at every age and in
        every year.
      </p>
      <ExactIssues path={path} />
      {regions.map((r) => (
        <NumberField
          key={r.id}
          path={`${path}.${r.id}`}
          label={`Share of the population living in ${r.name}`}
          unit="share of the population"
          help=""
        />
      ))}
      <p className={sum.bad ? 'hwf-row-sum hwf-error' : 'hwf-row-sum'} aria-live="polite">
        {sum.bad ? <strong>Check: </strong> : null}
        {sum.text}
      </p>
    </div>
  );
}

export function PopulationSummary() {
  const { draft, set } = useEditor();
  const pop = getAtPath(draft, 'population');
  const regional = isRegionalDraft(draft);
  const regions = regionsOf(draft);
  const tables = isRec(getAtPath(pop, 'regions'));
  const shares = getAtPath(pop, 'regionShares') !== undefined;
  return (
    <Section title="Population" summary={describe(pop)} path="population" paths={['population']}>
      <ExactIssues path="population" />
      <p className="hwf-help">
        {pop === undefined
          ? 'No population: demand follows today’s FTE need, the unmet need and the trends. The target ratio method needs a population.'
          : 'The population by age and sex drives demand. Its problems, if any, are listed under Problems.'}
      </p>
      {regional && pop !== undefined && tables ? (
        <RegionTables pop={pop} regions={regions} />
      ) : null}
      {regional && pop !== undefined && shares ? <RegionShares regions={regions} /> : null}
      {regional && isRec(pop) && !tables && !shares ? (
        <p className="hwf-help">
          Each region needs its population: import a table per region (Files › Import a table), or
          split this one by shares.{' '}
          <button
            type="button"
            onClick={() => set('population.regionShares', equalShares(regions.map((r) => r.id)))}
          >
            Split it by shares (equal to start)
          </button>
        </p>
      ) : null}
    </Section>
  );
}
