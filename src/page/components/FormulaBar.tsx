import { makeStyles, tokens } from '@fluentui/react-components';
import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { SheetView } from '../grid/sheetView';

import { usePageText } from '../pageText';

interface Props {
  view: SheetView | null;
  selection: CellRange | null;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'stretch',
    minHeight: '28px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
  },
  address: {
    width: '96px',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    paddingLeft: tokens.spacingHorizontalS,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
  },
  fx: {
    display: 'flex',
    alignItems: 'center',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontStyle: 'italic',
  },
  content: {
    display: 'flex',
    alignItems: 'center',
    minWidth: 0,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
});

/** The selected cell's address and what it holds: its formula when it has one, else its value as shown. */
export function FormulaBar({ view, selection }: Props) {
  const t = usePageText();
  const styles = useStyles();
  // A merged area goes by its first cell, as in Excel's name box.
  const address = !selection
    ? ''
    : view && sameArea(view.areaOf(selection.top, selection.left), selection)
      ? toA1(selection.top, selection.left)
      : rangeToA1(selection);
  const content =
    view && selection
      ? (view.formula(selection.top, selection.left) ?? view.text(selection.top, selection.left))
      : '';
  return (
    <div className={styles.bar} role="group" aria-label={t('formulaBar')}>
      <output className={styles.address} aria-label={t('selectedCell')} data-testid="formula-bar-address">
        {address}
      </output>
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <output
        className={styles.content}
        aria-label={t('cellContent')}
        data-testid="formula-bar-content"
        title={content}
      >
        {content.replace(/\n/g, ' ')}
      </output>
    </div>
  );
}

function sameArea(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
