/**
 * How the simulation paints the canvas: through the editor store's `overlay` (one store per editor,
 * so two editors on a page never share a heat map). The simulation panel is the only writer.
 */
import { useMemo } from 'react';
import { useEditorApi } from '../store/EditorProvider';
import type { EditorStore } from '../store/editor-store';
import type { Overlay } from '../store/types';

export interface SimulationOverlayData {
  /** Node id → how many runs visited it (one run: 1 per visit). */
  readonly hits: Readonly<Record<string, number>>;
  /** Edge id → how many runs travelled it. */
  readonly edgeHits: Readonly<Record<string, number>>;
  /** Node ids of the single run being inspected, in order; empty for a batch. */
  readonly path: readonly string[];
  /** The node of the trace step being shown. */
  readonly currentNodeId?: string;
  /** Decision-table node id → rows the single run matched there. */
  readonly matchedRows?: Readonly<Record<string, readonly number[]>>;
}

export interface SimulationOverlayWriter {
  /** Replaces everything at once (one render for the canvas). */
  show(data: SimulationOverlayData): void;
  clear(): void;
}

export function toOverlay(data: SimulationOverlayData): Overlay {
  const single = data.path.length > 0;
  return {
    hits: data.hits,
    edgeHits: data.edgeHits,
    highlightedNodeIds: data.path,
    // A single run lights the edges it travelled; a batch shows counts instead.
    highlightedEdgeIds: single ? Object.keys(data.edgeHits) : [],
    ...(data.currentNodeId ? { currentNodeId: data.currentNodeId } : {}),
    ...(data.matchedRows ? { matchedRows: data.matchedRows } : {}),
  };
}

export function overlayWriter(store: EditorStore): SimulationOverlayWriter {
  return {
    show: (data) => store.getState().setOverlay(toOverlay(data)),
    clear: () => store.getState().setOverlay(null),
  };
}

/** The writer for the editor this component lives in. */
export function useSimulationOverlay<T>(select: (writer: SimulationOverlayWriter) => T): T {
  const api = useEditorApi();
  const writer = useMemo(() => overlayWriter(api), [api]);
  return select(writer);
}

/** Counts of a single run's trace: hits per node and per edge, for `show`. */
export function countPath(
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): Pick<SimulationOverlayData, 'hits' | 'edgeHits'> {
  const hits: Record<string, number> = {};
  const edgeHits: Record<string, number> = {};
  for (const id of nodeIds) hits[id] = (Object.hasOwn(hits, id) ? hits[id]! : 0) + 1;
  for (const id of edgeIds) edgeHits[id] = (Object.hasOwn(edgeHits, id) ? edgeHits[id]! : 0) + 1;
  return { hits, edgeHits };
}
