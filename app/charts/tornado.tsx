/**
 * What drives the gap at the target year: one bar per uncertain input, its rank correlation
 * with the gap (−1..1) from a centre line, largest first. Right: a higher value of the input
 * goes with less shortage; left: with more.
 */
import { scaleLinear } from 'd3';
import { useFormats } from './formats-context.ts';
import { DEFAULT_TOP, moreWords, pathLabel, rankSensitivity } from './sensitivity.ts';
import { useElementWidth } from './use-element-width.ts';
import { SHORTAGE, SUPPLY } from '../palette.ts';
import type { SensitivityEntry } from '../../model/result/result.ts';
import './charts.css';

/** Props of {@link Tornado}. */
export interface TornadoProps {
  /** The profession, as the planner calls it ("Nurses"). */
  name: string;
  targetYear: number;
  /** The profession's sensitivity entries (any order). */
  entries: readonly SensitivityEntry[];
  /** Planner words for an input path (default: the path itself). */
  labelFor?: (path: string) => string;
  /** How many inputs to draw (default 8). */
  top?: number;
}

/** The title of a tornado, also the start of its aria-label. */
export function tornadoTitle(name: string, year: string): string {
  return `What drives the ${year} gap for ${name}`;
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

/**
 * A label on at most `lines` lines of at most `chars` characters: broken between words
 * (a word longer than a line is cut), the last line shortened with "…" when the rest does
 * not fit.
 */
export function wrapLabel(text: string, chars: number, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines) {
    let line = words[i].length > chars ? shorten(words[i], chars) : words[i];
    i++;
    while (i < words.length && line.length + 1 + words[i].length <= chars) line += ` ${words[i++]}`;
    out.push(line);
  }
  if (i < words.length) {
    const last = out.length - 1;
    out[last] = shorten(`${out[last]} ${words.slice(i).join(' ')}`, chars);
  }
  return out;
}

/** The label without the profession's own name in front ("Nurses › Training: intake"
 *  becomes "Training: intake" in the nurses' chart); other professions keep theirs. */
function withoutOwnName(label: string, name: string): string {
  const prefix = `${name} › `;
  return label.startsWith(prefix) && label.length > prefix.length
    ? label.slice(prefix.length)
    : label;
}

/** Sensitivity bars (the value written on the empty side of the centre line), or a note when no input varies between futures. */
export function Tornado({
  name,
  targetYear,
  entries,
  labelFor = pathLabel,
  top = DEFAULT_TOP,
}: TornadoProps) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const { shown, more } = rankSensitivity(entries, top);
  if (shown.length === 0) {
    return (
      <div className="hwf-chart" ref={ref}>
        <p className="hwf-note">
          No uncertain input varies between the futures, so there is nothing to rank.
        </p>
      </div>
    );
  }

  const labelWidth = Math.min(width * 0.4, fontSize * 20);
  const chars = Math.max(4, Math.floor(labelWidth / (fontSize * 0.55)));
  const labels = shown.map((e) => {
    const full = labelFor(e.input);
    return { full, lines: wrapLabel(withoutOwnName(full, name), chars) };
  });
  // Rows grow when a label takes two lines.
  const row = Math.round(fontSize * (labels.some((l) => l.lines.length > 1) ? 2.8 : 2.2));
  const head = Math.round(fontSize * 2);
  const height = head + row * shown.length + fontSize;
  const x = scaleLinear()
    .domain([-1, 1])
    .range([labelWidth + fontSize, width - fontSize * 3]);
  const centre = x(0);
  // The right-hand heading moves left when it would run past the edge.
  const rightFits = centre + 6 + 15 * fontSize * 0.55 <= width;
  const label = `${tornadoTitle(name, f.year(targetYear))}, rank correlation with the gap: ${shown
    .map((e) => `${labelFor(e.input)} ${f.correlation(e.rankCorrelation)}`)
    .join(', ')}${more > 0 ? `, ${moreWords(more, f)}` : ''}.`;

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
          <text x={centre - 6} y={fontSize} textAnchor="end">
            ← more shortage
          </text>
          <text
            x={rightFits ? centre + 6 : width}
            y={fontSize}
            textAnchor={rightFits ? 'start' : 'end'}
          >
            less shortage →
          </text>
          <line
            className="hwf-zero-line"
            x1={centre}
            x2={centre}
            y1={head - 4}
            y2={height - fontSize / 2}
          />
        </g>
        {shown.map((entry, i) => {
          const y = head + i * row;
          const end = x(entry.rankCorrelation);
          const positive = entry.rankCorrelation >= 0;
          const { full, lines } = labels[i];
          return (
            <g key={entry.input} className="hwf-tornado-row" data-input={entry.input}>
              <text x={labelWidth} y={y + row / 2} textAnchor="end">
                <title>{full}</title>
                {lines.map((line, j) => (
                  <tspan
                    key={j}
                    x={labelWidth}
                    dy={j === 0 ? `${0.32 - 0.55 * (lines.length - 1)}em` : '1.1em'}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
              <rect
                className="hwf-bar"
                x={Math.min(centre, end)}
                y={y + row * 0.2}
                width={Math.abs(end - centre)}
                height={row * 0.6}
                fill={positive ? SUPPLY : SHORTAGE}
              />
              <text
                className="hwf-bar-label"
                x={centre + (positive ? -4 : 4)}
                y={y + row / 2}
                dy="0.32em"
                textAnchor={positive ? 'end' : 'start'}
              >
                {f.correlation(entry.rankCorrelation)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="hwf-note">
        Rank correlation of each uncertain input with the {f.year(targetYear)} gap, from −1 to +1
        {more > 0 ? `; ${moreWords(more, f)} not shown` : ''}.
      </p>
    </div>
  );
}
