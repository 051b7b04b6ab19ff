import type { Problem, ValidateOptions, Flow, Locale, NodeRegistry } from '../../runtime/index';
import type { EdgeRoute } from '../canvas/auto-layout';
import type { ConnectionRequest, RefusalCode } from '../canvas/connection-rules';
import type { Fragment, XY } from './flow-edits';
import type { ProblemIndex } from './problem-index';

export interface Selection {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/** Results of a simulation run painted over the canvas (hit counts, the path one order took). */
/** What a simulation paints on the canvas: hit counts (a heat map), a lit path and the current step. */
export interface Overlay {
  readonly hits?: Readonly<Record<string, number>>;
  readonly edgeHits?: Readonly<Record<string, number>>;
  readonly highlightedNodeIds?: readonly string[];
  readonly highlightedEdgeIds?: readonly string[];
  /** The node of the trace step being inspected. */
  readonly currentNodeId?: string;
  /** Decision-table node id → the 0-based rows a single run matched there (lit in the grid and card). */
  readonly matchedRows?: Readonly<Record<string, readonly number[]>>;
}

export type ConnectResult =
  | { readonly ok: true; readonly edgeId: string }
  | { readonly ok: false; readonly code: RefusalCode; readonly reason: string };
export type SaveHandler = (flow: Flow) => void | Promise<void>;
/**
 * Same contract as runtime/engine/validate.ts `validateFlow`; injectable for tests and hosts. The store
 * asks for messages in the UI's language (`options.locale`).
 */
export type Validate = (
  input: unknown,
  registry: NodeRegistry,
  options?: ValidateOptions,
) => { readonly flow: Flow | null; readonly problems: readonly Problem[] };

export interface EditorData {
  readonly registry: NodeRegistry;
  /** The document: the single source of truth. Canvas nodes, forms and JSON are views of it. */
  readonly flow: Flow;
  readonly selection: Selection;
  readonly locale: Locale;
  readonly past: readonly Flow[];
  readonly future: readonly Flow[];
  /** The flow as last saved (by reference); `dirty` is `flow !== savedFlow`, so undoing back to it is clean. */
  readonly savedFlow: Flow;
  readonly dirty: boolean;
  readonly problems: ProblemIndex;
  /** Bumped on every Ctrl+S / save button; persistence may watch it instead of registering a handler. */
  readonly saveRequests: number;
  /** Measured card sizes from the canvas, used by auto-layout. Not part of the document. */
  readonly nodeSizes: Readonly<Record<string, { width: number; height: number }>>;
  /** Orthogonal edge paths from the last auto-layout (view state, not the document); see EdgeRoute. */
  readonly edgeRoutes: Readonly<Record<string, EdgeRoute>>;
  readonly overlay: Overlay | null;
  readonly notice: Notice | null;
  readonly jsonViewOpen: boolean;
  /** Set by `focus`; the canvas pans to it. `seq` makes repeated focus on the same node work. */
  readonly focusRequest: { readonly nodeIds: readonly string[]; readonly seq: number } | null;
  readonly clipboard: Fragment | null;
  /** JSON text typed in the JSON view that is not a valid flow yet; persisted with the flow, never lost. */
  readonly jsonDraft: string | null;
}

export interface EditorActions {
  /** `avoidOverlap`: slide down until no card is covered (click-to-add); drops stay where they land. */
  addNode(type: string, position: XY, options?: { avoidOverlap?: boolean }): string | null;
  updateConfig(nodeId: string, config: Record<string, unknown>): void;
  rename(nodeId: string, name: string): void;
  renameFlow(name: string): void;
  /** Moves during a drag are not recorded one by one: `beginMove`/`endMove` make the drag one undo step. */
  moveNodes(positions: Readonly<Record<string, XY>>): void;
  beginMove(): void;
  endMove(): void;
  checkConnection(request: ConnectionRequest): ConnectResult | { readonly ok: true };
  connect(request: ConnectionRequest): ConnectResult;
  deleteSelection(): void;
  deleteItems(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  copy(): void;
  paste(): void;
  duplicate(): void;
  layout(): Promise<void>;
  /**
   * Shows a flow just opened as a layout placed it, without an undo step and without marking it unsaved (the
   * positions are stored with the next edit). Ignored once the flow was edited.
   */
  adoptLayout(layout: { positions: Readonly<Record<string, XY>>; routes: EditorData['edgeRoutes'] }): void;
  /** Replaces the whole document as one undoable step (import, JSON view, restoring a version). */
  replaceFlow(flow: Flow): void;
  /** Opens another document: clears history and treats it as saved (flow list, first load). */
  loadFlow(flow: Flow, jsonDraft?: string | null): void;
  setJsonDraft(text: string | null): void;
  /** Validates JSON text and replaces the flow only when there are no errors; returns every problem. */
  importText(text: string): { ok: boolean; problems: readonly Problem[] };
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  /** Selects and asks the canvas to bring these nodes into view. */
  focus(target: { nodeId?: string; edgeId?: string }): void;
  setLocale(locale: Locale): void;
  validateNow(): ProblemIndex;
  requestSave(): void;
  /** Registers what Ctrl+S does; returns an unsubscribe function. */
  onSave(handler: SaveHandler): () => void;
  markSaved(flow?: Flow): void;
  setNodeSizes(sizes: Readonly<Record<string, { width: number; height: number }>>): void;
  setOverlay(overlay: Overlay | null): void;
  notify(text: string, kind?: Notice['kind']): void;
  dismissNotice(): void;
  toggleJsonView(open?: boolean): void;
}

export type EditorState = EditorData & EditorActions;
