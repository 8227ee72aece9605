import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { DEFAULT_LANG, Lang, MessageKey, Params, translate, Translate } from './i18n';

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const LanguageContext = createContext<LanguageState>({
  lang: DEFAULT_LANG,
  setLang: () => undefined,
  t: (key, params) => translate(DEFAULT_LANG, key, params),
});

export function LanguageProvider({
  initial = DEFAULT_LANG,
  children,
}: {
  initial?: Lang;
  children: ReactNode;
}) {
  const [lang, setLang] = useState<Lang>(initial);
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, t]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useI18n(): LanguageState {
  return useContext(LanguageContext);
}
