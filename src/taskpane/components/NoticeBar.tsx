import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Notice } from '../hooks/useTaskRunner';
import { useI18n } from '../LanguageContext';

/** The outcome of the last action (written, marked, refused because the area is not empty, …). */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={notice.intent} layout="multiline" role="status">
      <MessageBarBody>{t(notice.key, notice.params)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
