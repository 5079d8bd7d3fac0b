/**
 * "Demand" of a profession: the method (use of services or a target ratio), today's FTE
 * need and unmet share, the use of services by age when there is a population, the four
 * trends, or the target per 1 000 people and its year.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { datasetInfo } from '../data/population/catalog.ts';
import { AgeTable } from './age-table.tsx';
import type { AgeSpan } from './age-range.ts';
import { isRec, setIn } from './draft.ts';
import { DistributionInput } from './distribution-input.tsx';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { NumberField } from './number-field.tsx';
import { RegionalBaseFte } from './region-grids.tsx';
import type { RegionView } from './region-picker.tsx';
import { Group, Section } from './section.tsx';
import { SelectField } from './text-fields.tsx';

const METHODS: readonly { value: string; label: MessageKey }[] = [
  { value: 'utilisation', label: 'editor.demand.method.utilisation' },
  { value: 'ratio', label: 'editor.demand.method.ratio' },
];

const TRENDS = ['epidemiology', 'sociocultural', 'technology', 'efficiency'] as const;

/** The ages of the population, when valid: an inline table's own, or those of a shipped
 *  data set the scenario names (`{"dataset": "wpp2019-it"}`). */
export function populationAges(draft: unknown): AgeSpan | undefined {
  const dataset = getAtPath(draft, 'population.dataset');
  if (typeof dataset === 'string') {
    const info = datasetInfo(dataset);
    return info ? { min: info.ages.min, max: info.ages.max } : undefined;
  }
  const min = getAtPath(draft, 'population.ages.min');
  const max = getAtPath(draft, 'population.ages.max');
  return typeof min === 'number' &&
    typeof max === 'number' &&
    Number.isInteger(min) &&
    Number.isInteger(max) &&
    min >= 0 &&
    min <= max &&
    max <= 120
    ? { min, max }
    : undefined;
}

function Utilisation({ path }: { path: string }) {
  const { draft, set } = useEditor();
  const t = useT();
  const value = getAtPath(draft, path);
  const hasPopulation = getAtPath(draft, 'population') !== undefined;
  const ages = populationAges(draft);
  if (isRec(value)) {
    return (
      <div className="hwf-utilisation">
        <AgeTable
          path={path}
          ages={ages}
          title={t('editor.demand.utilisation')}
          unit={t('scenario.unit.relativeUsePerPerson')}
          help={t('editor.demand.utilisationHelp')}
          summary="average"
        />
        <button type="button" onClick={() => set(path, undefined)}>
          {t('editor.demand.useOne')}
        </button>
      </div>
    );
  }
  if (!hasPopulation) {
    return <p className="hwf-help">{t('editor.demand.noPopulation')}</p>;
  }
  const n = ages ? ages.max - ages.min + 1 : 0;
  return (
    <p className="hwf-help">
      {t('editor.demand.alike')}{' '}
      {ages ? (
        <button
          type="button"
          onClick={() =>
            set(path, { female: new Array<number>(n).fill(1), male: new Array<number>(n).fill(1) })
          }
        >
          {t('editor.demand.setUtilisation')}
        </button>
      ) : null}
    </p>
  );
}

export function DemandSection({ at, region }: { at: string; region?: RegionView }) {
  const { draft, update } = useEditor();
  const t = useT();
  const d = `${at}.demand`;
  const method = getAtPath(draft, `${d}.method`);
  const base = getAtPath(draft, 'baseYear');
  const pickMethod = (m: string) =>
    update((doc) => {
      let out = setIn(doc, `${d}.method`, m);
      if (m === 'ratio' && getAtPath(out, `${d}.ratio`) === undefined) {
        const year =
          typeof base === 'number' && Number.isInteger(base)
            ? base + 10
            : new Date().getFullYear() + 10;
        out = setIn(out, `${d}.ratio`, { targetPer1000: 1, targetYear: year });
      }
      return out;
    });
  return (
    <Section title={t('editor.demand.title')} path={d} paths={[d]}>
      <ExactIssues path={d} />
      <SelectField
        path={`${d}.method`}
        choices={METHODS.map((m) => ({ value: m.value, label: t(m.label) }))}
        onPick={pickMethod}
      />
      {region ? (
        <RegionalBaseFte key={region.id} d={d} view={region} />
      ) : (
        <DistributionInput
          path={`${d}.baseFte`}
          emptyAs="null"
          placeholder={t('editor.demand.todaysSupply')}
        />
      )}
      <DistributionInput path={`${d}.unmet`} />
      {method === 'ratio' ? (
        <Group title={t('editor.demand.targetRatio')} path={`${d}.ratio`}>
          <ExactIssues path={`${d}.ratio`} />
          <DistributionInput path={`${d}.ratio.targetPer1000`} />
          <NumberField path={`${d}.ratio.targetYear`} whole />
        </Group>
      ) : (
        <>
          <Utilisation path={`${d}.utilisation`} />
          <Group title={t('editor.demand.trends')} path={`${d}.trends`}>
            <ExactIssues path={`${d}.trends`} />
            {TRENDS.map((trend) => (
              <DistributionInput
                key={trend}
                path={`${d}.trends.${trend}`}
                emptyAs="remove"
                placeholder={t('editor.none')}
              />
            ))}
          </Group>
        </>
      )}
    </Section>
  );
}
