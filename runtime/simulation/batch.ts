import { addResult, addUnreadable, createSummary, serviceKeysOf, type SimulationSummary } from './summary/summary';
import type { RunContext } from '../context/context.schema';
import type { Plan } from '../engine/compile';
import type { RunResult } from '../engine/types';
import { customerIdOf, orderJsonOf, runRecord, type FlowRunner, type ReadableRecord, type SimRecord } from './checked';
import { forEachChunked, type ChunkOptions, type RecordSource } from './chunks';
import { flowInfo } from './summary/flow-info';
import { createLedger } from './world-ledger';

export interface BatchProgress {
  readonly done: number;
  /** Known when the orders came as an array. */
  readonly total?: number;
  /** The summary so far (the same object, updated in place). */
  readonly summary: SimulationSummary;
}

export interface BatchOptions extends ChunkOptions {
  /** Answers for waiting nodes, as `orderflow simulate --decide`. */
  readonly decisions?: Readonly<Record<string, string>>;
  readonly trace?: boolean;
  /** Carry stock and gift counts from one order to the next (see world-ledger.ts); the orders then depend on those before them. */
  readonly carryOver?: boolean;
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Runs the orders instead of the interpreter: the plan's built flow module (same results, faster). */
  readonly runner?: FlowRunner;
  /** Every run as it happens. */
  readonly onResult?: (result: RunResult, record: ReadableRecord, index: number) => void;
  /** Every record that could not be read as JSON (it has no RunResult; the summary counts it as rejected). */
  readonly onUnreadable?: (record: { readonly line?: number; readonly error: string }, index: number) => void;
}

export interface BatchResult {
  readonly summary: SimulationSummary;
  readonly processed: number;
  readonly cancelled: boolean;
}

/**
 * Runs every order through the plan in chunks, yielding between chunks, and folds the results into
 * one summary. `orderflow simulate` and the editor's batch both call it, so their figures are the same.
 * Checked records (see checked.ts) skip validation; raw ones are validated as they run.
 */
export async function runBatch(
  plan: Plan,
  orders: RecordSource<SimRecord>,
  ctx: RunContext,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const summary = createSummary(flowInfo(plan));
  const total = Array.isArray(orders) ? orders.length : undefined;
  const runOptions = { decisions: options.decisions ?? {}, trace: options.trace ?? false };
  const ledger = options.carryOver ? createLedger(ctx) : undefined;
  const { processed, cancelled } = await forEachChunked(
    orders,
    options,
    (record, index) => {
      if ('error' in record) {
        addUnreadable(summary, { ...(record.line === undefined ? {} : { line: record.line }), message: record.error });
        options.onUnreadable?.(record, index);
        return;
      }
      const result = runRecord(plan, record, ledger?.context ?? ctx, runOptions, options.runner);
      ledger?.take(result, customerIdOf(record));
      addResult(summary, result, record.line, serviceKeysOf(orderJsonOf(record)));
      options.onResult?.(result, record, index);
    },
    (done) => options.onProgress?.({ done, ...(total === undefined ? {} : { total }), summary }),
  );
  return { summary, processed, cancelled };
}
