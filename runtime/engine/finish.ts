import type { OutcomePatch } from '../order/outcome';
import { totalsFrom } from '../order/totals';
import { applyPatch } from './apply-patch';
import type { PlanNode } from './compile';
import type { WaitResult } from '../node/result';
import type { MatchedRow, RunResult, TraceStep } from './types';
import { RUN_STATE_FORMAT, RUN_STATE_FORMAT_VERSION, type RunState } from './run-state';
import { errorMessage, VALIDATION_WORDS } from './problem-words';
import type { Run } from './live-run';

/* How a run ends (completed, failed, waiting) and its traced steps: the same for the interpreter and built modules. */

/** The run went over its step limit at `node`. */
export function tooManySteps(run: Run, node: PlanNode): RunResult {
  return failed(run, node.id, `the run exceeded the limit of ${run.maxSteps} steps`);
}

/** The run ended normally. */
export function completed(run: Run): RunResult {
  return {
    flowId: run.plan.flowId,
    orderId: run.order.id,
    status: 'completed',
    outcome: run.outcome,
    totals: run.totals,
    trace: run.trace,
  };
}

export function tracedStep(
  node: PlanNode,
  port: string | null,
  result: { readonly patch?: OutcomePatch; readonly note?: string; readonly matchedRows?: readonly MatchedRow[] },
): TraceStep {
  // Assigned, not spread: `{ a, ...(x ? { b } : {}) }` is several times slower in V8 11.
  const step: { -readonly [K in keyof TraceStep]: TraceStep[K] } = { nodeId: node.id, type: node.type, port };
  if (result.patch) step.changes = result.patch;
  const note = result.note; // read once: a node may build its note when asked
  if (note) step.note = note;
  if (result.matchedRows) step.matchedRows = result.matchedRows;
  return step;
}

/** A node threw: the step is recorded (without a port) and the run ends as failed, naming the node. */
export function threw(run: Run, node: PlanNode, error: unknown): RunResult {
  run.trace.push({ nodeId: node.id, type: node.type });
  return failed(run, node.id, errorMessage(error, VALIDATION_WORDS.en));
}

export function failed(run: Run, nodeId: string, message: string): RunResult {
  return {
    flowId: run.plan.flowId,
    orderId: run.order.id,
    status: 'failed',
    outcome: run.outcome,
    totals: run.totals,
    trace: run.trace,
    error: { nodeId, message },
  };
}

/** A node asked a person: record the hold and the state to resume from, then stop. */
export function waiting(run: Run, node: PlanNode, result: WaitResult): RunResult {
  const { plan, order, outcome, trace } = run;
  // No outcome or trace: resume replays from the order and decisions, so a holder cannot forge either.
  const state: RunState = {
    format: RUN_STATE_FORMAT,
    formatVersion: RUN_STATE_FORMAT_VERSION,
    flowId: plan.flowId,
    flowHash: plan.contentHash,
    order,
    decisions: { ...run.decisions },
    waitingAt: node.id,
  };
  if (result.patch) applyPatch(outcome, result.patch);
  outcome.holds.push(result.wait.hold);
  outcome.decision = 'hold';
  outcome.decisionReason = result.wait.reason;
  trace.push({ nodeId: node.id, type: node.type, waited: true, ...(result.note ? { note: result.note } : {}) });
  const { kind, reason, ports, hold, call } = result.wait;
  return {
    flowId: plan.flowId,
    orderId: order.id,
    status: 'waiting',
    outcome,
    totals: totalsFrom(order, run.subtotal, run.itemCount, outcome.adjustments),
    trace,
    waiting: { nodeId: node.id, kind, reason, ports, hold, ...(call === undefined ? {} : { call }) },
    state,
  };
}
