/**
 * What a simulation found, folded from RunResults one at a time (constant memory for any number of
 * orders). Pure data and pure functions: `orderflow simulate`, the editor's batch and its workers all fold with it.
 */
import type { RunResult, RunStatus } from '../../engine/types';
import { bump, entry } from '../tally';
import type { FlowInfo } from './flow-info';

export interface NodeStats {
  readonly type: string;
  readonly name?: string;
  hits: number;
  /** Port taken → count; "(end)" when the path ended there, "(waiting)" / "(failed)" otherwise. */
  ports: Record<string, number>;
}

export interface OrderIssue {
  readonly orderId: string | null;
  /** 1-based line in the orders file, when known. */
  readonly line?: number;
  readonly nodeId?: string;
  readonly reasons: readonly string[];
}

/** Service to one province or channel: of the orders the flow handled, how many were routed, held, or fell back. */
export interface ServiceTally {
  orders: number;
  routed: number;
  /** Orders with a hold (approval or QC) or decided "hold": waiting for review. */
  held: number;
  /** The router found no warehouse and carrier (fulfilment without shipments). */
  fallback: number;
}

export interface MoneyTally {
  orders: number;
  /** Minor units. */
  amount: number;
}

export interface SimulationSummary {
  readonly flowId: string;
  readonly flowName: string;
  orders: number;
  status: Record<RunStatus, number>;
  /** Decisions of completed and waiting runs: accept, hold, cancel, skip. */
  decisions: Record<string, number>;
  nodes: Record<string, NodeStats>;
  /** Currency → orders discounted and total discount. */
  discounts: Record<string, MoneyTally>;
  /** SKU → orders, units, and merchant cost per currency. */
  gifts: Record<string, { orders: number; quantity: number; cost: Record<string, number> }>;
  tags: Record<string, number>;
  effects: Record<string, number>;
  /** Node id → runs waiting there (approval or QC). */
  waiting: Record<string, { kind: string; count: number }>;
  routes: {
    routed: number;
    split: number;
    fallback: number;
    shipments: number;
    warehouses: Record<string, number>;
    carriers: Record<string, number>;
    /** Currency → routed orders and their total shipping cost. */
    shippingCost: Record<string, MoneyTally>;
  };
  /** Service rates by shipping province ("CN Zhejiang", "US CA") and by channel, over orders the flow did not skip. */
  service: { byProvince: Record<string, ServiceTally>; byChannel: Record<string, ServiceTally> };
  failures: { count: number; samples: OrderIssue[] };
  rejections: { count: number; reasons: Record<string, number>; samples: OrderIssue[] };
}

/** Where an order ships and where it was sold, read defensively from the input (strings only). */
export interface ServiceKeys {
  readonly province: string;
  readonly channel: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The service keys of a raw order (the run validated it; here only strings are trusted, anything else is "?"). */
export function serviceKeysOf(raw: unknown): ServiceKeys | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const order = raw as { channel?: unknown; shippingAddress?: unknown };
  const address = (
    typeof order.shippingAddress === 'object' && order.shippingAddress !== null ? order.shippingAddress : {}
  ) as { country?: unknown; province?: unknown };
  const country = text(address.country) ?? '?';
  return { province: `${country} ${text(address.province) ?? '?'}`, channel: text(order.channel) ?? '?' };
}

/** How many failed or rejected orders are kept verbatim; the counts are always complete. */
export const SAMPLE_LIMIT = 20;

export function createSummary(flow: FlowInfo): SimulationSummary {
  const nodes: Record<string, NodeStats> = {};
  for (const node of flow.nodes)
    entry(nodes, node.id, () => ({ type: node.type, ...(node.name ? { name: node.name } : {}), hits: 0, ports: {} }));
  return {
    flowId: flow.flowId,
    flowName: flow.flowName,
    orders: 0,
    status: { completed: 0, waiting: 0, rejected: 0, failed: 0 },
    decisions: {},
    nodes,
    discounts: {},
    gifts: {},
    tags: {},
    effects: {},
    waiting: {},
    routes: { routed: 0, split: 0, fallback: 0, shipments: 0, warehouses: {}, carriers: {}, shippingCost: {} },
    service: { byProvince: {}, byChannel: {} },
    failures: { count: 0, samples: [] },
    rejections: { count: 0, reasons: {}, samples: [] },
  };
}

