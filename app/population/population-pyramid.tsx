/**
 * The population of one projected year by age and sex: a year slider, a pyramid (men on
 * the left, women on the right, five-year age groups) and, one click away, the same numbers
 * as a table. Sized for the editor column.
 */
import { scaleLinear } from 'd3';
import { useId, useMemo, useState } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import { useElementWidth } from '../charts/use-element-width.ts';
import { MEN, WOMEN } from '../palette.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { pyramidData } from './pyramid-data.ts';
import type { PyramidData } from './pyramid-data.ts';

export interface PopulationPyramidProps {
  /** Whose population, for titles: "Italy", "your projection". */
  place: string;
  population: PopulationInline;
  /** The years one can choose (the scenario's projected years that the data hold). */
  years: readonly number[];
}

type View = 'chart' | 'table';
const VIEWS = [
  { value: 'chart', label: 'Pyramid' },
  { value: 'table', label: 'Table' },
] as const;

/** "Population of Italy by age and sex, 2030" */
export function pyramidTitle(place: string, year: number): string {
  return `Population of ${place} by age and sex, ${year}`;
}

export function PopulationPyramid({ place, population, years }: PopulationPyramidProps) {
  const f = useFormats();
  const id = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [view, setView] = useState<View>('chart');
  const year = picked !== null && years.includes(picked) ? picked : years[0];
  const data = useMemo(
    () => (year === undefined ? null : pyramidData(population, year)),
    [population, year],
  );
  if (year === undefined || data === null) return null;
  const first = years[0];
  const last = years[years.length - 1];
  const sliderId = `${id}-year`;

  return (
    <div className="hwf-pop-pyramid">
      <div className="hwf-pop-year">
        <label htmlFor={sliderId}>Year</label>
        <input
          id={sliderId}
          type="range"
          min={first}
          max={last}
          step={1}
          value={year}
          aria-describedby={`${id}-years`}
          onChange={(e) => setPicked(Number(e.target.value))}
        />
        <output htmlFor={sliderId} className="hwf-pop-year-value">
          {f.year(year)}
        </output>
        <span className="hwf-help" id={`${id}-years`}>
          {first === last
            ? `The only projected year the data hold.`
            : `Projected years ${f.years(first, last)}.`}
        </span>
      </div>
      <ToggleGroup
        label={`Show the population of ${place} as`}
        options={VIEWS}
        value={view}
        onChange={setView}
      />
      {view === 'chart' ? (
        <PyramidChart place={place} data={data} />
      ) : (
        <PyramidTable place={place} data={data} />
      )}
    </div>
  );
}

function PyramidChart({ place, data }: { place: string; data: PyramidData }) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>(360);
  const compact = useMemo(
    () => new Intl.NumberFormat(f.locale, { notation: 'compact', maximumFractionDigits: 1 }),
    [f.locale],
  );
  const rows = data.rows;
  const rowHeight = Math.max(6, Math.round(fontSize * 0.8));
  const top = fontSize * 1.6;
  const bottom = top + rows.length * rowHeight;
  const height = Math.round(bottom + fontSize * 1.8);
  const centre = width / 2;
  const gap = fontSize * 1.5;
  const most = Math.max(1, ...rows.map((r) => Math.max(r.female, r.male)));
  const side = scaleLinear()
    .domain([0, most])
    .nice(3)
    .range([0, Math.max(1, centre - gap - fontSize * 1.5)]);
  const ticks = side.ticks(3).filter((t) => t > 0);
  const rowTop = (i: number) => bottom - (i + 1) * rowHeight;
  const label =
    `${pyramidTitle(place, data.year)}: ${f.integer(data.male)} men (left) and ` +
    `${f.integer(data.female)} women (right), ${f.integer(data.total)} in all, ` +
    `in five-year age groups from ${rows[0].label} to ${rows[rows.length - 1].label}.`;

  return (
    <div className="hwf-chart" ref={ref}>
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <g className="hwf-axis" aria-hidden="true">
          <text className="hwf-axis-label" x={centre - gap} y={fontSize} textAnchor="end">
            Men
          </text>
          <text className="hwf-axis-label" x={centre + gap} y={fontSize} textAnchor="start">
            Women
          </text>
          {rows.map((r, i) =>
            r.from % 10 === 0 || i === rows.length - 1 ? (
              <text
                key={r.label}
                x={centre}
                y={rowTop(i) + rowHeight / 2}
                dy="0.32em"
                textAnchor="middle"
              >
                {r.from === r.to ? r.label : r.from}
              </text>
            ) : null,
          )}
          {(['male', 'female'] as const).flatMap((sex) =>
            ticks.map((t) => {
              const x = sex === 'female' ? centre + gap + side(t) : centre - gap - side(t);
              return (
                <g key={`${sex}-${t}`}>
                  <line
                    className="hwf-tick"
                    x1={x}
                    x2={x}
                    y1={bottom}
                    y2={bottom + 4}
                    stroke="currentColor"
                  />
                  <text x={x} y={bottom + 6} dy="0.71em" textAnchor="middle">
                    {compact.format(t)}
                  </text>
                </g>
              );
            }),
          )}
        </g>
        {(['male', 'female'] as const).map((sex) => (
          <g key={sex} data-sex={sex}>
            {rows.map((r, i) => {
              const w = Math.max(0, side(r[sex]));
              return (
                <rect
                  key={r.label}
                  data-age={r.label}
                  x={sex === 'female' ? centre + gap : centre - gap - w}
                  y={rowTop(i) + 0.5}
                  width={w}
                  height={Math.max(1, rowHeight - 1)}
                  fill={sex === 'female' ? WOMEN : MEN}
                />
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}

function PyramidTable({ place, data }: { place: string; data: PyramidData }) {
  const f = useFormats();
  const captionId = useId();
  const rows = [...data.rows].reverse();
  return (
    <div
      className="hwf-chart-table hwf-pop-table"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table>
        <caption id={captionId}>
          {pyramidTitle(place, data.year)} (persons on 1 July, oldest first)
        </caption>
        <thead>
          <tr>
            <th scope="col">Age</th>
            <th scope="col">Men</th>
            <th scope="col">Women</th>
            <th scope="col">Both</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{f.integer(r.male)}</td>
              <td>{f.integer(r.female)}</td>
              <td>{f.integer(r.male + r.female)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All ages</th>
            <td>{f.integer(data.male)}</td>
            <td>{f.integer(data.female)}</td>
            <td>{f.integer(data.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
