import type { RunContext } from '../context/context.schema';
import { factsFrom, factTables, refillFacts, type Facts, type MutableFacts } from '../order/facts';
import { NO_ATTRIBUTES, type Order } from '../order/order.schema';
import { parseOrder } from '../order/check-order';
import { emptyOutcome, type Outcome, type OutcomePatch } from '../order/outcome';
import { itemCountOf, subtotalOf, totalsAfter, totalsFrom, type Totals } from '../order/totals';
import { applyPatch, ATTRIBUTES_PATCHED, MONEY_CHANGED } from './apply-patch';
import { adjustmentProblem } from './check-adjustments';
import type { Plan, PlanNode, PortExit } from './compile';
import type { NodeResult, NodeRunInput } from '../node/define-node';
import type { WaitResult } from '../node/result';
import type { MatchedRow, RunOptions, RunResult, TraceStep } from './types';
import { RUN_STATE_FORMAT, RUN_STATE_FORMAT_VERSION, type RunState } from './run-state';
import type { JsonValue } from '../json/json';
import { zodParseOptions, zodProblems } from './zod-problems';
import { errorMessage, VALIDATION_WORDS } from './problem-words';

export const DEFAULT_MAX_STEPS = 10_000;

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
 * Sets up a run's state and hands it to `body`, which walks the nodes: the interpreter's loop, or a
 * built flow module's (runtime/aot), which steps through the same functions.
 */
export function runWith(
  plan: Plan,
  order: Order,
  ctx: RunContext,
  options: RunOptions,
  body: (run: Run) => RunResult,
): RunResult {
  // A run started from inside a node (a sub-flow) gets its own state; otherwise the shared one is refilled.
  const run =
    scratch === undefined || scratch.busy
      ? newRun(plan, order, ctx, options)
      : refill(scratch, plan, order, ctx, options);
  if (scratch === undefined) scratch = run;
  run.busy = true;
  try {
    return body(run);
  } finally {
    run.busy = false;
  }
}

/** Shared by runs without known decisions, so the per-node decision lookup can be skipped. */
const NO_DECISIONS: Readonly<Record<string, string>> = Object.freeze({});

/** The input handed to each node: one object per run, re-pointed before every node (nodes never keep it). */
type NodeInput = { -readonly [K in keyof NodeRunInput<unknown>]: NodeRunInput<unknown>[K] };

/**
 * Everything a run in progress works with, in one object instead of a dozen arguments passed down. Runs
 * are synchronous and nodes never keep their input or the facts, so one of these serves run after run
 * (refilled, not rebuilt: no ~250 bytes of garbage per order — minor GCs are a large part of a big
 * batch's time); `busy` marks the one in use, so a run started from inside a node builds its own.
 */
export interface Run {
  busy: boolean;
  plan: Plan;
  order: Order;
  ctx: RunContext;
  outcome: Outcome;
  trace: TraceStep[];
  decisions: Readonly<Record<string, string>>;
  fullTrace: boolean;
  maxSteps: number;
  /** Lines never change during a run: summed once; only the discount is recomputed on money patches. */
  subtotal: number;
  itemCount: number;
  totals: Totals;
  /** What conditions see: tags alias the outcome's array; totals and attributes are refreshed on change. */
  readonly facts: MutableFacts;
  readonly input: NodeInput;
}

let scratch: Run | undefined;

function newRun(plan: Plan, order: Order, ctx: RunContext, options: RunOptions): Run {
  const outcome = emptyOutcome();
  const subtotal = subtotalOf(order);
  const itemCount = itemCountOf(order);
  const totals = totalsFrom(order, subtotal, itemCount, outcome.adjustments);
  const facts = factsFrom(order, totals, outcome.tags, mergeAttributes(order, outcome), ctx.now, factTables(ctx));
  const input: NodeInput = {
    nodeId: plan.start.id,
    order,
    facts,
    outcome,
    config: undefined,
    ctx,
    decision: undefined,
    locale: options.locale ?? 'en',
    liveCalls: options.liveCalls === true,
  };
  return {
    busy: false,
    plan,
    order,
    ctx,
    outcome,
    trace: [],
    decisions: options.decisions ?? NO_DECISIONS,
    fullTrace: options.trace === true,
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    subtotal,
    itemCount,
    totals,
    facts,
    input,
  };
}

