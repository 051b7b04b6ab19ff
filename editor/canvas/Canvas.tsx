import { Background, Controls, MiniMap, Panel, ReactFlow, useReactFlow, type OnError } from '@xyflow/react';
import { useMemo, useState, type DragEvent } from 'react';
import type { NodeRegistry } from '../../runtime/node/registry';
import { useT } from '../i18n/use-t';
import { nodeLook } from '../node-views/view-registry';
import { CARD_OFFSET, DRAG_TYPE } from '../palette/Palette';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { nodeTypesFor } from './node-types';
import { createEdgeProjector, createNodeProjector, EDGE_MARKER, type CardNode } from './to-react-flow';
import { useCanvasFocus } from './use-canvas-focus';
import { useFlowHandlers } from './use-flow-handlers';

const GRID: [number, number] = [16, 16];
const EDGE_DEFAULTS = { markerEnd: EDGE_MARKER };
// 008 = an edge on a handle that does not exist; the problems panel already reports it.
const onError: OnError = (code, message) => {
  if (code !== '008') console.warn(message);
};

function miniMapColour(registry: NodeRegistry) {
  return (node: CardNode): string => {
    if (node.data.problems.some((p) => p.severity === 'error')) return '#e03131';
    const type = node.data.node.type;
    return nodeLook(type, registry.get(type)?.category ?? 'custom').accent;
  };
}

/** The centre: React Flow drawing the document, with palette drops and the store's rules for links. */
export function Canvas() {
  const t = useT();
  const api = useEditorApi();
  const registry = useEditor((s) => s.registry);
  const [projectNodes] = useState(createNodeProjector);
  const [projectEdges] = useState(createEdgeProjector);
  const nodes = useEditor(projectNodes);
  const edges = useEditor(projectEdges);
  const handlers = useFlowHandlers(api);
  const nodeColour = useMemo(() => miniMapColour(registry), [registry]);
  const { screenToFlowPosition } = useReactFlow();
  useCanvasFocus(api);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(DRAG_TYPE);
    if (!type) return;
    event.preventDefault();
    const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    api.getState().addNode(type, { x: at.x - CARD_OFFSET.x, y: at.y - CARD_OFFSET.y });
  };

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<CardNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypesFor(registry)}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onConnect={handlers.onConnect}
        onConnectEnd={handlers.onConnectEnd}
        isValidConnection={handlers.isValidConnection}
        onNodeDragStart={handlers.beginMove}
        onNodeDragStop={handlers.endMove}
        onSelectionDragStart={handlers.beginMove}
        onSelectionDragStop={handlers.endMove}
        defaultEdgeOptions={EDGE_DEFAULTS}
        snapToGrid
        snapGrid={GRID}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }}
        minZoom={0.1}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        onError={onError}
      >
        <Background gap={GRID} />
        <MiniMap<CardNode> pannable zoomable nodeColor={nodeColour} />
        <Controls />
        {nodes.length <= 1 && (
          <Panel position="top-center" className="canvas-hint">
            {t('canvas.empty')}
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}
