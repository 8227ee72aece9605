import { createRoot } from 'react-dom/client';
import { createPaneHost, PaneHost, readyHostKind } from '../hosts/detectHost';
import { App } from './App';
import { StartupMessage } from './components/StartupMessage';
import { paneEnvironment } from './selfTest/environment';
import { isPaneView } from './TaskPane';

/** What the client lacks, for the 帮助 view; the ribbon's notice dialog is not the pane's concern. */
function limitationsOf(pane: PaneHost): string[] {
  if (pane.kind !== 'excel') return [];
  return pane.host.requirements
    .unavailable()
    .filter((r) => r.feature !== 'notificationDialog')
    .map((r) => r.withoutIt);
}

// Excel: after Office.onReady (the host touches Excel and the document settings); WPS: at once.
async function start(): Promise<void> {
  const container =
    document.getElementById('container') ?? document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  try {
    const pane = createPaneHost(await readyHostKind());
    const view = new URLSearchParams(window.location.search).get('view');
    root.render(
      <App
        host={pane.host}
        initialView={isPaneView(view) ? view : undefined}
        limitations={limitationsOf(pane)}
        selfTestEnvironment={paneEnvironment(pane)}
      />,
    );
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    root.render(<StartupMessage title="绩效自评助手无法启动" detail={detail} />);
  }
}

void start();
