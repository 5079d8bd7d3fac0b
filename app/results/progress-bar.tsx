/**
 * A thin bar with "updating 1 200/2 000" while the futures of a new run arrive.
 *
 * The bar can read the progress from a source it subscribes to itself (`ProgressSource`),
 * so that the many updates of a long run re-render the bar alone, not the screen around
 * it (the editor, the charts).
 */
import { useSyncExternalStore } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import './results.css';

/** Runs done out of the total. */
export interface Progress {
  done: number;
  total: number;
}

/** Where the progress of the run under way can be read and watched. */
export interface ProgressSource {
  /** Calls `listener` whenever the progress may have changed; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  /** The progress now, or null when no run is under way. */
  readonly getSnapshot: () => Progress | null;
}

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  progress: Progress;
}

export function isProgressSource(value: unknown): value is ProgressSource {
  return typeof value === 'object' && value !== null && 'subscribe' in value;
}

const NO_SOURCE: ProgressSource = { subscribe: () => () => {}, getSnapshot: () => null };

/** Whether a run is under way, from a progress or a source; re-renders its caller only when
 *  that changes, not on every update. */
export function useBusy(progress: Progress | ProgressSource | null | undefined): boolean {
  const source = isProgressSource(progress) ? progress : NO_SOURCE;
  const busyNow = () => isBusy(source.getSnapshot());
  const live = useSyncExternalStore(source.subscribe, busyNow, busyNow);
  return isProgressSource(progress) ? live : isBusy(progress);
}

function isBusy(progress: Progress | null | undefined): boolean {
  return !!progress && progress.done < progress.total;
}

/** The progress of the current run; nothing once it is complete. */
export function ProgressBar({ progress }: ProgressBarProps) {
  const f = useFormats();
  const total = Math.max(0, progress.total);
  const done = Math.min(Math.max(0, progress.done), total);
  if (total === 0 || done >= total) return null;
  const share = done / total;
  return (
    <div className="hwf-progress">
      <div
        className="hwf-progress-track"
        role="progressbar"
        aria-label={f.t('results.progress.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={f.t('results.progress.value', {
          done: f.integer(done),
          total: f.integer(total),
        })}
      >
        <div className="hwf-progress-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span className="hwf-progress-text">
        {f.t('results.progress.updating', { done: f.integer(done), total: f.integer(total) })}
      </span>
    </div>
  );
}

/** The progress bar of a source: it subscribes itself, so only it re-renders. */
export function LiveProgressBar({ source }: { source: ProgressSource }) {
  const progress = useSyncExternalStore(source.subscribe, source.getSnapshot, source.getSnapshot);
  return progress ? <ProgressBar progress={progress} /> : null;
}
