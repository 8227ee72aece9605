import { makeStyles, Toolbar as FluentToolbar, ToolbarButton, tokens } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';

interface Props {
  busy: boolean;
  canMark: boolean;
  markedCount: number;
  /** Label of the action 撤销 would undo, null when there is none. */
  undoLabel: string | null;
  onRecheck(): void;
  onMark(): void;
  onClearMarks(): void;
  onUndo(): void;
}

const useStyles = makeStyles({
  toolbar: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS, paddingLeft: 0, paddingRight: 0 },
});

/**
 * The pane-wide actions; arrow keys move between them, Tab leaves the bar. Unavailable buttons stay
 * focusable so that a keyboard user's focus is not lost while a task runs.
 */
export function Toolbar(props: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const { busy, canMark, markedCount, undoLabel } = props;
  return (
    <FluentToolbar aria-label={t('actions')} className={styles.toolbar} size="small">
      <ToolbarButton disabledFocusable={busy} onClick={props.onRecheck}>
        {t('recheck')}
      </ToolbarButton>
      <ToolbarButton disabledFocusable={busy || !canMark} onClick={props.onMark}>
        {t('mark')}
      </ToolbarButton>
      <ToolbarButton disabledFocusable={busy || markedCount === 0} onClick={props.onClearMarks}>
        {t('clearMarks')}
      </ToolbarButton>
      <ToolbarButton
        disabledFocusable={busy || undoLabel === null}
        title={undoLabel === null ? t('nothingToUndo') : t('undoWhat', { label: undoLabel })}
        aria-label={undoLabel === null ? t('undo') : `${t('undo')}（${undoLabel}）`}
        onClick={props.onUndo}
      >
        {t('undo')}
      </ToolbarButton>
    </FluentToolbar>
  );
}
