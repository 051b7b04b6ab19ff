/** Shared by this folder's tests: the example flows, context and orders. Not used by shipped code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreRegistry } from '../../nodes/index';
import { runContextSchema, type RunContext } from '../context/context.schema';
import { compileFlow, type Plan } from '../engine/compile';
import type { Flow } from '../flow/flow.schema';
import type { OrderInput } from '../order/order.schema';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const at = (...parts: string[]) => join(repoRoot, ...parts);

export const exampleContext: RunContext = runContextSchema.parse(
  JSON.parse(readFileSync(at('examples/data/context.json'), 'utf8')),
);

export function exampleFlow(name: string): Flow {
  return JSON.parse(readFileSync(at('examples/flows', `${name}.flow.json`), 'utf8')) as Flow;
}

export function compile(flow: unknown): Plan {
  const compiled = compileFlow(flow, coreRegistry);
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('; '));
  return compiled.plan;
}

export const examplePlan = (name: string) => compile(exampleFlow(name));

/** Changes one node's config in a copy of the flow (a "new version"). */
export function withConfig(flow: Flow, nodeId: string, patch: Record<string, unknown>): Flow {
  return { ...flow, nodes: flow.nodes.map((n) => (n.id === nodeId ? { ...n, config: { ...n.config, ...patch } } : n)) };
}

/** A paid Tmall order to Shanghai; `lines` as [sku, category, unit price in fen, quantity]. */
export function order(
  tier: string,
  lines: [string, string, number, number][],
  extra: Partial<OrderInput> = {},
): Record<string, unknown> {
  return {
    id: 'OF-TEST',
    channel: 'tmall',
    channelOrderId: '4000000000000000001',
    status: 'paid',
    createdAt: '2026-11-11T00:01:00+08:00',
    currency: 'CNY',
    customer: { id: 'CN-TEST', tier },
    lines: lines.map(([sku, category, price, quantity], i) => ({
      id: `L${i + 1}`,
      sku,
      category,
      quantity,
      unitPrice: { amount: price, currency: 'CNY' },
    })),
    shippingAddress: { country: 'CN', province: 'Shanghai', city: 'Shanghai' },
    ...extra,
  };
}
