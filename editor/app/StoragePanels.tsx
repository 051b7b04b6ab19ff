import { Suspense, useEffect } from 'react';
import { FlowList } from '../panels/flows/index';
import { VersionsPanel } from '../panels/versions/index';
import { triggerOnlyFlow } from '../store/empty-flow';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { LazySimulationPanel } from '../simulation/index';
import { WelcomeOnFirstRun } from '../welcome/WelcomeOnFirstRun';
import { appRepository, connectPersistence } from './persistence';

/** Saves the open flow to IndexedDB as people work, and welcomes a first start. Rendered once, at the app root. */
export function PersistenceBridge() {
  const api = useEditorApi();
  useEffect(() => connectPersistence(api), [api]);
  return <WelcomeOnFirstRun repo={appRepository()} />;
}

/** The colleague's saved-flow list, wired to the store: opening a row loads it as a new document. */
export function FlowsTab() {
  const api = useEditorApi();
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const activeId = useEditor((s) => s.flow.id);
  return (
    <div className="panel storage-tab">
      <FlowList
        repo={appRepository()}
        registry={registry}
        locale={locale}
        activeFlowId={activeId}
        onOpen={(row) => api.getState().loadFlow(row.document, row.draftText ?? null)}
        onDeleted={(id) => id === api.getState().flow.id && api.getState().loadFlow(triggerOnlyFlow(registry))}
        onRestored={(row) =>
          row.id === api.getState().flow.id || api.getState().loadFlow(row.document, row.draftText ?? null)
        }
      />
    </div>
  );
}

/** The colleague's named versions of the open flow; restoring replaces the document as one undoable step. */
export function VersionsTab() {
  const flow = useEditor((s) => s.flow);
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const draft = useEditor((s) => s.jsonDraft);
  const replaceFlow = useEditor((s) => s.replaceFlow);
  return (
    <div className="panel storage-tab">
      <VersionsPanel
        repo={appRepository()}
        flowId={flow.id}
        currentFlow={flow}
        registry={registry}
        locale={locale}
        onRestore={replaceFlow}
        {...(draft !== null ? { draftText: draft } : {})}
      />
    </div>
  );
}

/** Simulation mode: runs this flow over orders; Compare lists this flow's saved versions. */
export function SimulationTab() {
  return (
    <div className="panel simulation-tab">
      <Suspense fallback={null}>
        <LazySimulationPanel repository={appRepository()} />
      </Suspense>
    </div>
  );
}
