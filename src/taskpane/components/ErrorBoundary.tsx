import { Component, ErrorInfo, Fragment, ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Translate } from '../i18n';

interface Props {
  t: Translate;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** Bumped on reload so the pane starts afresh instead of re-rendering the state that failed. */
  attempt: number;
}

/** A render error shows a message with a way back instead of a blank pane. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('selfeval task pane:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { t, children } = this.props;
    if (!this.state.failed) return <Fragment key={this.state.attempt}>{children}</Fragment>;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('crashTitle')}</MessageBarTitle>
          {t('crashBody')}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}>
            {t('reload')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
