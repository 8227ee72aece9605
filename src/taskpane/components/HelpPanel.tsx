import { makeStyles, Subtitle2, Text, tokens, useId } from '@fluentui/react-components';
import { MessageKey } from '../i18n';
import { useI18n } from '../LanguageContext';
import { SelfTestSection, SelfTestSectionProps } from './SelfTestSection';

const TOPICS: MessageKey[] = ['helpCheck', 'helpFormulas', 'helpMarks', 'helpUndo', 'helpPreset'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
});

interface Props {
  /** What the host cannot do here, in its own words (Chinese). */
  limitations: readonly string[];
  /** The 自检 section: run the self-test and show its report. */
  selfTest: SelfTestSectionProps;
}

/** What each action does, how a table is recognised, and what this host cannot do. */
export function HelpPanel({ limitations, selfTest }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const helpId = useId('help');
  const limitsId = useId('limits');
  return (
    <div className={styles.root}>
      <section aria-labelledby={helpId}>
        <Subtitle2 block as="h2" id={helpId}>
          {t('helpTitle')}
        </Subtitle2>
        <ul role="list" className={styles.list}>
          {TOPICS.map((key) => (
            <li key={key} role="listitem">
              <Text>{t(key)}</Text>
            </li>
          ))}
        </ul>
        <Text block as="p">
          {t('noTablesBody')}
        </Text>
      </section>
      {limitations.length > 0 && (
        <section aria-labelledby={limitsId}>
          <Subtitle2 block as="h2" id={limitsId}>
            {t('limitationsTitle')}
          </Subtitle2>
          <ul role="list" className={styles.list} lang="zh-CN">
            {limitations.map((text) => (
              <li key={text} role="listitem">
                <Text>{text}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SelfTestSection {...selfTest} />
    </div>
  );
}
