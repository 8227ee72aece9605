import { useRef, useState } from 'react';
import { Button, makeStyles, Subtitle2, Text, Textarea, tokens, useId } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';
import { itemLine, reportText } from '../selfTest/reportText';
import { SelfTestReport } from '../selfTest/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  differs: { color: tokens.colorPaletteRedForeground1 },
  unchecked: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  report: { fontFamily: tokens.fontFamilyMonospace },
});

export interface SelfTestSectionProps {
  busy: boolean;
  report: SelfTestReport | null;
  onRun: () => void;
}

/** 自检: a button that runs the self-test, the verdict per behaviour, and the report to copy. */
export function SelfTestSection({ busy, report, onRun }: SelfTestSectionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const titleId = useId('self-test');
  const text = report ? reportText(report, t) : '';
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      // Office webviews may refuse the clipboard: select the text so Ctrl+C copies it
      area.current?.focus();
      area.current?.select();
      setCopied('failed');
    }
  };

  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <Subtitle2 block as="h2" id={titleId}>
        {t('selfTestTitle')}
      </Subtitle2>
      <Text block>{t('selfTestIntro')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onRun}>
          {t('selfTestRun')}
        </Button>
        {report && (
          <Button disabled={busy} onClick={() => void copy()}>
            {t('selfTestCopy')}
          </Button>
        )}
      </div>
      {copied && (
        <Text role="status">{t(copied === 'copied' ? 'selfTestCopied' : 'selfTestCopyFailed')}</Text>
      )}
      {report && (
        <>
          <ul role="list" className={styles.list}>
            {report.items.map((item) => (
              <li
                key={item.id}
                role="listitem"
                className={
                  item.status === 'differs'
                    ? styles.differs
                    : item.status === 'unchecked'
                      ? styles.unchecked
                      : undefined
                }
              >
                <Text>{itemLine(item, t)}</Text>
              </li>
            ))}
          </ul>
          <Textarea
            ref={area}
            className={styles.report}
            aria-label={t('selfTestReportLabel')}
            value={text}
            readOnly
            resize="vertical"
            rows={8}
          />
        </>
      )}
    </section>
  );
}
