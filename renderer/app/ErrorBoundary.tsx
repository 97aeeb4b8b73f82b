import { Component, type ReactNode } from 'react';

interface Props {
  title: string;
  reloadLabel: string;
  children: ReactNode;
}

/** Shows a message and a way back instead of a blank window when a screen throws. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="fatal-error">
        <h1>{this.props.title}</h1>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {this.props.reloadLabel}
        </button>
      </div>
    );
  }
}
