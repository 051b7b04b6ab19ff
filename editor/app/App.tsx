import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import { useT } from '../i18n/use-t';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { ProblemsPanel } from '../panels/problems/ProblemsPanel';
import { EditorProvider, useEditor, useEditorApi } from '../store/EditorProvider';
import type { EditorStore } from '../store/editor-store';
import { NoticeToast } from './NoticeToast';
import { hasSlot, Slot } from './optional-slots';
import { TopBar } from './TopBar';
import { useShortcuts } from './use-shortcuts';

/** Tabs appear only when a colleague's panel exists next to ours. */
function Tabs({ tabs }: { tabs: readonly { id: string; label: string; render: () => React.ReactNode }[] }) {
  const [active, setActive] = useState(tabs[0]?.id);
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  if (tabs.length === 1) return <>{current?.render()}</>;
  return (
    <div className="tabs">
      <div className="tab-list" role="tablist">
        {tabs.map((tab) => (
          <button key={tab.id} type="button" role="tab" aria-selected={tab.id === current?.id} className={tab.id === current?.id ? 'is-on' : ''} onClick={() => setActive(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tab-panel">{current?.render()}</div>
    </div>
  );
}

function Layout() {
  const t = useT();
  const api = useEditorApi();
  const root = useRef<HTMLDivElement>(null);
  const jsonOpen = useEditor((s) => s.jsonViewOpen);
  const locale = useEditor((s) => s.locale);
  useShortcuts(api, root);
  // The page language picks CJK glyph variants and helps screen readers.
  useEffect(() => void (document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'), [locale]);
  const left = [{ id: 'palette', label: t('palette.title'), render: () => <Palette /> }];
  if (hasSlot('FlowsPanel')) left.push({ id: 'flows', label: 'Flows / 流程', render: () => <Slot name="FlowsPanel" fallback={null} /> });
  const bottom = [{ id: 'problems', label: t('problems.title'), render: () => <ProblemsPanel /> }];
  if (hasSlot('VersionsPanel')) bottom.push({ id: 'versions', label: 'Versions / 版本', render: () => <Slot name="VersionsPanel" fallback={null} /> });
  return (
    <div className="app" ref={root}>
      <TopBar />
      <div className="workspace">
        <div className="column-left">
          <Tabs tabs={left} />
        </div>
        <main className={`centre${jsonOpen ? ' with-json' : ''}`}>
          <Canvas />
          {jsonOpen && (
            <section className="json-pane" aria-label="JSON">
              <Slot name="JsonView" fallback={<p className="muted json-placeholder">{t(hasSlot('JsonView') ? 'app.loading' : 'json.unavailable')}</p>} />
            </section>
          )}
        </main>
        <Inspector />
      </div>
      <div className="bottom">
        <Tabs tabs={bottom} />
      </div>
      <NoticeToast />
    </div>
  );
}

/** The whole editor for one store; React Flow's provider wraps it all so palette and panels can pan the view. */
export function App({ store }: { store: EditorStore }) {
  return (
    <EditorProvider store={store}>
      <ReactFlowProvider>
        <Layout />
      </ReactFlowProvider>
    </EditorProvider>
  );
}
