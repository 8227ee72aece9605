import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../hosts/excel/createExcelHost';
import { App } from './App';
import { isPaneView } from './TaskPane';

/* global Office */

// Office.js must be ready before the host touches Excel or the document settings.
Office.onReady(() => {
  const host = createExcelHost();
  const view = new URLSearchParams(window.location.search).get('view');
  const limitations = host.requirements
    .unavailable()
    // The ribbon's notice dialog is not the pane's concern.
    .filter((r) => r.feature !== 'notificationDialog')
    .map((r) => r.withoutIt);
  const container =
    document.getElementById('container') ?? document.body.appendChild(document.createElement('div'));
  createRoot(container).render(
    <App host={host} initialView={isPaneView(view) ? view : undefined} limitations={limitations} />,
  );
});
