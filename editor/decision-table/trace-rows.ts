import type { TraceStep } from '../../runtime/index';

/**
 * The rows a decision-table trace note names ("row 3: …", "第 3 行：…"), 0-based. The runtime's
 * trace step carries the matched rows only in its note (nodes/decision-table/words.ts), so the
 * editor reads them from there; a structured field in the trace would be sturdier.
 */
export function matchedRowsFromNote(note: string | undefined): number[] {
  if (!note) return [];
  const found = new Set<number>();
  for (const m of note.matchAll(/(?:\brow (\d+):|第 (\d+) 行：)/g)) found.add(Number(m[1] ?? m[2]) - 1);
  return [...found].sort((a, b) => a - b);
}

/** Decision-table node id → rows matched, over one run's trace (a node visited twice keeps both). */
export function matchedRowsOfTrace(trace: readonly TraceStep[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const step of trace) {
    if (step.type !== 'decision-table' || step.port !== 'matched') continue;
    const rows = matchedRowsFromNote(step.note);
    out[step.nodeId] = [...new Set([...(out[step.nodeId] ?? []), ...rows])].sort((a, b) => a - b);
  }
  return out;
}
