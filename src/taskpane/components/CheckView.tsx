import { makeStyles, tokens } from '@fluentui/react-components';
import { TrailEntry } from '../model/findingsTrail';
import { SheetResult } from '../model/sheetResult';
import { FindingsList } from './FindingsList';
import { NoTablesMessage } from './NoTablesMessage';
import { SummaryPanel } from './SummaryPanel';

interface Props {
  sheets: readonly SheetResult[];
  /** The results cover every sheet (全部工作表), not only the active one. */
  allSheets: boolean;
  onSelect(sheet: string, a1: string): void;
  trail?: readonly TrailEntry[];
}

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '1fr',
    gap: tokens.spacingVerticalL,
    '@media (min-width: 720px)': { gridTemplateColumns: 'minmax(260px, 1fr) 2fr', alignItems: 'start' },
  },
});

/** Tables found and their findings: stacked in a task pane, side by side on a wide page. */
export function CheckView({ sheets, allSheets, onSelect, trail }: Props) {
  const styles = useStyles();
  const tableCount = sheets.reduce((n, s) => n + s.analysis.regions.length, 0);
  if (tableCount === 0) return <NoTablesMessage allSheets={allSheets} />;
  return (
    <div className={styles.root}>
      <SummaryPanel sheets={sheets} onSelect={onSelect} />
      <FindingsList sheets={sheets} onSelect={onSelect} trail={trail} />
    </div>
  );
}
