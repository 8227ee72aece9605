import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PageApp } from './PageApp';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
    <PageApp />
  </FluentProvider>,
);
