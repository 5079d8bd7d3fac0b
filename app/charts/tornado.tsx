/**
 * What drives the gap at the target year: one bar per uncertain input, its rank correlation
 * with the gap (−1..1) from a centre line, largest first. Right: a higher value of the input
 * goes with less shortage; left: with more.
 */
import { scaleLinear } from 'd3';
import type { Translate } from '../i18n/translate.ts';
import { useFormats } from './formats-context.ts';
import {
  DEFAULT_TOP,
  moreWords,
  pathLabel,
  rankSensitivity,
  undetectableWords,
} from './sensitivity.ts';
import { textWidth } from './tick-labels.ts';
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
  /** The number of futures: correlations within chance at this number are not drawn. */
  runs?: number;
}

/** The title of a tornado, also the start of its aria-label. */
export function tornadoTitle(name: string, year: string, t: Translate): string {
  return t('charts.tornado.title', { name, year });
}

/** Spaces inside a number ("1 000", "12 500") become no-break spaces, so a number is never
 *  broken over two lines. */
export function keepNumbersWhole(text: string): string {
  return text.replace(/(?<=\d)[ \u202f](?=\d{3}(?!\d))/gu, '\u00a0');
}

/** Breaks between words: ordinary spaces only (a no-break space holds). */
const BREAK = /[ \t\r\n]+/;

function shortenTo(text: string, fits: (line: string) => boolean): string {
  if (fits(text)) return text;
  const chars = Array.from(text);
  let n = chars.length - 1;
  while (n > 1 && !fits(`${chars.slice(0, n).join('').trimEnd()}…`)) n--;
  return `${chars.slice(0, Math.max(1, n)).join('').trimEnd()}…`;
}

/**
 * A label on at most `lines` lines that each `fit`: broken between words (a word too long
 * for a line is cut), the last line shortened with "…" when the rest does not fit. The full
 * text stays in the chart's title and aria-label.
 */
export function wrapToFit(text: string, fits: (line: string) => boolean, lines = 2): string[] {
  const words = text.split(BREAK).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines) {
    let line = shortenTo(words[i], fits);
    i++;
    while (i < words.length && fits(`${line} ${words[i]}`)) line += ` ${words[i++]}`;
    out.push(line);
  }
  if (i < words.length) {
    const last = out.length - 1;
    out[last] = shortenTo(`${out[last]} ${words.slice(i).join(' ')}`, fits);
  }
  return out;
}

/** {@link wrapToFit} with lines of at most `chars` characters. */
export function wrapLabel(text: string, chars: number, lines = 2): string[] {
  return wrapToFit(text, (line) => Array.from(line).length <= chars, lines);
}

/** Most lines a tornado label takes. */
export const LABEL_LINES = 3;

/** The label column of a tornado `width` pixels wide: each label wrapped to fit, and the
 *  width of the column (no wider than its longest line, at most half the chart). */
export function tornadoLabels(
  labels: readonly string[],
  width: number,
  fontSize: number,
): { lines: string[][]; column: number } {
  const most = Math.floor(Math.min(width * 0.5, fontSize * 26));
  const fits = (line: string) => textWidth(line, fontSize) <= most;
  const lines = labels.map((l) => wrapToFit(keepNumbersWhole(l), fits, LABEL_LINES));
  const widest = Math.max(0, ...lines.flat().map((l) => textWidth(l, fontSize)));
  return { lines, column: Math.ceil(Math.min(most, Math.max(widest, fontSize * 6))) };
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
  runs,
}: TornadoProps) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  const { shown, more, undetectable } = rankSensitivity(entries, top, runs);
  const chance =
    undetectable > 0 && runs !== undefined ? undetectableWords(undetectable, runs, f) : null;
  if (shown.length === 0) {
    return (
      <div className="hwf-chart" ref={ref}>
        <p className="hwf-note">
          {chance
            ? f.t('charts.tornado.noneDetectable', { year: f.year(targetYear), chance })
            : f.t('charts.tornado.nothingToRank')}
        </p>
      </div>
    );
  }

  const fulls = shown.map((e) => labelFor(e.input));
  const wrapped = tornadoLabels(
    fulls.map((full) => withoutOwnName(full, name)),
    width,
    fontSize,
  );
  const labelWidth = wrapped.column;
  const labels = fulls.map((full, i) => ({ full, lines: wrapped.lines[i] }));
  // Each row as tall as its label.
  const rows = labels.map((l) => Math.round(fontSize * Math.max(2.2, 1.1 * l.lines.length + 0.8)));
  const head = Math.round(fontSize * 2);
  const rowTops = rows.map((_, i) => head + rows.slice(0, i).reduce((a, b) => a + b, 0));
  const height = head + rows.reduce((a, b) => a + b, 0) + fontSize;
  const x = scaleLinear()
    .domain([-1, 1])
    .range([labelWidth + fontSize, width - fontSize * 3]);
  const centre = x(0);
  // The right-hand heading moves left when it would run past the edge.
  const rightHead = f.t('charts.tornado.rightHead');
  const rightFits = centre + 6 + textWidth(rightHead, fontSize) + 2 <= width;
  // And the left-hand one moves right when it would run past the left edge.
  const leftHead = f.t('charts.tornado.leftHead');
  const leftFits = centre - 6 - textWidth(leftHead, fontSize) - 2 >= 0;
  const title = tornadoTitle(name, f.year(targetYear), f.t);
  const entriesWords = [
    ...shown.map((e) =>
      f.t('charts.tornado.entry', {
        input: labelFor(e.input),
        correlation: f.correlation(e.rankCorrelation),
      }),
    ),
    ...(more > 0 ? [moreWords(more, f)] : []),
  ].join(', ');
  const label = chance
    ? f.t('charts.tornado.labelChance', { title, entries: entriesWords, chance })
    : f.t('charts.tornado.label', { title, entries: entriesWords });
  const year = f.year(targetYear);
  const moreShown = more > 0 ? moreWords(more, f) : null;
  const note =
    moreShown && chance
      ? f.t('charts.tornado.noteMoreChance', { year, more: moreShown, chance })
      : moreShown
        ? f.t('charts.tornado.noteMore', { year, more: moreShown })
        : chance
          ? f.t('charts.tornado.noteChance', { year, chance })
          : f.t('charts.tornado.note', { year });

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
          <text x={leftFits ? centre - 6 : 0} y={fontSize} textAnchor={leftFits ? 'end' : 'start'}>
            {leftHead}
          </text>
          <text
            x={rightFits ? centre + 6 : width}
            y={fontSize}
            textAnchor={rightFits ? 'start' : 'end'}
          >
            {rightHead}
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
          const y = rowTops[i];
          const row = rows[i];
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
      <p className="hwf-note">{note}</p>
    </div>
  );
}
