import { useCallback, useEffect, useState } from 'react';
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { DropOverlay } from './components/DropOverlay';
import { FormulaBar } from './components/FormulaBar';
import { PaneFrame } from './components/PaneFrame';
import { SheetTabs } from './components/SheetTabs';
import { TopBar } from './components/TopBar';
import { ZoomPicker } from './components/ZoomPicker';
import { downloadWorkbook } from './download';
import { ZoomChoice } from './grid/geometry';
import { SheetGrid } from './grid/SheetGrid';
import { openFile, openSample, SAMPLE_NAME } from './openWorkbook';
import { Lang } from '../taskpane/i18n';
import { PageLanguage, pageText } from './pageText';
import { usePageWorkbook } from './usePageWorkbook';

/** Width of the task pane, as Excel gives an add-in's pane. */
export const PANE_WIDTH = 350;
const NARROW = '@media (max-width: 760px)';

const useStyles = makeStyles({
  page: {
    height: '100vh',
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { height: 'auto', minHeight: '100vh' },
  },
  work: {
    display: 'grid',
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}px`,
    minHeight: 0,
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)', gridTemplateRows: 'auto auto' },
  },
  sheet: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr) auto',
    gridTemplateColumns: 'minmax(0, 1fr)',
    minWidth: 0,
    minHeight: 0,
    [NARROW]: { height: '60vh' },
  },
  gridArea: { minHeight: 0, minWidth: 0, position: 'relative' },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  placeholder: { display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%' },
  pane: {
    // the border inside the width: a 350 px pane plus its 1 px line made the page 1 px wider than the window
    boxSizing: 'border-box',
    width: `${PANE_WIDTH}px`,
    height: '100%',
    border: 'none',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'block',
    [NARROW]: {
      width: '100%',
      height: '80vh',
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
});

function hasFiles(event: DragEvent): boolean {
  return !!event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * The browser page: an .xlsx opened in the browser as a grid on the left, the add-in's task pane on the
 * right working on it through a BrowserHost, and a download of the changed copy. Opens on the sample.
 */
export function PageApp() {
  const styles = useStyles();
  const workbook = usePageWorkbook();
  const { host, open, setStatus } = workbook;
  const [dragging, setDragging] = useState(false);
  const [zoom, setZoom] = useState<ZoomChoice>('fit');
  const [fitted, setFitted] = useState(1);
  const [lang, setLang] = useState<Lang>('zh');
  const t = (key: Parameters<typeof pageText>[1], params?: Record<string, string>) =>
    pageText(lang, key, params);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = pageText(lang, 'title');
  }, [lang]);

  useEffect(() => {
    void open(openSample, SAMPLE_NAME);
  }, [open]);

  const openPicked = useCallback((file: File) => void open(() => openFile(file), file.name), [open]);

  const startDrag = useCallback((event: DragEvent) => {
    if (hasFiles(event)) setDragging(true);
  }, []);

  useEffect(() => {
    window.addEventListener('dragenter', startDrag);
    return () => window.removeEventListener('dragenter', startDrag);
  }, [startDrag]);

  const download = useCallback(async () => {
    if (!host) return;
    try {
      setStatus({ kind: 'saved', name: await downloadWorkbook(host) });
    } catch (e) {
      setStatus({
        kind: 'error',
        message: pageText(lang, 'downloadFailed', { message: (e as Error).message }),
      });
    }
  }, [host, setStatus, lang]);

  const { view, selection } = workbook;
  return (
    <PageLanguage.Provider value={lang}>
      <div className={styles.page}>
        <TopBar
          fileName={host?.fileName ?? null}
          status={workbook.status}
          canDownload={!!host}
          onOpenFile={openPicked}
          onOpenSample={() => void open(openSample, SAMPLE_NAME)}
          onDownload={() => void download()}
          onDismissStatus={() => setStatus({ kind: 'ready' })}
        />
        <main className={styles.work}>
          <section className={styles.sheet} aria-label={t('sheetContent')}>
            <FormulaBar view={view} selection={selection} />
            <div className={styles.gridArea}>
              {view ? (
                <SheetGrid
                  key={`${workbook.workbookId}:${view.name}`}
                  view={view}
                  selection={selection}
                  reveal={workbook.reveal}
                  onSelect={workbook.selectInGrid}
                  label={t('sheetLabel', { name: view.name })}
                  zoom={zoom}
                  onFit={setFitted}
                />
              ) : (
                <div className={styles.placeholder}>
                  <Spinner label={t('readingSheet')} />
                </div>
              )}
            </div>
            <div className={styles.footer}>
              <SheetTabs names={workbook.sheetNames} shown={workbook.shown} onShow={workbook.showSheet} />
              <ZoomPicker choice={zoom} fitted={fitted} onChange={setZoom} />
            </div>
          </section>
          {host && (
            <PaneFrame
              className={styles.pane}
              host={host}
              workbookId={workbook.workbookId}
              lang={lang}
              onLangChange={setLang}
              onFileDrag={() => setDragging(true)}
            />
          )}
        </main>
        {dragging && (
          <DropOverlay
            onDragLeave={() => setDragging(false)}
            onDrop={(file) => {
              setDragging(false);
              if (file) openPicked(file);
            }}
          />
        )}
      </div>
    </PageLanguage.Provider>
  );
}
