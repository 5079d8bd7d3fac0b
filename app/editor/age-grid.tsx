/**
 * The grid of an age table (rows of ages × women and men, one input per cell), memoised so
 * that typing elsewhere does not redraw it, and the table's one-line summary.
 */
import { memo } from 'react';
import type { ClipboardEvent } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { englishT, type Translate } from '../i18n/translate.ts';
import { AgeCell, cellPath, SEXES } from './age-cell.tsx';
import { fieldId } from './field-id.ts';
import { formatNumber } from './number-text.ts';

/** The table's one line, in the language of `t`. */
export function summarise(
  female: unknown[],
  male: unknown[],
  kind: 'total' | 'average',
  t: Translate = englishT,
): string {
  const stats = (col: unknown[]) => {
    const nums = col.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const sum = nums.reduce((a, v) => a + v, 0);
    return { sum, mean: nums.length ? sum / nums.length : NaN, other: col.length - nums.length };
  };
  const f = stats(female);
  const m = stats(male);
  const other = f.other + m.other;
  const tail = { other, count: String(other) };
  if (kind === 'total') {
    return t('editor.age.total', {
      women: formatNumber(f.sum),
      men: formatNumber(m.sum),
      all: formatNumber(f.sum + m.sum),
      ...tail,
    });
  }
  const avg = (x: number) =>
    Number.isNaN(x) ? t('editor.age.none') : formatNumber(Number(x.toPrecision(3)));
  return t('editor.age.average', { women: avg(f.mean), men: avg(m.mean), ...tail });
}

export interface AgeGridProps {
  path: string;
  female: unknown[];
  male: unknown[];
  min: number | undefined;
  rows: number;
  what: string;
  /** Paths of cells with errors, joined by newlines (a string keeps the grid memoised). */
  badCells: string;
  describedBy: string;
  write: (path: string, value: unknown) => void;
  onBlockPaste: (row: number, col: number, e: ClipboardEvent<HTMLInputElement>) => void;
}

export const AgeGrid = memo(function AgeGrid(p: AgeGridProps) {
  const t = useT();
  const bad = new Set(p.badCells.split('\n'));
  const cellLabel = (sex: string, r: number) =>
    p.min === undefined || r + p.min > 120
      ? t('editor.age.cellRow', { sex, row: r + 1, unit: p.what })
      : t('editor.age.cellAged', { sex, age: p.min + r, unit: p.what });
  return (
    <table className="hwf-age-table">
      <thead>
        <tr>
          <th scope="col">{t('editor.age.ageColumn')}</th>
          {SEXES.map((s) => (
            <th scope="col" key={s} id={fieldId(`${p.path}.${s}`)} tabIndex={-1}>
              {s === 'female' ? t('editor.age.women') : t('editor.age.men')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: p.rows }, (_, r) => (
          <tr key={r}>
            <th scope="row">{p.min === undefined ? r + 1 : p.min + r}</th>
            {SEXES.map((s, c) => (
              <td key={s}>
                <AgeCell
                  path={p.path}
                  row={r}
                  col={c}
                  value={(s === 'female' ? p.female : p.male)[r]}
                  label={cellLabel(s, r)}
                  bad={bad.has(cellPath(p.path, s, r))}
                  describedBy={p.describedBy}
                  write={p.write}
                  onBlockPaste={p.onBlockPaste}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
