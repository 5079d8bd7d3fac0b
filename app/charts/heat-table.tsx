/**
 * Where the shortages fall: a table of regions (rows) by years (columns), each cell the
 * probability of a shortage written out and coloured on a light-to-dark scale
 * (heat-scale.ts). The table is the chart: a real table with row and column headers, so a
 * screen reader reads it as one, and the legend says the colours in words.
 */
import { useId } from 'react';
import type { Translate } from '../i18n/translate.ts';
import { useFormats } from './formats-context.ts';
import { heatColour, LEGEND_STOPS, textOn } from './heat-scale.ts';
import './charts.css';
import './regions.css';

/** One row of the heat table. */
export interface HeatRow {
  id: string;
  name: string;
  /** P(shortage), one per year. */
  probability: readonly number[];
}

/** Props of {@link HeatTable}. */
export interface HeatTableProps {
  /** The profession, as the planner calls it ("Nurses"). */
  name: string;
  years: readonly number[];
  targetYear: number;
  rows: readonly HeatRow[];
  /** The national figures, as a last row set apart. */
  national?: HeatRow;
  /** A sentence under the table that describes it (e.g. which years it leaves out). */
  note?: string | null;
}

/** The caption of the heat table. */
export function heatCaption(name: string, from: string, t: Translate): string {
  return t('charts.heat.caption', { name, years: from });
}

/** The legend: swatches from 0 % to 100 % between "less likely short" and "more likely
 *  short", and a sentence. */
export function HeatLegend() {
  const f = useFormats();
  return (
    <div className="hwf-heat-legend">
      <p className="hwf-heat-scale">
        <span className="hwf-heat-end">{f.t('charts.heat.less')}</span>
        {LEGEND_STOPS.map((p) => {
          const background = heatColour(p);
          return (
            <span
              key={p}
              className="hwf-heat-swatch"
              style={{ background, color: textOn(background) }}
            >
              {f.percent(p)}
            </span>
          );
        })}
        <span className="hwf-heat-end">{f.t('charts.heat.more')}</span>
      </p>
      <p className="hwf-note">{f.t('charts.heat.note')}</p>
    </div>
  );
}

function HeatCells({
  row,
  years,
  targetYear,
}: {
  row: HeatRow;
  years: readonly number[];
  targetYear: number;
}) {
  const f = useFormats();
  return (
    <>
      <th scope="row">{row.name}</th>
      {years.map((year, i) => {
        const p = row.probability[i] ?? 0;
        const background = heatColour(p);
        return (
          <td
            key={year}
            className={year === targetYear ? 'hwf-heat-cell hwf-heat-target' : 'hwf-heat-cell'}
            style={{ background, color: textOn(background) }}
            data-probability={p}
          >
            {f.percent(p)}
          </td>
        );
      })}
    </>
  );
}

/** Regions × years, coloured by the probability of a shortage. */
export function HeatTable({ name, years, targetYear, rows, national, note }: HeatTableProps) {
  const f = useFormats();
  const captionId = useId();
  const noteId = useId();
  const caption = heatCaption(name, f.years(years[0], years[years.length - 1]), f.t);
  return (
    <div className="hwf-heat">
      <HeatLegend />
      {/* A table wider than its frame scrolls sideways; the region takes the keyboard's
          focus so it can be scrolled without a pointer. */}
      <div
        className="hwf-chart-table hwf-table-scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="hwf-heat-table" aria-describedby={note ? noteId : undefined}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{f.t('charts.table.region')}</th>
              {years.map((year) => (
                <th
                  key={year}
                  scope="col"
                  className={year === targetYear ? 'hwf-heat-target' : undefined}
                >
                  {f.year(year)}
                  {year === targetYear && (
                    <span className="visually-hidden"> {f.t('charts.heat.targetYear')}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <HeatCells row={row} years={years} targetYear={targetYear} />
              </tr>
            ))}
          </tbody>
          {national && (
            <tfoot>
              <tr className="hwf-heat-national">
                <HeatCells row={national} years={years} targetYear={targetYear} />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {note && (
        <p id={noteId} className="hwf-note">
          {note}
        </p>
      )}
    </div>
  );
}
