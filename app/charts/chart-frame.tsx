/**
 * The frame around every chart: its title, a Chart | Table switch, optional controls and
 * the SVG / PNG downloads. The chart stays mounted (hidden) while the table shows, so it
 * keeps its size and can still be exported. A download carries the chart's title (with the
 * profession it is about), its legend, the scenario's name and the data credit (export.ts).
 */
import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { decorationFor, downloadPng, downloadSvg, ExportError, fileNameFor } from './export.ts';
import { useFormats } from './formats-context.ts';
import { ToggleGroup } from './toggle-group.tsx';
import './charts.css';

/** What a frame shows. */
export type FrameView = 'chart' | 'table';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  title: string;
  chart: ReactNode;
  /** The same numbers as a table. */
  table: ReactNode;
  /** Controls next to the switch, e.g. an FTE | Headcount group. */
  controls?: ReactNode;
  /** Base of the download file names (default: from the title). */
  fileName?: string;
  /** False when the chart is only words (nothing to download). */
  exportable?: boolean;
  /** Heading level of the title (default 3). */
  level?: 2 | 3 | 4;
  defaultView?: FrameView;
}

/** A titled chart with a table alternative and downloads. */
export function ChartFrame(props: ChartFrameProps) {
  const { title, chart, table, controls, exportable = true, level = 3 } = props;
  const { t } = useFormats();
  const views = [
    { value: 'chart', label: t('charts.frame.chart') },
    { value: 'table', label: t('charts.frame.table') },
  ] as const;
  const [view, setView] = useState<FrameView>(props.defaultView ?? 'chart');
  const [problem, setProblem] = useState<string | null>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const Heading = `h${level}` as const;
  const baseName = props.fileName ?? fileNameFor(title);

  const download = async (kind: 'svg' | 'png') => {
    const box = chartBox.current;
    const svg = box?.querySelector('svg.hwf-chart-svg');
    if (!box || !(svg instanceof SVGSVGElement)) return;
    try {
      setProblem(null);
      const decoration = decorationFor(box, title, t);
      if (kind === 'svg') downloadSvg(svg, baseName, decoration);
      else await downloadPng(svg, baseName, decoration);
    } catch (error) {
      const reason =
        error instanceof ExportError
          ? t(error.key)
          : error instanceof Error
            ? error.message
            : String(error);
      setProblem(t('charts.frame.failed', { kind: kind.toUpperCase(), reason }));
    }
  };

  return (
    <section className="hwf-frame" aria-labelledby={titleId}>
      <header className="hwf-frame-head">
        <Heading id={titleId} className="hwf-frame-title">
          {title}
        </Heading>
        <div className="hwf-frame-controls">
          {controls}
          <ToggleGroup
            label={t('charts.frame.showAs', { title })}
            options={views}
            value={view}
            onChange={setView}
          />
          {exportable && (
            <div
              className="hwf-downloads"
              role="group"
              aria-label={t('charts.frame.download', { title })}
            >
              <button
                type="button"
                aria-label={t('charts.frame.downloadAs', { title, kind: 'SVG' })}
                onClick={() => void download('svg')}
              >
                SVG
              </button>
              <button
                type="button"
                aria-label={t('charts.frame.downloadAs', { title, kind: 'PNG' })}
                onClick={() => void download('png')}
              >
                PNG
              </button>
            </div>
          )}
        </div>
      </header>
      <div ref={chartBox} className="hwf-frame-chart" hidden={view !== 'chart'}>
        {chart}
      </div>
      {view === 'table' && <div className="hwf-frame-table">{table}</div>}
      {problem && (
        <p className="hwf-frame-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
