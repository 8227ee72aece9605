import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';

interface Props {
  /** Every sheet was read: pointing to 全部工作表 would send the user where they already are. */
  allSheets: boolean;
}

/** Nothing detected: say which labels a table is recognised by. */
export function NoTablesMessage({ allSheets }: Props) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('noTablesTitle')}</MessageBarTitle>
        {t('noTablesBody')}
        {allSheets ? null : ` ${t('noTablesSwitchHint')}`}
      </MessageBarBody>
    </MessageBar>
  );
}
