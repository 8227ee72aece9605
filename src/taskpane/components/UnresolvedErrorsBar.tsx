import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';

/**
 * 「有 N 个错误未处理」, with no close button: where the host cannot warn before a save (Excel's add-in
 * API has no before-save event) the pane keeps saying it while errors remain.
 */
export function UnresolvedErrorsBar({ errors, onView }: { errors: number; onView(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="singleline">
      <MessageBarBody>
        <MessageBarTitle>{t('unresolvedErrors', { count: errors })}</MessageBarTitle>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onView}>
          {t('viewErrors')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
