import { Field, Select } from '@fluentui/react-components';
import { Preset, PRESETS } from '../../core/presets';
import { useI18n } from '../LanguageContext';

interface Props {
  preset: Preset;
  onChange(id: string): void;
}

/** The preset (DOMAIN.md §5); the workbook remembers the choice. */
export function PresetPicker({ preset, onChange }: Props) {
  const { lang, t } = useI18n();
  return (
    <Field label={t('preset')} hint={t('presetHint')} size="small">
      <Select value={preset.id} onChange={(_, data) => onChange(data.value)}>
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {lang === 'zh' ? p.name : p.nameEn}
          </option>
        ))}
      </Select>
    </Field>
  );
}
