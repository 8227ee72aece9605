import { Select, useId } from '@fluentui/react-components';
import { Lang } from '../i18n';
import { useI18n } from '../LanguageContext';

const NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const id = useId('language');
  return (
    <Select
      id={id}
      size="small"
      aria-label={`${t('language')} / Language`}
      value={lang}
      onChange={(_, data) => setLang(data.value as Lang)}
    >
      {(Object.keys(NAMES) as Lang[]).map((l) => (
        <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
          {NAMES[l]}
        </option>
      ))}
    </Select>
  );
}
