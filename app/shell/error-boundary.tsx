/**
 * A part of the page that fails while it renders is replaced by a plain message, and the
 * rest of the app goes on working: the scenario, the editor and the results live outside
 * it. "Try again" renders the part afresh, and so does a change of its `resetKey`.
 *
 * The boundary itself is a class (React catches errors only in one); `ErrorBoundary` gives it
 * the words of the app's language.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';

export interface ErrorBoundaryProps {
  /** The part, in the planner's words: "My scenarios", "The results". */
  part: string;
  /** When this changes (another scenario, new results), a failed part is rendered afresh. */
  resetKey?: unknown;
  children?: ReactNode;
}

/** A part of the page that shows a plain message when it fails, in the app's language. */
export function ErrorBoundary(props: ErrorBoundaryProps) {
  const t = useT();
  return <PartBoundary {...props} t={t} />;
}

interface State {
  failed: boolean;
}

/** The boundary, with the messages of the app's language (`t`). */
export class PartBoundary extends Component<ErrorBoundaryProps & { t: Translate }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever looks at the console; the planner sees the message below.
    console.warn(`${this.props.part} stopped working:`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { t, part } = this.props;
    return (
      <div className="error-banner part-failed" role="alert">
        {t('shell.errorBoundary.failed', { part })}{' '}
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {t('shell.errorBoundary.tryAgain')}
        </button>
      </div>
    );
  }
}
