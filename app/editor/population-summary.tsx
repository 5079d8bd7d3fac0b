/**
 * "Population": what drives demand, in one line (the data itself comes from a file or a data
 * set). In a scenario with regions, each region's inhabitants (one table per region) or the
 * shares that split the national table among the regions, editable, with their sum.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';
import { isRec } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { NumberField } from './number-field.tsx';
import { formatNumber } from './number-text.ts';
import { CheckMark, shareSumWords } from './region-grids.tsx';
import { equalShares, isRegionalDraft, regionsOf, shareSum } from './regions.ts';
import type { RegionEntry } from './regions.ts';
import { Section } from './section.tsx';

function describe(pop: unknown, t: Translate): string {
  if (pop === undefined) return t('editor.population.none');
  const split = isRec(getAtPath(pop, 'regionShares'));
  const dataset = getAtPath(pop, 'dataset');
  if (typeof dataset === 'string') {
    return t('editor.population.summaryDataset', { dataset, split: split ? 'yes' : 'no' });
  }
  const min = getAtPath(pop, 'ages.min');
  const max = getAtPath(pop, 'ages.max');
  const years = getAtPath(pop, 'years');
  const span = Array.isArray(years) && years.length > 0;
  const regions = isRec(getAtPath(pop, 'regions')) ? 'tables' : split ? 'shares' : 'none';
  return typeof min === 'number' && typeof max === 'number'
    ? t('editor.population.summaryAges', {
        min: String(min),
        max: String(max),
        years: span ? 'yes' : 'no',
        first: span ? String(years[0]) : '',
        last: span ? String(years[years.length - 1]) : '',
        regions,
      })
    : t('editor.population.inFile');
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
  const t = useT();
  const years = getAtPath(pop, 'years');
  const list: unknown[] = Array.isArray(years) ? years : [];
  const last = Math.max(0, list.length - 1);
  const year = (k: number) =>
    typeof list[k] === 'number' ? String(list[k]) : t('scenario.path.row', { row: k + 1 });
  const shown = (v: number | undefined) =>
    v === undefined ? t('editor.population.notReadable') : formatNumber(v);
  const noTable = t('editor.population.noTable');
  return (
    <table className="hwf-region-table">
      <caption>{t('editor.population.inhabitants')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('editor.population.region')}</th>
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
              <td>{table === undefined ? noTable : shown(tableTotal(table, 0))}</td>
              {last > 0 ? (
                <td>{table === undefined ? noTable : shown(tableTotal(table, last))}</td>
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
  const t = useT();
  const path = 'population.regionShares';
  const sum = shareSumWords(shareSum(getAtPath(draft, path)), t);
  return (
    <div className="hwf-region-shares" id={fieldId(path)} tabIndex={-1}>
      <p className="hwf-help">{t('editor.population.sharesHelp')}</p>
      <ExactIssues path={path} />
      {regions.map((r) => (
        <NumberField
          key={r.id}
          path={`${path}.${r.id}`}
          label={t('editor.population.shareLabel', { region: r.name })}
          unit={t('editor.population.shareUnit')}
          help=""
        />
      ))}
      <p className={sum.bad ? 'hwf-row-sum hwf-error' : 'hwf-row-sum'} aria-live="polite">
        {sum.bad ? <CheckMark /> : null}
        {sum.text}
      </p>
    </div>
  );
}

export function PopulationSummary() {
  const { draft, set } = useEditor();
  const t = useT();
  const pop = getAtPath(draft, 'population');
  const regional = isRegionalDraft(draft);
  const regions = regionsOf(draft);
  const tables = isRec(getAtPath(pop, 'regions'));
  const shares = getAtPath(pop, 'regionShares') !== undefined;
  return (
    <Section
      title={t('editor.population.title')}
      summary={describe(pop, t)}
      path="population"
      paths={['population']}
    >
      <ExactIssues path="population" />
      <p className="hwf-help">
        {pop === undefined ? t('editor.population.helpNone') : t('editor.population.help')}
      </p>
      {regional && pop !== undefined && tables ? (
        <RegionTables pop={pop} regions={regions} />
      ) : null}
      {regional && pop !== undefined && shares ? <RegionShares regions={regions} /> : null}
      {regional && isRec(pop) && !tables && !shares ? (
        <p className="hwf-help">
          {t('editor.population.regionsNeed')}{' '}
          <button
            type="button"
            onClick={() => set('population.regionShares', equalShares(regions.map((r) => r.id)))}
          >
            {t('editor.population.split')}
          </button>
        </p>
      ) : null}
    </Section>
  );
}