/** "lines.3.quantity: …" and "lines.0.quantity: …" are the same reason. */
const reasonKey = (message: string) => message.replace(/\.\d+(?=[.:\s])/g, '.*');

/**
 * Folds one run into the summary (mutates it). `line` is where the order sat in its file; `keys`
 * (serviceKeysOf the input) count it in the service rates by province and channel.
 */
export function addResult(summary: SimulationSummary, result: RunResult, line?: number, keys?: ServiceKeys): void {
  summary.orders++;
  summary.status[result.status]++;
  if (result.status === 'rejected') {
    const reasons = (result.problems ?? []).map((p) => p.message);
    summary.rejections.count++;
    for (const reason of new Set(reasons.map(reasonKey))) bump(summary.rejections.reasons, reason);
    if (summary.rejections.samples.length < SAMPLE_LIMIT)
      summary.rejections.samples.push({ orderId: result.orderId, ...(line === undefined ? {} : { line }), reasons });
    return;
  }
  for (const step of result.trace) {
    const stats = entry(summary.nodes, step.nodeId, () => ({ type: step.type, hits: 0, ports: {} }));
    stats.hits++;
    bump(
      stats.ports,
      step.waited ? '(waiting)' : step.port === null ? '(end)' : step.port === undefined ? '(failed)' : step.port,
    );
  }
  if (result.status === 'failed') {
    summary.failures.count++;
    const error = result.error;
    if (summary.failures.samples.length < SAMPLE_LIMIT) {
      summary.failures.samples.push({
        orderId: result.orderId,
        ...(line === undefined ? {} : { line }),
        ...(error ? { nodeId: error.nodeId } : {}),
        reasons: [error?.message ?? 'unknown error'],
      });
    }
    return;
  }
  if (result.waiting)
    entry(summary.waiting, result.waiting.nodeId, () => ({ kind: result.waiting!.kind, count: 0 })).count++;
  const outcome = result.outcome;
  if (!outcome) return;
  bump(summary.decisions, outcome.decision);
  addOutcomeFigures(summary, result);
  if (keys && outcome.decision !== 'skip') {
    addService(summary.service.byProvince, keys.province, result);
    addService(summary.service.byChannel, keys.channel, result);
  }
}

const emptyService = (): ServiceTally => ({ orders: 0, routed: 0, held: 0, fallback: 0 });

function addService(into: Record<string, ServiceTally>, key: string, result: RunResult): void {
  const outcome = result.outcome!;
  const tally = entry(into, key, emptyService);
  tally.orders++;
  const plan = outcome.fulfilment;
  if (plan && plan.shipments.length > 0) tally.routed++;
  if (plan && plan.shipments.length === 0) tally.fallback++;
  if (outcome.holds.length > 0 || outcome.decision === 'hold') tally.held++;
}

/** An order counts once per gift SKU, however many gift lines it has of it (few lines: no Set per order). */
function firstOfSku(gifts: readonly { readonly sku: string }[], index: number): boolean {
  for (let i = 0; i < index; i++) if (gifts[i]!.sku === gifts[index]!.sku) return false;
  return true;
}

function addOutcomeFigures(summary: SimulationSummary, result: RunResult): void {
  const outcome = result.outcome!;
  const discount = result.totals?.discount;
  if (discount && discount.amount > 0) {
    const tally = entry(summary.discounts, discount.currency, () => ({ orders: 0, amount: 0 }));
    tally.orders++;
    tally.amount += discount.amount;
  }
  const gifts = outcome.gifts;
  for (let i = 0; i < gifts.length; i++) {
    const gift = gifts[i]!;
    const tally = entry(summary.gifts, gift.sku, () => ({
      orders: 0,
      quantity: 0,
      cost: {} as Record<string, number>,
    }));
    if (firstOfSku(gifts, i)) tally.orders++;
    tally.quantity += gift.quantity;
    if (gift.cost) bump(tally.cost, gift.cost.currency, gift.cost.amount);
  }
  for (const tag of outcome.tags) bump(summary.tags, tag);
  for (const effect of outcome.effects)
    bump(summary.effects, effect.kind === 'crm-tag' ? `crm-tag ${effect.tag}` : `${effect.kind} ${effect.channel}`);
  const plan = outcome.fulfilment;
  if (!plan) return;
  const routes = summary.routes;
  if (plan.shipments.length === 0) {
    routes.fallback++;
    return;
  }
  routes.routed++;
  if (plan.split) routes.split++;
  routes.shipments += plan.shipments.length;
  for (const shipment of plan.shipments) {
    bump(routes.warehouses, shipment.warehouseId);
    bump(routes.carriers, shipment.carrierId);
  }
  const cost = entry(routes.shippingCost, plan.cost.currency, () => ({ orders: 0, amount: 0 }));
  cost.orders++;
  cost.amount += plan.cost.amount;
}

