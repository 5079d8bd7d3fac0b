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
import { englishT, type Translate } from '../i18n/translate.ts';
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
const views = (t: Translate) =>
  [
    { value: 'chart', label: t('population.pyramid.view.chart') },
    { value: 'table', label: t('population.pyramid.view.table') },
  ] as const;

/** "Population of Italy by age and sex, 2030", in the language of `t`. */
export function pyramidTitle(place: string, year: number, t: Translate = englishT): string {
  return t('population.pyramid.title', { place, year: String(year) });
}

export function PopulationPyramid({ place, population, years }: PopulationPyramidProps) {
  const f = useFormats();
  const { t } = f;
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
        <label htmlFor={sliderId}>{t('population.pyramid.year')}</label>
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
            ? t('population.pyramid.onlyYear')
            : t('population.pyramid.years', { years: f.years(first, last) })}
        </span>
      </div>
      <ToggleGroup
        label={t('population.pyramid.showAs', { place })}
        options={views(t)}
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
  const label = f.t('population.pyramid.label', {
    title: pyramidTitle(place, data.year, f.t),
    men: f.integer(data.male),
    women: f.integer(data.female),
    total: f.integer(data.total),
    first: rows[0].label,
    last: rows[rows.length - 1].label,
  });

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
            {f.t('population.pyramid.men')}
          </text>
          <text className="hwf-axis-label" x={centre + gap} y={fontSize} textAnchor="start">
            {f.t('population.pyramid.women')}
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
          {f.t('population.pyramid.caption', { title: pyramidTitle(place, data.year, f.t) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{f.t('population.pyramid.age')}</th>
            <th scope="col">{f.t('population.pyramid.men')}</th>
            <th scope="col">{f.t('population.pyramid.women')}</th>
            <th scope="col">{f.t('population.pyramid.both')}</th>
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
            <th scope="row">{f.t('population.pyramid.allAges')}</th>
            <td>{f.integer(data.male)}</td>
            <td>{f.integer(data.female)}</td>
            <td>{f.integer(data.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
