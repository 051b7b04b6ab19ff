import { checkConnection } from '../canvas/connection-rules';
import { computeLayoutWithRoutes } from '../canvas/auto-layout';
import { outputsOf } from '../canvas/ports';
import { translate } from '../i18n/translate';
import {
  addEdge,
  addNode,
  copyFragment,
  moveNodes,
  pasteFragment,
  removeItems,
  updateNode,
  type XY,
} from './flow-edits';
import { MAX_HISTORY, type Kernel } from './kernel';
import type { EditorActions } from './types';

type EditActions = Pick<
  EditorActions,
  | 'addNode'
  | 'updateConfig'
  | 'rename'
  | 'renameFlow'
  | 'moveNodes'
  | 'beginMove'
  | 'endMove'
  | 'checkConnection'
  | 'connect'
  | 'deleteSelection'
  | 'deleteItems'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'layout'
  | 'adoptLayout'
>;

const PASTE_STEP = 32;

/** Actions that change the document. Every change goes through `kernel.commit` so it can be undone. */
export function createEditActions(kernel: Kernel): EditActions {
  const { get, set, commit } = kernel;
  let pasteCount = 0;
  const nodeLabel = (id: string): string => {
    const node = get().flow.nodes.find((n) => n.id === id);
    const title = node && get().registry.get(node.type)?.title[get().locale];
    return node?.name || title || id;
  };

  const actions: EditActions = {
    addNode(type, position, options) {
      const definition = get().registry.get(type);
      if (!definition) return null;
      const { flow, node } = addNode(get().flow, definition, position, options?.avoidOverlap ?? false);
      commit(flow, { selection: { nodeIds: [node.id], edgeIds: [] } });
      return node.id;
    },
    updateConfig(nodeId, config) {
      commit(
        updateNode(get().flow, nodeId, (n) => ({ ...n, config })),
        { coalesce: `config:${nodeId}` },
      );
    },
    rename(nodeId, name) {
      commit(
        updateNode(get().flow, nodeId, ({ name: _old, ...rest }) => (name.trim() ? { ...rest, name } : rest)),
        { coalesce: `name:${nodeId}` },
      );
    },
    renameFlow(name) {
      commit({ ...get().flow, name }, { coalesce: 'flow-name' });
    },
    moveNodes(positions) {
      const flow = get().flow;
      const changed = new Map<string, XY>();
      for (const node of flow.nodes) {
        const p = Object.hasOwn(positions, node.id) ? positions[node.id] : undefined;
        if (p && (p.x !== node.position.x || p.y !== node.position.y)) changed.set(node.id, { x: p.x, y: p.y });
      }
      if (changed.size === 0) return;
      const next = moveNodes(flow, changed);
      if (kernel.gestureStart) set({ flow: next, dirty: next !== get().savedFlow });
      else commit(next, { coalesce: 'move', positionsOnly: true });
    },
    beginMove() {
      kernel.gestureStart ??= get().flow;
    },
    endMove() {
      const start = kernel.gestureStart;
      kernel.gestureStart = null;
      kernel.lastCoalesce = null;
      if (start && start !== get().flow) set({ past: [...get().past, start].slice(-MAX_HISTORY), future: [] });
    },
    checkConnection(request) {
      const check = checkConnection(get().flow, get().registry, request);
      if (check.ok) return check;
      const params = {
        source: nodeLabel(check.source),
        target: nodeLabel(check.target),
        port: portLabel(check.source, check.port),
      };
      return { ok: false, code: check.code, reason: translate(get().locale, `connect.${check.code}`, params) };
    },
    connect(request) {
      const check = actions.checkConnection(request);
      if (!check.ok) {
        get().notify(check.reason, 'error');
        return check;
      }
      const { flow, edge } = addEdge(get().flow, request.source, request.sourcePort, request.target);
      commit(flow);
      return { ok: true, edgeId: edge.id };
    },
    deleteSelection() {
      const { nodeIds, edgeIds } = get().selection;
      actions.deleteItems(nodeIds, edgeIds);
    },
    deleteItems(nodeIds, edgeIds) {
      if (nodeIds.length === 0 && edgeIds.length === 0) return;
      commit(removeItems(get().flow, new Set(nodeIds), new Set(edgeIds)), { selection: { nodeIds: [], edgeIds: [] } });
    },
    copy() {
      const ids = new Set(get().selection.nodeIds);
      if (ids.size === 0) return;
      set({ clipboard: copyFragment(get().flow, ids) });
      pasteCount = 0;
    },
    paste() {
      const fragment = get().clipboard;
      if (!fragment || fragment.nodes.length === 0) return;
      pasteCount++;
      const offset = { x: PASTE_STEP * pasteCount, y: PASTE_STEP * pasteCount };
      const { flow, nodeIds } = pasteFragment(get().flow, fragment, offset);
      commit(flow, { selection: { nodeIds, edgeIds: [] } });
    },
    duplicate() {
      const ids = new Set(get().selection.nodeIds);
      if (ids.size === 0) return;
      const { flow, nodeIds } = pasteFragment(get().flow, copyFragment(get().flow, ids), {
        x: PASTE_STEP,
        y: PASTE_STEP,
      });
      commit(flow, { selection: { nodeIds, edgeIds: [] } });
    },
    adoptLayout({ positions, routes }) {
      const state = get();
      if (state.flow !== state.savedFlow || state.past.length > 0) return;
      const moved = moveNodes(state.flow, new Map(Object.entries(positions)));
      set({ flow: moved, savedFlow: moved, edgeRoutes: routes });
    },
    async layout() {
      try {
        const { positions, routes } = await computeLayoutWithRoutes(get().flow, get().registry, get().nodeSizes);
        // The flow may have changed while ELK worked; positions apply to the nodes that still exist.
        commit(moveNodes(get().flow, new Map(Object.entries(positions))), { positionsOnly: true });
        kernel.set({ edgeRoutes: routes });
      } catch (error) {
        get().notify(
          translate(get().locale, 'layout.failed', { message: error instanceof Error ? error.message : String(error) }),
          'error',
        );
      }
    },
  };

  function portLabel(nodeId: string, port: string): string {
    const node = get().flow.nodes.find((n) => n.id === nodeId);
    const definition = node && get().registry.get(node.type);
    if (!definition || !node) return port;
    return outputsOf(definition, node.config).find((p) => p.id === port)?.label[get().locale] ?? port;
  }

  return actions;
}
