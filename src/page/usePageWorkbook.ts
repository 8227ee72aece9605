import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CellRange, parseRangeA1, rangeToA1 } from '../core/address';
import { FileSelection } from '../hosts/file/fileHost';
import { workbookContext } from '../hosts/file/snapshot';
import { BrowserHost } from './browserHost';
import { Reveal } from './grid/SheetGrid';
import { SheetView } from './grid/sheetView';
import { exposeTestHook } from './testHook';

export type PageStatus =
  | { kind: 'loading'; name: string }
  | { kind: 'ready' }
  | { kind: 'error'; message: string }
  | { kind: 'saved'; name: string };

export interface PageWorkbook {
  host: BrowserHost | null;
  /** Bumped for every workbook opened. */
  workbookId: number;
  status: PageStatus;
  sheetNames: string[];
  shown: string | null;
  view: SheetView | null;
  /** The selection on the shown sheet, widened to the merged area it starts in. */
  selection: CellRange | null;
  reveal: { seq: number; mode: Reveal };
  open(load: () => Promise<BrowserHost>, name: string): Promise<void>;
  showSheet(name: string): void;
  selectInGrid(range: CellRange, reveal: Reveal | null): void;
  setStatus(status: PageStatus): void;
}

/**
 * The workbook open in the page and what the grid shows of it. The BrowserHost is the one source of truth:
 * the pane and the grid both change it, and its events (a write, a new or deleted sheet, a selection) are
 * what moves the grid.
 */
export function usePageWorkbook(): PageWorkbook {
  const [host, setHost] = useState<BrowserHost | null>(null);
  const [workbookId, setWorkbookId] = useState(0);
  const [status, setStatus] = useState<PageStatus>({ kind: 'ready' });
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  const [shown, setShown] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [view, setView] = useState<SheetView | null>(null);
  const [selected, setSelected] = useState<FileSelection | null>(null);
  const [reveal, setReveal] = useState<{ seq: number; mode: Reveal }>({ seq: 0, mode: 'center' });
  // How the next selection event scrolls: set by the grid before it selects; the pane's selections centre.
  const nextReveal = useRef<Reveal | null | undefined>(undefined);

  useEffect(() => {
    if (!host) return;
    let live = true;
    const refresh = async () => {
      const [names, active] = await Promise.all([host.sheetNames(), host.activeSheetName()]);
      if (!live) return;
      setSheetNames(names);
      setShown(active);
      setVersion((v) => v + 1);
    };
    const offChange = host.onChange(() => void refresh());
    const offSelect = host.onSelect((selection) => {
      setSelected(selection);
      setShown(selection.sheet);
      const mode = nextReveal.current;
      nextReveal.current = undefined;
      if (mode !== null) setReveal((r) => ({ seq: r.seq + 1, mode: mode ?? 'center' }));
    });
    exposeTestHook(host);
    void refresh().then(async () => {
      nextReveal.current = null;
      await host.showSheet(await host.activeSheetName());
    });
    return () => {
      live = false;
      offChange();
      offSelect();
    };
  }, [host]);

  const palette = useMemo(() => (host ? workbookContext(host.file.workbook).palette : null), [host]);

  useEffect(() => {
    if (!host || !shown || !palette) return;
    let live = true;
    host.readSheet(shown).then(
      (snapshot) => {
        if (live) setView(new SheetView(snapshot, host.file.workbook.getWorksheet(shown), palette));
      },
      (e: unknown) => live && setStatus({ kind: 'error', message: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [host, shown, version, palette]);

  const open = useCallback(async (load: () => Promise<BrowserHost>, name: string) => {
    setStatus({ kind: 'loading', name });
    try {
      const opened = await load();
      setSelected(null);
      setView(null);
      // The sheet shown belongs to the old workbook: the new one's active sheet is read once its host is in.
      setShown(null);
      setSheetNames([]);
      setHost(opened);
      setWorkbookId((id) => id + 1);
      setStatus({ kind: 'ready' });
    } catch (e) {
      // The workbook open before stays open: a wrong file must not cost the user their work.
      setStatus({ kind: 'error', message: (e as Error).message });
    }
  }, []);

  const showSheet = useCallback(
    (name: string) => {
      nextReveal.current = 'nearest';
      void host?.showSheet(name);
    },
    [host],
  );

  const selectInGrid = useCallback(
    (range: CellRange, mode: Reveal | null) => {
      if (!host || !view) return;
      nextReveal.current = mode;
      void host.select(view.name, rangeToA1(range));
    },
    [host, view],
  );

  const selection = useMemo(() => {
    if (!view || !selected || selected.sheet !== view.name) return null;
    const range = parseRangeA1(selected.a1);
    if (range.top === range.bottom && range.left === range.right) return view.areaOf(range.top, range.left);
    return range;
  }, [view, selected]);

  return {
    host,
    workbookId,
    status,
    sheetNames,
    shown,
    view: view && view.name === shown ? view : null,
    selection,
    reveal,
    open,
    showSheet,
    selectInGrid,
    setStatus,
  };
}
