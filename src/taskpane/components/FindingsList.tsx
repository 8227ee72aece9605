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
import { freshTrail, TrailEntry } from '../model/findingsTrail';
import { SheetResult } from '../model/sheetResult';
import { FindingItem } from './FindingItem';
import { STACKED_LIST } from './plainList';

interface Props {
  sheets: readonly SheetResult[];
  onSelect(sheet: string, a1: string): void;
  /** The findings in the order shown, fixed ones included for a moment (live check); else the checks' own. */
  trail?: readonly TrailEntry[];
}

interface TableGroup {
  key: string;
  title: string;
  where: string;
  entries: TrailEntry[];
}

const useStyles = makeStyles({
  list: STACKED_LIST,
  group: { marginTop: tokens.spacingVerticalS },
  groupTitle: { margin: 0, overflowWrap: 'anywhere' },
});

/** Findings of each table together, in the trail's order. */
function groupByTable(sheets: readonly SheetResult[], trail: readonly TrailEntry[]): TableGroup[] {
  const groups: TableGroup[] = [];
  for (const { snapshot, analysis } of sheets) {
    analysis.regions.forEach((region, index) => {
      const entries = trail.filter((e) => e.finding.sheet === snapshot.name && e.finding.region === index);
      if (entries.length === 0) return;
      const range = rangeToA1(region.range);
      groups.push({
        key: `${snapshot.name}!${range}`,
        title: region.title,
        where: `${snapshot.name}!${range}`,
        entries,
      });
    });
  }
  return groups;
}

export function FindingsList({ sheets, onSelect, trail }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId('findings');
  const groups = groupByTable(sheets, trail ?? freshTrail(sheets.flatMap((s) => s.analysis.findings)));
  const shown = groups.flatMap((g) => g.entries);
  const all = shown.filter((e) => e.fixedAt === null).map((e) => e.finding);
  const count = (severity: Finding['severity']) => all.filter((f) => f.severity === severity).length;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 block as="h2" id={headingId}>
        {t('findingsTitle')}
      </Subtitle2>
      {shown.length === 0 ? (
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
                {g.entries.map((e) => (
                  <li key={e.key} role="listitem">
                    <FindingItem finding={e.finding} onSelect={onSelect} fixed={e.fixedAt !== null} />
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
