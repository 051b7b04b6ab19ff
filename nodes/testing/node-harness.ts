/** Test harness shared by the node tests: valid orders, outcomes, and a runner with frozen inputs. Not used at runtime. */
import {
  emptyContext,
  type RunContext,
  applyPatch,
  compileLogic,
  buildFacts,
  factTables,
  orderSchema,
  type Order,
  type OrderInput,
  emptyOutcome,
  type Adjustment,
  type Outcome,
  type OutcomePatch,
  computeTotals,
} from '../../runtime/node/index';
import type { Locale, NodeDefinition, NodeResult, PrepareTools, WaitRequest } from '../../runtime/node/index';
import type { z } from 'zod';

export interface LineSpec {
  readonly price: number;
  readonly qty?: number;
  readonly sku?: string;
  readonly category?: string;
  readonly id?: string;
}

/** A valid order (parsed by the real schema) with the given lines, in minor units of `currency`. */
export function makeOrder(lines: readonly LineSpec[], extra: Partial<OrderInput> = {}, currency = 'CNY'): Order {
  return orderSchema.parse({
    id: 'o-1',
    channel: 'web',
    channelOrderId: 'c-1',
    status: 'paid',
    createdAt: '2026-11-11T00:05:00+08:00',
    currency,
    customer: { id: 'cust-1', tier: 'regular' },
    shippingAddress: { country: 'CN' },
    lines: lines.map((l, i) => ({
      id: l.id ?? `L${i + 1}`,
      sku: l.sku ?? `SKU-${i + 1}`,
      category: l.category ?? 'general',
      quantity: l.qty ?? 1,
      unitPrice: { amount: l.price, currency },
    })),
    ...extra,
  });
}

/** An adjustment as an earlier node would have left it. */
export function existing(
  nodeId: string,
  amount: number,
  stacking: Adjustment['stacking'],
  priority = 0,
  allocations?: Adjustment['allocations'],
  currency = 'CNY',
): Adjustment {
  return {
    nodeId,
    reason: nodeId,
    amount: { amount, currency },
    allocations: allocations ?? [{ lineId: 'L1', amount }],
    stacking,
    priority,
  };
}

export function outcomeWith(adjustments: readonly Adjustment[] = [], more: Partial<Outcome> = {}): Outcome {
  return { ...emptyOutcome(), adjustments: [...adjustments], ...more };
}

/** The outcome after a patch, applied by the engine's own `applyPatch` to a copy (the given one is left alone). */
export function withPatch(outcome: Outcome, patch: OutcomePatch | undefined): Outcome {
  if (!patch) return outcome;
  const next = structuredClone(outcome);
  applyPatch(next, patch);
  return next;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The real compiler, as the engine passes it to `prepare`. */
export const testTools: PrepareTools = { logic: (expression) => compileLogic(expression) };

export interface RunOptions {
  readonly outcome?: Outcome;
  readonly ctx?: RunContext;
  readonly nodeId?: string;
  readonly locale?: Locale;
}

/** Parses the config, prepares it and runs the node once, with frozen inputs (so mutation throws). */
export function runNode<S extends z.ZodType, P>(
  definition: NodeDefinition<S, P>,
  rawConfig: unknown,
  order: Order,
  options: RunOptions = {},
): NodeResult {
  const config = definition.config.parse(rawConfig);
  const prepared = definition.prepare(config, testTools);
  const outcome = deepFreeze(structuredClone(options.outcome ?? emptyOutcome()));
  const ctx = deepFreeze(structuredClone(options.ctx ?? emptyContext()));
  const frozenOrder = deepFreeze(structuredClone(order));
  const facts = buildFacts(
    frozenOrder,
    outcome,
    computeTotals(frozenOrder, outcome.adjustments),
    ctx.now,
    factTables(ctx),
  );
  return definition.run({
    nodeId: options.nodeId ?? 'd1',
    order: frozenOrder,
    facts,
    outcome,
    config: prepared,
    ctx,
    locale: options.locale ?? 'en',
  });
}

/** One node step as the run loop takes it: the port (or the wait), the note, and the outcome after the patch. */
export interface NodeStep {
  readonly port: string | null | undefined;
  readonly wait: WaitRequest | undefined;
  readonly note: string | undefined;
  readonly outcome: Outcome;
}

/** Runs the node once (as `runNode`) and applies its patch with the engine's `applyPatch`, as a run would. */
export function stepNode<S extends z.ZodType, P>(
  definition: NodeDefinition<S, P>,
  rawConfig: unknown,
  order: Order,
  options: RunOptions = {},
): NodeStep {
  const result = runNode(definition, rawConfig, order, options);
  return {
    port: result.port,
    wait: 'wait' in result ? result.wait : undefined,
    note: result.note,
    outcome: withPatch(options.outcome ?? emptyOutcome(), result.patch),
  };
}

/** Net amount left on each line after the outcome's adjustments. */
export function lineNets(order: Order, outcome: Outcome): Record<string, number> {
  const nets: Record<string, number> = {};
  for (const line of order.lines) nets[line.id] = line.unitPrice.amount * line.quantity;
  for (const a of outcome.adjustments)
    for (const part of a.allocations) nets[part.lineId] = (nets[part.lineId] ?? 0) - part.amount;
  return nets;
}

/** The port a result took; `undefined` when the node waited instead. */
export function portOf(result: NodeResult): string | null | undefined {
  return result.port;
}
