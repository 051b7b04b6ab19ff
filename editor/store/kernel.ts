import type { StoreApi } from 'zustand/vanilla';
import type { Flow } from '../../runtime/index';
import type { Selection, EditorState } from './types';

/** Undo depth: enough for a long session, bounded so a big flow's snapshots stay in memory budget. */
export const MAX_HISTORY = 200;
/** Keystrokes in one field within this window become one undo step. */
const COALESCE_MS = 1000;

export interface CommitOptions {
  /** Edits with the same key in quick succession share one undo step (typing, arrow-key nudges). */
  readonly coalesce?: string;
  readonly selection?: Selection;
  /** Only positions changed: problems cannot change, so skip re-validation. */
  readonly positionsOnly?: boolean;
}

/** What the action groups share: raw store access plus the one way to change the document. */
export interface Kernel {
  readonly get: StoreApi<EditorState>['getState'];
  readonly set: StoreApi<EditorState>['setState'];
  commit(next: Flow, options?: CommitOptions): void;
  scheduleValidation(): void;
  /** The flow before the drag in progress, or null when no drag is running. */
  gestureStart: Flow | null;
  lastCoalesce: { key: string; at: number } | null;
}

export function pruneSelection(selection: Selection, flow: Flow): Selection {
  const nodes = new Set(flow.nodes.map((n) => n.id));
  const edges = new Set(flow.edges.map((e) => e.id));
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const edgeIds = selection.edgeIds.filter((id) => edges.has(id));
  return nodeIds.length === selection.nodeIds.length && edgeIds.length === selection.edgeIds.length
    ? selection
    : { nodeIds, edgeIds };
}

export function createKernel(
  get: Kernel['get'],
  set: Kernel['set'],
  scheduleValidation: () => void,
  now: () => number = Date.now,
): Kernel {
  const kernel: Kernel = {
    get,
    set,
    scheduleValidation,
    gestureStart: null,
    lastCoalesce: null,
    commit(next, options = {}) {
      const state = get();
      if (next === state.flow) return;
      const at = now();
      const merge =
        options.coalesce !== undefined &&
        kernel.lastCoalesce?.key === options.coalesce &&
        at - kernel.lastCoalesce.at < COALESCE_MS;
      kernel.lastCoalesce = options.coalesce !== undefined ? { key: options.coalesce, at } : null;
      set({
        flow: next,
        past: merge ? state.past : [...state.past, state.flow].slice(-MAX_HISTORY),
        future: [],
        dirty: next !== state.savedFlow,
        selection: options.selection ?? pruneSelection(state.selection, next),
      });
      if (!options.positionsOnly) scheduleValidation();
    },
  };
  return kernel;
}
