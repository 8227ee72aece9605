import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

export function Header() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1">{t('appTitle')}</Subtitle1>
      <LanguageSwitch />
    </header>
  );
}
