/**
 * A part of the page that fails while it renders is replaced by a plain message, and the
 * rest of the app goes on working: the scenario, the editor and the results live outside
 * it. "Try again" renders the part afresh, and so does a change of its `resetKey`.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** The part, in the planner's words: "My scenarios", "The results". */
  part: string;
  /** When this changes (another scenario, new results), a failed part is rendered afresh. */
  resetKey?: unknown;
  children?: ReactNode;
}

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
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
    return (
      <div className="error-banner part-failed" role="alert">
        {this.props.part} could not be shown because of an unexpected problem. Your scenario is kept
        in this page, and the rest of the app works as before.{' '}
        <button type="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
