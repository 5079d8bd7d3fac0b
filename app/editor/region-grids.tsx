/**
 * The parts of a profession that are region × region or one share per region (MODEL.md §6):
 * who moves between regions each year, where each region's graduates start work, where
 * immigrants settle, and today's FTE need of the region shown. Each row shows its sum; the
 * Problems list (and the issues under each row) say when a row breaks a rule.
 */
import type { ReactNode } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
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
export function percent(x: number): string {
  return `${formatNumber(Number((x * 100).toPrecision(6)))} %`;
}

/** The words under a row of shares that must sum to 1. */
export function shareSumWords(sum: number): { text: string; bad: boolean } {
  const bad = Math.abs(sum - 1) > 1e-9;
  return {
    text: `Sum: ${formatNumber(Number(sum.toPrecision(10)))}${bad ? ' — must be 1 (100 %)' : ' (100 %)'}`,
    bad,
  };
}

function SumLine({ id, text, bad }: { id: string; text: string; bad: boolean }) {
  return (
    <p id={id} className={bad ? 'hwf-row-sum hwf-error' : 'hwf-row-sum'} aria-live="polite">
      {bad ? <strong>Check: </strong> : null}
      {text}
    </p>
  );
}

/** Today's FTE need of the region shown, or one "today's supply" for every region. */
export function RegionalBaseFte({ d, view }: { d: string; view: RegionView }) {
  const { draft, set } = useEditor();
  const path = `${d}.baseFte`;
  const value = getAtPath(draft, path);
  const known = helpFor(path);
  const label = known?.label ?? 'FTE needed today';
  if (!isRec(value)) {
    return (
      <Group title={label} path={path}>
        <ExactIssues path={path} />
        <p className="hwf-help">
          Each region needs the FTE its workforce gives today (no FTE need is given).
        </p>
        <button
          type="button"
          onClick={() =>
            set(
              path,
              Object.fromEntries(view.all.map((r) => [r.id, value === undefined ? null : value])),
            )
          }
        >
          Give today’s FTE need of each region
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
        placeholder="today’s supply"
        label={`${label} in ${view.name}`}
      />
      <button type="button" onClick={() => set(path, null)}>
        Use today’s supply in every region
      </button>
    </Group>
  );
}

/** Where each region's graduates start work: a row per school region, shares that sum to 1. */
export function GraduateDestinations({ t, view }: { t: string; view: RegionView }) {
  const { draft, set } = useEditor();
  const path = `${t}.graduateDestinations`;
  return (
    <Group title="Where graduates start work" path={path}>
      <p className="hwf-help">
        For the graduates of each region’s schools, the share who start work in each region. A
        region without a row keeps all its graduates.
      </p>
      <ExactIssues path={path} />
      {view.all.map((from) => {
        const rowPath = `${path}.${from.id}`;
        const row = getAtPath(draft, rowPath);
        const sum = shareSumWords(shareSum(row));
        return (
          <RowGroup key={from.id} title={`Graduates of ${from.name}’s schools`} path={rowPath}>
            {row === undefined ? (
              <>
                <p className="hwf-note">All start work in {from.name}.</p>
                <button type="button" onClick={() => set(rowPath, { [from.id]: 1 })}>
                  Say where graduates of {from.name} start work
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
                    label={`From ${from.name}’s schools to work in ${to.name}`}
                    unit="share of graduates"
                    help=""
                  />
                ))}
                <SumLine id={`${fieldId(rowPath)}-sum`} {...sum} />
                <button type="button" onClick={() => set(rowPath, undefined)}>
                  All graduates of {from.name} stay (remove the row)
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
  const value = getAtPath(draft, path);
  const ids = view.all.map((r) => r.id);
  return (
    <Group title="Where immigrants settle" path={path}>
      <ExactIssues path={path} />
      {value === undefined ? (
        <>
          <p className="hwf-help">In proportion to each region’s headcount today.</p>
          <button
            type="button"
            onClick={() => set(path, sharesOf(headcounts(draft, at, ids), ids))}
          >
            Give the share of each region
          </button>
        </>
      ) : (
        <>
          {view.all.map((r) => (
            <NumberField
              key={r.id}
              path={`${path}.${r.id}`}
              label={`Share of immigrants settling in ${r.name}`}
              unit="share of immigrants"
              help=""
            />
          ))}
          <SumLine id={`${fieldId(path)}-sum`} {...shareSumWords(shareSum(value))} />
          <button type="button" onClick={() => set(path, equalShares(ids))}>
            Equal shares
          </button>{' '}
          <button type="button" onClick={() => set(path, undefined)}>
            By today’s headcount (remove the shares)
          </button>
        </>
      )}
    </Group>
  );
}

/** The sentence under a mobility row: how many leave each year, in all. */
export function leavingWords(name: string, row: unknown): { text: string; bad: boolean } {
  const sum = pointSum(row);
  return {
    text: `Leaving ${name} for other regions each year, in all: ${percent(sum)} (middle values)${
      sum > 1 + 1e-9 ? ', more than everyone' : ''
    }`,
    bad: sum > 1 + 1e-9,
  };
}

/** "Moving between regions": per region of origin, the yearly probability of moving to each
 *  other region (blank: nobody moves there). */
export function MobilitySection({ at, view }: { at: string; view: RegionView }) {
  const { draft } = useEditor();
  const path = `${at}.mobility`;
  return (
    <Section title="Moving between regions" path={path} paths={[path]}>
      <p className="hwf-help">
        The share of the workforce of each region that moves to another region each year. Blank:
        nobody moves there.
      </p>
      <ExactIssues path={path} />
      {view.all.map((from) => {
        const rowPath = `${path}.${from.id}`;
        return (
          <RowGroup key={from.id} title={`From ${from.name}`} path={rowPath}>
            {view.all
              .filter((to) => to.id !== from.id)
              .map((to) => (
                <DistributionInput
                  key={to.id}
                  path={`${rowPath}.${to.id}`}
                  emptyAs="remove"
                  placeholder="no move"
                  label={`From ${from.name} to ${to.name}, probability per year`}
                  unit="share per year"
                  help=""
                />
              ))}
            <SumLine
              id={`${fieldId(rowPath)}-sum`}
              {...leavingWords(from.name, getAtPath(draft, rowPath))}
            />
          </RowGroup>
        );
      })}
    </Section>
  );
}
