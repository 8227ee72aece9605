import { Badge } from '@fluentui/react-components';
import { useI18n } from '../LanguageContext';

interface Props {
  /** Null before the first check finished. */
  errors: number | null;
  warnings: number;
}

/** The header's status at a glance: 无问题 / N 个错误 · M 个警告, kept short for the narrowest pane. */
export function SheetStatus({ errors, warnings }: Props) {
  const { t } = useI18n();
  if (errors === null) return null;
  const clean = errors === 0 && warnings === 0;
  return (
    <Badge
      role="status"
      aria-label={`${t('statusLabel')}：${clean ? t('statusClean') : t('statusCounts', { error: errors, warning: warnings })}`}
      appearance={errors > 0 ? 'filled' : 'tint'}
      color={errors > 0 ? 'danger' : warnings > 0 ? 'warning' : 'success'}
      shape="rounded"
    >
      {clean ? t('statusClean') : t('statusCounts', { error: errors, warning: warnings })}
    </Badge>
  );
}
