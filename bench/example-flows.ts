/**
 * Every example flow (examples/flows/*.flow.json) over the same validated orders with the example
 * context, `runOrder` with tracing off. A node that waits for a person (approval, QC) ends that run
 * as "waiting": the run stops there, which is what a host would see before anyone decides.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOrder, type RunContext, type RunResult } from '../runtime/index';
import type { Order } from '../runtime/index';
import { compileOrThrow } from './engines/orderflow';
import { interleave, type Plan, type Stats } from './measure';

const FLOWS_DIR = fileURLToPath(new URL('../examples/flows/', import.meta.url));

export interface FlowFigures {
  readonly file: string;
  readonly nodes: number;
  readonly stats?: Stats;
  /** Outcome mix over one pass: completed, waiting, skipped (trigger did not match), failed. */
  readonly mix?: string;
  readonly error?: string;
}

function mixOf(orders: readonly Order[], run: (order: Order) => RunResult): string {
  const counts = new Map<string, number>();
  for (const order of orders) {
    const r = run(order);
    const key = r.status === 'completed' && r.outcome?.decision === 'skip' ? 'skipped' : r.status;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${((100 * n) / orders.length).toFixed(0)}%`)
    .join(', ');
}

export async function exampleFlowFigures(
  orders: readonly Order[],
  ctx: RunContext,
  plan: Plan,
): Promise<FlowFigures[]> {
  const files = readdirSync(FLOWS_DIR)
    .filter((f) => f.endsWith('.flow.json'))
    .sort();
  const ready: { file: string; nodes: number; run: (order: Order) => RunResult }[] = [];
  const figures = new Map<string, FlowFigures>();
  for (const file of files) {
    try {
      const compiled = compileOrThrow(join(FLOWS_DIR, file));
      const run = (order: Order) => runOrder(compiled, order, ctx, { trace: false });
      ready.push({ file, nodes: compiled.nodes.size, run });
      figures.set(file, { file, nodes: compiled.nodes.size, mix: mixOf(orders, run) });
    } catch (error) {
      figures.set(file, {
        file,
        nodes: 0,
        error: error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error),
      });
    }
  }
  const stats = await interleave(
    ready.map((r) => ({ name: r.file, inputs: orders, run: r.run })),
    plan,
  );
  for (const s of stats) figures.set(s.name, { ...figures.get(s.name)!, stats: s });
  return files.map((f) => figures.get(f)!);
}
