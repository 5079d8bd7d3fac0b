/**
 * What a profession (or every profession together) costs per year: the kinds of cost as
 * stacked layers of their means, the 90 % and 50 % bands of the total over them, the
 * median total as a line, the target year marked and a year cursor with a spoken readout.
 * Money in one unit for the whole axis ("EUR million a year").
 */
import { useId, useMemo } from 'react';
import type { CostResult } from '../../model/result/result.ts';
import type { Translate } from '../i18n/translate.ts';
import { INK } from '../palette.ts';
import { areaPath, linePath } from './bands.ts';
import { XAxis, YAxis } from './axes.tsx';
import { costCollapsed, costFrame, costSeries, COST_KINDS } from './cost-layout.ts';
import { costLegendWords, costReadout } from './cost-words.ts';
import { CursorSvg } from './cursor-svg.tsx';
import { useFormats } from './formats-context.ts';
import { chartHeight } from './layout.ts';
import type { Money } from './money.ts';
import { chartLabel, yearPhrase } from './readout.ts';
import { useElementWidth } from './use-element-width.ts';
import { useYearCursor } from './year-cursor.ts';
import { TargetMarker, YearCursor } from './year-marks.tsx';
import './charts.css';

/** Props of {@link CostChart}. */
export interface CostChartProps {
  /** Whose costs ("Nurses", "all professions"). */
  name: string;
  /** The result's years, base year first. */
  years: readonly number[];
  targetYear: number;
  cost: CostResult;
  money: Money;
  /** The cursor's year, when a parent shares it between charts. */
  year?: number;
  onYearChange?: (year: number) => void;
  height?: number;
}

/** The title of a cost chart, also the start of its aria-label. */
export function costTitle(name: string, from: string, currency: string, t: Translate): string {
  return t('charts.cost.title', { name, currency, years: from });
}

/** A swatch of the legend: a filled square (a layer) or a band behind a line (the total). */
function Swatch({ colour, band }: { colour: string; band?: boolean }) {
  return (
    <svg width="28" height="14" aria-hidden="true" focusable="false">
      <rect x="0" y="1" width="28" height="12" fill={colour} fillOpacity={band ? 0.25 : 0.75} />
      {band && <line x1="0" x2="28" y1="7" y2="7" stroke={colour} strokeWidth="2" />}
    </svg>
  );
}

/** The stacked costs with the total's bands and a year cursor. */
export function CostChart(props: CostChartProps) {
  const { name, years, targetYear, cost, money } = props;
  const f = useFormats();
  const readoutId = useId();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const height = props.height ?? chartHeight(width, fontSize);
  const s = useMemo(() => costSeries(years, cost), [years, cost]);
  const g = useMemo(
    () => costFrame(s, width, height, fontSize, f, money),
    [s, width, height, fontSize, f, money],
  );
  const cursor = useYearCursor({
    years: s.years,
    initialYear: targetYear,
    year: props.year,
    onYearChange: props.onYearChange,
    invert: (px) => g.x.invert(px),
  });
  const collapsed = costCollapsed(s);
  if (s.years.length === 0) return <p className="hwf-note">{f.t('charts.cost.noYears')}</p>;
  const unitLabel = f.t('charts.cost.perYear', { unit: money.unitLabel(g.unit) });
  const title = costTitle(
    name,
    f.years(s.years[0], s.years[s.years.length - 1]),
    money.currency,
    f.t,
  );
  const t = s.years.indexOf(targetYear);
  const label = chartLabel(
    title,
    yearPhrase(targetYear, targetYear, f),
    t >= 0 ? costReadout(s, t, money, f) : null,
    f,
  );
  const outer = g.bands[0];
  return (
    <div className="hwf-chart" ref={ref}>
      <CursorSvg label={label} readoutId={readoutId} width={width} height={height} cursor={cursor}>
        <YAxis
          scale={g.y}
          left={g.m.left}
          right={width - g.m.right}
          format={(v) => money.inUnit(v, g.unit, 1)}
          ticks={g.yTicks}
          label={unitLabel}
          fontSize={fontSize}
        />
        <XAxis
          scale={g.x}
          y={height - g.m.bottom}
          format={f.year}
          ticks={g.xTicks}
          fontSize={fontSize}
        />
        <g className="hwf-cost-layers">
          {g.layers.map((l) => (
            <path
              key={l.key}
              className="hwf-cost-layer"
              data-kind={l.key}
              d={l.d}
              fill={l.colour}
              fillOpacity={0.75}
              stroke="none"
            />
          ))}
        </g>
        <TargetMarker x={g.x} y={g.y} year={targetYear} years={s.years} />
        <g className="hwf-fan hwf-fan-total" data-series="total">
          {collapsed
            ? null
            : g.bands.map((band) => (
                <path
                  key={band.interval.share}
                  className="hwf-band"
                  data-interval={band.interval.share}
                  d={areaPath(band)}
                  fill={INK}
                  fillOpacity={band.interval.opacity}
                  stroke="none"
                />
              ))}
          {!collapsed &&
            outer &&
            (['low', 'high'] as const).map((edge) => (
              <path
                key={edge}
                className="hwf-band-edge"
                d={linePath({ x: outer.x, y: outer[edge] })}
                stroke={INK}
                fill="none"
              />
            ))}
          <path className="hwf-median" d={linePath(g.median)} stroke={INK} fill="none" />
        </g>
        <g className="hwf-end-labels" aria-hidden="true">
          {g.endLabels.map((e) => (
            <text key={e.text} x={e.x} y={e.y} dy="0.32em" className="hwf-cost-end">
              {e.text}
            </text>
          ))}
        </g>
        <YearCursor
          x={g.x(s.years[cursor.index])}
          top={g.m.top}
          bottom={height - g.m.bottom}
          dots={[{ y: g.median.y[cursor.index], colour: INK }]}
        />
      </CursorSvg>
      <p className="hwf-readout" id={readoutId} aria-live="polite">
        {f.t('charts.readout.line', {
          when: yearPhrase(s.years[cursor.index], targetYear, f),
          readout: costReadout(s, cursor.index, money, f),
        })}
      </p>
      <div className="hwf-legend">
        <ul>
          {COST_KINDS.map((k) => (
            <li key={k.key}>
              <Swatch colour={k.colour} />
              {f.t('charts.cost.kindMean', { kind: f.t(k.name) })}
            </li>
          ))}
          <li>
            <Swatch colour={INK} band />
            {f.t('charts.cost.totalMedianBands')}
          </li>
        </ul>
        <p>{costLegendWords(collapsed, f)}</p>
      </div>
    </div>
  );
}
