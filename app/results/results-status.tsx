/**
 * What every results view says above its figures: that they are out of date (the last
 * valid scenario's), and the progress of the run under way.
 */
import { useFormats } from '../charts/formats-context.ts';
import { isProgressSource, LiveProgressBar, ProgressBar } from './progress-bar.tsx';
import type { Progress, ProgressSource } from './progress-bar.tsx';
import './results.css';

/** Props of {@link ResultsStatus}. */
export interface ResultsStatusProps {
  stale: boolean;
  progress?: Progress | ProgressSource | null;
}

/** The out-of-date banner and the progress bar, when there is something to say. */
export function ResultsStatus({ stale, progress }: ResultsStatusProps) {
  const { t } = useFormats();
  return (
    <>
      {stale && (
        <p className="hwf-stale-banner" role="status">
          {t('results.status.stale')}
        </p>
      )}
      {isProgressSource(progress) ? (
        <LiveProgressBar source={progress} />
      ) : (
        progress && <ProgressBar progress={progress} />
      )}
    </>
  );
}
