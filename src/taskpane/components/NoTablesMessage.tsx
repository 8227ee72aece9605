import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';

/** Nothing detected: say which labels a table is recognised by. */
export function NoTablesMessage() {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('noTablesTitle')}</MessageBarTitle>
        {t('noTablesBody')}
      </MessageBarBody>
    </MessageBar>
  );
}
