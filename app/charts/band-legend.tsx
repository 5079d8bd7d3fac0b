/**
 * The legend of a fan: which colour and line is which series, and the bands (those of
 * bands.ts' INTERVALS) in words ("9 in 10 futures fall in the light band").
 */
import type { Translate } from '../i18n/translate.ts';
import { useFormats } from './formats-context.ts';
import './charts.css';

/** One series in the legend. */
export interface LegendSeries {
  label: string;
  colour: string;
  /** Stroke dash of its line (none: solid). */
  dash?: string;
}

/** Props of {@link BandLegend}. */
export interface BandLegendProps {
  series: readonly LegendSeries[];
  /** True when there are no bands (one run at the point values). */
  collapsed?: boolean;
}

/** The words under a fan: bands, median line, and each series' colour and dash. */
export function bandWords(t: Translate, collapsed = false): string {
  return collapsed ? t('charts.bands.oneRun') : t('charts.bands.legend');
}

/** A series' swatch: its band's colour behind its line (solid or dashed). */
export function BandSwatch({ series: s }: { series: LegendSeries }) {
  return (
    <svg width="28" height="14" aria-hidden="true" focusable="false">
      <rect x="0" y="1" width="28" height="12" fill={s.colour} fillOpacity="0.25" />
      <line
        x1="0"
        x2="28"
        y1="7"
        y2="7"
        stroke={s.colour}
        strokeWidth="2"
        strokeDasharray={s.dash}
      />
    </svg>
  );
}

/** Swatches for each series and the bands explained in a sentence. */
export function BandLegend({ series, collapsed = false }: BandLegendProps) {
  const { t } = useFormats();
  return (
    <div className="hwf-legend">
      <ul>
        {series.map((s) => (
          <li key={s.label}>
            <BandSwatch series={s} />
            {s.label}
          </li>
        ))}
      </ul>
      <p>{bandWords(t, collapsed)}</p>
    </div>
  );
}
