/**
 * The road map of a plan: the actions in the order they start, a timeline of the policies
 * ramping from their start to their full year (with its table), and year by year what is
 * in force and what it costs. Printed, it is the action plan.
 */
import { scaleLinear } from 'd3';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { chartMargins, xTickCount } from '../charts/layout.ts';
import { XAxis } from '../charts/axes.tsx';
import { useElementWidth } from '../charts/use-element-width.ts';
import { useT } from '../i18n/language-root.tsx';
import { GREY, SUPPLY } from '../palette.ts';
import { moneyColumn, type Money } from './money.ts';
import type { RoadMap } from './road-map.ts';

export interface RoadMapProps {
  map: RoadMap;
  money: Money | null;
  /** First and last year of the projection. */
  years: readonly [number, number];
}

/** The actions, in the order they start. */
export function RoadMapActions({ map }: { map: RoadMap }) {
  const f = useFormats();
  return (
    <ol className="hwf-plan-actions">
      {map.actions.map((a, i) => (
        <li key={i}>
          {a.year !== null && (
            <strong>{f.t('plan.roadMap.from', { year: f.year(a.year) })} </strong>
          )}
          {a.text}
        </li>
      ))}
    </ol>
  );
}

/** The policies as bars along the years: rising from the start to the full year. */
export function RoadMapTimeline({ map, years }: Omit<RoadMapProps, 'money'>) {
  const f = useFormats();
  const { t } = f;
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const m = chartMargins(fontSize, 1.5, 1);
  const row = Math.round(fontSize * 3);
  const bar = Math.round(fontSize * 1.1);
  const height = m.top + row * map.policies.length + m.bottom;
  const x = scaleLinear()
    .domain([years[0], years[1]])
    .range([m.left, width - m.right]);
  const bottom = height - m.bottom;
  const label = t('plan.timeline.label', {
    count: String(map.policies.length),
    years: f.years(years[0], years[1]),
    items: map.policies
      .map((p) =>
        t('plan.timeline.item', {
          name: p.name,
          change: p.change,
          start: String(p.startYear),
          full: String(p.fullYear),
        }),
      )
      .join(t('app.list.clauses')),
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
        <XAxis
          scale={x}
          y={bottom}
          format={f.year}
          ticks={xTickCount(width - m.left - m.right, fontSize)}
          fontSize={fontSize}
        />
        {map.policies.map((p, i) => {
          const top = m.top + i * row;
          const y0 = top + row - Math.round(fontSize * 0.5);
          const y1 = y0 - bar;
          const start = Math.max(years[0], Math.min(years[1], p.startYear));
          const full = Math.max(start, Math.min(years[1], p.fullYear));
          const none = p.none;
          const points = [
            [x(start), y0],
            [x(full), y1],
            [x(years[1]), y1],
            [x(years[1]), y0],
          ]
            .map(([a, b]) => `${a},${b}`)
            .join(' ');
          return (
            <g key={p.index} aria-hidden="true">
              <text x={m.left} y={top + fontSize} fontWeight={p.inPlan ? 600 : undefined}>
                {t('plan.timeline.bar', {
                  name: p.name,
                  change: p.change,
                  none: p.none ? 'yes' : 'no',
                  inPlan: p.inPlan ? 'yes' : 'no',
                })}
              </text>
              <line x1={m.left} x2={width - m.right} y1={y0} y2={y0} stroke={GREY.light} />
              {!none && (
                <polygon
                  points={points}
                  fill={p.inPlan ? SUPPLY : GREY.mid}
                  fillOpacity={p.inPlan ? 0.75 : 0.5}
                />
              )}
            </g>
          );
        })}
      </svg>
      <div className="hwf-legend">
        <p>{t('plan.timeline.legend')}</p>
      </div>
    </div>
  );
}

/** The timeline's numbers. */
export function TimelineTable({ map, money }: Pick<RoadMapProps, 'map' | 'money'>) {
  const f = useFormats();
  const { t } = f;
  const costs = map.policies.flatMap((p) => (p.programme === null ? [] : [p.programme]));
  const column = money && costs.length > 0 ? moneyColumn(money, costs) : null;
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>{t('plan.timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="hwf-text-cell">
              {t('plan.timeline.policyColumn')}
            </th>
            <th scope="col">{t('plan.timeline.startsColumn')}</th>
            <th scope="col">{t('plan.timeline.fullColumn')}</th>
            <th scope="col">{t('plan.timeline.changeColumn')}</th>
            {column && (
              <th scope="col">{t('plan.timeline.programmeColumn', { unit: column.label })}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {map.policies.map((p) => (
            <tr key={p.index}>
              <th scope="row">
                {t('plan.timeline.policy', { name: p.name, inPlan: p.inPlan ? 'yes' : 'no' })}
              </th>
              <td>{f.year(p.startYear)}</td>
              <td>{f.year(p.fullYear)}</td>
              <td>{p.change}</td>
              {column && <td>{p.programme !== null ? column.show(p.programme) : '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Year by year: each policy's change and level, the cost that year. */
export function RoadMapYears({ map, money }: Pick<RoadMapProps, 'map' | 'money'>) {
  const f = useFormats();
  const { t } = f;
  // A lever the plan leaves as it is has nothing to say year by year (the actions say it).
  const shown = map.policies.map((p, i) => ({ p, i })).filter(({ p }) => !p.none);
  const years = map.years.filter((y) => y.total !== null);
  const total = money
    ? moneyColumn(
        money,
        years.flatMap((y) => [y.total!.low, y.total!.high]),
      )
    : null;
  const programmes = money
    ? moneyColumn(
        money,
        map.years.map((y) => y.programmes ?? 0),
      )
    : null;
  const caption = t(total ? 'plan.years.captionCosts' : 'plan.years.caption');
  return (
    <div
      className="hwf-chart-table hwf-table-scroll hwf-plan-years"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.years.year')}</th>
            {shown.map(({ p }) => (
              <th key={p.index} scope="col" className="hwf-text-cell">
                {p.name}
              </th>
            ))}
            {total && programmes && (
              <>
                <th scope="col">{t('plan.years.cost', { unit: total.label })}</th>
                <th scope="col">{t('plan.years.interval', { share: f.percent(0.9) })}</th>
                <th scope="col">{t('plan.years.programmes', { unit: programmes.label })}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {map.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{f.year(y.year)}</th>
              {shown.map(({ i }) => (
                <td key={i}>{y.cells[i]}</td>
              ))}
              {total && programmes && (
                <>
                  <td>{y.total ? total.show(y.total.median) : '—'}</td>
                  <td>
                    {y.total ? `${total.show(y.total.low)}–${total.show(y.total.high)}` : '—'}
                  </td>
                  <td>{y.programmes !== null ? programmes.show(y.programmes) : '—'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The whole road map: actions, timeline, years. */
export function RoadMapView({ map, money, years }: RoadMapProps) {
  const t = useT();
  return (
    <>
      <RoadMapActions map={map} />
      <ChartFrame
        title={t('plan.timeline.title')}
        level={4}
        chart={<RoadMapTimeline map={map} years={years} />}
        table={<TimelineTable map={map} money={money} />}
      />
      <RoadMapYears map={map} money={money} />
    </>
  );
}
