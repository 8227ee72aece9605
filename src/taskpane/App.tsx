import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Host } from '../hosts/host';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Lang } from './i18n';
import { LanguageProvider, useI18n } from './LanguageContext';
import { TaskPane } from './TaskPane';

export interface AppProps {
  /** The spreadsheet the pane works on: Excel, WPS, or a file opened in the browser page. */
  host: Host;
  lang?: Lang;
}

function GuardedPane({ host }: { host: Host }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary t={t}>
      <TaskPane host={host} />
    </ErrorBoundary>
  );
}

/** The task pane, mountable over any Host. */
export function App({ host, lang }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={lang}>
        <GuardedPane host={host} />
      </LanguageProvider>
    </FluentProvider>
  );
}
