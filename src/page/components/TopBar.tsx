import { ChangeEvent, useRef } from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentTable20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { usePageText } from '../pageText';
import { PageStatus } from '../usePageWorkbook';

interface Props {
  fileName: string | null;
  status: PageStatus;
  canDownload: boolean;
  onOpenFile(file: File): void;
  onOpenSample(): void;
  onDownload(): void;
  onDismissStatus(): void;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  file: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    flexGrow: 1,
    color: tokens.colorNeutralForeground2,
  },
  fileName: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2, width: '100%' },
  status: { width: '100%' },
  hiddenInput: { display: 'none' },
});

/** The page's own actions: open a file (or the sample), download the checked copy; and what is going on. */
export function TopBar(props: Props) {
  const styles = useStyles();
  const t = usePageText();
  const input = useRef<HTMLInputElement>(null);
  const { status } = props;

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing the input lets the same file be picked again after changes were thrown away.
    event.target.value = '';
    if (file) props.onOpenFile(file);
  };

  return (
    <header className={styles.bar}>
      <h1 className={styles.title}>{t('title')}</h1>
      <div className={styles.file}>
        <DocumentTable20Regular aria-hidden />
        <Text className={styles.fileName} title={props.fileName ?? undefined} data-testid="file-name">
          {props.fileName ?? t('noFile')}
        </Text>
      </div>
      <div className={styles.actions}>
        <Button icon={<FolderOpen20Regular />} onClick={() => input.current?.click()}>
          {t('openFile')}
        </Button>
        <Button onClick={props.onOpenSample}>{t('openSample')}</Button>
        <Button
          appearance="primary"
          icon={<ArrowDownload20Regular />}
          disabledFocusable={!props.canDownload}
          onClick={props.onDownload}
        >
          {t('download')}
        </Button>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,.xlsm,.xls,.et,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
          aria-label={t('pickFile')}
          tabIndex={-1}
          onChange={picked}
          data-testid="file-input"
        />
      </div>
      <Text size={200} className={styles.hint}>
        {t('dropHint')}
      </Text>
      <div className={styles.status} aria-live="polite">
        {status.kind === 'loading' && <Spinner size="tiny" label={t('opening', { name: status.name })} />}
        {status.kind === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{status.message}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={props.onDismissStatus}>
                {t('close')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {status.kind === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('saved', { name: status.name })}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={props.onDismissStatus}>
                {t('close')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </header>
  );
}
