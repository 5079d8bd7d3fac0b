/**
 * Every candidate the search evaluated: its cost (present value, up) against its chance of
 * a shortage in the worst year (across), the target as a dashed line, the candidates that
 * meet it as filled blue dots, the others as hollow grey rings, the chosen plan as a large
 * vermillion diamond — shape and colour both tell them apart — and a line through the
 * efficient candidates (none cheaper at the same risk).
 */
import { line } from 'd3';
import type { ReactNode } from 'react';
import { YAxis } from '../charts/axes.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { TICK_PAD, xLabelOffset } from '../charts/layout.ts';
import { useElementWidth } from '../charts/use-element-width.ts';
import { useT } from '../i18n/language-root.tsx';
import { DEMAND, GREY, SUPPLY } from '../palette.ts';
import type { PlanCandidate } from '../../model/plan/types.ts';
import { frontierLayout } from './frontier.ts';
import { moneyAxis, type Money } from './money.ts';

export interface FrontierChartProps {
  frontier: readonly PlanCandidate[];
  /** The chosen plan's lever values. */
  chosen: readonly number[];
  /** The largest acceptable chance of a shortage. */
  target: number;
  money: Money;
}

/** A diamond of half-width r around (x, y). */
export const diamond = (x: number, y: number, r: number) =>
  `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

/** The legend's marks, drawn as in the chart. */
export function FrontierLegend({ target }: { target: string }) {
  const t = useT();
  const mark = (children: ReactNode) => (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {children}
    </svg>
  );
  return (
    <ul>
      <li>
        {mark(<circle cx={8} cy={8} r={4} fill={SUPPLY} />)}
        {t('plan.frontier.meets')}
      </li>
      <li>
        {mark(<circle cx={8} cy={8} r={4} fill="none" stroke={GREY.mid} strokeWidth={1.5} />)}
        {t('plan.frontier.misses')}
      </li>
      <li>
        {mark(<path d={diamond(8, 8, 6.5)} fill={DEMAND} stroke="currentColor" />)}
        {t('plan.frontier.chosen')}
      </li>
      <li>
        {mark(<line x1={8} x2={8} y1={1} y2={15} stroke="currentColor" strokeDasharray="2 3" />)}
        {t('plan.frontier.targetLegend', { target })}
      </li>
    </ul>
  );
}

export function FrontierChart({ frontier, chosen, target, money }: FrontierChartProps) {
  const f = useFormats();
  const { t } = f;
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const L = frontierLayout(
    frontier,
    chosen,
    target,
    width,
    fontSize,
    (t) => moneyAxis(money, t).show,
  );
  const unit = moneyAxis(money, L.y.ticks(L.yTicks)).label;
  const { m, x, y } = L;
  const bottom = L.height - m.bottom;
  const right = width - m.right;
  const efficient =
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)(L.efficient) ?? '';
  const pick = L.points.find((p) => p.chosen);
  const meets = L.points.filter((p) => p.feasible).length;
  const all = t('plan.frontier.label', {
    count: f.integer(frontier.length),
    meets: f.integer(meets),
    target: f.percent(target),
  });
  const label = pick
    ? `${all} ${t('plan.frontier.labelChosen', {
        cost: money.amount(pick.candidate.presentValue),
        share: f.percent(pick.candidate.worstShortageProbability),
      })}`
    : all;
  const r = Math.max(3, fontSize * 0.3);
  // The chosen plan's label goes to the side with room.
  const labelLeft = pick !== undefined && pick.x > (m.left + right) / 2;
  return (
    <div className="hwf-chart" ref={ref}>
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={label}
        width={width}
        height={L.height}
        viewBox={`0 0 ${width} ${L.height}`}
      >
        <YAxis
          scale={y}
          left={m.left}
          right={right}
          format={L.format}
          ticks={L.yTicks}
          label={t('plan.frontier.costAxis', { unit })}
          fontSize={fontSize}
        />
        <g className="hwf-axis hwf-axis-x" aria-hidden="true">
          <line className="hwf-axis-line" x1={m.left} x2={right} y1={bottom} y2={bottom} />
          {x.ticks(Math.max(2, Math.round((right - m.left) / (fontSize * 5)))).map((t) => (
            <g key={t} transform={`translate(${x(t)},${bottom})`}>
              <line className="hwf-tick" y2={5} />
              <text
                className="hwf-tick-label"
                y={xLabelOffset(fontSize)}
                dy="0.71em"
                textAnchor="middle"
              >
                {f.percent(t)}
              </text>
            </g>
          ))}
          <text
            className="hwf-axis-label"
            x={(m.left + right) / 2}
            y={L.height - TICK_PAD}
            textAnchor="middle"
          >
            {t('plan.frontier.riskAxis')}
          </text>
        </g>
        <path d={efficient} fill="none" stroke={GREY.mid} strokeWidth={1} aria-hidden="true" />
        <g aria-hidden="true">
          {L.points
            .filter((p) => !p.chosen)
            .map((p) =>
              p.feasible ? (
                <circle key={p.index} cx={p.x} cy={p.y} r={r} fill={SUPPLY} fillOpacity={0.85} />
              ) : (
                <circle
                  key={p.index}
                  cx={p.x}
                  cy={p.y}
                  r={r}
                  fill="none"
                  stroke={GREY.mid}
                  strokeWidth={1.5}
                />
              ),
            )}
          {pick && (
            <g className="hwf-plan-chosen">
              <path d={diamond(pick.x, pick.y, r * 2.2)} fill={DEMAND} stroke="currentColor" />
              <text
                x={pick.x + (labelLeft ? -1 : 1) * (r * 2.2 + 4)}
                y={pick.y}
                dy="0.32em"
                textAnchor={labelLeft ? 'end' : 'start'}
                fontWeight={600}
              >
                {t('plan.frontier.chosenMark')}
              </text>
            </g>
          )}
        </g>
        {/* Inside the plot, beside its line, clear of the axis's unit above. */}
        <g className="hwf-target hwf-plan-target" aria-hidden="true">
          <line x1={L.targetX} x2={L.targetX} y1={bottom} y2={m.top} />
          <text x={L.targetX + 4} y={m.top} dy="0.9em" textAnchor="start">
            {t('plan.frontier.targetMark', { target: f.percent(target) })}
          </text>
        </g>
      </svg>
      <div className="hwf-legend">
        <FrontierLegend target={f.percent(target)} />
        <p>{t('plan.frontier.legend')}</p>
      </div>
    </div>
  );
}
