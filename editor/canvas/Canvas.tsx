import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  type OnError,
} from '@xyflow/react';
import { useMemo, useState, type DragEvent } from 'react';
import type { NodeRegistry } from '../../runtime/index';
import { useRemembered } from '../app/remembered';
import { useTheme } from '../app/theme';
import { useT } from '../i18n/use-t';
import { appViews } from '../app-views';
import { CARD_OFFSET, DRAG_TYPE } from '../palette/Palette';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { ARIA_LABELS } from './aria-labels';
import { fitOptions, MINIMAP_CHOICES, MINIMAP_KEY } from './fit-view';
import { nodeTypesFor } from './node-types';
import { RoutedEdge } from './RoutedEdge';
import { createEdgeProjector, createNodeProjector, EDGE_MARKER, ROUTED_EDGE, type CardNode } from './to-react-flow';
import { useLayoutOnOpen } from './use-layout-on-open';
import { useCanvasFocus } from './use-canvas-focus';
import { useRefitUntilMoved } from './use-refit';
import { useFlowHandlers } from './use-flow-handlers';

const GRID: [number, number] = [16, 16];
const EDGE_TYPES = { [ROUTED_EDGE]: RoutedEdge };
const EDGE_DEFAULTS = { markerEnd: EDGE_MARKER };
// 008 = an edge on a handle that does not exist; the problems panel already reports it.
const onError: OnError = (code, message) => {
  if (code !== '008') console.warn(message);
};

function miniMapColour(registry: NodeRegistry) {
  return (node: CardNode): string => {
    if (node.data.problems.some((p) => p.severity === 'error')) return '#e03131';
    const type = node.data.node.type;
    return appViews.lookOf(registry.get(type)).accent;
  };
}

/** The centre: React Flow drawing the document, with palette drops and the store's rules for links. */
export function Canvas() {
  const t = useT();
  const api = useEditorApi();
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const colorMode = useTheme((s) => s.choice);
  const [minimap, setMinimap] = useRemembered(MINIMAP_KEY, MINIMAP_CHOICES, 'shown');
  const [projectNodes] = useState(createNodeProjector);
  const [projectEdges] = useState(createEdgeProjector);
  const nodes = useEditor(projectNodes);
  const edges = useEditor(projectEdges);
  const handlers = useFlowHandlers(api);
  const nodeColour = useMemo(() => miniMapColour(registry), [registry]);
  const { screenToFlowPosition } = useReactFlow();
  useCanvasFocus(api);
  const frame = useRefitUntilMoved(nodes.length);
  useLayoutOnOpen(api);

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
    <div className="canvas" ref={frame.ref} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<CardNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypesFor(registry)}
        edgeTypes={EDGE_TYPES}
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
        fitViewOptions={fitOptions(nodes.length, minimap === 'shown')}
        ariaLabelConfig={ARIA_LABELS[locale]}
        colorMode={colorMode}
        minZoom={0.1}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        onError={onError}
        onMoveStart={frame.onMoveStart}
      >
        <Background gap={GRID} />
        {minimap === 'shown' && <MiniMap<CardNode> pannable zoomable nodeColor={nodeColour} />}
        <Controls fitViewOptions={fitOptions(nodes.length, minimap === 'shown')}>
          <ControlButton
            onClick={() => setMinimap(minimap === 'shown' ? 'hidden' : 'shown')}
            aria-pressed={minimap === 'shown'}
            aria-label={t('canvas.minimap')}
            title={t('canvas.minimap')}
          >
            ▦
          </ControlButton>
        </Controls>
        {nodes.length <= 1 && (
          <Panel position="top-center" className="canvas-hint" role="note">
            {t(nodes.length === 0 ? 'canvas.empty' : 'canvas.startHint')}
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}