/** An input record that could not even be read as JSON: reported as a rejection, never dropped. */
export function addUnreadable(summary: SimulationSummary, issue: { line?: number; message: string }): void {
  summary.orders++;
  summary.status.rejected++;
  summary.rejections.count++;
  bump(summary.rejections.reasons, issue.message.replace(/ at position \d+.*$/, ''));
  if (summary.rejections.samples.length < SAMPLE_LIMIT) {
    summary.rejections.samples.push({
      orderId: null,
      ...(issue.line === undefined ? {} : { line: issue.line }),
      reasons: [issue.message],
    });
  }
}

/**
 * Folds `part` — the summary of the orders that came right after those of `into` — into `into`
 * (mutates it). Counts add up and samples fill up in order, so summaries of consecutive slices merged
 * in order equal the summary of the whole, keys in the same order too (batches split across workers).
 */
export function mergeSummary(into: SimulationSummary, part: SimulationSummary): void {
  into.orders += part.orders;
  for (const status of Object.keys(part.status) as RunStatus[]) into.status[status] += part.status[status];
  addCounts(into.decisions, part.decisions);
  for (const [id, stats] of Object.entries(part.nodes)) {
    const target = entry(into.nodes, id, () => ({
      type: stats.type,
      ...(stats.name ? { name: stats.name } : {}),
      hits: 0,
      ports: {},
    }));
    target.hits += stats.hits;
    addCounts(target.ports, stats.ports);
  }
  addTallies(into.discounts, part.discounts);
  for (const [sku, gift] of Object.entries(part.gifts)) {
    const target = entry(into.gifts, sku, () => ({ orders: 0, quantity: 0, cost: {} as Record<string, number> }));
    target.orders += gift.orders;
    target.quantity += gift.quantity;
    addCounts(target.cost, gift.cost);
  }
  addCounts(into.tags, part.tags);
  addCounts(into.effects, part.effects);
  for (const [id, waiting] of Object.entries(part.waiting))
    entry(into.waiting, id, () => ({ kind: waiting.kind, count: 0 })).count += waiting.count;
  const routes = into.routes;
  routes.routed += part.routes.routed;
  routes.split += part.routes.split;
  routes.fallback += part.routes.fallback;
  routes.shipments += part.routes.shipments;
  addCounts(routes.warehouses, part.routes.warehouses);
  addCounts(routes.carriers, part.routes.carriers);
  addTallies(routes.shippingCost, part.routes.shippingCost);
  for (const side of ['byProvince', 'byChannel'] as const)
    for (const [key, tally] of Object.entries(part.service[side])) {
      const target = entry(into.service[side], key, emptyService);
      target.orders += tally.orders;
      target.routed += tally.routed;
      target.held += tally.held;
      target.fallback += tally.fallback;
    }
  into.failures.count += part.failures.count;
  addSamples(into.failures.samples, part.failures.samples);
  into.rejections.count += part.rejections.count;
  addCounts(into.rejections.reasons, part.rejections.reasons);
  addSamples(into.rejections.samples, part.rejections.samples);
}

function addCounts(into: Record<string, number>, part: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(part)) bump(into, key, count);
}

function addTallies(into: Record<string, MoneyTally>, part: Readonly<Record<string, MoneyTally>>): void {
  for (const [currency, tally] of Object.entries(part)) {
    const target = entry(into, currency, () => ({ orders: 0, amount: 0 }));
    target.orders += tally.orders;
    target.amount += tally.amount;
  }
}

function addSamples(into: OrderIssue[], part: readonly OrderIssue[]): void {
  for (const issue of part) {
    if (into.length >= SAMPLE_LIMIT) return;
    into.push(issue);
  }
}
