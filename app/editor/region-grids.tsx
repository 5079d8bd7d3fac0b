/**
 * The parts of a profession that are region × region or one share per region (MODEL.md §6):
 * who moves between regions each year, where each region's graduates start work, where
 * immigrants settle, and today's FTE need of the region shown. Each row shows its sum; the
 * Problems list (and the issues under each row) say when a row breaks a rule.
 */
import type { ReactNode } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { englishT, type Translate } from '../i18n/translate.ts';
import { helpFor } from '../scenario/labels.ts';
import { DistributionInput } from './distribution-input.tsx';
import { isRec } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { NumberField } from './number-field.tsx';
import { formatNumber } from './number-text.ts';
import type { RegionView } from './region-picker.tsx';
import { equalShares, headcounts, pointSum, sharesOf, shareSum } from './regions.ts';
import { Group, Section } from './section.tsx';

/** 0.035 → "3.5 %" */
export function percent(x: number, t: Translate = englishT): string {
  return t('editor.percent', { value: formatNumber(Number((x * 100).toPrecision(6))) });
}

/** The words under a row of shares that must sum to 1 (in the language of `t`). */
export function shareSumWords(
  sum: number,
  t: Translate = englishT,
): { text: string; bad: boolean } {
  const bad = Math.abs(sum - 1) > 1e-9;
  const shown = formatNumber(Number(sum.toPrecision(10)));
  return {
    text: bad
      ? t('editor.regionGrid.sumBad', { sum: shown })
      : t('editor.regionGrid.sum', { sum: shown }),
    bad,
  };
}

/** "Check: " before a sum that breaks its rule. */
export function CheckMark() {
  const t = useT();
  return <strong>{t('editor.check')} </strong>;
}

function SumLine({ id, text, bad }: { id: string; text: string; bad: boolean }) {
  return (
    <p id={id} className={bad ? 'hwf-row-sum hwf-error' : 'hwf-row-sum'} aria-live="polite">
      {bad ? <CheckMark /> : null}
      {text}
    </p>
  );
}

/** Today's FTE need of the region shown, or one "today's supply" for every region. */
export function RegionalBaseFte({ d, view }: { d: string; view: RegionView }) {
  const { draft, set } = useEditor();
  const t = useT();
  const path = `${d}.baseFte`;
  const value = getAtPath(draft, path);
  const known = helpFor(path, t);
  const label = known?.label ?? t('scenario.parameter.baseFte.label');
  if (!isRec(value)) {
    return (
      <Group title={label} path={path}>
        <ExactIssues path={path} />
        <p className="hwf-help">{t('editor.regionGrid.baseFteNone')}</p>
        <button
          type="button"
          onClick={() =>
            set(
              path,
              Object.fromEntries(view.all.map((r) => [r.id, value === undefined ? null : value])),
            )
          }
        >
          {t('editor.regionGrid.baseFteGive')}
        </button>
      </Group>
    );
  }
  return (
    <Group title={label} path={path}>
      <ExactIssues path={path} />
      <DistributionInput
        path={`${path}.${view.id}`}
        emptyAs="null"
        placeholder={t('editor.demand.todaysSupply')}
        label={t('editor.regionGrid.labelIn', { label, region: view.name })}
      />
      <button type="button" onClick={() => set(path, null)}>
        {t('editor.regionGrid.baseFteSupply')}
      </button>
    </Group>
  );
}

/** Where each region's graduates start work: a row per school region, shares that sum to 1. */
export function GraduateDestinations({ training, view }: { training: string; view: RegionView }) {
  const { draft, set } = useEditor();
  const t = useT();
  const path = `${training}.graduateDestinations`;
  return (
    <Group title={t('editor.regionGrid.destinations')} path={path}>
      <p className="hwf-help">{t('editor.regionGrid.destinationsHelp')}</p>
      <ExactIssues path={path} />
      {view.all.map((from) => {
        const rowPath = `${path}.${from.id}`;
        const row = getAtPath(draft, rowPath);
        const sum = shareSumWords(shareSum(row), t);
        return (
          <RowGroup
            key={from.id}
            title={t('editor.regionGrid.graduatesOf', { region: from.name })}
            path={rowPath}
          >
            {row === undefined ? (
              <>
                <p className="hwf-note">{t('editor.regionGrid.allStay', { region: from.name })}</p>
                <button type="button" onClick={() => set(rowPath, { [from.id]: 1 })}>
                  {t('editor.regionGrid.sayWhere', { region: from.name })}
                </button>
              </>
            ) : (
              <>
                {view.all.map((to) => (
                  <NumberField
                    key={to.id}
                    path={`${rowPath}.${to.id}`}
                    emptyAs="remove"
                    placeholder="0"
                    label={t('editor.regionGrid.fromTo', { from: from.name, to: to.name })}
                    unit={t('scenario.unit.shareOfGraduates')}
                    help=""
                  />
                ))}
                <SumLine id={`${fieldId(rowPath)}-sum`} {...sum} />
                <button type="button" onClick={() => set(rowPath, undefined)}>
                  {t('editor.regionGrid.removeRow', { region: from.name })}
                </button>
              </>
            )}
          </RowGroup>
        );
      })}
    </Group>
  );
}

