/**
 * The grid of an age table (rows of ages × women and men, one input per cell), memoised so
 * that typing elsewhere does not redraw it, and the table's one-line summary.
 */
import { memo } from 'react';
import type { ClipboardEvent } from 'react';
import { AgeCell, cellPath, SEXES } from './age-cell.tsx';
import { fieldId } from './field-id.ts';
import { formatNumber } from './number-text.ts';

export function summarise(female: unknown[], male: unknown[], kind: 'total' | 'average'): string {
  const stats = (col: unknown[]) => {
    const nums = col.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const sum = nums.reduce((a, v) => a + v, 0);
    return { sum, mean: nums.length ? sum / nums.length : NaN, other: col.length - nums.length };
  };
  const f = stats(female);
  const m = stats(male);
  const other = f.other + m.other;
  const tail = other ? ` (${other} ${other === 1 ? 'cell is' : 'cells are'} not a number yet)` : '';
  if (kind === 'total') {
    return `In total ${formatNumber(f.sum)} women and ${formatNumber(m.sum)} men: ${formatNumber(f.sum + m.sum)}${tail}.`;
  }
  const avg = (x: number) => (Number.isNaN(x) ? 'none' : formatNumber(Number(x.toPrecision(3))));
  return `Average over the ages: women ${avg(f.mean)}, men ${avg(m.mean)}${tail}.`;
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
  const bad = new Set(p.badCells.split('\n'));
  const ageWords = (r: number) =>
    p.min === undefined ? `row ${r + 1}` : r + p.min <= 120 ? `aged ${p.min + r}` : `row ${r + 1}`;
  return (
    <table className="hwf-age-table">
      <thead>
        <tr>
          <th scope="col">Age</th>
          {SEXES.map((s) => (
            <th scope="col" key={s} id={fieldId(`${p.path}.${s}`)} tabIndex={-1}>
              {s === 'female' ? 'Women' : 'Men'}
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
                  label={`${s === 'female' ? 'Women' : 'Men'} ${ageWords(r)}, ${p.what}`}
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
