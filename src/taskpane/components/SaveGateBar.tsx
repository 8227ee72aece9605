import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { SaveGatePrompt } from '../hooks/useSaveGate';
import { useI18n } from '../LanguageContext';

interface Props {
  prompt: SaveGatePrompt;
  onView(): void;
  onSaveAnyway(): void;
  onDismiss(): void;
}

/** 「发现 N 个错误，仍要保存吗？」 with 查看 / 仍然保存, or, when the save could not be held, what went out. */
export function SaveGateBar({ prompt, onView, onSaveAnyway, onDismiss }: Props) {
  const { t } = useI18n();
  const held = prompt.kind === 'held';
  return (
    <MessageBar intent={held ? 'warning' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>
          {t(held ? 'saveHeld' : 'savedWithErrors', { count: prompt.errors })}
        </MessageBarTitle>
        {held && t('saveHeldDetail')}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onView}>
          {t('viewErrors')}
        </Button>
        {held ? (
          <Button size="small" appearance="primary" onClick={onSaveAnyway}>
            {t('saveAnyway')}
          </Button>
        ) : (
          <Button size="small" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
