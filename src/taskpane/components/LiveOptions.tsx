import { makeStyles, Switch, tokens } from '@fluentui/react-components';
import { WorkbookSwitch } from '../hooks/useWorkbookSwitch';
import { useI18n } from '../LanguageContext';

interface Props {
  /** Null where the host cannot report edits. */
  liveCheck: WorkbookSwitch | null;
  /** Null where the host announces no saves. */
  saveGate: WorkbookSwitch | null;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
});

/** 边输入边检查 and 保存前提醒, each kept in the workbook's settings. */
export function LiveOptions({ liveCheck, saveGate }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!liveCheck && !saveGate) return null;
  return (
    <div className={styles.root}>
      {liveCheck && (
        <Switch
          label={t('liveCheck')}
          checked={liveCheck.on}
          onChange={(_, data) => void liveCheck.set(data.checked)}
        />
      )}
      {saveGate && (
        <Switch
          label={t('saveGate')}
          checked={saveGate.on}
          onChange={(_, data) => void saveGate.set(data.checked)}
        />
      )}
    </div>
  );
}
