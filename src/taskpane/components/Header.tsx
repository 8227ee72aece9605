import { ReactNode } from 'react';
import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    // The status stays in sight while the pane scrolls, however narrow it is.
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  title: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The pane's title with the sheet's status at a glance, and the language switch. */
export function Header({ status }: { status?: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <Subtitle1 as="h1">{t('appTitle')}</Subtitle1>
        {status}
      </div>
      <LanguageSwitch />
    </header>
  );
}
