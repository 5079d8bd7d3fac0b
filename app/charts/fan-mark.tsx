/**
 * One series as a fan: the nested bands (lightest widest), the outer edges as thin lines and
 * the median as a 2 px line. Gets pixel points only; knows nothing about scales or data.
 */
import { areaPath, linePath } from './bands.ts';
import type { ScaledBand, ScaledLine } from './bands.ts';

/** Props of {@link FanMark}. */
export interface FanMarkProps {
  /** Class suffix and data attribute: "supply", "demand", "gap". */
  name: string;
  bands: readonly ScaledBand[];
  median: ScaledLine;
  colour: string;
  /** Stroke dash of the median and the outer edges (none: solid). */
  dash?: string;
  /** Draw only the bands or only the lines, so two fans can keep their lines on top. */
  part?: 'bands' | 'lines' | 'all';
}

/** The bands and median of one series. */
export function FanMark({ name, bands, median, colour, dash, part = 'all' }: FanMarkProps) {
  const outer = part === 'bands' ? undefined : bands[0];
  return (
    <g className={`hwf-fan hwf-fan-${name}`} data-series={name} data-part={part}>
      {(part === 'lines' ? [] : bands).map((band) => (
        <path
          key={band.interval.share}
          className="hwf-band"
          data-interval={band.interval.share}
          d={areaPath(band)}
          fill={colour}
          fillOpacity={band.interval.opacity}
          stroke="none"
        />
      ))}
      {outer &&
        (['low', 'high'] as const).map((edge) => (
          <path
            key={edge}
            className="hwf-band-edge"
            d={linePath({ x: outer.x, y: outer[edge] })}
            stroke={colour}
            strokeDasharray={dash}
            fill="none"
          />
        ))}
      {part !== 'bands' && (
        <path
          className="hwf-median"
          d={linePath(median)}
          stroke={colour}
          strokeDasharray={dash}
          fill="none"
        />
      )}
    </g>
  );
}
