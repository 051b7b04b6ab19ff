import { lazy, Suspense } from 'react';
import { useT } from '../i18n/use-t';
import { useEditor } from '../store/EditorProvider';

// The colleague's Monaco JSON view (editor/json-view); lazy so Monaco never weighs on the first load.
const JsonView = lazy(() => import('../json-view/index').then((m) => ({ default: m.JsonView })));

// The pane sits between the top bar (52 px) and the bottom panel (24vh); leave room for the status lines.
const EDITOR_HEIGHT = 'calc(76vh - 160px)';

/** The document as JSON beside the canvas: valid edits replace the flow (undoable), invalid text is kept as a draft. */
export function JsonPane() {
  const t = useT();
  const flow = useEditor((s) => s.flow);
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const draft = useEditor((s) => s.jsonDraft);
  const replaceFlow = useEditor((s) => s.replaceFlow);
  const setJsonDraft = useEditor((s) => s.setJsonDraft);
  return (
    <Suspense fallback={<p className="muted json-placeholder">{t('app.loading')}</p>}>
      <JsonView
        key={flow.id}
        flow={flow}
        registry={registry}
        locale={locale}
        onValidFlow={replaceFlow}
        onDraftText={setJsonDraft}
        {...(draft !== null ? { draftText: draft } : {})}
        height={EDITOR_HEIGHT}
      />
    </Suspense>
  );
}
