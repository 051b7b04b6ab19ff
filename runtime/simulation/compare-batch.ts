import { addResult, addUnreadable, createSummary, serviceKeysOf, type SimulationSummary } from './summary/summary';
import type { RunContext } from '../context/context.schema';
import type { Plan } from '../engine/compile';
import type { RunResult } from '../engine/types';
import { customerIdOf, orderJsonOf, runRecord, type ReadableRecord, type SimRecord } from './checked';
import type { FieldDiff } from './field-diff';
import { addPair, createComparison, type RunsComparison } from './compare-runs';
import { forEachChunked, type ChunkOptions, type RecordSource } from './chunks';
import { flowInfo } from './summary/flow-info';
import { createLedger } from './world-ledger';

export interface CompareBatchOptions extends ChunkOptions {
  readonly decisions?: Readonly<Record<string, string>>;
  /** Carry stock and gift counts from order to order, each version in a world of its own (see world-ledger.ts). */
  readonly carryOver?: boolean;
  readonly onProgress?: (progress: { readonly done: number; readonly total?: number }) => void;
  readonly onPair?: (
    before: RunResult,
    after: RunResult,
    diffs: readonly FieldDiff[],
    index: number,
    record: ReadableRecord,
  ) => void;
  /** Every record that could not be read as JSON (both sides count it as rejected). */
  readonly onUnreadable?: (record: { readonly line?: number; readonly error: string }, index: number) => void;
}

export interface CompareBatchResult {
  readonly before: SimulationSummary;
  readonly after: SimulationSummary;
  readonly comparison: RunsComparison;
  readonly processed: number;
  readonly cancelled: boolean;
}

/** Runs the same orders through two versions of a flow, chunk by chunk, and compares them order by order. */
export async function runCompareBatch(
  before: Plan,
  after: Plan,
  orders: RecordSource<SimRecord>,
  ctx: RunContext,
  options: CompareBatchOptions = {},
): Promise<CompareBatchResult> {
  const summaries = { before: createSummary(flowInfo(before)), after: createSummary(flowInfo(after)) };
  const comparison = createComparison();
  const total = Array.isArray(orders) ? orders.length : undefined;
  const decisions = options.decisions ?? {};
  const worlds = options.carryOver ? { before: createLedger(ctx), after: createLedger(ctx) } : undefined;
  const { processed, cancelled } = await forEachChunked(
    orders,
    options,
    (record, index) => {
      const line = record.line === undefined ? {} : { line: record.line };
      if ('error' in record) {
        addUnreadable(summaries.before, { ...line, message: record.error });
        addUnreadable(summaries.after, { ...line, message: record.error });
        comparison.orders++;
        options.onUnreadable?.(record, index);
        return;
      }
      const a = runRecord(before, record, worlds?.before.context ?? ctx, { decisions });
      const b = runRecord(after, record, worlds?.after.context ?? ctx, { decisions });
      if (worlds) {
        const customerId = customerIdOf(record);
        worlds.before.take(a, customerId);
        worlds.after.take(b, customerId);
      }
      const keys = serviceKeysOf(orderJsonOf(record));
      addResult(summaries.before, a, record.line, keys);
      addResult(summaries.after, b, record.line, keys);
      const diffs = addPair(comparison, a, b, index);
      options.onPair?.(a, b, diffs, index, record);
    },
    (done) => options.onProgress?.({ done, ...(total === undefined ? {} : { total }) }),
  );
  return { ...summaries, comparison, processed, cancelled };
}