function refill(run: Run, plan: Plan, order: Order, ctx: RunContext, options: RunOptions): Run {
  const outcome = emptyOutcome();
  run.plan = plan;
  run.order = order;
  run.ctx = ctx;
  run.outcome = outcome;
  run.trace = [];
  run.decisions = options.decisions ?? NO_DECISIONS;
  run.fullTrace = options.trace === true;
  run.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  run.subtotal = subtotalOf(order);
  run.itemCount = itemCountOf(order);
  run.totals = totalsFrom(order, run.subtotal, run.itemCount, outcome.adjustments);
  refillFacts(run.facts, order, run.totals, outcome.tags, mergeAttributes(order, outcome), ctx.now, factTables(ctx));
  const input = run.input;
  input.order = order;
  input.outcome = outcome;
  input.ctx = ctx;
  input.locale = options.locale ?? 'en';
  input.liveCalls = options.liveCalls === true;
  return run;
}

/**
 * The interpreter's walk. It does what `chooseStep` and `nodeStep` do (a built flow module steps through
 * those), written out inline: returning a step's exit index or a result through one union costs the
 * interpreter ~10% on small flows (bench/ab.ts). runtime/aot's property test holds the two to the same
 * results, traces included.
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

/** What a step gives when the node took the null port without an exit: the path ends there. */
export const PATH_ENDS = -1;

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

/**
 * One step of a node that only picks a port (untraced runs): its exit's index, after recording the
 * step; or the run's end when it threw or picked a port its type does not declare.
 */
export function chooseStep(run: Run, node: PlanNode): number | RunResult {
  let index: number;
  try {
    index = node.choose!(run.facts, node.prepared);
  } catch (error) {
    return threw(run, node, error);
  }
  const exit = node.exits[index];
  if (exit === undefined) return failed(run, node.id, `node ${node.id} chose a port its type does not declare`);
  run.trace.push(exit.step);
  return index;
}

/**
 * One step of any node: runs it, applies its patch, records the step. Gives the index of the exit
 * taken, PATH_ENDS for the null port, or the run's end (failed, waiting).
 */
export function nodeStep(run: Run, node: PlanNode): number | RunResult {
  const { order, outcome, facts, input, decisions } = run;
  let result: NodeResult;
  try {
    input.nodeId = node.id;
    input.config = node.prepared;
    input.decision = decisions !== NO_DECISIONS && Object.hasOwn(decisions, node.id) ? decisions[node.id] : undefined;
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
  let taken = -1;
  for (let i = 0; i < exits.length; i++) {
    if (exits[i]!.port === port) {
      taken = i;
      break;
    }
  }
  const trace = run.trace;
  if (run.fullTrace) trace.push(tracedStep(node, port as string | null, result));
  else
    trace.push(
      taken >= 0 ? exits[taken]!.step : (node.steps[port ?? ''] ?? { nodeId: node.id, type: node.type, port }),
    );
  if (taken >= 0) return taken;
  if (port === null) return PATH_ENDS;
  return failed(run, node.id, `node ${node.id} took port "${port}", which its type does not declare`);
}

function tracedStep(
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

function failed(run: Run, nodeId: string, message: string): RunResult {
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
function waiting(run: Run, node: PlanNode, result: WaitResult): RunResult {
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

/**
 * Order attributes overlaid with the flow's. When the order brought none (the usual case) this is the
 * outcome's own record, which later patches update in place; otherwise a null-prototype copy (a key
 * "__proto__" stays a plain key). Conditions only read it, by own properties.
 */
function mergeAttributes(order: Order, outcome: Outcome): Facts['attributes'] {
  // Checked without Object.keys (an array per call): every run starts here.
  if (order.attributes === NO_ATTRIBUTES || !hasOwnKey(order.attributes)) return outcome.attributes;
  if (!hasOwnKey(outcome.attributes)) return order.attributes;
  const added = Object.keys(outcome.attributes);
  // Assignment, not spread: `{ ...a, ...b }` with both non-empty takes V8's slow path (~1.5 µs).
  const merged = Object.create(null) as Record<string, Facts['attributes'][string]>;
  for (const key of Object.keys(order.attributes)) merged[key] = order.attributes[key]!;
  for (const key of added) merged[key] = outcome.attributes[key]!;
  return merged;
}

/**
 * The facts' attributes after a patch that set `added`. The first patch copies the order's record
 * into a private overlay; later patches write into that overlay instead of merging both records
 * again on every set-field (a null-prototype object, so "__proto__" stays a plain key).
 */
function overlay(
  current: Facts['attributes'],
  order: Order,
  outcome: Outcome,
  added: Readonly<Record<string, JsonValue>>,
): Facts['attributes'] {
  if (current === order.attributes) return mergeAttributes(order, outcome);
  const merged = current as Record<string, JsonValue>;
  for (const key of Object.keys(added)) merged[key] = added[key]!;
  return merged;
}

/** Whether `record` has an own enumerable key, as `Object.keys(record).length > 0` but without the array. */
function hasOwnKey(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
