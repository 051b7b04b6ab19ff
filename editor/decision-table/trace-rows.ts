import type { TraceStep } from '../../runtime/index';

/**
 * Decision-table node id → the rows it matched (0-based, as the grid counts), over one run's trace. The runtime
 * names them in each step's `matchedRows` (1-based); a node visited twice, or matching on several lines, keeps all.
 */
export function matchedRowsOfTrace(trace: readonly TraceStep[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const step of trace) {
    if (step.type !== 'decision-table' || step.port !== 'matched' || !step.matchedRows) continue;
    const rows = step.matchedRows.map((m) => m.row - 1);
    out[step.nodeId] = [...new Set([...(out[step.nodeId] ?? []), ...rows])].sort((a, b) => a - b);
  }
  return out;
}
