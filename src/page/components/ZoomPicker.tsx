import { makeStyles, Select, tokens, useId } from '@fluentui/react-components';
import { ZoomChoice } from '../grid/geometry';

import { usePageText } from '../pageText';

interface Props {
  choice: ZoomChoice;
  /** What `fit` comes to now. */
  fitted: number;
  onChange(choice: ZoomChoice): void;
}

const FIXED = [0.75, 1, 1.25, 1.5];
const percent = (z: number) => `${Math.round(z * 100)}%`;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalS,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The grid's zoom: fitted to the window's width by default, or a fixed size. */
export function ZoomPicker({ choice, fitted, onChange }: Props) {
  const styles = useStyles();
  const t = usePageText();
  const id = useId('zoom');
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {t('zoom')}
      </label>
      <Select
        id={id}
        size="small"
        appearance="underline"
        value={String(choice)}
        onChange={(_, data) => onChange(data.value === 'fit' ? 'fit' : Number(data.value))}
      >
        <option value="fit">{t('zoomFit', { percent: percent(fitted) })}</option>
        {FIXED.map((z) => (
          <option key={z} value={String(z)}>
            {percent(z)}
          </option>
        ))}
      </Select>
    </div>
  );
}
