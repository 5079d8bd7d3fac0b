/**
 * The shortage chance before and after a plan, per target profession, in its worst year
 * from the target's first year: one table for the Plan view and the report's action plan.
 */
import type { ReactNode } from 'react';
import type { Formats } from '../format.ts';
import type { ShortageRow, WorstShortage } from './plan-words.ts';

/** "20% (in 2032)", or what the reader is told when it is not known. */
export function worstWords(w: WorstShortage | null | undefined, f: Formats, none: string): string {
  return w
    ? f.t('plan.shortage.worst', { share: f.percent(w.probability), year: f.year(w.year) })
    : none;
}

export function ShortageTable(props: {
  rows: readonly ShortageRow[];
  caption: ReactNode;
  className: string;
  f: Formats;
  /** What a cell says when the chance is not known (no result yet). */
  none: string;
}) {
  const { rows, f, none } = props;
  return (
    <table className={props.className}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{f.t('plan.shortage.profession')}</th>
          <th scope="col">{f.t('plan.shortage.before')}</th>
          <th scope="col">{f.t('plan.shortage.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            <td>{worstWords(r.before, f, none)}</td>
            <td>{worstWords(r.after, f, none)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
