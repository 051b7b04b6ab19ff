import type { PlanNode } from '../engine/compile';
import { applyPatch, ATTRIBUTES_PATCHED, MONEY_CHANGED } from '../engine/apply-patch';
import { adjustmentProblem } from '../engine/check-adjustments';
import { failed, threw, tracedStep, waiting } from '../engine/finish';
import { overlay, type Run } from '../engine/live-run';
import type { JsonValue } from '../json/json';
import type { RunResult } from '../engine/types';
import type { NodeResult } from '../node/define-node';
import type { OutcomePatch } from '../order/outcome';
import { totalsAfter } from '../order/totals';

/** What a step gives when the node took the null port without an exit: the path ends there. */
export const PATH_ENDS = -1;

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
 * What follows a node's run, as the interpreter's loop does it: a wait ends the run; otherwise the
 * patch is applied and the step recorded. Gives the index of the exit taken, PATH_ENDS for the null
 * port, or the run's end. A built module runs each node itself, handles its declared ports (through
 * `patched`) and calls this for the rest.
 */
export function settle(run: Run, node: PlanNode, result: NodeResult): number | RunResult {
  // The port first: a result without one may be a wait. (`'wait' in result` on every step is a
  // megamorphic lookup, as results come in many shapes.)
  const port = result.port;
  if (port === undefined && 'wait' in result) return waiting(run, node, result);
  const patch = result.patch;
  if (patch) {
    const end = patched(run, node, patch);
    if (end !== undefined) return end;
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

/**
 * Applies a node's patch to the run's outcome and refreshes the totals and the facts' attributes it
 * changed. Undefined, or the run's end when the patch's adjustments are wrong (as the interpreter).
 */
export function patched(run: Run, node: PlanNode, patch: OutcomePatch): RunResult | undefined {
  const { outcome, facts } = run;
  const changed = applyPatch(outcome, patch);
  if ((changed & MONEY_CHANGED) !== 0) {
    const wrong = patch.adjustments && adjustmentProblem(patch.adjustments, run.order.currency);
    if (wrong) return threw(run, node, new Error(`node ${node.id} gave ${wrong}`));
    facts.totals = run.totals = totalsAfter(run.totals, outcome.adjustments);
  }
  // An aliased view (the order brought no attributes) already shows the patch.
  if ((changed & ATTRIBUTES_PATCHED) !== 0 && facts.attributes !== outcome.attributes)
    facts.attributes = overlay(facts.attributes, run.order, outcome, patch.attributes!);
  return undefined;
}

/**
 * What a patch `{ attributes: { [field]: value } }` does to the run (applyPatch, then the facts'
 * attributes refreshed as `patched` does), without building the patch: a built module's set-field.
 */
export function setAttribute(run: Run, field: string, value: JsonValue): void {
  setOutcomeAttribute(run, field, value);
  const { outcome, facts } = run;
  // An aliased view (the order brought no attributes) already shows it.
  if (facts.attributes !== outcome.attributes) {
    const added = Object.create(null) as Record<string, JsonValue>;
    added[field] = value;
    facts.attributes = overlay(facts.attributes, run.order, outcome, added);
  }
}

/**
 * `setAttribute` without refreshing the facts' attributes: for a set-field after which nothing can
 * read them (attribute-readers.ts), so only the outcome — what the run's result shows — changes.
 */
export function setOutcomeAttribute(run: Run, field: string, value: JsonValue): void {
  const attributes = run.outcome.attributes;
  // As applyPatch: "__proto__" is defined as an own key, never a prototype change.
  if (field === '__proto__')
    Object.defineProperty(attributes, field, { value, enumerable: true, writable: true, configurable: true });
  else attributes[field] = value;
}
