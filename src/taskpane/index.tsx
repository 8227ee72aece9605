import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../hosts/excel/createExcelHost';
import { App } from './App';

/* global Office */

// Office.js must be ready before the host touches Excel or the document settings.
Office.onReady(() => {
  const container =
    document.getElementById('container') ?? document.body.appendChild(document.createElement('div'));
  createRoot(container).render(<App host={createExcelHost()} />);
});
