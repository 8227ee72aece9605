import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Finding } from '../../core/findings';
import { RULE_LABEL } from '../i18n';
import { useI18n } from '../LanguageContext';
import { SeverityBadge } from './SeverityBadge';

interface Props {
  finding: Finding;
  onSelect(sheet: string, a1: string): void;
  /** Fixed since the last check: shown a moment longer, struck through, marked 已修正. */
  fixed?: boolean;
}

const useStyles = makeStyles({
  button: {
    width: '100%',
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    justifyItems: 'start',
    alignItems: 'center',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  head: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  rule: { color: tokens.colorNeutralForeground3 },
  message: { gridColumn: '1 / -1', overflowWrap: 'anywhere' },
  fixed: { color: tokens.colorNeutralForegroundDisabled, textDecorationLine: 'line-through' },
});

/** One finding: severity, cell, rule and message; a click selects the cell. */
export function FindingItem({ finding, onSelect, fixed = false }: Props) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      title={t('goToCell', { cell: `${finding.sheet}!${finding.cell}` })}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      {fixed ? (
        <Badge appearance="tint" color="success" shape="rounded">
          {t('fixedFinding')}
        </Badge>
      ) : (
        <SeverityBadge severity={finding.severity} />
      )}
      <span className={styles.head}>
        <span className={styles.cell}>{finding.cell}</span>
        {/* The rule id is for people reading docs/checker.md or the JSON: shown in English, a tooltip in Chinese. */}
        {lang === 'zh' ? (
          <span className={styles.rule} title={`${t('ruleLabel')}：${finding.rule}`}>
            {t(RULE_LABEL[finding.rule])}
          </span>
        ) : (
          <span className={styles.rule}>
            {t(RULE_LABEL[finding.rule])} · <code>{finding.rule}</code>
          </span>
        )}
      </span>
      <span className={fixed ? mergeClasses(styles.message, styles.fixed) : styles.message}>
        {lang === 'zh' ? finding.message : finding.messageEn}
      </span>
    </Button>
  );
}
