import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import { useT } from '../i18n/use-t';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { ProblemsPanel } from '../panels/problems/ProblemsPanel';
import { EditorProvider, useEditor, useEditorApi } from '../store/EditorProvider';
import type { EditorStore } from '../store/editor-store';
import { ConnectDialog } from './ConnectDialog';
import { NoticeToast } from './NoticeToast';
import { PanelBoundary } from './PanelBoundary';
import { JsonPane } from './JsonPane';
import { ShortcutSheet } from './ShortcutSheet';
import { TopBar } from './TopBar';
import { usePanelControls, usePanelRoom, WorkspacePanels } from './WorkspacePanels';
import { useShortcuts } from './use-shortcuts';
import { LiveSessionProvider } from '../live/LiveSessionProvider';
import type { ServerApi } from '../live/api';
import { seedContextTables } from '../rule-builder/context-tables';

// Saved flows (IndexedDB via Dexie) load in their own chunk, after the canvas is up.
const FlowsTab = lazy(() => import('./StoragePanels').then((m) => ({ default: m.FlowsTab })));
const VersionsTab = lazy(() => import('./StoragePanels').then((m) => ({ default: m.VersionsTab })));
const PersistenceBridge = lazy(() => import('./StoragePanels').then((m) => ({ default: m.PersistenceBridge })));
const SimulationTab = lazy(() => import('./StoragePanels').then((m) => ({ default: m.SimulationTab })));

/** Left and bottom columns hold more than one panel; the first tab is the one people need most. */
function Tabs({
  tabs,
  onShow,
  status,
  folded = false,
}: {
  tabs: readonly { id: string; label: string; render: () => React.ReactNode }[];
  onShow?: (id: string) => void;
  /** A short line at the end of the tab row: what the panel would say, readable while it is folded. */
  status?: React.ReactNode;
  /** Folded to its tab row: the content stays mounted (a simulation keeps its results) but out of reach. */
  folded?: boolean;
}) {
  const [active, setActive] = useState(tabs[0]?.id);
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  if (tabs.length === 1) return <>{current?.render()}</>;
  return (
    <div className="tabs">
      <div className="tab-bar">
        <div className="tab-list" role="tablist">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              aria-selected={tab.id === current?.id}
              className={tab.id === current?.id ? 'is-on' : ''}
              onClick={() => {
                setActive(tab.id);
                onShow?.(tab.id);
              }}
            >
              {tab.label}
            </button>
          ))}
        </div>
        {status}
      </div>
      <div className="tab-panel" inert={folded}>
        {current?.render()}
      </div>
    </div>
  );
}

type OpenDialog = { readonly kind: 'shortcuts' } | { readonly kind: 'connect'; readonly nodeId: string } | null;

/**
 * Bottom tabs. With no problems to show the panel folds to its tab row, which then reads as a status bar
 * ("No problems"); problems unfold it, and so does choosing a tab. The simulation needs room, so opening it
 * grows the panel.
 */
function BottomTabs({ tabs }: { tabs: readonly { id: string; label: string; render: () => React.ReactNode }[] }) {
  const t = useT();
  const panels = usePanelControls();
  const problems = useEditor((s) => s.problems);
  const [shown, setShown] = useState(tabs[0]?.id);
  usePanelRoom('bottom', problems.all.length > 0 || shown !== 'problems');
  const folded = panels?.collapsed.bottom ?? false;
  const status = (
    <span className="tab-status">
      {problems.all.length === 0 ? (
        <span className="tab-status-ok">✓ {t('problems.noneShort')}</span>
      ) : (
        <>
          {problems.errors > 0 && <span className="badge badge-error">{t('top.errors', { n: problems.errors })}</span>}
          {problems.warnings > 0 && (
            <span className="badge badge-warning">{t('top.warnings', { n: problems.warnings })}</span>
          )}
        </>
      )}
      {folded && (
        <button
          type="button"
          className="tab-status-open"
          aria-expanded={false}
          title={t('problems.showPanel')}
          aria-label={t('problems.showPanel')}
          onClick={() => panels?.open('bottom')}
        >
          ▴
        </button>
      )}
    </span>
  );
  return (
    <Tabs
      tabs={tabs}
      status={status}
      folded={folded}
      onShow={(id) => {
        setShown(id);
        if (folded) panels?.open('bottom');
        if (id === 'simulate') panels?.growBottom(45);
      }}
    />
  );
}

