import { Badge, BadgeProps } from '@fluentui/react-components';
import { Severity } from '../../core/findings';
import { SEVERITY_LABEL } from '../i18n';
import { useI18n } from '../LanguageContext';

const COLOR: Record<Severity, BadgeProps['color']> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** 错误 / 警告 / 提示, in words as well as colour. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded">
      {t(SEVERITY_LABEL[severity])}
    </Badge>
  );
}
