import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Notice } from '../hooks/useTaskRunner';
import { useI18n } from '../LanguageContext';
import { DismissAction } from './DismissAction';

/** The outcome of the last action (written, marked, refused because the area is not empty, …). */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={notice.intent} layout="multiline" role="status">
      <MessageBarBody>{t(notice.key, notice.params)}</MessageBarBody>
      <DismissAction onDismiss={onDismiss} />
    </MessageBar>
  );
}