function Layout() {
  const t = useT();
  const api = useEditorApi();
  const root = useRef<HTMLDivElement>(null);
  const jsonOpen = useEditor((s) => s.jsonViewOpen);
  const locale = useEditor((s) => s.locale);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const commands = useMemo(
    () => ({
      showShortcuts: () => setDialog({ kind: 'shortcuts' }),
      connectFrom: (nodeId: string) => setDialog({ kind: 'connect', nodeId }),
    }),
    [],
  );
  useShortcuts(api, root, commands);
  // Field pickers offer the example context's lookup tables until a data set brings its own.
  useEffect(() => {
    void import('../simulation/data/example-dataset')
      .then((m) => m.loadExampleContext())
      .then((context) => seedContextTables(context.tables));
  }, []);
  // The page language picks CJK glyph variants and helps screen readers.
  useEffect(() => void (document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'), [locale]);
  const loading = <p className="muted">{t('app.loading')}</p>;
  const left = [
    { id: 'palette', label: t('palette.title'), render: () => <Palette /> },
    {
      id: 'flows',
      label: t('app.flows'),
      render: () => (
        <Suspense fallback={loading}>
          <FlowsTab />
        </Suspense>
      ),
    },
  ];
  const bottom = [
    { id: 'problems', label: t('problems.title'), render: () => <ProblemsPanel /> },
    {
      id: 'versions',
      label: t('app.versions'),
      render: () => (
        <Suspense fallback={loading}>
          <VersionsTab />
        </Suspense>
      ),
    },
    {
      id: 'simulate',
      label: t('app.simulate'),
      render: () => (
        <Suspense fallback={loading}>
          <SimulationTab />
        </Suspense>
      ),
    },
  ];
  return (
    <div className="app" ref={root}>
      <WorkspacePanels
        left={
          <PanelBoundary name={t('palette.title')}>
            <Tabs tabs={left} />
          </PanelBoundary>
        }
        centre={
          <main className={`centre${jsonOpen ? ' with-json' : ''}`}>
            <PanelBoundary name={t('top.canvas')}>
              <Canvas />
            </PanelBoundary>
            {jsonOpen && (
              <section className="json-pane" aria-label="JSON">
                <PanelBoundary name="JSON">
                  <JsonPane />
                </PanelBoundary>
              </section>
            )}
          </main>
        }
        right={
          <PanelBoundary name={t('inspector.title')}>
            <Inspector />
          </PanelBoundary>
        }
        bottom={
          <PanelBoundary name={t('problems.title')}>
            <BottomTabs tabs={bottom} />
          </PanelBoundary>
        }
      >
        <TopBar onShortcuts={commands.showShortcuts} />
      </WorkspacePanels>
      <NoticeToast />
      {dialog?.kind === 'shortcuts' && <ShortcutSheet onClose={closeDialog} />}
      {dialog?.kind === 'connect' && <ConnectDialog sourceId={dialog.nodeId} onClose={closeDialog} />}
      <Suspense fallback={null}>
        <PersistenceBridge />
      </Suspense>
    </div>
  );
}

/** The whole editor for one store; React Flow's provider wraps it all so palette and panels can pan the view. */
export function App({ store, serverApi }: { store: EditorStore; serverApi?: ServerApi }) {
  return (
    <EditorProvider store={store}>
      <LiveSessionProvider api={serverApi}>
        <ReactFlowProvider>
          <Layout />
        </ReactFlowProvider>
      </LiveSessionProvider>
    </EditorProvider>
  );
}
