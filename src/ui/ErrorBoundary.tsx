import { Component, type ReactNode } from "react";
import { ErrorNotice } from "./ErrorNotice";

interface State {
  failed: boolean;
}

/** Keeps a failing page from blanking the app: the shell stays, with a way to recover. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <ErrorNotice /> : this.props.children;
  }
}
