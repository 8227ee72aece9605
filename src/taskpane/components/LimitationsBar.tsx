import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';

/** One line saying this host lacks some features; the list is under 帮助. */
export function LimitationsBar({ count, onShow }: { count: number; onShow(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t('limitationsSummary', { count })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onShow}>
          {t('showDetails')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
