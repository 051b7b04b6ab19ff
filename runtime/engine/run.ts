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
import type { MatchedRow, RunOptions, RunResult, TraceStep } from './types';
import { RUN_STATE_FORMAT, RUN_STATE_FORMAT_VERSION, type RunState } from './run-state';
import type { JsonValue } from '../json/json';
import { zodParseOptions, zodProblems } from './zod-problems';

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
  return runOrder(plan, parsed.data, ctx, options);
}

/** Runs an order that has already been validated (the hot path of simulations and benchmarks). */
export function runOrder(plan: Plan, order: Order, ctx: RunContext, options: RunOptions = {}): RunResult {
  return execute(plan, order, ctx, options, plan.start, emptyOutcome(), [], 0, options.decisions ?? NO_DECISIONS);
}

/** Shared by runs without known decisions, so the per-node decision lookup can be skipped. */
const NO_DECISIONS: Readonly<Record<string, string>> = Object.freeze({});

/** The input handed to each node: one object per run, re-pointed before every node (nodes never keep it). */
type NodeInput = { -readonly [K in keyof NodeRunInput<unknown>]: NodeRunInput<unknown>[K] };

function execute(
  plan: Plan,
  order: Order,
  ctx: RunContext,
  options: RunOptions,
  from: PlanNode,
  outcome: Outcome,
  trace: TraceStep[],
  stepsSoFar: number,
  decisions: Readonly<Record<string, string>>,
): RunResult {
  // Lines never change during a run: sum them once; only the discount is recomputed on money patches.
  const subtotal = subtotalOf(order);
  const itemCount = itemCountOf(order);
  const totals: Totals = totalsFrom(order, subtotal, itemCount, outcome.adjustments);
  // The facts: tags alias the outcome's array; totals and attributes are refreshed on change.
  const attributes = mergeAttributes(order, outcome);
  // A run started from inside a node (a sub-flow) builds its own pair; otherwise the shared one serves.
  if (scratch?.busy) {
    const own = newPair(from, order, totals, outcome, attributes, ctx, options);
    return loop(
      plan,
      order,
      ctx,
      options,
      from,
      outcome,
      trace,
      stepsSoFar,
      decisions,
      own.facts,
      own.input,
      subtotal,
      itemCount,
      totals,
    );
  }
  if (scratch === undefined) {
    scratch = { busy: false, ...newPair(from, order, totals, outcome, attributes, ctx, options) };
  } else {
    refillFacts(scratch.facts, order, totals, outcome.tags, attributes, ctx.now, factTables(ctx));
    const input = scratch.input;
    input.order = order;
    input.outcome = outcome;
    input.ctx = ctx;
    input.locale = options.locale ?? 'en';
  }
  const shared = scratch;
  shared.busy = true;
  try {
    return loop(
      plan,
      order,
      ctx,
      options,
      from,
      outcome,
      trace,
      stepsSoFar,
      decisions,
      shared.facts,
      shared.input,
      subtotal,
      itemCount,
      totals,
    );
  } finally {
    shared.busy = false;
  }
}

/**
 * The facts and node input of the run in progress. Runs are synchronous and nodes never keep either
 * (facts are never handed out beyond a node's run), so one pair serves every run: refilling costs the
 * stores that building did, without ~250 bytes of garbage per order — minor GCs are a large part of
 * a big batch's time.
 */
interface Scratch {
  busy: boolean;
  readonly facts: MutableFacts;
  readonly input: NodeInput;
}

let scratch: Scratch | undefined;

function newPair(
  from: PlanNode,
  order: Order,
  totals: Totals,
  outcome: Outcome,
  attributes: Facts['attributes'],
  ctx: RunContext,
  options: RunOptions,
): Omit<Scratch, 'busy'> {
  const facts = factsFrom(order, totals, outcome.tags, attributes, ctx.now, factTables(ctx));
  return {
    facts,
    input: {
      nodeId: from.id,
      order,
      facts,
      outcome,
      config: undefined,
      ctx,
      decision: undefined,
      locale: options.locale ?? 'en',
    },
  };
}

