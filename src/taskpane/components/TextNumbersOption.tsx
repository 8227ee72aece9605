import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { toA1 } from '../../core/address';
import { TextNumberItem } from '../../core/formulas';
import { useI18n } from '../LanguageContext';

interface Props {
  items: readonly TextNumberItem[];
  checked: boolean;
  onChange(on: boolean): void;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** 把文本型数字转换为数字: every cell is listed before the user confirms by ticking. */
export function TextNumbersOption({ items, checked, onChange }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div>
      <Checkbox
        checked={checked}
        label={t('textNumbersOption', { count: items.length })}
        onChange={(_, data) => onChange(data.checked === true)}
      />
      <Text block as="p" size={200}>
        {t('textNumbersHint')}
      </Text>
      <ul role="list" className={styles.list}>
        {items.map((item) => (
          <li key={`${item.sheet}!${item.row},${item.col}`} role="listitem" className={styles.mono}>
            {t('textNumberItem', {
              cell: `${item.sheet}!${toA1(item.row, item.col)}`,
              text: item.text,
              value: item.value,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
