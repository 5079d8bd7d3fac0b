/**
 * A thin bar with "updating 1 200/2 000" while the futures of a new run arrive.
 */
import { useFormats } from '../charts/formats-context.ts';
import './results.css';

/** Runs done out of the total. */
export interface Progress {
  done: number;
  total: number;
}

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  progress: Progress;
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
        aria-label="Simulation progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${f.integer(done)} of ${f.integer(total)} futures`}
      >
        <div className="hwf-progress-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span className="hwf-progress-text">
        updating {f.integer(done)}/{f.integer(total)}
      </span>
    </div>
  );
}
