import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Host } from '../hosts/host';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Lang } from './i18n';
import { LanguageProvider, useI18n } from './LanguageContext';
import { SelfTestEnvironment } from './selfTest/types';
import { PaneView, TaskPane } from './TaskPane';

export interface AppProps {
  /** The spreadsheet the pane works on: Excel, WPS, or a file opened in the browser page. */
  host: Host;
  lang?: Lang;
  /** Makes the language the caller's: the pane's switch reports here and `lang` follows (the browser page). */
  onLangChange?: (lang: Lang) => void;
  /** The view to open on (the ribbon's 写入公式 button opens `formulas`). */
  initialView?: PaneView;
  /** What this host cannot do, in Chinese sentences (Excel's missing requirement sets). */
  limitations?: readonly string[];
  /** What the host says about itself (version, requirement sets) for the 自检 report. */
  selfTestEnvironment?: SelfTestEnvironment;
}

function GuardedPane(props: Omit<AppProps, 'lang' | 'onLangChange'>) {
  const { t } = useI18n();
  return (
    <ErrorBoundary t={t}>
      <TaskPane {...props} />
    </ErrorBoundary>
  );
}

/** The task pane, mountable over any Host. */
export function App({ lang, onLangChange, ...pane }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={lang} onChange={onLangChange}>
        <GuardedPane {...pane} />
      </LanguageProvider>
    </FluentProvider>
  );
}
