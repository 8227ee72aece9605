import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { toA1 } from '../../core/address';
import { useI18n } from '../LanguageContext';
import { RegionPreview } from '../model/formulaPreview';
import { FormulaRow } from './FormulaRow';
import { PLAIN_LIST } from './plainList';

interface Props {
  preview: RegionPreview;
  onOverwrite(key: string, on: boolean): void;
}

const useStyles = makeStyles({
  title: { margin: 0, overflowWrap: 'anywhere' },
  list: PLAIN_LIST,
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground3 },
});

/** The planned cells of one table. */
export function RegionFormulas({ preview, onOverwrite }: Props) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const where = `${preview.sheet}!${preview.range}`;
  return (
    <section aria-label={`${preview.title} ${where}`}>
      <Text block as="h2" weight="semibold" className={styles.title}>
        {preview.title} <Text size={200}>({where})</Text>
      </Text>
      {preview.items.length > 0 && (
        <ul role="list" className={styles.list}>
          {preview.items.map((entry) => (
            <FormulaRow key={entry.key} entry={entry} onOverwrite={onOverwrite} />
          ))}
        </ul>
      )}
      {preview.unchanged > 0 && (
        <Text block size={200}>
          {t('formulasUnchanged', { count: preview.unchanged })}
        </Text>
      )}
      {preview.plan.skipped.length > 0 && (
        <>
          <Text block as="p" size={200} weight="semibold">
            {t('skippedTitle')}
          </Text>
          <ul role="list" className={styles.skipped}>
            {preview.plan.skipped.map((s) => (
              <li key={`${s.row},${s.col}`} role="listitem">
                {toA1(s.row, s.col)}：{lang === 'zh' ? s.messageZh : s.messageEn}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
