import type { RunContext } from '../context/context.schema';
import { factsFrom, factTables, refillFacts, type Facts, type MutableFacts } from '../order/facts';
import { NO_ATTRIBUTES, type Order } from '../order/order.schema';
import { emptyOutcome, type Outcome } from '../order/outcome';
import { itemCountOf, subtotalOf, totalsFrom, type Totals } from '../order/totals';
import type { Plan } from './compile';
import type { NodeRunInput } from '../node/define-node';
import type { RunOptions, RunResult, TraceStep } from './types';
import type { JsonValue } from '../json/json';

/*
 * A run in progress: its state (one object, refilled run after run) and how it is set up. The
 * interpreter's loop (run.ts) and a built flow module's walk (runtime/aot) both run on it.
 */

export const DEFAULT_MAX_STEPS = 10_000;

/**
 * Sets up a run's state and hands it to `body`, which walks the nodes: the interpreter's loop, or a
 * built flow module's (runtime/aot).
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
export const NO_DECISIONS: Readonly<Record<string, string>> = Object.freeze({});

/** The input handed to each node: one object per run, re-pointed before every node (nodes never keep it). */
export type NodeInput = { -readonly [K in keyof NodeRunInput<unknown>]: NodeRunInput<unknown>[K] };

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
  const facts = factsFrom(order, totals, outcome.tags, startAttributes(order, outcome), ctx.now, factTables(ctx));
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
  refillFacts(run.facts, order, run.totals, outcome.tags, startAttributes(order, outcome), ctx.now, factTables(ctx));
  const input = run.input;
  input.order = order;
  input.outcome = outcome;
  input.ctx = ctx;
  input.locale = options.locale ?? 'en';
  input.liveCalls = options.liveCalls === true;
  return run;
}

/**
 * The facts' attributes when a run starts: its outcome is new, so it has set nothing yet and
 * mergeAttributes' second check (has the flow set any?) is skipped.
 */
function startAttributes(order: Order, outcome: Outcome): Facts['attributes'] {
  return order.attributes === NO_ATTRIBUTES || !hasOwnKey(order.attributes) ? outcome.attributes : order.attributes;
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
export function overlay(
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
