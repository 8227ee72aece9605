import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { Declarations } from '../hooks/useDeclarations';
import { useI18n } from '../LanguageContext';

interface Props {
  declarations: Declarations;
  busy: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

/** 比对申报表: picks a declaration workbook from disk; its targets are compared, the file stays on the machine. */
export function DeclarationPicker({ declarations, busy }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { loaded } = declarations;
  return (
    <div className={styles.root}>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('declarationsPick')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void declarations.load(file);
        }}
      />
      <Button size="small" disabledFocusable={busy} onClick={() => input.current?.click()}>
        {t('declarationsPick')}
      </Button>
      {loaded ? (
        <>
          <Text size={200}>
            {t('declarationsShown', { file: loaded.fileName, count: loaded.tables.length })}
          </Text>
          <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={declarations.clear}>
            {t('declarationsClear')}
          </Button>
        </>
      ) : (
        <Text size={200}>{t('declarationsHint')}</Text>
      )}
    </div>
  );
}
