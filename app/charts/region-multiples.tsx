/**
 * Supply and demand in every region as small multiples: one panel per region with the FTE
 * (blue, solid) and demand (vermillion, dashed) medians and their 80 % bands, on one
 * shared vertical scale or on each region's own. One SVG holds every panel, so the chart
 * exports as one picture.
 */
import { area, line } from 'd3';
import type { ScaleLinear } from 'd3';
import type { Translate } from '../i18n/translate.ts';
import { BandSwatch } from './band-legend.tsx';
import { useFormats } from './formats-context.ts';
import { leftMarginFor, valueScale, yearScale } from './layout.ts';
import {
  MULTIPLE_HIGH,
  MULTIPLE_LOW,
  panelDomains,
  panelGrid,
  type PanelSeries,
  type ScaleChoice,
} from './multiples-layout.ts';
import { seriesReadout, yearPhrase } from './readout.ts';
import { useElementWidth } from './use-element-width.ts';
import { BAND_OPACITY, DEMAND, DEMAND_DASH, SUPPLY } from '../palette.ts';
import type { SeriesSummary } from '../../model/result/result.ts';
import './charts.css';
import './regions.css';

/** One region's panel. */
export interface RegionPanel extends PanelSeries {
  id: string;
  name: string;
}

/** Props of {@link RegionMultiples}. */
export interface RegionMultiplesProps {
  /** The profession ("Nurses"). */
  name: string;
  years: readonly number[];
  targetYear: number;
  panels: readonly RegionPanel[];
  scale: ScaleChoice;
}

/** "on one scale for all regions" or "each region on its own scale". */
export function scaleWords(scale: ScaleChoice, t: Translate): string {
  return scale === 'shared' ? t('charts.multiples.sharedScale') : t('charts.multiples.ownScale');
}

/** The title of the small multiples, also the start of their aria-label. */
export function multiplesTitle(name: string, from: string, t: Translate): string {
  return t('charts.multiples.title', { name, years: from });
}

const TICKS = 3;

