import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the panel in the message, e.g. "Settings". */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps one panel's crash from taking the editor down: the flow lives in the store (and is
 * autosaved), so the other panels go on working and nothing typed is lost. "Try again" remounts it.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-crash" role="alert">
        <p>
          <strong>{this.props.name}</strong> stopped working: {this.state.error.message}. Your flow is safe and still
          saved.
          <br />「{this.props.name}」出错了，流程已保存，不会丢失。
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again / 重试
        </button>
      </div>
    );
  }
}
