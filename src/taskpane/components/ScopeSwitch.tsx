import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { Scope } from '../hooks/useWorkbookAnalysis';
import { useI18n } from '../LanguageContext';

interface Props {
  scope: Scope;
  onChange(scope: Scope): void;
}

/** Check the active sheet only, or every sheet of the workbook. */
export function ScopeSwitch({ scope, onChange }: Props) {
  const { t } = useI18n();
  return (
    <Field label={t('scope')} size="small">
      <RadioGroup
        layout="horizontal"
        value={scope}

        onChange={(_, data) => onChange(data.value as Scope)}
      >
        <Radio value="active" label={t('scopeActive')} />
        <Radio value="all" label={t('scopeAll')} />
      </RadioGroup>
    </Field>
  );
}
