import { Button, MessageBarActions } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';

/** The 关闭 button of a message bar the user can put away. */
export function DismissAction({ onDismiss }: { onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <MessageBarActions>
      <Button size="small" onClick={onDismiss}>
        {t('dismiss')}
      </Button>
    </MessageBarActions>
  );
}
