import { Badge, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { showValue } from '../../core/formulas/messages';
import { roleNameEn, roleNameZh } from '../../core/formulas/targets';
import { toA1 } from '../../core/address';
import { useI18n } from '../LanguageContext';
import { formulaBreakParts } from '../model/formulaBreaks';
import { PreviewItem } from '../model/formulaPreview';

interface Props {
  entry: PreviewItem;
  onOverwrite(key: string, on: boolean): void;
}

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(3.5em, auto) 1fr auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    alignItems: 'baseline',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  // a break inside a token only when a piece alone is wider than the pane
  change: { overflowWrap: 'anywhere' },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  role: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  conflict: {
    gridColumn: '1 / -1',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** A formula that wraps after its operators and commas (formulaBreaks.ts), never mid-reference. */
function FormulaText({ formula, className }: { formula: string; className: string }) {
  const parts = formulaBreakParts(formula);
  return (
    <span className={className} data-formula={formula}>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </span>
      ))}
    </span>
  );
}

/** One planned cell: current value → formula = result; a conflict shows both values and asks. */
export function FormulaRow({ entry, onOverwrite }: Props) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const { item, written, key } = entry;
  const cell = toA1(item.row, item.col);
  const current = item.current.formula ?? showValue(item.current.value, item.role, lang);
  const computed = showValue(item.computed, item.role, lang);
  const conflict = item.status === 'conflict';
  return (
    <li role="listitem" className={styles.row}>
      <span className={styles.cell}>{cell}</span>
      <span className={styles.change}>
        <span className={styles.role}>{lang === 'zh' ? roleNameZh(item.role) : roleNameEn(item.role)}</span>{' '}
        {current} → <FormulaText formula={item.formula} className={styles.formula} /> = {computed}
      </span>
      <Badge appearance="tint" shape="rounded" color={written ? 'success' : 'warning'}>
        {written ? t('willWrite') : t('leftAlone')}
      </Badge>
      {conflict && (
        <div className={styles.conflict}>
          <div>
            <strong>{t('conflictTitle')}</strong>：{t('conflictBody', { current, computed })}
          </div>
          <Checkbox
            checked={written}
            label={t('conflictOverwrite', { cell })}
            onChange={(_, data) => onOverwrite(key, data.checked === true)}
          />
        </div>
      )}
    </li>
  );
}
