/**
 * FTE per head: one number for every age and sex, or a table by age and sex. Switching
 * from the table to one number uses the table's average and offers to undo.
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { AgeTable } from './age-table.tsx';
import type { AgeSpan } from './age-range.ts';
import { isRec } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { fieldId } from './field-id.ts';
import { NumberField } from './number-field.tsx';
import { formatNumber } from './number-text.ts';

function average(v: unknown): number | undefined {
  const nums = ['female', 'male']
    .flatMap((k) => {
      const col = getAtPath(v, k);
      return Array.isArray(col) ? (col as unknown[]) : [];
    })
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return nums.length
    ? Number((nums.reduce((a, x) => a + x, 0) / nums.length).toPrecision(3))
    : undefined;
}

export function FteInput({ path, ages }: { path: string; ages: AgeSpan | undefined }) {
  const { draft, set } = useEditor();
  const t = useT();
  const value = getAtPath(draft, path);
  const byAge = isRec(value);
  const [undo, setUndo] = useState<unknown>(undefined);
  const id = fieldId(path);
  const toByAge = () => {
    if (!ages) return;
    const n = ages.max - ages.min + 1;
    const v = typeof value === 'number' ? value : 1;
    setUndo(undefined);
    set(path, { female: new Array<number>(n).fill(v), male: new Array<number>(n).fill(v) });
  };
  const toOne = () => {
    setUndo(value);
    set(path, average(value) ?? 1);
  };
  return (
    <div className="hwf-fte">
      <fieldset className="hwf-radios">
        <legend>{t('editor.fte.is')}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={!byAge} onChange={toOne} />{' '}
          {t('editor.fte.one')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={byAge}
            disabled={!ages && !byAge}
            onChange={toByAge}
          />{' '}
          {t('editor.fte.byAge')}
        </label>
      </fieldset>
      {undo !== undefined && !byAge ? (
        <p className="hwf-note" role="status">
          {t('editor.fte.replaced', { average: formatNumber(average(undo) ?? 1) })}{' '}
          <button
            type="button"
            onClick={() => {
              set(path, undo);
              setUndo(undefined);
            }}
          >
            {t('editor.undo')}
          </button>
        </p>
      ) : null}
      {byAge ? (
        <AgeTable
          path={path}
          ages={ages}
          title={t('editor.fte.title')}
          unit={t('scenario.unit.ftePerHead')}
          help={t('editor.fte.help')}
          summary="average"
        />
      ) : (
        <NumberField path={path} />
      )}
    </div>
  );
}
