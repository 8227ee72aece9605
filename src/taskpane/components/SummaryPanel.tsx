import { Badge, Button, makeStyles, Subtitle2, Text, tokens, useId } from '@fluentui/react-components';
import { rangeToA1 } from '../../core/address';
import { layoutLabel } from '../i18n';
import { useI18n } from '../LanguageContext';
import { SheetResult } from '../model/sheetResult';
import { STACKED_LIST } from './plainList';

interface Props {
  sheets: readonly SheetResult[];
  onSelect(sheet: string, a1: string): void;
}

const useStyles = makeStyles({
  list: STACKED_LIST,
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
});

/** The tables found, by layout, range and title; a click selects the table in the sheet. */
export function SummaryPanel({ sheets, onSelect }: Props) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const headingId = useId('summary');
  const tables = sheets.flatMap((s) =>
    s.analysis.regions.map((region) => ({ sheet: s.snapshot.name, region })),
  );
  const sheetCount = new Set(tables.map((x) => x.sheet)).size;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 block as="h2" id={headingId}>
        {t('summaryTitle')}
      </Subtitle2>
      <Text block as="p" size={200}>
        {t('summaryCount', { count: tables.length, sheets: sheetCount })}
      </Text>
      <ul role="list" className={styles.list}>
        {tables.map(({ sheet, region }) => {
          const range = rangeToA1(region.range);
          return (
            <li key={`${sheet}!${range}`} role="listitem">
              <Button
                appearance="subtle"
                className={styles.item}
                title={t('selectRange', { range: `${sheet}!${range}` })}
                onClick={() => onSelect(sheet, range)}
              >
                <Badge appearance="outline" color="brand" shape="rounded">
                  {layoutLabel(lang, region.layout)}
                </Badge>
                <span className={styles.title}>{region.title}</span>
                <span className={styles.where}>{t('tableOnSheet', { sheet, range })}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
