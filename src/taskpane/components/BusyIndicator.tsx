import { useEffect, useState } from 'react';
import { Field, ProgressBar, Spinner } from '@fluentui/react-components';
import { BusyState } from '../hooks/useTaskRunner';
import { useI18n } from '../LanguageContext';

/** Quick round trips (selecting a cell) would only flicker: the indicator appears after a moment. */
export const BUSY_DELAY_MS = 250;

export function BusyIndicator({ busy }: { busy: BusyState | null }) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  const active = busy !== null;
  useEffect(() => {
    if (!active) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), BUSY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [active]);

  if (!busy || !visible) return null;
  const p = busy.progress;
  if (p && p.total > 1) {
    const label = t('busyAnalyzingSheet', { sheet: p.item ?? '', done: p.done + 1, total: p.total });
    return (
      <Field validationMessage={label} validationState="none">
        <ProgressBar value={p.done / p.total} aria-label={label} />
      </Field>
    );
  }
  return <Spinner size="tiny" labelPosition="after" label={t(busy.label)} role="status" />;
}