function bandPath(
  s: SeriesSummary,
  years: readonly number[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  return (
    area<number>()
      .x((i) => x(years[i]))
      .y0((i) => y(s[MULTIPLE_LOW][i]))
      .y1((i) => y(s[MULTIPLE_HIGH][i]))(years.map((_, i) => i)) ?? ''
  );
}

function medianPath(
  s: SeriesSummary,
  years: readonly number[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  return (
    line<number>()
      .x((i) => x(years[i]))
      .y((i) => y(s.p50[i]))(years.map((_, i) => i)) ?? ''
  );
}

interface PanelProps {
  panel: RegionPanel;
  years: readonly number[];
  targetYear: number;
  domain: [number, number];
  width: number;
  height: number;
  fontSize: number;
}

function Panel({ panel, years, targetYear, domain, width, height, fontSize }: PanelProps) {
  const f = useFormats();
  const top = Math.round(fontSize * 2.4);
  const bottom = height - Math.round(fontSize * 2.2);
  const probe = valueScale(domain, bottom, top);
  const left = leftMarginFor(probe, TICKS, f.count, fontSize, 3);
  const right = width - Math.round(fontSize * 1.2);
  const x = yearScale(years, left, right);
  const y: ScaleLinear<number, number> = valueScale(domain, bottom, top);
  const first = years[0];
  const last = years[years.length - 1];
  const hasTarget = years.includes(targetYear);
  return (
    <g className="hwf-multiple" data-region={panel.id} data-top={y.domain()[1]}>
      <text className="hwf-multiple-title" x={left} y={Math.round(fontSize * 1.1)}>
        {panel.name}
      </text>
      <g className="hwf-axis hwf-axis-y" aria-hidden="true">
        {y.ticks(TICKS).map((value) => (
          <g key={value} transform={`translate(0,${y(value)})`}>
            <line className={value === 0 ? 'hwf-axis-line' : 'hwf-grid'} x1={left} x2={right} />
            <text className="hwf-tick-label" x={left - 5} dy="0.32em" textAnchor="end">
              {f.count(value)}
            </text>
          </g>
        ))}
      </g>
      <g className="hwf-axis hwf-axis-x" aria-hidden="true">
        {[first, last].map((year, i) => (
          <text
            key={year}
            className="hwf-tick-label"
            x={x(year)}
            y={bottom + fontSize * 0.4}
            dy="0.71em"
            textAnchor={i === 0 ? 'start' : 'end'}
          >
            {f.year(year)}
          </text>
        ))}
      </g>
      {hasTarget && (
        <g className="hwf-target" aria-hidden="true">
          <line x1={x(targetYear)} x2={x(targetYear)} y1={bottom} y2={top} />
        </g>
      )}
      {(
        [
          ['supply', panel.fte, SUPPLY, undefined],
          ['demand', panel.demand, DEMAND, DEMAND_DASH],
        ] as const
      ).map(([key, s, colour]) => (
        <path
          key={`${key}-band`}
          className="hwf-band"
          data-series={key}
          d={bandPath(s, years, x, y)}
          fill={colour}
          fillOpacity={BAND_OPACITY[80] + 0.05}
          stroke="none"
        />
      ))}
      {(
        [
          ['supply', panel.fte, SUPPLY, undefined],
          ['demand', panel.demand, DEMAND, DEMAND_DASH],
        ] as const
      ).map(([key, s, colour, dash]) => (
        <path
          key={`${key}-median`}
          className="hwf-median"
          data-series={key}
          d={medianPath(s, years, x, y)}
          stroke={colour}
          strokeDasharray={dash}
          fill="none"
        />
      ))}
    </g>
  );
}

/** The legend of the small multiples, in the markup every chart legend has (export.ts). */
export function MultiplesLegend() {
  const { t } = useFormats();
  return (
    <div className="hwf-legend">
      <ul>
        {[
          { label: t('charts.multiples.supply'), colour: SUPPLY, dash: undefined },
          { label: t('charts.multiples.demand'), colour: DEMAND, dash: DEMAND_DASH },
        ].map((s) => (
          <li key={s.label}>
            <BandSwatch series={s} />
            {s.label}
          </li>
        ))}
      </ul>
      <p>{t('charts.multiples.legend')}</p>
    </div>
  );
}

/** One panel per region: supply and demand medians and 80 % bands. */
export function RegionMultiples({ name, years, targetYear, panels, scale }: RegionMultiplesProps) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const grid = panelGrid(panels.length, width, fontSize);
  const domains = panelDomains(panels, scale);
  const height = grid.rows * grid.panelHeight;
  const t = years.indexOf(targetYear);
  const fte = f.t('charts.unit.fte');
  const title = multiplesTitle(name, f.years(years[0], years[years.length - 1]), f.t);
  const label =
    t < 0
      ? f.t('charts.multiples.label', { title, scale: scaleWords(scale, f.t) })
      : f.t('charts.multiples.labelAt', {
          title,
          scale: scaleWords(scale, f.t),
          when: yearPhrase(targetYear, targetYear, f),
          panels: panels
            .map((p) =>
              f.t('charts.multiples.panelWords', {
                region: p.name,
                supply: seriesReadout(f.t('charts.readout.supply'), p.fte, t, f, fte),
                demand: seriesReadout(f.t('charts.readout.demand'), p.demand, t, f, fte),
              }),
            )
            .join(f.t('app.list.clauses')),
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
        data-scale={scale}
        data-columns={grid.columns}
      >
        {panels.map((panel, i) => (
          <g
            key={panel.id}
            transform={`translate(${(i % grid.columns) * grid.panelWidth},${Math.floor(i / grid.columns) * grid.panelHeight})`}
          >
            <Panel
              panel={panel}
              years={years}
              targetYear={targetYear}
              domain={domains[i]}
              width={grid.panelWidth}
              height={grid.panelHeight}
              fontSize={fontSize}
            />
          </g>
        ))}
      </svg>
      <MultiplesLegend />
      <p className="hwf-note">
        {scale === 'shared' ? f.t('charts.multiples.sharedNote') : f.t('charts.multiples.ownNote')}
      </p>
    </div>
  );
}
