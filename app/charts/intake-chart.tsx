/**
 * Training places needed per year as a percentile strip: the 5–95 % whisker, the 25–75 %
 * box, the median bar and the mean dot, with the numbers written on it. Unreachable is a
 * sentence with the reason, never a zero; negative places read "no new intake needed".
 */
import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import { useFormats } from './formats-context.ts';
import { intakeWords } from './intake-words.ts';
import type { IntakeContext } from './intake-words.ts';
import { textWidth } from './tick-labels.ts';
import { useElementWidth } from './use-element-width.ts';
import { INK, SUPPLY } from '../palette.ts';
import type { RequiredIntake } from '../../model/result/result.ts';
import type { Formats } from '../format.ts';
import './charts.css';

/** Props of {@link IntakeChart}. */
export interface IntakeChartProps extends IntakeContext {
  /** The profession, as the planner calls it ("Nurses"). */
  name: string;
  intake: RequiredIntake;
  height?: number;
}

/** The explanation under the strip. */
export function intakeExplanation(ctx: IntakeContext, f: Pick<Formats, 'year' | 't'>): string {
  return f.t('charts.intake.explanation', {
    from: f.year(ctx.intakeFromYear),
    year: f.year(ctx.targetYear),
  });
}

/** p5, p25, p50, p75, p95 and the mean, or null when intake cannot close the gap. */
export function reachableValues(intake: RequiredIntake): number[] | null {
  if (intake.unreachable) return null;
  const { p5, p25, p50, p75, p95, mean } = intake;
  const values = [p5, p25, p50, p75, p95, mean];
  return values.every((v): v is number => v !== null && Number.isFinite(v)) ? values : null;
}

/** The percentile strip of required intake, or the sentence saying why there is none. */
export function IntakeChart({ name, intake, height: fixedHeight, ...ctx }: IntakeChartProps) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const words = intakeWords(intake, ctx, f);
  const height = fixedHeight ?? Math.round(fontSize * 8);

  const g = useMemo(() => {
    const values = reachableValues(intake);
    if (!values) return null;
    // The 5th and 95th percentiles' labels stand outside the whisker's ends: room for them.
    const room = (v: number) => Math.max(fontSize * 2, textWidth(f.count(v), fontSize) + 6);
    const x = scaleLinear()
      .domain([Math.min(0, ...values), Math.max(0, ...values)])
      .nice()
      .range([room(values[0]), width - room(values[4])]);
    if (x.domain()[0] === x.domain()[1]) x.domain([0, 1]);
    return { x, values, mid: Math.round(height / 2 - fontSize * 0.5), box: fontSize * 1.6 };
  }, [intake, width, height, fontSize, f]);

  if (!g) {
    return (
      <div className="hwf-chart" ref={ref}>
        <p className="hwf-intake-words hwf-unreachable">{words}</p>
      </div>
    );
  }

  const { values } = g;
  const [low, q1, median, q3, high, average] = values.map((v) => g.x(v));
  const [left, right] = g.x.range();
  const zero = g.x(0);
  const top = g.mid - g.box / 2;
  const bottom = g.mid + g.box / 2;
  const label = f.t('charts.intake.label', { name, words });

  return (
    <div className="hwf-chart" ref={ref}>
      <p className="hwf-intake-words">{words}</p>
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {zero > left && (
          <g className="hwf-no-intake" aria-hidden="true">
            <rect
              x={left}
              y={top - fontSize}
              width={zero - left}
              height={g.box + 2 * fontSize}
              fill={INK}
              fillOpacity={0.1}
            />
            <text className="hwf-side-label" x={left + 4} y={top - fontSize - 4}>
              {f.t('charts.intake.noNewIntake')}
            </text>
          </g>
        )}
        <g className="hwf-axis" aria-hidden="true">
          <line
            className="hwf-axis-line"
            x1={left}
            x2={right}
            y1={height - fontSize * 2}
            y2={height - fontSize * 2}
          />
          {g.x.ticks(Math.max(2, Math.round(width / (fontSize * 8)))).map((tick) => (
            <g key={tick} transform={`translate(${g.x(tick)},${height - fontSize * 2})`}>
              <line
                className={tick === 0 ? 'hwf-zero-line' : 'hwf-tick'}
                y1={tick === 0 ? -(height - fontSize * 3) : 0}
                y2={5}
              />
              <text y={8} dy="0.71em" textAnchor="middle">
                {f.count(tick)}
              </text>
            </g>
          ))}
        </g>
        <g className="hwf-strip" data-series="intake">
          <line
            className="hwf-whisker"
            x1={low}
            x2={high}
            y1={g.mid}
            y2={g.mid}
            stroke={SUPPLY}
            strokeWidth={2}
          />
          {[low, high].map((px, i) => (
            <line
              key={i}
              className="hwf-whisker-cap"
              x1={px}
              x2={px}
              y1={g.mid - g.box / 4}
              y2={g.mid + g.box / 4}
              stroke={SUPPLY}
              strokeWidth={2}
            />
          ))}
          <rect
            className="hwf-box"
            x={q1}
            y={top}
            width={Math.max(1, q3 - q1)}
            height={g.box}
            fill={SUPPLY}
            fillOpacity={0.35}
            stroke={SUPPLY}
          />
          <line
            className="hwf-median"
            x1={median}
            x2={median}
            y1={top}
            y2={bottom}
            stroke={INK}
            strokeWidth={3}
          />
          <circle
            className="hwf-mean"
            cx={average}
            cy={g.mid}
            r={4}
            fill="#fff"
            stroke={INK}
            strokeWidth={2}
          />
        </g>
        <g className="hwf-strip-labels" aria-hidden="true">
          <text x={median} y={top - 4} textAnchor="middle">
            {f.t('charts.intake.median', { count: f.count(values[2]) })}
          </text>
          <text x={low} y={bottom + 4} dy="0.71em" textAnchor="end">
            {f.count(values[0])}
          </text>
          <text x={high} y={bottom + 4} dy="0.71em" textAnchor="start">
            {f.count(values[4])}
          </text>
        </g>
      </svg>
      <p className="hwf-note">
        {f.t('charts.intake.note', { explanation: intakeExplanation(ctx, f) })}
      </p>
    </div>
  );
}
