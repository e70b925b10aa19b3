// Runs in: renderer.
//
// Catches a crash in the tree below it and shows ErrorFallback instead of a blank window.
// The app has one at the root and one around each area, so a broken screen leaves the
// navigation working. Reporting happens in main.tsx (createRoot's onCaughtError), by code only.
import { Component, type ReactNode } from 'react';
import { errorCodeFor } from './errorCode';
import { ErrorFallback, type ErrorScope } from './ErrorFallback';

interface ErrorBoundaryProps {
  readonly scope: ErrorScope;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  /** The short code of the caught error, or null while all is well. */
  readonly code: string | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { code: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { code: errorCodeFor(error) };
  }

  private readonly reset = (): void => {
    this.setState({ code: null });
  };

  override render(): ReactNode {
    if (this.state.code !== null) {
      return <ErrorFallback code={this.state.code} scope={this.props.scope} onRetry={this.reset} />;
    }
    return this.props.children;
  }
}