function loop(
  plan: Plan,
  order: Order,
  ctx: RunContext,
  options: RunOptions,
  from: PlanNode,
  outcome: Outcome,
  trace: TraceStep[],
  stepsSoFar: number,
  decisions: Readonly<Record<string, string>>,
  facts: MutableFacts,
  input: NodeInput,
  subtotal: number,
  itemCount: number,
  totalsAtStart: Totals,
): RunResult {
  const fullTrace = options.trace === true;
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const anyDecisions = decisions !== NO_DECISIONS;
  let totals = totalsAtStart;
  let steps = stepsSoFar;
  let node: PlanNode | undefined = from;

  while (node) {
    if (++steps > maxSteps)
      return failed(plan, order, outcome, totals, trace, node.id, `the run exceeded the limit of ${maxSteps} steps`);
    const choose: PlanNode['choose'] = node.choose;
    if (choose !== undefined && !fullTrace) {
      // A node that only picks a port: no input, no result object, the exit by index.
      let exit: PortExit | undefined;
      try {
        exit = node.exits[choose(facts, node.prepared)];
      } catch (error) {
        return threw(plan, order, outcome, totals, trace, node, error);
      }
      if (exit === undefined)
        return failed(
          plan,
          order,
          outcome,
          totals,
          trace,
          node.id,
          `node ${node.id} chose a port its type does not declare`,
        );
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
      return threw(plan, order, outcome, totals, trace, node, error);
    }
    // The port first: a result without one may be a wait. (`'wait' in result` on every step is a
    // megamorphic lookup, as results come in many shapes.)
    const port = (result as { readonly port?: string | null }).port;
    if (port === undefined && 'wait' in result)
      return waiting(plan, order, node, result, outcome, trace, decisions, subtotal, itemCount);
    const patch = result.patch;
    if (patch) {
      const changed = applyPatch(outcome, patch);
      if ((changed & MONEY_CHANGED) !== 0) {
        const wrong = patch.adjustments && adjustmentProblem(patch.adjustments, order.currency);
        if (wrong) return threw(plan, order, outcome, totals, trace, node, new Error(`node ${node.id} gave ${wrong}`));
        facts.totals = totals = totalsAfter(totals, outcome.adjustments);
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
    return failed(
      plan,
      order,
      outcome,
      totals,
      trace,
      node.id,
      `node ${node.id} took port "${port}", which its type does not declare`,
    );
  }
  return { flowId: plan.flowId, orderId: order.id, status: 'completed', outcome, totals, trace };
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
function threw(
  plan: Plan,
  order: Order,
  outcome: Outcome,
  totals: Totals,
  trace: TraceStep[],
  node: PlanNode,
  error: unknown,
): RunResult {
  trace.push({ nodeId: node.id, type: node.type });
  return failed(plan, order, outcome, totals, trace, node.id, error instanceof Error ? error.message : String(error));
}

function failed(
  plan: Plan,
  order: Order,
  outcome: Outcome,
  totals: Totals,
  trace: TraceStep[],
  nodeId: string,
  message: string,
): RunResult {
  return {
    flowId: plan.flowId,
    orderId: order.id,
    status: 'failed',
    outcome,
    totals,
    trace,
    error: { nodeId, message },
  };
}

/** A node asked a person: record the hold and the state to resume from, then stop. */
function waiting(
  plan: Plan,
  order: Order,
  node: PlanNode,
  result: Extract<NodeResult, { wait: unknown }>,
  outcome: Outcome,
  trace: TraceStep[],
  decisions: Readonly<Record<string, string>>,
  subtotal: number,
  itemCount: number,
): RunResult {
  // No outcome or trace: resume replays from the order and decisions, so a holder cannot forge either.
  const state: RunState = {
    format: RUN_STATE_FORMAT,
    formatVersion: RUN_STATE_FORMAT_VERSION,
    flowId: plan.flowId,
    flowHash: plan.contentHash,
    order,
    decisions: { ...decisions },
    waitingAt: node.id,
  };
  if (result.patch) applyPatch(outcome, result.patch);
  outcome.holds.push(result.wait.hold);
  outcome.decision = 'hold';
  outcome.decisionReason = result.wait.reason;
  trace.push({ nodeId: node.id, type: node.type, waited: true, ...(result.note ? { note: result.note } : {}) });
  const { kind, reason, ports, hold } = result.wait;
  return {
    flowId: plan.flowId,
    orderId: order.id,
    status: 'waiting',
    outcome,
    totals: totalsFrom(order, subtotal, itemCount, outcome.adjustments),
    trace,
    waiting: { nodeId: node.id, kind, reason, ports, hold },
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
