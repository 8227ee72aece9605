import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot, Root } from 'react-dom/client';
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webLightTheme,
} from '@fluentui/react-components';
import { App } from '../../taskpane/App';
import { Lang } from '../../taskpane/i18n';
import { BrowserHost } from '../browserHost';

const FRAME_DOCUMENT = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>绩效自评助手 任务窗格</title>
    <style>
      html, body { margin: 0; height: 100%; }
      body { font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Segoe UI', sans-serif; }
    </style>
  </head>
  <body><div id="pane"></div></body>
</html>`;

interface Props {
  host: BrowserHost;
  /** Changes whenever another workbook is opened: the pane starts afresh (its undo list was for the old one). */
  workbookId: number;
  className?: string;
  /** The page's language, which the pane's switch changes for the whole page. */
  lang: Lang;
  onLangChange(lang: Lang): void;
  /** A file is being dragged over the pane: the page shows its drop target over everything. */
  onFileDrag(): void;
}

/**
 * The task pane in a frame of its own, as Excel and WPS show it: its layout answers to the frame's width
 * (350 px), not the page's. It runs in this page's JavaScript, so it talks to the same BrowserHost object;
 * Fluent UI's styles and portals are pointed at the frame's document.
 */
export function PaneFrame({ host, workbookId, className, lang, onLangChange, onFileDrag }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const root = useRef<Root | null>(null);
  const [frameDocument, setFrameDocument] = useState<Document | null>(null);
  const renderer = useMemo(() => (frameDocument ? createDOMRenderer(frameDocument) : null), [frameDocument]);

  useEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  useEffect(() => {
    const container = frameDocument?.getElementById('pane');
    if (!frameDocument || !container || !renderer) return;
    root.current ??= createRoot(container);
    root.current.render(
      <RendererProvider renderer={renderer} targetDocument={frameDocument}>
        <FluentProvider targetDocument={frameDocument} theme={webLightTheme}>
          <App key={workbookId} host={host} lang={lang} onLangChange={onLangChange} />
        </FluentProvider>
      </RendererProvider>,
    );
    frameDocument.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [frameDocument, renderer, host, workbookId, lang, onLangChange]);

  // A file dropped on the frame would replace the pane with the file: hand the drag to the page instead.
  useEffect(() => {
    const view = frameDocument?.defaultView;
    if (!view) return;
    const enter = (event: DragEvent) => {
      if (!event.dataTransfer || !Array.from(event.dataTransfer.types).includes('Files')) return;
      event.preventDefault();
      onFileDrag();
    };
    const refuse = (event: DragEvent) => event.preventDefault();
    view.addEventListener('dragenter', enter);
    view.addEventListener('dragover', refuse);
    view.addEventListener('drop', refuse);
    return () => {
      view.removeEventListener('dragenter', enter);
      view.removeEventListener('dragover', refuse);
      view.removeEventListener('drop', refuse);
    };
  }, [frameDocument, onFileDrag]);

  return (
    <iframe
      ref={frame}
      className={className}
      title="绩效自评助手 任务窗格"
      srcDoc={FRAME_DOCUMENT}
      onLoad={() => setFrameDocument(frame.current?.contentDocument ?? null)}
    />
  );
}
