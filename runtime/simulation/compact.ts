import type { FlowEdge } from '../flow/flow.schema';
import type { RunResult, TraceStep } from '../engine/types';
import type { Money } from '../money/money';

/** One order of a batch, small enough to keep thousands of them for tables and exports. */
export interface CompactResult {
  /** Position in the data set: opens the order as a single run. */
  readonly index: number;
  readonly line?: number;
  readonly orderId: string | null;
  readonly status: RunResult['status'];
  readonly decision: string | null;
  readonly total: Money | null;
  readonly discount: Money | null;
  /** Node ids visited, in order. */
  readonly path: readonly string[];
  readonly waitingAt?: string;
  /** Why it was rejected or failed. */
  readonly reasons?: readonly string[];
}

export function compactResult(result: RunResult, record: { readonly line?: number }, index: number): CompactResult {
  const reasons =
    result.status === 'rejected'
      ? (result.problems ?? []).map((p) => p.message)
      : result.error
        ? [`${result.error.nodeId}: ${result.error.message}`]
        : undefined;
  return {
    index,
    ...(record.line === undefined ? {} : { line: record.line }),
    orderId: result.orderId,
    status: result.status,
    decision: result.outcome?.decision ?? null,
    total: result.totals?.total ?? null,
    discount: result.totals?.discount ?? null,
    path: result.trace.map((s) => s.nodeId),
    ...(result.waiting ? { waitingAt: result.waiting.nodeId } : {}),
    ...(reasons ? { reasons } : {}),
  };
}

/** A record that could not be read as JSON, in the same shape. */
export function unreadableResult(record: { line?: number; error: string }, index: number): CompactResult {
  return {
    index,
    ...(record.line === undefined ? {} : { line: record.line }),
    orderId: null,
    status: 'rejected',
    decision: null,
    total: null,
    discount: null,
    path: [],
    reasons: [record.error],
  };
}

/** Edge by source node and port, built once per edge list (a batch asks for every order of the same flow). */
const edgesByPort = new WeakMap<readonly FlowEdge[], ReadonlyMap<string, ReadonlyMap<string, FlowEdge>>>();

function byPortOf(edges: readonly FlowEdge[]): ReadonlyMap<string, ReadonlyMap<string, FlowEdge>> {
  let byPort = edgesByPort.get(edges);
  if (!byPort) {
    const built = new Map<string, Map<string, FlowEdge>>();
    for (const edge of edges) {
      let ports = built.get(edge.source);
      if (!ports) built.set(edge.source, (ports = new Map()));
      ports.set(edge.sourcePort, edge);
    }
    edgesByPort.set(edges, (byPort = built));
  }
  return byPort;
}

/** The edges a run travelled: each step's (node, port) leads along exactly one edge. */
export function edgesOfTrace(edges: readonly FlowEdge[], trace: readonly TraceStep[]): string[] {
  const byPort = byPortOf(edges);
  const out: string[] = [];
  for (let i = 0; i + 1 < trace.length; i++) {
    const step = trace[i]!;
    const edge = typeof step.port === 'string' ? byPort.get(step.nodeId)?.get(step.port) : undefined;
    if (edge && edge.target === trace[i + 1]!.nodeId) out.push(edge.id);
  }
  return out;
}
