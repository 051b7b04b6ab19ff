import { Background, ControlButton, Controls, Panel, ReactFlow, useReactFlow, type OnError } from '@xyflow/react';
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import type { NodeRegistry } from '../../runtime/index';
import { useRemembered } from '../app/remembered';
import { useTheme } from '../app/theme';
import { useT } from '../i18n/use-t';
import { appViews } from '../app-views';
import { CARD_OFFSET, DRAG_TYPE } from '../palette/Palette';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { ARIA_LABELS } from './aria-labels';
import { DockedMiniMap, useFreeMinimapCorner } from './DockedMiniMap';
import { MIN_ZOOM, MINIMAP_CHOICES, MINIMAP_KEY } from './fit-view';
import { nodeTypesFor } from './node-types';
import { RoutedEdge } from './RoutedEdge';
import { createEdgeProjector, createNodeProjector, EDGE_MARKER, ROUTED_EDGE, type CardNode } from './to-react-flow';
import { useLayoutOnOpen } from './use-layout-on-open';
import { useCanvasFocus } from './use-canvas-focus';
import { useRefitUntilMoved } from './use-refit';
import { useFitFlow } from './use-fit-flow';
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
  const mapCorner = useFreeMinimapCorner(minimap === 'shown');
  // Switched on but no corner is free of cards: the map stepped aside, and the toggle says so.
  const mapSteppedAside = minimap === 'shown' && mapCorner === null;
  const { screenToFlowPosition } = useReactFlow();
  useCanvasFocus(api);
  const fit = useFitFlow();
  const frame = useRefitUntilMoved(fit);
  useLayoutOnOpen(api);
  useEffect(() => fit(), [fit]); // the first view, once the cards are measured

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(DRAG_TYPE);
    if (!type) return;
    event.preventDefault();
    frame.holdView();
    const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    api.getState().addNode(type, { x: at.x - CARD_OFFSET.x, y: at.y - CARD_OFFSET.y });
  };

  return (
    <div
      className="canvas"
      ref={frame.ref}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onPointerDownCapture={frame.holdView}
      onKeyDownCapture={frame.holdView}
    >
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
        ariaLabelConfig={ARIA_LABELS[locale]}
        colorMode={colorMode}
        minZoom={MIN_ZOOM}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        onError={onError}
        onMoveStart={frame.onMoveStart}
      >
        <Background gap={GRID} />
        {minimap === 'shown' && <DockedMiniMap nodeColor={nodeColour} free={mapCorner} />}
        {/* React Flow's own fit button would centre an overflowing flow and cut its start off: ours fits as fit-view.ts says. */}
        <Controls showFitView={false}>
          <ControlButton
            onClick={() => fit({ duration: 300, purpose: 'whole' })}
            className="react-flow__controls-fitview"
            aria-label={ARIA_LABELS[locale]['controls.fitView.ariaLabel']}
            title={ARIA_LABELS[locale]['controls.fitView.ariaLabel']}
          >
            <FitIcon />
          </ControlButton>
          <ControlButton
            onClick={() => setMinimap(minimap === 'shown' ? 'hidden' : 'shown')}
            aria-pressed={minimap === 'shown'}
            aria-label={t('canvas.minimap')}
            aria-describedby={mapSteppedAside ? 'minimap-stepped-aside' : undefined}
            title={mapSteppedAside ? t('canvas.minimapNoCorner') : t('canvas.minimap')}
            className={mapSteppedAside ? 'is-stepped-aside' : undefined}
          >
            ▦
          </ControlButton>
          {mapSteppedAside && (
            <span id="minimap-stepped-aside" className="minimap-stepped-aside" role="status">
              {t('canvas.minimapHiddenShort')}
            </span>
          )}
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

/** React Flow's fit-view icon (its own button is replaced, its icon is not exported). */
function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}
