/**
 * Our runtime on the example flow examples/flows/promo-routing-decision.flow.json, compiled once.
 * Three ways in: `runOrder` on orders validated once at the boundary (the hot path), the same with
 * `trace: true`, and `runFlow`, which validates every order with zod first (handed the raw JSON).
 */
import { readFileSync } from 'node:fs';
import { coreRegistry } from '../../nodes/index';
import {
  compileFlow,
  emptyContext,
  runFlow,
  runOrder,
  type Plan,
  type RunContext,
  type RunResult,
} from '../../runtime/index';
import type { Decision } from '../decision/decision';
import { PROMO_FLOW_PATH } from '../decision/promo-flow';
import type { Engine } from './engine';

export function compileOrThrow(path: string): Plan {
  const compiled = compileFlow(readFileSync(path, 'utf8'), coreRegistry);
  if (!compiled.ok)
    throw new Error(`${path} does not compile:\n${compiled.problems.map((p) => `  ${p.message}`).join('\n')}`);
  return compiled.plan;
}

export function decisionOf(result: RunResult): Decision {
  if (result.status !== 'completed' || !result.outcome || !result.totals) {
    throw new Error(
      `run ${result.status} for order ${result.orderId}: ${result.error?.message ?? JSON.stringify(result.problems ?? [])}`,
    );
  }
  const warehouse = result.outcome.attributes.warehouse;
  return {
    discount: result.totals.discount.amount,
    gifts: result.outcome.gifts.map((g) => g.sku).sort(),
    review: result.outcome.tags.includes('review'),
    warehouse: typeof warehouse === 'string' ? warehouse : String(warehouse),
  };
}

export function orderflowEngines(now: string): Engine[] {
  const plan = compileOrThrow(PROMO_FLOW_PATH);
  const ctx: RunContext = emptyContext(now);
  const quiet = { trace: false } as const;
  const traced = { trace: true } as const;
  const computes =
    'totals, each node in turn (switch, discounts with per-line allocation, gifts, set-field, tag, end), outcome and path trace';
  return [
    {
      name: 'orderflow runOrder',
      computes,
      run: (order) => runOrder(plan, order, ctx, quiet),
      decision: (order) => decisionOf(runOrder(plan, order, ctx, quiet)),
    },
    {
      name: 'orderflow runOrder trace',
      computes: 'as runOrder, plus what each node changed and its note',
      run: (order) => runOrder(plan, order, ctx, traced),
      decision: (order) => decisionOf(runOrder(plan, order, ctx, traced)),
    },
    {
      name: 'orderflow runFlow (zod)',
      computes: 'zod validation of the raw order JSON, then as runOrder',
      input: 'raw',
      run: (raw: unknown) => runFlow(plan, raw, ctx, quiet),
      decision: (raw: unknown) => decisionOf(runFlow(plan, raw, ctx, quiet)),
    },
  ];
}
