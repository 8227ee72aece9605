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

/**
 * The pane's language. Given `onChange`, the language is the caller's (`initial` follows it): the browser
 * page keeps one language for its own words and the pane's, switched from the pane.
 */
export function LanguageProvider({
  initial = DEFAULT_LANG,
  onChange,
  children,
}: {
  initial?: Lang;
  onChange?: (lang: Lang) => void;
  children: ReactNode;
}) {
  const [own, setOwn] = useState<Lang>(initial);
  const lang = onChange ? initial : own;
  const setLang = onChange ?? setOwn;
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, t]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useI18n(): LanguageState {
  return useContext(LanguageContext);
}
