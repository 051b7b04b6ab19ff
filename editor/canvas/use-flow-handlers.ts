import type { Connection, Edge, EdgeChange, FinalConnectionState, NodeChange, OnConnectEnd } from '@xyflow/react';
import { useMemo } from 'react';
import type { XY } from '../store/flow-edits';
import type { EditorStore } from '../store/editor-store';
import type { CardNode } from './to-react-flow';

const toRequest = (c: Connection | Edge) => ({ source: c.source, sourcePort: c.sourceHandle ?? '', target: c.target });

/** Dropping on a handle at the wrong end (input → output) still means output → input. */
function requestFromDrop(state: FinalConnectionState) {
  const { fromNode, fromHandle, toNode, toHandle } = state;
  if (!fromNode || !fromHandle || !toNode || !toHandle) return null;
  return fromHandle.type === 'source'
    ? { source: fromNode.id, sourcePort: fromHandle.id ?? '', target: toNode.id }
    : { source: toNode.id, sourcePort: toHandle.id ?? '', target: fromNode.id };
}

/**
 * React Flow reports what the user did as changes; we turn them into store actions so the document
 * stays the only source of truth (React Flow's own node list is derived from it every render).
 */
export function useFlowHandlers(api: EditorStore) {
  return useMemo(() => {
    const onNodesChange = (changes: NodeChange<CardNode>[]) => {
      const state = api.getState();
      const positions: Record<string, XY> = {};
      const sizes: Record<string, { width: number; height: number }> = {};
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position) positions[change.id] = change.position;
        else if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
        else if (change.type === 'select') {
          selected ??= new Set(state.selection.nodeIds);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (Object.keys(sizes).length > 0) state.setNodeSizes(sizes);
      if (Object.keys(positions).length > 0) state.moveNodes(positions);
      if (selected) state.select({ nodeIds: [...selected] });
    };
    const onEdgesChange = (changes: EdgeChange[]) => {
      const state = api.getState();
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue; // removal goes through our Delete shortcut, as one undo step
        selected ??= new Set(state.selection.edgeIds);
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
      if (selected) state.select({ edgeIds: [...selected] });
    };
    /** Green/red feedback while dragging a link. */
    const isValidConnection = (c: Connection | Edge) => api.getState().checkConnection(toRequest(c)).ok;
    const onConnect = (c: Connection) => void api.getState().connect(toRequest(c));
    /** A refused drop says why (connect re-checks and shows the reason) instead of silently doing nothing. */
    const onConnectEnd: OnConnectEnd = (_event, state) => {
      const request = state.isValid === false ? requestFromDrop(state) : null;
      if (request) api.getState().connect(request);
    };
    const beginMove = () => api.getState().beginMove();
    const endMove = () => api.getState().endMove();
    return { onNodesChange, onEdgesChange, isValidConnection, onConnect, onConnectEnd, beginMove, endMove };
  }, [api]);
}
