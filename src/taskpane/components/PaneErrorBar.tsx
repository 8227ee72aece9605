import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { PaneError } from '../model/paneError';
import { useI18n } from '../LanguageContext';
import { DismissAction } from './DismissAction';

/** A refused or failed action, in the user's words: what happened and what to do. */
export function PaneErrorBar({ error, onDismiss }: { error: PaneError; onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(error.title)}</MessageBarTitle>
        {error.detail && <div lang="zh-CN">{error.detail}</div>}
        {error.body && <div>{t(error.body.key, error.body.params)}</div>}
      </MessageBarBody>
      <DismissAction onDismiss={onDismiss} />
    </MessageBar>
  );
}
