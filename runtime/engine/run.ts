import type { RunContext } from '../context/context.schema';
import type { Order } from '../order/order.schema';
import { parseOrder } from '../order/check-order';
import { totalsAfter } from '../order/totals';
import { applyPatch, ATTRIBUTES_PATCHED, MONEY_CHANGED } from './apply-patch';
import { adjustmentProblem } from './check-adjustments';
import type { Plan, PlanNode, PortExit } from './compile';
import type { NodeResult } from '../node/define-node';
import type { RunOptions, RunResult } from './types';
import { zodParseOptions, zodProblems } from './zod-problems';
import { completed, failed, threw, tooManySteps, tracedStep, waiting } from './finish';
import { NO_DECISIONS, overlay, runWith, type Run } from './live-run';

/*
 * The interpreter: runFlow (check, then run) and runOrder, whose loop walks the plan's nodes. How a
 * run is set up is live-run.ts; how it ends, finish.ts.
 */

/** Reads an id from raw input for the report of a rejected order, without trusting its shape. */
function rawOrderId(input: unknown): string | null {
  if (typeof input === 'object' && input !== null && Object.hasOwn(input, 'id')) {
    const id = (input as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}

/** Validates untrusted order JSON, then runs it. A bad order is rejected with its problems, never thrown. */
export function runFlow(plan: Plan, input: unknown, ctx: RunContext, options: RunOptions = {}): RunResult {
  return checkThenRun(plan, input, ctx, options, runOrder);
}

/** `runFlow` with another way of running the checked order (a built flow module's). */
export function checkThenRun(
  plan: Plan,
  input: unknown,
  ctx: RunContext,
  options: RunOptions,
  run: (plan: Plan, order: Order, ctx: RunContext, options: RunOptions) => RunResult,
): RunResult {
  // The order's problems are worded in the run's language, like everything else the result says.
  const locale = options.locale ?? 'en';
  const parsed = parseOrder(input, zodParseOptions(locale));
  if (!parsed.success) {
    return {
      status: 'rejected',
      flowId: plan.flowId,
      orderId: rawOrderId(input),
      outcome: null,
      totals: null,
      trace: [],
      problems: zodProblems(parsed.error, [], { code: 'invalid-order', what: 'order', locale }),
    };
  }
  return run(plan, parsed.data, ctx, options);
}

/** Runs an order that has already been validated (the hot path of simulations and benchmarks). */
export function runOrder(plan: Plan, order: Order, ctx: RunContext, options: RunOptions = {}): RunResult {
  return runWith(plan, order, ctx, options, loop);
}

/**
 * The interpreter's walk. A built module's walk does the same through `chooseStep` and `settle`
 * (runtime/aot/step.ts); here it is written out inline: returning a step's exit index or a result
 * through one union costs the interpreter ~10% on small flows (bench/ab.ts). runtime/aot's property
 * test holds the two to the same results, traces included.
 */
function loop(run: Run): RunResult {
  // The fields read on every step, held in locals.
  const { order, outcome, facts, input, decisions, fullTrace, maxSteps, trace } = run;
  const anyDecisions = decisions !== NO_DECISIONS;
  let steps = 0;
  let node: PlanNode | undefined = run.plan.start;

  while (node) {
    if (++steps > maxSteps) return tooManySteps(run, node);
    const choose: PlanNode['choose'] = node.choose;
    if (choose !== undefined && !fullTrace) {
      // A node that only picks a port: no input, no result object, the exit by index.
      let exit: PortExit | undefined;
      try {
        exit = node.exits[choose(facts, node.prepared)];
      } catch (error) {
        return threw(run, node, error);
      }
      if (exit === undefined) return failed(run, node.id, `node ${node.id} chose a port its type does not declare`);
      trace.push(exit.step);
      node = exit.next;
      continue;
    }
    let result: NodeResult;
    try {
      input.nodeId = node.id;
      input.config = node.prepared;
      input.decision = anyDecisions && Object.hasOwn(decisions, node.id) ? decisions[node.id] : undefined;
      result = node.run(input);
    } catch (error) {
      return threw(run, node, error);
    }
    // The port first: a result without one may be a wait. (`'wait' in result` on every step is a
    // megamorphic lookup, as results come in many shapes.)
    const port = result.port;
    if (port === undefined && 'wait' in result) return waiting(run, node, result);
    const patch = result.patch;
    if (patch) {
      const changed = applyPatch(outcome, patch);
      if ((changed & MONEY_CHANGED) !== 0) {
        const wrong = patch.adjustments && adjustmentProblem(patch.adjustments, order.currency);
        if (wrong) return threw(run, node, new Error(`node ${node.id} gave ${wrong}`));
        facts.totals = run.totals = totalsAfter(run.totals, outcome.adjustments);
      }
      // An aliased view (the order brought no attributes) already shows the patch.
      if ((changed & ATTRIBUTES_PATCHED) !== 0 && facts.attributes !== outcome.attributes)
        facts.attributes = overlay(facts.attributes, order, outcome, patch.attributes!);
    }
    // The port taken is nearly always a declared one: found by identity among the node's few exits.
    const exits = node.exits;
    let exit: PortExit | undefined;
    for (let i = 0; i < exits.length; i++) {
      if (exits[i]!.port === port) {
        exit = exits[i];
        break;
      }
    }
    if (fullTrace) trace.push(tracedStep(node, port as string | null, result));
    else
      trace.push(
        exit !== undefined ? exit.step : (node.steps[port ?? ''] ?? { nodeId: node.id, type: node.type, port }),
      );
    if (exit !== undefined) {
      node = exit.next;
      continue;
    }
    if (port === null) break;
    return failed(run, node.id, `node ${node.id} took port "${port}", which its type does not declare`);
  }
  return completed(run);
}
