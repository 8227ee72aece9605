import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { rangeToA1 } from '../../core/address';
import { Finding } from '../../core/findings';
import { useI18n } from '../LanguageContext';
import { SheetResult } from '../model/sheetResult';
import { FindingItem } from './FindingItem';
import { STACKED_LIST } from './plainList';

interface Props {
  sheets: readonly SheetResult[];
  onSelect(sheet: string, a1: string): void;
}

interface TableGroup {
  key: string;
  title: string;
  where: string;
  findings: Finding[];
}

const useStyles = makeStyles({
  list: STACKED_LIST,
  group: { marginTop: tokens.spacingVerticalS },
  groupTitle: { margin: 0, overflowWrap: 'anywhere' },
});

/** Findings of each table together, in the order the checks report them. */
function groupByTable(sheets: readonly SheetResult[]): TableGroup[] {
  const groups: TableGroup[] = [];
  for (const { snapshot, analysis } of sheets) {
    analysis.regions.forEach((region, index) => {
      const findings = analysis.findings.filter((f) => f.region === index);
      if (findings.length === 0) return;
      const range = rangeToA1(region.range);
      groups.push({
        key: `${snapshot.name}!${range}`,
        title: region.title,
        where: `${snapshot.name}!${range}`,
        findings,
      });
    });
  }
  return groups;
}

export function FindingsList({ sheets, onSelect }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId('findings');
  const groups = groupByTable(sheets);
  const all = groups.flatMap((g) => g.findings);
  const count = (severity: Finding['severity']) => all.filter((f) => f.severity === severity).length;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 block as="h2" id={headingId}>
        {t('findingsTitle')}
      </Subtitle2>
      {all.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('noFindings')}</MessageBarTitle>
            {t('noFindingsDetail')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text block as="p" size={200}>
            {t('findingsCount', { error: count('error'), warning: count('warning'), info: count('info') })}
          </Text>
          {groups.map((g) => (
            <div key={g.key} className={styles.group}>
              <Text block as="h3" weight="semibold" className={styles.groupTitle}>
                {g.title} <Text size={200}>({g.where})</Text>
              </Text>
              <ul role="list" className={styles.list} aria-label={`${g.title} ${g.where}`}>
                {g.findings.map((f, i) => (
                  <li key={`${f.rule}@${f.cell}#${i}`} role="listitem">
                    <FindingItem finding={f} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
