import { usePanelControls, usePanelRoom } from '../app/WorkspacePanels';
import { useT } from '../i18n/use-t';
import { useEditor, useEditorShallow } from '../store/EditorProvider';
import { NodeForm } from './NodeForm';

/** Right-hand panel: the form of the one selected node, or a word about the link or selection. */
export function Inspector() {
  const t = useT();
  const { nodeIds, edgeIds } = useEditorShallow((s) => s.selection);
  const node = useEditor((s) => (nodeIds.length === 1 ? s.flow.nodes.find((n) => n.id === nodeIds[0]) : undefined));
  const edge = useEditor((s) =>
    nodeIds.length === 0 && edgeIds.length === 1 ? s.flow.edges.find((e) => e.id === edgeIds[0]) : undefined,
  );
  const definition = useEditor((s) => (node ? s.registry.get(node.type) : undefined));
  const deleteItems = useEditor((s) => s.deleteItems);
  const panels = usePanelControls();
  // Nothing selected, nothing to say: the panel folds to a rail and the canvas gets the room.
  usePanelRoom('right', nodeIds.length > 0 || edgeIds.length > 0);

  if (panels?.collapsed.right)
    return (
      <aside className="panel inspector is-rail" aria-label={t('inspector.title')}>
        <h2 className="panel-title">
          <button
            type="button"
            className="rail-button"
            aria-expanded={false}
            title={t('inspector.show')}
            onClick={() => panels.open('right')}
          >
            {t('inspector.title')}
          </button>
        </h2>
      </aside>
    );

  let body;
  if (node && definition) body = <NodeForm key={node.id} nodeId={node.id} definition={definition} />;
  else if (node) body = <p className="muted">{t('canvas.unknownType', { type: node.type })}</p>;
  else if (edge)
    body = (
      <div className="node-form">
        <p>{t('inspector.edgeSelected', { source: edge.source, port: edge.sourcePort, target: edge.target })}</p>
        <button type="button" className="button is-danger" onClick={() => deleteItems([], [edge.id])}>
          {t('inspector.deleteEdge')}
        </button>
      </div>
    );
  else if (nodeIds.length > 1) body = <p className="muted">{t('inspector.many', { n: nodeIds.length })}</p>;
  else body = <p className="muted">{t('inspector.none')}</p>;

  return (
    <aside className="panel inspector" aria-label={t('inspector.title')}>
      <h2 className="panel-title">{t('inspector.title')}</h2>
      <div className="panel-body">{body}</div>
    </aside>
  );
}
