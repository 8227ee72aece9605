import { useMemo, useState } from 'react';
import { makeStyles, Tab, TabList, tokens, useId } from '@fluentui/react-components';
import { Host } from '../hosts/host';
import { withOwnWrites } from '../hosts/ownWrites';
import { BusyIndicator } from './components/BusyIndicator';
import { CheckView } from './components/CheckView';
import { DeclarationPicker } from './components/DeclarationPicker';
import { FormulaPreview } from './components/FormulaPreview';
import { Header } from './components/Header';
import { HelpPanel } from './components/HelpPanel';
import { LimitationsBar } from './components/LimitationsBar';
import { LiveOptions } from './components/LiveOptions';
import { NoticeBar } from './components/NoticeBar';
import { PaneErrorBar } from './components/PaneErrorBar';
import { PresetPicker } from './components/PresetPicker';
import { SaveGateBar } from './components/SaveGateBar';
import { ScopeSwitch } from './components/ScopeSwitch';
import { SheetStatus } from './components/SheetStatus';
import { TemplateGallery } from './components/TemplateGallery';
import { Toolbar } from './components/Toolbar';
import { UnresolvedErrorsBar } from './components/UnresolvedErrorsBar';
import { useDeclarations } from './hooks/useDeclarations';
import { useFormulaWriter } from './hooks/useFormulaWriter';
import { useHighlights } from './hooks/useHighlights';
import { useLiveCheck } from './hooks/useLiveCheck';
import { usePreset } from './hooks/usePreset';
import { errorCount, useSaveGate } from './hooks/useSaveGate';
import { useSelectCell } from './hooks/useSelectCell';
import { useSelfTest } from './hooks/useSelfTest';
import { useTaskRunner } from './hooks/useTaskRunner';
import { canInsertAtSelection, useTemplateInserter } from './hooks/useTemplateInserter';
import { useUndoLast } from './hooks/useUndoLast';
import { useUndoStack } from './hooks/useUndoStack';
import { Scope, useWorkbookAnalysis } from './hooks/useWorkbookAnalysis';
import { MessageKey } from './i18n';
import { useI18n } from './LanguageContext';
import { defaultEnvironment } from './selfTest/environment';
import { SelfTestEnvironment } from './selfTest/types';

/** The pane's views; the ribbon opens the pane on one of them (`taskpane.html?view=formulas`). */
export type PaneView = 'check' | 'formulas' | 'templates' | 'help';

const VIEWS: { id: PaneView; label: MessageKey }[] = [
  { id: 'check', label: 'tabCheck' },
  { id: 'formulas', label: 'tabFormulas' },
  { id: 'templates', label: 'tabTemplates' },
  { id: 'help', label: 'tabHelp' },
];

export function isPaneView(v: string | null | undefined): v is PaneView {
  return VIEWS.some((x) => x.id === v);
}

export interface TaskPaneProps {
  host: Host;
  initialView?: PaneView;
  /** What this host cannot do (Chinese sentences), listed under 帮助. */
  limitations?: readonly string[];
  /** What the host says about itself for the 自检 report; by default only the host's kind and the webview. */
  selfTestEnvironment?: SelfTestEnvironment;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '1280px',
    marginLeft: 'auto',
    marginRight: 'auto',
    boxSizing: 'border-box',
  },
  settings: {
    display: 'grid',
    gridTemplateColumns: '1fr',
    gap: tokens.spacingVerticalS,
    '@media (min-width: 720px)': { gridTemplateColumns: '1fr 1fr', alignItems: 'end' },
  },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '20px' },
  tabs: { overflowX: 'auto' },
});

