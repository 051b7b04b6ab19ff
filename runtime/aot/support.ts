/**
 * What a built flow module (emit-flow.ts) calls at load and per run, as `rt.*`: the interpreter's own
 * step functions (so a node's run, its patch, its trace step and every failure are the interpreter's,
 * not a copy), the plan it runs on, and the readers its plain conditions use.
 */
import type { NodeRegistry } from '../node/registry';
import { compileFlow, type Plan, type PlanNode } from '../engine/compile';
import { checkThenRun } from '../engine/run';
import { completed, threw, tooManySteps } from '../engine/finish';
import { runWith } from '../engine/live-run';
import { chooseStep, patched, PATH_ENDS, setAttribute, setOutcomeAttribute, settle } from './step';
import { storedJson } from '../json/json';
import { tracedStep } from '../engine/finish';
import { NO_DECISIONS } from '../engine/live-run';
import type { TraceStep } from '../engine/types';
import { literalPathVar } from '../logic/build-data';
import { compileLogic } from '../logic/compile';
import { less, lessOrEqual } from '../logic/instants';
import { truthy } from '../logic/truthy';
import type { CompiledLogic } from '../logic/types';
import type { PrepareTools } from '../node/define-node';
import { jsLiteral } from './js-literal';
import { toFloat } from '../logic/coerce';

/**
 * What emitted logic throws to leave plain code for the compiled closure (over its work limit, a
 * non-finite sum): caught by the expression's own wrapper, never seen outside the module.
 */
const BAIL: object = Object.freeze({ bail: true });

/** A sum as build-math checks it: NaN and ±Infinity are the closure's error, so plain code bails out. */
function finite(value: number): number {
  if (value - value === 0) return value;
  throw BAIL;
}

/** Changes whenever what a built module expects of this file changes: caches of built modules key on it. */
export const AOT_FORMAT = 3;

/**
 * The plan a built module runs on: its flow compiled here, at load, with the host's registry; refused
 * when the flow does not compile or is not the content the module was built from.
 */
function planFor(
  flow: unknown,
  registry: NodeRegistry,
  contentHash: string,
  plain: readonly (readonly [unknown, CompiledLogic])[] = [],
): Plan {
  const compiled = compileFlow(flow, registry, { tools: plainLogic(plain) });
  if (!compiled.ok)
    throw new Error(`built flow module: the flow does not compile: ${compiled.problems[0]?.message ?? '?'}`);
  if (compiled.plan.contentHash !== contentHash)
    throw new Error('built flow module: the flow compiles to other content than it was built from');
  return compiled.plan;
}

/**
 * The nodes' logic compiler for a built module: an expression the module wrote as plain code gets
 * that function (the same value and error as its compiled closure, emit-logic.property.test.ts);
 * any other is compiled as usual. Expressions are matched by their literal text (jsLiteral: -0 and 0
 * differ), so only an equal expression can get a function.
 */
function plainLogic(plain: readonly (readonly [unknown, CompiledLogic])[]): PrepareTools {
  const byText = new Map<string, CompiledLogic>();
  for (const [expression, run] of plain) byText.set(jsLiteral(expression), run);
  return {
    logic: (expression) => {
      let text: string | undefined;
      try {
        text = jsLiteral(expression);
      } catch {
        text = undefined; // not JSON data: compileLogic words the problem
      }
      return (text === undefined ? undefined : byText.get(text)) ?? compileLogic(expression);
    },
  };
}

/** The plan's nodes in the flow's order: the module names them by index. */
function nodesOf(plan: Plan): PlanNode[] {
  return plan.flow.nodes.map((node) => plan.nodes.get(node.id)!);
}

/** Each exit's shared untraced step, in the exits' order. */
function exitSteps(node: PlanNode): TraceStep[] {
  return node.exits.map((exit) => exit.step);
}

/** A node's untraced step for `port` (null: the path ends there), as the interpreter records it. */
function stepOf(node: PlanNode, port: string | null): TraceStep {
  return node.steps[port ?? ''] ?? { nodeId: node.id, type: node.type, port };
}

/** `var` of a literal path with a constant default, as compileLogic reads it. */
function read(segments: readonly string[], notFound: unknown): (data: unknown) => unknown {
  // The closure never reads its budget argument (a field read spends no work).
  return literalPathVar(segments, notFound) as (data: unknown) => unknown;
}

export const aotSupport = Object.freeze({
  format: AOT_FORMAT,
  planFor,
  nodesOf,
  exitSteps,
  stepOf,
  read,
  logic: compileLogic,
  truthy,
  toFloat,
  finite,
  BAIL,
  less,
  lessOrEqual,
  greater: (a: unknown, b: unknown) => less(b, a),
  greaterOrEqual: (a: unknown, b: unknown) => lessOrEqual(b, a),
  runWith,
  checkThenRun,
  chooseStep,
  settle,
  setAttribute,
  setOutcomeAttribute,
  storedJson,
  patched,
  tracedStep,
  NO_DECISIONS,
  completed,
  threw,
  tooManySteps,
  PATH_ENDS,
});
