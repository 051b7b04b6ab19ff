/**
 * Canvas overlay contract: what the simulation wants painted on the canvas. The canvas reads it
 * (node badges from `hits`, edge widths from `edgeHits`, a lit `path`, a ring on `currentNodeId`);
 * the simulation panel is the only writer.
 */
import { create } from 'zustand';

export interface SimulationOverlayData {
  /** Node id → how many runs visited it (one run: 1 per visit). */
  readonly hits: Readonly<Record<string, number>>;
  /** Edge id → how many runs travelled it. */
  readonly edgeHits: Readonly<Record<string, number>>;
  /** Node ids of the single run being inspected, in order; empty for a batch. */
  readonly path: readonly string[];
  /** The node of the trace step being shown. */
  readonly currentNodeId?: string;
}

export interface SimulationOverlayState extends SimulationOverlayData {
  setHits(hits: Readonly<Record<string, number>>, edgeHits: Readonly<Record<string, number>>): void;
  setPath(path: readonly string[]): void;
  setCurrentNode(nodeId: string | undefined): void;
  /** Replaces everything at once (one render for the canvas). */
  show(data: SimulationOverlayData): void;
  clear(): void;
}

const EMPTY: SimulationOverlayData = { hits: {}, edgeHits: {}, path: [] };

export const useSimulationOverlay = create<SimulationOverlayState>()((set) => ({
  ...EMPTY,
  setHits: (hits, edgeHits) => set({ hits, edgeHits }),
  setPath: (path) => set({ path }),
  setCurrentNode: (currentNodeId) => set({ currentNodeId }),
  show: (data) => set({ ...EMPTY, currentNodeId: undefined, ...data }),
  clear: () => set({ ...EMPTY, currentNodeId: undefined }),
}));

/** Counts of a single run's trace: hits per node and per edge, for `show`. */
export function countPath(nodeIds: readonly string[], edgeIds: readonly string[]): Pick<SimulationOverlayData, 'hits' | 'edgeHits'> {
  const hits: Record<string, number> = {};
  const edgeHits: Record<string, number> = {};
  for (const id of nodeIds) hits[id] = (Object.hasOwn(hits, id) ? hits[id]! : 0) + 1;
  for (const id of edgeIds) edgeHits[id] = (Object.hasOwn(edgeHits, id) ? edgeHits[id]! : 0) + 1;
  return { hits, edgeHits };
}
