import type { RunContext } from '../context/context.schema';
import type { Plan } from '../engine/compile';
import { runFlow, runOrder } from '../engine/run';
import type { RunOptions, RunResult } from '../engine/types';
import type { Order } from '../order/order.schema';
import { parseOrder } from '../order/check-order';
import type { BatchRecord } from './records';

/** A record validated once (e.g. when a data set is imported): its canonical order runs without validating again. */
export interface CheckedRecord {
  readonly line?: number;
  readonly order: Order;
}

/** What a batch reads: a record as it came from a file, or one already checked. */
export type SimRecord = BatchRecord | CheckedRecord;

/** A record that holds an order to run, checked or not. */
export type ReadableRecord = Exclude<SimRecord, { readonly error: string }>;

/**
 * Validates a record once. A valid order becomes its canonical form; anything else stays as it came,
 * so a batch still rejects it with its problems, exactly as `orderflow simulate` does.
 */
export function checkRecord(record: BatchRecord): SimRecord {
  if ('error' in record) return record;
  const parsed = parseOrder(record.value);
  if (!parsed.success) return record;
  return record.line === undefined ? { order: parsed.data } : { line: record.line, order: parsed.data };
}

/** What runs a plan's orders: the interpreter, or the plan's built flow module (runtime/aot), which gives the same results. */
export interface FlowRunner {
  readonly runOrder: (order: Order, ctx: RunContext, options: RunOptions) => RunResult;
  readonly runFlow: (input: unknown, ctx: RunContext, options: RunOptions) => RunResult;
}

/** Runs a record: a checked order straight away, raw JSON through validation. Same result either way. */
export function runRecord(
  plan: Plan,
  record: ReadableRecord,
  ctx: RunContext,
  options: RunOptions,
  runner?: FlowRunner,
): RunResult {
  if (runner !== undefined)
    return 'order' in record ? runner.runOrder(record.order, ctx, options) : runner.runFlow(record.value, ctx, options);
  return 'order' in record ? runOrder(plan, record.order, ctx, options) : runFlow(plan, record.value, ctx, options);
}

/** The order JSON of a record, as a single run opens it; undefined for a line that could not be read. */
export function orderJsonOf(record: SimRecord): unknown {
  return 'order' in record ? record.order : 'value' in record ? record.value : undefined;
}

/** The customer of a record that ran (a raw record's order was valid if it ran), for the world ledger. */
export function customerIdOf(record: ReadableRecord): string | undefined {
  if ('order' in record) return record.order.customer.id;
  const customer: unknown = (record.value as { customer?: unknown } | null)?.customer;
  const id: unknown = typeof customer === 'object' && customer !== null ? (customer as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