/** Wires the hooks (all host calls) to the views; holds no logic of its own beyond which tab is open. */
export function TaskPane({
  host: hostGiven,
  initialView = 'check',
  limitations = [],
  selfTestEnvironment,
}: TaskPaneProps) {
  // Every write of the pane is known as ours, so the live check does not answer it with a second round.
  const host = useMemo(() => withOwnWrites(hostGiven), [hostGiven]);
  const { lang, t } = useI18n();
  const styles = useStyles();
  const idPrefix = useId('pane');
  const runner = useTaskRunner();
  const { run } = runner;
  const preset = usePreset(host, run);
  const [scope, setScope] = useState<Scope>('active');
  const declarations = useDeclarations(run);
  const analysis = useWorkbookAnalysis(
    host,
    run,
    scope,
    preset.preset,
    preset.loaded,
    declarations.loaded?.tables,
  );
  const undo = useUndoStack(host);
  const highlights = useHighlights(host, run, analysis, undo, runner.runQuietly);
  const live = useLiveCheck(host, runner.runQuietly, analysis, preset.loaded, highlights.follow);
  const saveGate = useSaveGate(host, analysis.sheets, preset.loaded);
  const writeFormulas = useFormulaWriter(host, run, analysis, undo);
  const insertTemplate = useTemplateInserter(host, run, analysis, undo, preset.preset);
  const undoLast = useUndoLast(run, analysis, undo);
  const selectCell = useSelectCell(host, run);
  const environment = useMemo(
    () => selfTestEnvironment ?? defaultEnvironment(hostGiven),
    [selfTestEnvironment, hostGiven],
  );
  const selfTest = useSelfTest(host, environment, run);
  const [tab, setTab] = useState<PaneView>(initialView);

  const busy = runner.busy !== null;
  const findingCount = (analysis.sheets ?? []).reduce((n, s) => n + s.analysis.findings.length, 0);
  const errors = analysis.sheets ? errorCount(analysis.sheets) : null;
  const warnings = (analysis.sheets ?? []).reduce(
    (n, s) => n + s.analysis.findings.filter((f) => f.severity === 'warning').length,
    0,
  );
  const firstError = (analysis.sheets ?? [])
    .flatMap((s) => s.analysis.findings)
    .find((f) => f.severity === 'error');
  const viewErrors = () => {
    setTab('check');
    saveGate.dismiss();
    if (firstError) void selectCell(firstError.sheet, firstError.cell);
  };
  const tabId = (id: PaneView) => `${idPrefix}-tab-${id}`;
  const panelId = (id: PaneView) => `${idPrefix}-panel-${id}`;

  return (
    <main className={styles.root} lang={lang === 'zh' ? 'zh-CN' : 'en'} aria-busy={busy}>
      <Header status={<SheetStatus errors={errors} warnings={warnings} />} />
      <div className={styles.settings}>
        <PresetPicker preset={preset.preset} onChange={(id) => void preset.choose(id)} />
        <ScopeSwitch scope={scope} onChange={setScope} />
      </div>
      <LiveOptions
        liveCheck={live.available ? live.option : null}
        saveGate={saveGate.available ? saveGate.option : null}
      />
      <DeclarationPicker declarations={declarations} busy={busy} />
      <Toolbar
        busy={busy}
        canMark={findingCount > 0 || highlights.markedCount > 0}
        markedCount={highlights.markedCount}
        undoLabel={undo.last?.label ?? null}
        onRecheck={() => void analysis.refresh()}
        onMark={() => void highlights.mark()}
        onClearMarks={() => void highlights.clear()}
        onUndo={() => void undoLast()}
      />
      <div className={styles.status} aria-live="polite">
        <BusyIndicator busy={runner.busy} />
        {saveGate.prompt && (
          <SaveGateBar
            prompt={saveGate.prompt}
            onView={viewErrors}
            onSaveAnyway={() => void saveGate.saveAnyway()}
            onDismiss={saveGate.dismiss}
          />
        )}
        {errors !== null && errors > 0 && !(saveGate.available && saveGate.option.on) && (
          <UnresolvedErrorsBar errors={errors} onView={viewErrors} />
        )}
        {runner.error && <PaneErrorBar error={runner.error} onDismiss={runner.dismissError} />}
        {runner.notice && <NoticeBar notice={runner.notice} onDismiss={runner.dismissNotice} />}
        {limitations.length > 0 && tab !== 'help' && (
          <LimitationsBar count={limitations.length} onShow={() => setTab('help')} />
        )}
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as PaneView)}
        size="small"
      >
        {VIEWS.map((x) => (
          <Tab
            key={x.id}
            id={tabId(x.id)}
            value={x.id}
            aria-controls={x.id === tab ? panelId(x.id) : undefined}
          >
            {t(x.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === 'check' && analysis.sheets && (
          <CheckView
            sheets={analysis.sheets}
            allSheets={scope === 'all'}
            onSelect={selectCell}
            trail={live.trail}
          />
        )}
        {tab === 'formulas' && (
          <FormulaPreview
            sheets={analysis.sheets}
            preset={preset.preset}
            busy={busy}
            onApply={writeFormulas}
          />
        )}
        {tab === 'templates' && (
          <TemplateGallery
            busy={busy}
            canUseSelection={canInsertAtSelection(host)}
            onInsert={insertTemplate}
          />
        )}
        {tab === 'help' && (
          <HelpPanel
            limitations={limitations}
            selfTest={{ busy, report: selfTest.report, onRun: () => void selfTest.run() }}
          />
        )}
      </div>
    </main>
  );
}
