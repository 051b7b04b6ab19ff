/**
 * Test fixtures for the route, approval and qc-check nodes: a small CNY world (Shanghai and
 * Beijing warehouses, an Amazon-only FBA warehouse, SF and YTO) and helpers to run a node directly.
 */
import {
  carrierSchema,
  warehouseSchema,
  type Carrier,
  type RunContext,
  type Warehouse,
  compileLogic,
  buildFacts,
  orderSchema,
  type Order,
  type OrderInput,
  emptyOutcome,
  computeTotals,
} from '../../runtime/node/index';
import type { Locale, NodeDefinition, NodeResult, PrepareTools, FulfilmentPlan } from '../../runtime/node/index';
import type { z } from 'zod';

/** The tools the engine hands to `prepare`. */
export const testTools: PrepareTools = { logic: compileLogic };

export const cny = (amount: number) => ({ amount, currency: 'CNY' });

type LineInput = { sku: string; quantity?: number; id?: string; price?: number };

export function makeOrder(overrides: Partial<Omit<OrderInput, 'lines'>> & { lines?: LineInput[] } = {}): Order {
  const { lines = [{ sku: 'SKU-A' }], ...rest } = overrides;
  const currency = rest.currency ?? 'CNY';
  return orderSchema.parse({
    id: 'ORD-1',
    channel: 'shopify',
    channelOrderId: 'SHOP-1',
    status: 'paid',
    createdAt: '2026-11-11T00:05:00+08:00',
    currency,
    customer: { id: 'CUST-1', tier: 'regular' },
    shippingAddress: { country: 'CN', province: 'Shanghai', city: 'Shanghai' },
    ...rest,
    lines: lines.map((line, i) => ({
      id: line.id ?? `L${i + 1}`,
      sku: line.sku,
      quantity: line.quantity ?? 1,
      unitPrice: { amount: line.price ?? 9900, currency },
    })),
  });
}

export function makeWarehouse(input: Partial<z.input<typeof warehouseSchema>> & { id: string }): Warehouse {
  return warehouseSchema.parse({ name: input.id, country: 'CN', handlingCost: cny(200), ...input });
}

export function makeCarrier(input: Partial<z.input<typeof carrierSchema>> & { id: string }): Carrier {
  return carrierSchema.parse({
    name: input.id,
    countries: ['CN'],
    baseCost: cny(1000),
    perItemCost: cny(200),
    remoteSurcharge: cny(1500),
    sameProvinceDays: 1,
    domesticDays: 2,
    ...input,
  });
}

export const WH_SH = makeWarehouse({
  id: 'WH-SH',
  province: 'Shanghai',
  handlingCost: cny(200),
  stock: { 'SKU-A': 10, 'SKU-B': 10 },
});
export const WH_BJ = makeWarehouse({
  id: 'WH-BJ',
  province: 'Beijing',
  handlingCost: cny(150),
  stock: { 'SKU-A': 10, 'SKU-B': 10 },
});
export const FBA_SZ = makeWarehouse({
  id: 'FBA-SZ',
  province: 'Guangdong',
  channels: ['amazon'],
  handlingCost: cny(100),
  stock: { 'SKU-A': 99, 'SKU-B': 99 },
});
/** Fast and dear; serves remote areas with a surcharge. */
export const SF = makeCarrier({
  id: 'SF',
  baseCost: cny(1000),
  perItemCost: cny(200),
  remoteSurcharge: cny(1500),
  sameProvinceDays: 1,
  domesticDays: 2,
});
/** Cheap and slow; no remote areas, no Xinjiang. */
export const YTO = makeCarrier({
  id: 'YTO',
  baseCost: cny(600),
  perItemCost: cny(100),
  remoteSurcharge: cny(800),
  sameProvinceDays: 2,
  domesticDays: 4,
  servesRemote: false,
  excludedProvinces: ['Xinjiang'],
});

export function makeContext(parts: Partial<RunContext> = {}): RunContext {
  return {
    now: '2026-11-25T10:00:00+08:00',
    warehouses: [WH_SH, WH_BJ, FBA_SZ],
    carriers: [SF, YTO],
    customers: {},
    giftCosts: {},
    tables: {},
    ...parts,
  };
}

/** Parses the config like the engine would, prepares it once and runs the node on one order, in `locale`. */
export function runNode<S extends z.ZodType, P>(
  node: NodeDefinition<S, P>,
  configInput: unknown,
  order: Order,
  ctx: RunContext = makeContext(),
  decision?: string,
  locale: Locale = 'en',
): NodeResult {
  const prepared = node.prepare(node.config.parse(configInput), testTools);
  const outcome = emptyOutcome();
  const facts = buildFacts(order, outcome, computeTotals(order, outcome.adjustments), ctx.now);
  return node.run({
    nodeId: 'n1',
    order,
    facts,
    outcome,
    config: prepared,
    ctx,
    locale,
    ...(decision === undefined ? {} : { decision }),
  });
}

/** Freezes a value and everything inside it, to prove a node never mutates its inputs. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Reading a route result in tests. */
export function planOf(result: NodeResult): FulfilmentPlan {
  const plan = result.patch?.fulfilment;
  if (!plan) throw new Error(`no fulfilment plan in ${JSON.stringify(result)}`);
  return plan;
}
/** A route result with every text the node writes left out: what must be the same in every language. */
export function withoutWords(result: NodeResult): unknown {
  const plan = planOf(result);
  return {
    port: portOf(result),
    plan: { ...plan, explanation: undefined, candidates: plan.candidates.map((c) => ({ ...c, note: undefined })) },
    holds: result.patch?.holds?.map((h) => ({ ...h, reason: undefined })),
  };
}
export const portOf = (result: NodeResult) => ('port' in result ? result.port : 'wait');
export const winnerOf = (result: NodeResult) =>
  planOf(result)
    .shipments.map((s) => `${s.warehouseId}/${s.carrierId}`)
    .join(' + ');
export const noteOf = (result: NodeResult, pair: string) =>
  planOf(result).candidates.find((c) => `${c.warehouseId}/${c.carrierId}` === pair)?.note;