/** A row of a grid: a fieldset named by its path, its own issues first. */
function RowGroup({ title, path, children }: { title: string; path: string; children: ReactNode }) {
  return (
    <fieldset className="hwf-group hwf-region-row" id={fieldId(path)} tabIndex={-1}>
      <legend>{title}</legend>
      <ExactIssues path={path} />
      <div className="hwf-region-cells">{children}</div>
    </fieldset>
  );
}

/** The share of immigrants settling in each region; left out, by today's headcount. */
export function ImmigrationShares({ at, view }: { at: string; view: RegionView }) {
  const { draft, set } = useEditor();
  const path = `${at}.immigration.regionShares`;
  const t = useT();
  const value = getAtPath(draft, path);
  const ids = view.all.map((r) => r.id);
  return (
    <Group title={t('editor.regionGrid.immigrants')} path={path}>
      <ExactIssues path={path} />
      {value === undefined ? (
        <>
          <p className="hwf-help">{t('editor.regionGrid.immigrantsByHeadcount')}</p>
          <button
            type="button"
            onClick={() => set(path, sharesOf(headcounts(draft, at, ids), ids))}
          >
            {t('editor.regionGrid.giveShares')}
          </button>
        </>
      ) : (
        <>
          {view.all.map((r) => (
            <NumberField
              key={r.id}
              path={`${path}.${r.id}`}
              label={t('editor.regionGrid.immigrantsShare', { region: r.name })}
              unit={t('editor.regionGrid.shareOfImmigrants')}
              help=""
            />
          ))}
          <SumLine id={`${fieldId(path)}-sum`} {...shareSumWords(shareSum(value), t)} />
          <button type="button" onClick={() => set(path, equalShares(ids))}>
            {t('editor.regionGrid.equalShares')}
          </button>{' '}
          <button type="button" onClick={() => set(path, undefined)}>
            {t('editor.regionGrid.byHeadcount')}
          </button>
        </>
      )}
    </Group>
  );
}

/** The sentence under a mobility row: how many leave each year, in all (in the language of
 *  `t`). */
export function leavingWords(
  name: string,
  row: unknown,
  t: Translate = englishT,
): { text: string; bad: boolean } {
  const sum = pointSum(row);
  const bad = sum > 1 + 1e-9;
  const words = { region: name, percent: percent(sum, t) };
  return {
    text: bad
      ? t('editor.regionGrid.leavingTooMany', words)
      : t('editor.regionGrid.leaving', words),
    bad,
  };
}

/** "Moving between regions": per region of origin, the yearly probability of moving to each
 *  other region (blank: nobody moves there). */
export function MobilitySection({ at, view }: { at: string; view: RegionView }) {
  const { draft } = useEditor();
  const t = useT();
  const path = `${at}.mobility`;
  return (
    <Section title={t('editor.regionGrid.mobility')} path={path} paths={[path]}>
      <p className="hwf-help">{t('editor.regionGrid.mobilityHelp')}</p>
      <ExactIssues path={path} />
      {view.all.map((from) => {
        const rowPath = `${path}.${from.id}`;
        return (
          <RowGroup
            key={from.id}
            title={t('editor.regionGrid.from', { region: from.name })}
            path={rowPath}
          >
            {view.all
              .filter((to) => to.id !== from.id)
              .map((to) => (
                <DistributionInput
                  key={to.id}
                  path={`${rowPath}.${to.id}`}
                  emptyAs="remove"
                  placeholder={t('editor.regionGrid.noMove')}
                  label={t('editor.regionGrid.probability', { from: from.name, to: to.name })}
                  unit={t('scenario.unit.sharePerYear')}
                  help=""
                />
              ))}
            <SumLine
              id={`${fieldId(rowPath)}-sum`}
              {...leavingWords(from.name, getAtPath(draft, rowPath), t)}
            />
          </RowGroup>
        );
      })}
    </Section>
  );
}
